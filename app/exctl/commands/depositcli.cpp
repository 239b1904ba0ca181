#include "depositcli.h"

#include "headlesscore.h"

#include "core/base/systemclock.h"
#include "core/deposits/depositservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"

#include <QDateTime>

namespace depositcli {

Services::Services(exchange::Database &database)
    : m_clock(std::make_unique<exchange::SystemClock>()),
      m_ledger(std::make_unique<exchange::ledger::LedgerService>(database, *m_clock)),
      m_audit(std::make_unique<exchange::security::AuditLog>(database, *m_clock)),
      m_deposits(std::make_unique<exchange::deposits::DepositService>(database, *m_clock, *m_ledger, *m_audit)),
      m_wallets(std::make_unique<exchange::wallets::WalletService>(database, *m_clock, *m_audit))
{
}

Services::~Services() = default;

QJsonObject toJson(const exchange::deposits::DepositRecord &d, const std::map<std::string, exchange::Asset> &assets)
{
    const auto asset = assets.find(d.asset);
    QJsonObject o{{QStringLiteral("id"), static_cast<qint64>(d.id)},
                  {QStringLiteral("chain"), QString::fromLatin1(exchange::chainName(d.chain))},
                  {QStringLiteral("txid"), QString::fromStdString(d.txid)},
                  {QStringLiteral("index"), d.index},
                  {QStringLiteral("asset"), QString::fromStdString(d.asset)},
                  {QStringLiteral("amount"), asset != assets.end() ? QString::fromStdString(asset->second.format(d.amount))
                                                                   : QString::fromStdString(d.amount.toBaseUnitString())},
                  {QStringLiteral("to"), QString::fromStdString(d.to)},
                  {QStringLiteral("from"), QString::fromStdString(d.from)},
                  {QStringLiteral("memo"), QString::fromStdString(d.memo)},
                  {QStringLiteral("state"), QString::fromLatin1(exchange::deposits::depositStateName(d.state))},
                  {QStringLiteral("customer"), d.customerId ? QJsonValue(static_cast<qint64>(*d.customerId)) : QJsonValue()},
                  {QStringLiteral("seen"), QDateTime::fromMSecsSinceEpoch(d.seenAtMs, Qt::UTC).toString(Qt::ISODate)},
                  {QStringLiteral("note"), QString::fromStdString(d.note)}};
    return o;
}

exchange::Result<void> usePinnedKey(exchange::Database &database, exchange::deposits::DepositService &deposits,
                                    const QString &passphraseFile)
{
    exchange::SystemClock clock;
    exchange::security::AuditLog audit(database, clock);
    auto pin = HeadlessCore::pinnedAdminKey(database, clock, audit, HeadlessCore::passphraseFile(passphraseFile));
    if (!pin)
        return pin.error();
    if (!pin.value().isEmpty())
        deposits.setPinnedKeySource([key = pin.value()]() -> exchange::Result<std::optional<QByteArray>> {
            return std::optional<QByteArray>(key);
        });
    return {};
}

} // namespace depositcli
