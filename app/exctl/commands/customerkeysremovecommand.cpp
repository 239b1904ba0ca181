#include "customerkeysremovecommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "customerkeyscli.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalkeyservice.h"

using namespace exchange;

void CustomerKeysRemoveCommand::addOptions(QCommandLineParser &parser) const
{
    customerkeyscli::addCustomerOption(parser);
    parser.addOption(chainoption::option());
}

int CustomerKeysRemoveCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("customer keys remove needs one ADDRESS"));
    const auto customer = customerkeyscli::customer(parser);
    if (!customer)
        return context.usageError(QStringLiteral("customer keys remove needs --customer ID"));
    const auto chain = chainoption::value(parser);
    if (!chain)
        return context.usageError(QStringLiteral("customer keys remove needs --chain ethereum, algorand or stellar"));
    Database *db = context.database();
    if (!db)
        return Refused;
    customerkeyscli::Services services(*db);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    if (auto removed = services.keys().remove(*actor, *customer, *chain, args.at(0).toStdString()); !removed)
        return context.refuse(removed.error());
    auto policy = services.keys().policy(*customer);
    if (!policy)
        return context.refuse(policy.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(customerkeyscli::toJson(policy.value())));
    else
        context.out() << customerkeyscli::describe(policy.value()) << Qt::endl;
    return Success;
}
