#include "customerupdatecommand.h"

#include "commandcontext.h"
#include "customercli.h"
#include "core/customers/customerservice.h"
#include "core/store/database.h"

#include <QJsonDocument>

#include <optional>

using namespace exchange;

void CustomerUpdateCommand::addOptions(QCommandLineParser &parser) const
{
    customercli::addNameAndEmailOptions(parser);
}

int CustomerUpdateCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("customer update needs one EXTERNAL_ID"));
    std::optional<QString> name, email;
    if (parser.isSet(QStringLiteral("name")))
        name = parser.value(QStringLiteral("name"));
    if (parser.isSet(QStringLiteral("email")))
        email = parser.value(QStringLiteral("email"));
    if (!name && !email)
        return context.usageError(QStringLiteral("customer update needs --name NAME or --email EMAIL"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    customercli::Services services(*db);
    auto updated = services.customers().update(*actor, args.at(0), name, email);
    if (!updated)
        return context.refuse(updated.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(customercli::toJson(updated.value())));
    else
        context.out() << "updated " << customercli::describe(updated.value()) << Qt::endl;
    return Success;
}
