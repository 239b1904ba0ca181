#include "customeraddcommand.h"

#include "commandcontext.h"
#include "customercli.h"
#include "core/customers/customerservice.h"
#include "core/store/database.h"

#include <QJsonDocument>

using namespace exchange;

void CustomerAddCommand::addOptions(QCommandLineParser &parser) const
{
    customercli::addNameAndEmailOptions(parser);
}

int CustomerAddCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("customer add needs one EXTERNAL_ID"));
    if (!parser.isSet(QStringLiteral("name")))
        return context.usageError(QStringLiteral("customer add needs --name NAME"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    customercli::Services services(*db);
    auto added = services.customers().add(*actor, args.at(0), parser.value(QStringLiteral("name")),
                                          parser.value(QStringLiteral("email")));
    if (!added)
        return context.refuse(added.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(customercli::toJson(added.value())));
    else
        context.out() << "added " << customercli::describe(added.value()) << Qt::endl;
    return Success;
}
