#pragma once
// What the `customer keys` commands share: the withdrawal-key service over
// an open database, and a customer's keys and signatures required as JSON
// or text.

#include "core/withdrawals/withdrawalkey.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

namespace exchange {
class Database;
class SystemClock;
namespace security { class AuditLog; }
namespace withdrawals { class WithdrawalKeyService; }
}

namespace customerkeyscli {

class Services final
{
public:
    explicit Services(exchange::Database &database);
    ~Services();
    exchange::withdrawals::WithdrawalKeyService &keys() { return *m_keys; }

private:
    std::unique_ptr<exchange::SystemClock> m_clock;
    std::unique_ptr<exchange::security::AuditLog> m_audit;
    std::unique_ptr<exchange::withdrawals::WithdrawalKeyService> m_keys;
};

// The --customer ID option.
void addCustomerOption(QCommandLineParser &parser);
std::optional<std::int64_t> customer(const QCommandLineParser &parser);

QJsonObject toJson(const exchange::withdrawals::WithdrawalKeyPolicy &policy);
// "customer 7: 2 of 3 signatures", then one key per line.
QString describe(const exchange::withdrawals::WithdrawalKeyPolicy &policy);

} // namespace customerkeyscli
