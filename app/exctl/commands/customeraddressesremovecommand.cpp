#include "customeraddressesremovecommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "customeraddresscli.h"
#include "core/customers/customeraddressbook.h"
#include "core/store/database.h"

#include <QJsonDocument>

using namespace exchange;

void CustomerAddressesRemoveCommand::addOptions(QCommandLineParser &parser) const
{
    customeraddresscli::addChainAndAddressOptions(parser);
}

int CustomerAddressesRemoveCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("customer addresses remove needs one EXTERNAL_ID"));
    const auto chain = chainoption::value(parser);
    if (!chain)
        return context.usageError(QStringLiteral("customer addresses remove needs --chain ethereum, algorand or stellar"));
    if (!parser.isSet(QStringLiteral("address")))
        return context.usageError(QStringLiteral("customer addresses remove needs --address ADDRESS"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    customeraddresscli::Services services(*db);
    auto removed = services.book().remove(*actor, args.at(0), *chain, parser.value(QStringLiteral("address")).toStdString());
    if (!removed)
        return context.refuse(removed.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(customeraddresscli::toJson(removed.value())));
    else
        context.out() << "removed " << customeraddresscli::describe(removed.value()) << Qt::endl;
    return Success;
}
