#include "customeraddressesaddcommand.h"

#include "chainoption.h"
#include "commandcontext.h"
#include "customeraddresscli.h"
#include "core/customers/customeraddressbook.h"
#include "core/store/database.h"

#include <QJsonDocument>

using namespace exchange;

void CustomerAddressesAddCommand::addOptions(QCommandLineParser &parser) const
{
    customeraddresscli::addChainAndAddressOptions(parser);
    parser.addOption(QCommandLineOption(QStringLiteral("label"), QStringLiteral("A label for the address (at most 64 characters)."),
                                        QStringLiteral("LABEL")));
}

int CustomerAddressesAddCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("customer addresses add needs one EXTERNAL_ID"));
    const auto chain = chainoption::value(parser);
    if (!chain)
        return context.usageError(QStringLiteral("customer addresses add needs --chain ethereum, algorand or stellar"));
    if (!parser.isSet(QStringLiteral("address")))
        return context.usageError(QStringLiteral("customer addresses add needs --address ADDRESS"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    customeraddresscli::Services services(*db);
    auto added = services.book().add(*actor, args.at(0), *chain, parser.value(QStringLiteral("address")).toStdString(),
                                     parser.value(QStringLiteral("label")));
    if (!added)
        return context.refuse(added.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(customeraddresscli::toJson(added.value())));
    else
        context.out() << "added " << customeraddresscli::describe(added.value()) << Qt::endl;
    return Success;
}
