#include "customerkeyscli.h"

#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalkeyservice.h"

#include <QDateTime>
#include <QJsonArray>

namespace customerkeyscli {

Services::Services(exchange::Database &database)
    : m_clock(std::make_unique<exchange::SystemClock>()),
      m_audit(std::make_unique<exchange::security::AuditLog>(database, *m_clock)),
      m_keys(std::make_unique<exchange::withdrawals::WithdrawalKeyService>(database, *m_clock, *m_audit))
{
}

Services::~Services() = default;

void addCustomerOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("customer"), QStringLiteral("The customer's id."), QStringLiteral("ID")));
}

std::optional<std::int64_t> customer(const QCommandLineParser &parser)
{
    bool ok = false;
    const qint64 id = parser.value(QStringLiteral("customer")).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

QJsonObject toJson(const exchange::withdrawals::WithdrawalKeyPolicy &policy)
{
    QJsonArray keys;
    for (const auto &k : policy.keys)
        keys.append(QJsonObject{{QStringLiteral("chain"), QString::fromLatin1(exchange::chainName(k.chain))},
                                {QStringLiteral("address"), QString::fromStdString(k.address)},
                                {QStringLiteral("added_by"), QString::fromStdString(k.addedBy)},
                                {QStringLiteral("added"), QDateTime::fromMSecsSinceEpoch(k.addedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)}});
    return QJsonObject{{QStringLiteral("customer"), static_cast<qint64>(policy.customerId)},
                       {QStringLiteral("keys"), keys},
                       {QStringLiteral("signatures_required"), policy.required}};
}

QString describe(const exchange::withdrawals::WithdrawalKeyPolicy &policy)
{
    if (policy.keys.empty())
        return QStringLiteral("customer %1: no withdrawal keys (the API refuses their withdrawal requests)").arg(policy.customerId);
    QString text = QStringLiteral("customer %1: %2 of %3 withdrawal keys must sign")
                       .arg(policy.customerId)
                       .arg(policy.required)
                       .arg(policy.keys.size());
    for (const auto &k : policy.keys)
        text += QStringLiteral("\n  %1 %2").arg(QString::fromLatin1(exchange::chainName(k.chain)).leftJustified(9),
                                               QString::fromStdString(k.address));
    return text;
}

} // namespace customerkeyscli
