#include "withdrawalcli.h"

#include "core/base/systemclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/manualpayoutservice.h"
#include "core/withdrawals/withdrawalservice.h"

#include <QDateTime>

using exchange::withdrawals::WithdrawalRecord;

namespace withdrawalcli {

namespace {

QString formatted(exchange::Amount amount, const std::string &code, const std::map<std::string, exchange::Asset> &assets)
{
    const auto asset = assets.find(code);
    return asset != assets.end() ? QString::fromStdString(asset->second.format(amount))
                                 : QString::fromStdString(amount.toBaseUnitString());
}

} // namespace

Services::Services(exchange::Database &database)
    : m_clock(std::make_unique<exchange::SystemClock>()),
      m_ledger(std::make_unique<exchange::ledger::LedgerService>(database, *m_clock)),
      m_audit(std::make_unique<exchange::security::AuditLog>(database, *m_clock)),
      m_withdrawals(std::make_unique<exchange::withdrawals::WithdrawalService>(database, *m_clock, *m_ledger, *m_audit)),
      m_wallets(std::make_unique<exchange::wallets::WalletService>(database, *m_clock, *m_audit)),
      m_manualPayouts(std::make_unique<exchange::withdrawals::ManualPayoutService>(database, *m_clock, *m_ledger, *m_audit, *m_wallets))
{
}

Services::~Services() = default;

QJsonObject toJson(const WithdrawalRecord &w, const std::map<std::string, exchange::Asset> &assets)
{
    return QJsonObject{{QStringLiteral("id"), static_cast<qint64>(w.id)},
                       {QStringLiteral("customer"), static_cast<qint64>(w.customerId)},
                       {QStringLiteral("asset"), QString::fromStdString(w.asset)},
                       {QStringLiteral("chain"), QString::fromLatin1(exchange::chainName(w.chain))},
                       {QStringLiteral("destination"), QString::fromStdString(w.destination)},
                       {QStringLiteral("amount"), formatted(w.amount, w.asset, assets)},
                       {QStringLiteral("fee"), formatted(w.fee, w.asset, assets)},
                       {QStringLiteral("state"), QString::fromLatin1(exchange::withdrawals::withdrawalStateName(w.state))},
                       {QStringLiteral("review_reason"), QString::fromStdString(w.reviewReason)},
                       {QStringLiteral("new_destination"), w.newDestination},
                       {QStringLiteral("requested_by"), QString::fromStdString(w.requestedBy)},
                       {QStringLiteral("requested"), QDateTime::fromMSecsSinceEpoch(w.requestedAtMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                       {QStringLiteral("txid"), w.txid ? QJsonValue(QString::fromStdString(*w.txid)) : QJsonValue()},
                       {QStringLiteral("note"), QString::fromStdString(w.note)}};
}

QString describe(const WithdrawalRecord &w, const std::map<std::string, exchange::Asset> &assets)
{
    QString line = QStringLiteral("withdrawal %1 %2: %3 %4 to %5 for customer %6")
                       .arg(w.id)
                       .arg(QString::fromLatin1(exchange::withdrawals::withdrawalStateName(w.state)),
                            formatted(w.amount, w.asset, assets), QString::fromStdString(w.asset),
                            QString::fromStdString(w.destination))
                       .arg(w.customerId);
    if (!w.reviewReason.empty())
        line += QStringLiteral(" (") + QString::fromStdString(w.reviewReason) + QStringLiteral(")");
    return line;
}

std::optional<std::int64_t> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace withdrawalcli
