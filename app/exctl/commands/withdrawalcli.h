#pragma once
// What the withdrawal commands share: the withdrawal service over an open
// database, a withdrawal as JSON, and reading a withdrawal id.

#include "core/money/asset.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>

namespace exchange {
class Database;
class SystemClock;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; }
namespace wallets { class WalletService; }
namespace withdrawals { class ManualPayoutService; class WithdrawalService; }
}

namespace withdrawalcli {

class Services final
{
public:
    explicit Services(exchange::Database &database);
    ~Services();
    exchange::withdrawals::WithdrawalService &withdrawals() { return *m_withdrawals; }
    exchange::withdrawals::ManualPayoutService &manualPayouts() { return *m_manualPayouts; }

private:
    std::unique_ptr<exchange::SystemClock> m_clock;
    std::unique_ptr<exchange::ledger::LedgerService> m_ledger;
    std::unique_ptr<exchange::security::AuditLog> m_audit;
    std::unique_ptr<exchange::withdrawals::WithdrawalService> m_withdrawals;
    std::unique_ptr<exchange::wallets::WalletService> m_wallets;
    std::unique_ptr<exchange::withdrawals::ManualPayoutService> m_manualPayouts;
};

QJsonObject toJson(const exchange::withdrawals::WithdrawalRecord &withdrawal, const std::map<std::string, exchange::Asset> &assets);
// One line for people: "17 under_review 1,500.00 XLM to G… (24h: …)".
QString describe(const exchange::withdrawals::WithdrawalRecord &withdrawal, const std::map<std::string, exchange::Asset> &assets);
std::optional<std::int64_t> parseId(const QString &text);

} // namespace withdrawalcli
