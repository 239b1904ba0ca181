#include "core/runtime/coreservices.h"

namespace exchange {

CoreServices::CoreServices(std::unique_ptr<Database> database)
    : m_database(std::move(database)),
      m_assetSettings(*m_database, m_clock, &m_notifier),
      m_ledger(*m_database, m_clock, &m_notifier),
      m_ledgerQueries(*m_database),
      m_ledgerChecker(*m_database, m_clock),
      m_audit(*m_database, m_clock, &m_notifier),
      m_auditedSettings(*m_database, m_clock, &m_notifier),
      m_auditedLedger(m_ledger, m_audit),
      m_operators(*m_database, m_clock, m_audit, &m_notifier),
      m_vault(*m_database, m_clock, m_audit, &m_notifier),
      m_wallets(*m_database, m_clock, m_audit, &m_notifier),
      m_deposits(*m_database, m_clock, m_ledger, m_audit, &m_notifier),
      m_trades(*m_database, m_ledger, m_clock, m_audit, &m_notifier),
      m_withdrawals(*m_database, m_clock, m_ledger, m_audit, &m_notifier),
      m_manualPayouts(*m_database, m_clock, m_ledger, m_audit, m_wallets, &m_notifier),
      m_withdrawalKeys(*m_database, m_clock, m_audit),
      m_signedWithdrawals(*m_database, m_clock, m_withdrawals, m_audit),
      m_depositKeys(*m_database, m_clock, m_audit, &m_notifier),
      m_depositAddresses(*m_database, m_clock, m_audit, &m_notifier),
      m_customerAddresses(*m_database, m_clock, m_audit, &m_notifier)
{
    m_depositAddresses.setPoolRefill(&m_depositKeys, &m_vault);
    // Token deposits are credited only as the admin signed the tokens,
    // traced from the vault's pin.
    m_deposits.setPinnedKeySource([this] { return m_vault.pinnedAdminKey(); });
}

CoreServices::~CoreServices() = default;

} // namespace exchange
