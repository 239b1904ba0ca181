#pragma once
// CoreServices: the services of one open exchange database, wired together
// once (composition root, no singletons). Service calls must run on the
// thread that owns the database work: the CoreRuntime thread in the console,
// the main thread in exctl.

#include "core/base/changenotifier.h"
#include "core/base/systemclock.h"
#include "core/customers/depositaddressservice.h"
#include "core/customers/depositkeys.h"
#include "core/customers/customeraddressbook.h"
#include "core/deposits/depositservice.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerqueries.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/changenotifier.h"
#include "core/base/systemclock.h"
#include "core/security/auditedledger.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/settings/assetsettingsservice.h"
#include "core/store/database.h"
#include "core/trade/tradeservice.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/manualpayoutservice.h"
#include "core/withdrawals/signedwithdrawalservice.h"
#include "core/withdrawals/withdrawalkeyservice.h"
#include "core/withdrawals/withdrawalservice.h"

#include <memory>

namespace exchange {

class CoreServices final
{
public:
    explicit CoreServices(std::unique_ptr<Database> database);
    ~CoreServices();
    Q_DISABLE_COPY_MOVE(CoreServices)

    Database &database() { return *m_database; }
    const Clock &clock() const { return m_clock; }
    ChangeNotifier &notifier() { return m_notifier; }
    AssetSettingsService &assetSettings() { return m_assetSettings; }
    ledger::LedgerService &ledger() { return m_ledger; }
    ledger::LedgerQueries &ledgerQueries() { return m_ledgerQueries; }
    ledger::LedgerChecker &ledgerChecker() { return m_ledgerChecker; }
    security::AuditLog &audit() { return m_audit; }
    // Settings changes and ledger adjustments as actors make them:
    // authorised and audited in the transaction of the change.
    security::AuditedSettings &auditedSettings() { return m_auditedSettings; }
    security::AuditedLedger &auditedLedger() { return m_auditedLedger; }
    security::OperatorService &operators() { return m_operators; }
    security::KeyVault &vault() { return m_vault; }
    wallets::WalletService &wallets() { return m_wallets; }
    deposits::DepositService &deposits() { return m_deposits; }
    trade::TradeService &trades() { return m_trades; }
    withdrawals::WithdrawalService &withdrawals() { return m_withdrawals; }
    // Manual payouts from warm and their TxId upload; waits for the chain's
    // answer, so it is called on the core thread only.
    withdrawals::ManualPayoutService &manualPayouts() { return m_manualPayouts; }
    withdrawals::WithdrawalKeyService &withdrawalKeys() { return m_withdrawalKeys; }
    withdrawals::SignedWithdrawalService &signedWithdrawals() { return m_signedWithdrawals; }
    // Deposit addresses: the xpub and Algorand pool prepared at unlock, and
    // issuing (which tops the pool up while this process's vault is unlocked).
    customers::DepositKeys &depositKeys() { return m_depositKeys; }
    customers::DepositAddressService &depositAddresses() { return m_depositAddresses; }
    // The customers' own withdrawal addresses (StellarMap).
    customers::CustomerAddressBook &customerAddresses() { return m_customerAddresses; }

private:
    std::unique_ptr<Database> m_database;
    SystemClock m_clock;
    ChangeNotifier m_notifier;
    AssetSettingsService m_assetSettings;
    ledger::LedgerService m_ledger;
    ledger::LedgerQueries m_ledgerQueries;
    ledger::LedgerChecker m_ledgerChecker;
    security::AuditLog m_audit;
    security::AuditedSettings m_auditedSettings;
    security::AuditedLedger m_auditedLedger;
    security::OperatorService m_operators;
    security::KeyVault m_vault; // wipes its keys when the services end
    wallets::WalletService m_wallets;
    deposits::DepositService m_deposits;
    trade::TradeService m_trades;
    withdrawals::WithdrawalService m_withdrawals;
    withdrawals::ManualPayoutService m_manualPayouts;
    withdrawals::WithdrawalKeyService m_withdrawalKeys;
    withdrawals::SignedWithdrawalService m_signedWithdrawals; // POST /withdraw
    customers::DepositKeys m_depositKeys;
    customers::DepositAddressService m_depositAddresses;
    customers::CustomerAddressBook m_customerAddresses;
};

} // namespace exchange
