#include "customerkeyslistcommand.h"

#include "commandcontext.h"
#include "customerkeyscli.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalkeyservice.h"

using namespace exchange;

void CustomerKeysListCommand::addOptions(QCommandLineParser &parser) const
{
    customerkeyscli::addCustomerOption(parser);
}

int CustomerKeysListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("customer keys list takes no arguments"));
    const auto customer = customerkeyscli::customer(parser);
    if (!customer)
        return context.usageError(QStringLiteral("customer keys list needs --customer ID"));
    Database *db = context.database();
    if (!db)
        return Refused;
    customerkeyscli::Services services(*db);
    auto policy = services.keys().policy(*customer);
    if (!policy)
        return context.refuse(policy.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(customerkeyscli::toJson(policy.value())));
    else
        context.out() << customerkeyscli::describe(policy.value()) << Qt::endl;
    return Success;
}
