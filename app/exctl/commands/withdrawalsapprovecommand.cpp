#include "withdrawalsapprovecommand.h"

#include "commandcontext.h"
#include "withdrawalcli.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalservice.h"

using namespace exchange;

int WithdrawalsApproveCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("withdrawals approve needs one withdrawal ID"));
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
    auto done = services.withdrawals().approve(*actor, *id);
    if (!done)
        return context.refuse(done.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(withdrawalcli::toJson(done.value(), assets.value())));
    else
        context.out() << withdrawalcli::describe(done.value(), assets.value()) << Qt::endl;
    return Success;
}
