#pragma once
// What the deposit and wallet commands share: the services they need on an
// open database, and a deposit as JSON.

#include "core/base/result.h"
#include "core/deposits/depositrecord.h"
#include "core/money/asset.h"

#include <QJsonObject>

#include <map>
#include <memory>

namespace exchange {
class Database;
class SystemClock;
namespace deposits { class DepositService; }
namespace ledger { class LedgerService; }
namespace security { class AuditLog; }
namespace wallets { class WalletService; }
}

namespace depositcli {

// The deposit and wallet services over one database, for one command.
class Services final
{
public:
    explicit Services(exchange::Database &database);
    ~Services();
    exchange::deposits::DepositService &deposits() { return *m_deposits; }
    exchange::wallets::WalletService &wallets() { return *m_wallets; }

private:
    std::unique_ptr<exchange::SystemClock> m_clock;
    std::unique_ptr<exchange::ledger::LedgerService> m_ledger;
    std::unique_ptr<exchange::security::AuditLog> m_audit;
    std::unique_ptr<exchange::deposits::DepositService> m_deposits;
    std::unique_ptr<exchange::wallets::WalletService> m_wallets;
};

QJsonObject toJson(const exchange::deposits::DepositRecord &deposit, const std::map<std::string, exchange::Asset> &assets);

// Lets the deposit service trace the tokens' signed identities from the
// admin key the key vault pins, read by unlocking the vault with the
// passphrase in `passphraseFile` (or the systemd credential
// vault-passphrase) and locking it again. Without either, no key: a token
// payment is then refused.
exchange::Result<void> usePinnedKey(exchange::Database &database, exchange::deposits::DepositService &deposits,
                                    const QString &passphraseFile);

} // namespace depositcli
