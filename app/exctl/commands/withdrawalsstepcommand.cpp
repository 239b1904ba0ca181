#include "withdrawalsstepcommand.h"

#include "commandcontext.h"
#include "withdrawalcli.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalservice.h"

using namespace exchange;

std::unique_ptr<Command> WithdrawalsStepCommand::cancel()
{
    return std::make_unique<WithdrawalsStepCommand>(
        QStringLiteral("cancel"), QStringLiteral("Cancel a withdrawal not yet paying out: its funds go back to the customer (audited)"),
        [](withdrawals::WithdrawalService &s, const security::Actor &a, std::int64_t id) { return s.cancel(a, id); });
}

std::unique_ptr<Command> WithdrawalsStepCommand::retry()
{
    return std::make_unique<WithdrawalsStepCommand>(
        QStringLiteral("retry"),
        QStringLiteral("Put a withdrawal in error or failed back to processing for the next payout run (audited)"),
        [](withdrawals::WithdrawalService &s, const security::Actor &a, std::int64_t id) { return s.retry(a, id); });
}

int WithdrawalsStepCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("withdrawals %1 needs one withdrawal ID").arg(m_step));
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
    auto done = m_action(services.withdrawals(), *actor, *id);
    if (!done)
        return context.refuse(done.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(withdrawalcli::toJson(done.value(), assets.value())));
    else
        context.out() << withdrawalcli::describe(done.value(), assets.value()) << Qt::endl;
    return Success;
}
