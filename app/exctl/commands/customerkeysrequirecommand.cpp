#include "customerkeysrequirecommand.h"

#include "commandcontext.h"
#include "customerkeyscli.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalkeyservice.h"

using namespace exchange;

void CustomerKeysRequireCommand::addOptions(QCommandLineParser &parser) const
{
    customerkeyscli::addCustomerOption(parser);
}

int CustomerKeysRequireCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    bool ok = false;
    const int required = args.size() == 1 ? args.at(0).toInt(&ok) : 0;
    if (!ok || required < 1)
        return context.usageError(QStringLiteral("customer keys require needs M, a number of signatures from 1"));
    const auto customer = customerkeyscli::customer(parser);
    if (!customer)
        return context.usageError(QStringLiteral("customer keys require needs --customer ID"));
    Database *db = context.database();
    if (!db)
        return Refused;
    customerkeyscli::Services services(*db);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    if (auto set = services.keys().require(*actor, *customer, required); !set)
        return context.refuse(set.error());
    auto policy = services.keys().policy(*customer);
    if (!policy)
        return context.refuse(policy.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(customerkeyscli::toJson(policy.value())));
    else
        context.out() << customerkeyscli::describe(policy.value()) << Qt::endl;
    return Success;
}
