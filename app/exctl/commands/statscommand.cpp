#include "statscommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/trade/tradeservice.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;

int StatsCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("stats takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    ledger::LedgerService ledger(*db, clock);
    security::AuditLog audit(*db, clock);
    trade::TradeService trades(*db, ledger, clock, audit);
    auto stats = trades.statistics();
    if (!stats)
        return context.refuse(stats.error());
    auto text = [](const trade::AssetStats &s, Amount a) {
        const auto asset = nativeAsset(s.asset);
        return QString::fromStdString(asset ? a.format(asset->decimals) : a.toBaseUnitString());
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray out;
        for (const auto &s : stats.value())
            out.append(QJsonObject{{QStringLiteral("asset"), QString::fromStdString(s.asset)},
                                   {QStringLiteral("total_in"), text(s, s.totalIn)},
                                   {QStringLiteral("unfilled"), text(s, s.unfilled)},
                                   {QStringLiteral("refunds"), text(s, s.refunds)},
                                   {QStringLiteral("owed_out"), text(s, s.owedOut)},
                                   {QStringLiteral("paid_out"), text(s, s.paidOut)},
                                   {QStringLiteral("profit"), text(s, s.profit)}});
        context.printJson(QJsonDocument(out));
        return Success;
    }
    for (const auto &s : stats.value())
        context.out() << QString::fromStdString(s.asset) << ": in " << text(s, s.totalIn) << ", unfilled "
                      << text(s, s.unfilled) << ", refunds " << text(s, s.refunds) << ", owed out "
                      << text(s, s.owedOut) << ", paid out " << text(s, s.paidOut) << ", profit "
                      << text(s, s.profit) << '\n';
    context.out().flush();
    return Success;
}
