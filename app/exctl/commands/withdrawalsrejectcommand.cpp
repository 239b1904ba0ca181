#include "withdrawalsrejectcommand.h"

#include "commandcontext.h"
#include "withdrawalcli.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalservice.h"

using namespace exchange;

void WithdrawalsRejectCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("reason"), QStringLiteral("Why (required; kept with the withdrawal and in the audit log)."),
                                        QStringLiteral("TEXT")));
}

int WithdrawalsRejectCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("withdrawals reject needs one withdrawal ID"));
    const auto id = withdrawalcli::parseId(args.at(0));
    if (!id)
        return context.notAn(args.at(0), QStringLiteral("a withdrawal id"));
    const std::string reason = parser.value(QStringLiteral("reason")).toStdString();
    if (reason.empty())
        return context.usageError(QStringLiteral("withdrawals reject needs --reason"));
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
    auto done = services.withdrawals().reject(*actor, *id, reason);
    if (!done)
        return context.refuse(done.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(withdrawalcli::toJson(done.value(), assets.value())));
    else
        context.out() << withdrawalcli::describe(done.value(), assets.value()) << Qt::endl;
    return Success;
}
