#include "customerkeysaddcommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "customerkeyscli.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalkeyservice.h"

using namespace exchange;

void CustomerKeysAddCommand::addOptions(QCommandLineParser &parser) const
{
    customerkeyscli::addCustomerOption(parser);
    parser.addOption(chainoption::option());
}

int CustomerKeysAddCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("customer keys add needs one ADDRESS (the signing key)"));
    const auto customer = customerkeyscli::customer(parser);
    if (!customer)
        return context.usageError(QStringLiteral("customer keys add needs --customer ID"));
    const auto chain = chainoption::value(parser);
    if (!chain)
        return context.usageError(QStringLiteral("customer keys add needs --chain ethereum, algorand or stellar"));
    Database *db = context.database();
    if (!db)
        return Refused;
    customerkeyscli::Services services(*db);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto added = services.keys().add(*actor, *customer, *chain, args.at(0).toStdString());
    if (!added)
        return context.refuse(added.error());
    auto policy = services.keys().policy(*customer);
    if (!policy)
        return context.refuse(policy.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(customerkeyscli::toJson(policy.value())));
    else
        context.out() << "added " << QString::fromStdString(added->address) << '\n'
                      << customerkeyscli::describe(policy.value()) << Qt::endl;
    return Success;
}
