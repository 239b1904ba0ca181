#include "withdrawalstxidcommand.h"

#include "commandcontext.h"
#include "withdrawalcli.h"
#include "core/store/database.h"
#include "core/withdrawals/manualpayoutservice.h"

using namespace exchange;

int WithdrawalsTxidCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usageError(QStringLiteral("withdrawals txid needs a withdrawal ID and a TXID"));
    const auto id = withdrawalcli::parseId(args.at(0));
    if (!id)
        return context.notAn(args.at(0), QStringLiteral("a withdrawal id"));
    Database *db = context.database();
    if (!db)
        return Refused;
    auto assets = context.assets();
    if (!assets)
        return context.refuse(assets.error());
    withdrawalcli::Services services(*db);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto done = services.manualPayouts().uploadTxid(*actor, *id, args.at(1).trimmed().toStdString());
    if (!done)
        return context.refuse(done.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(withdrawalcli::toJson(done.value(), assets.value())));
    else
        context.out() << withdrawalcli::describe(done.value(), assets.value()) << QStringLiteral(", paid by ")
                      << QString::fromStdString(done.value().txid.value_or("")) << Qt::endl;
    return Success;
}
