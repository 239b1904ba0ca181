#include "customeraddresseslistcommand.h"

#include "commandcontext.h"
#include "customeraddresscli.h"
#include "core/customers/customeraddressbook.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace exchange;

void CustomerAddressesListCommand::addOptions(QCommandLineParser &) const
{
}

int CustomerAddressesListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("customer addresses list needs one EXTERNAL_ID"));
    Database *db = context.database();
    if (!db)
        return Refused;
    customeraddresscli::Services services(*db);
    auto listed = services.book().list(args.at(0));
    if (!listed)
        return context.refuse(listed.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const auto &a : listed.value())
            rows.append(customeraddresscli::toJson(a));
        context.printJson(QJsonDocument(rows));
        return Success;
    }
    if (listed.value().empty())
        context.out() << args.at(0) << ": no addresses of their own (every withdrawal goes to a new destination)" << Qt::endl;
    for (const auto &a : listed.value())
        context.out() << customeraddresscli::describe(a) << Qt::endl;
    return Success;
}
