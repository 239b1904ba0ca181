#include "walletscommand.h"

#include "commandcontext.h"
#include "depositcli.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;

int WalletsCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("wallets takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    depositcli::Services services(*db);
    auto overview = services.wallets().overview();
    if (!overview)
        return context.refuse(overview.error());
    auto wallets = services.wallets().list();
    if (!wallets)
        return context.refuse(wallets.error());
    const auto fmt = [&](const std::string &asset, Amount a) {
        return QString::fromStdString(assets.value().at(asset).format(a));
    };
    const auto optional = [&](const std::string &asset, const std::optional<Amount> &a) {
        return a ? QJsonValue(fmt(asset, *a)) : QJsonValue();
    };

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray tiers;
        for (const auto &t : overview.value()) {
            tiers.append(QJsonObject{{QStringLiteral("asset"), QString::fromStdString(t.asset)},
                                     {QStringLiteral("tier"), QString::fromLatin1(wallets::walletTierName(t.tier))},
                                     {QStringLiteral("wallets"), t.wallets},
                                     {QStringLiteral("ledger_balance"), fmt(t.asset, t.ledgerBalance)},
                                     {QStringLiteral("chain_balance"), optional(t.asset, t.chainBalance)},
                                     {QStringLiteral("difference"), optional(t.asset, t.difference())},
                                     {QStringLiteral("max_balance"), optional(t.asset, t.maxBalance)},
                                     {QStringLiteral("low_balance"), optional(t.asset, t.lowBalance)}});
        }
        QJsonArray list;
        for (const auto &w : wallets.value()) {
            list.append(QJsonObject{{QStringLiteral("id"), static_cast<qint64>(w.id)},
                                    {QStringLiteral("chain"), QString::fromLatin1(chainName(w.chain))},
                                    {QStringLiteral("tier"), QString::fromLatin1(wallets::walletTierName(w.tier))},
                                    {QStringLiteral("asset"), QString::fromStdString(w.asset)},
                                    {QStringLiteral("address"), QString::fromStdString(w.address)},
                                    {QStringLiteral("customer"), w.customerId ? QJsonValue(static_cast<qint64>(*w.customerId)) : QJsonValue()},
                                    {QStringLiteral("watch_only"), w.watchOnly},
                                    {QStringLiteral("chain_balance"), optional(w.asset, w.chainBalance)}});
        }
        context.printJson(QJsonDocument(QJsonObject{{QStringLiteral("tiers"), tiers}, {QStringLiteral("wallets"), list}}));
        return Success;
    }
    QTextStream &out = context.out();
    out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("ASSET"), -6).arg(QStringLiteral("TIER"), -8)
               .arg(QStringLiteral("LEDGER"), 24).arg(QStringLiteral("CHAIN"), 24).arg(QStringLiteral("MAX"), 20);
    for (const auto &t : overview.value()) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(QString::fromStdString(t.asset), -6)
                   .arg(QString::fromLatin1(wallets::walletTierName(t.tier)), -8)
                   .arg(fmt(t.asset, t.ledgerBalance), 24)
                   .arg(t.chainBalance ? fmt(t.asset, *t.chainBalance) : QStringLiteral("unknown"), 24)
                   .arg(t.maxBalance ? fmt(t.asset, *t.maxBalance) : QString(), 20);
    }
    return Success;
}
