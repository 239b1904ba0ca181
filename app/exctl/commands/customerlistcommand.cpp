#include "customerlistcommand.h"

#include "commandcontext.h"
#include "customercli.h"
#include "core/customers/customerservice.h"
#include "core/store/database.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace exchange;

void CustomerListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("state"), QStringLiteral("Only customers in this state: active, frozen or closed."),
                                        QStringLiteral("STATE")));
    parser.addOption(QCommandLineOption(QStringLiteral("find"),
                                        QStringLiteral("Only customers whose external id, name or email contains TEXT (any case)."),
                                        QStringLiteral("TEXT")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), QStringLiteral("At most N customers (default 1000)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("offset"), QStringLiteral("Skip the first N."), QStringLiteral("N")));
}

int CustomerListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("customer list takes no arguments"));
    CustomerQuery query;
    if (parser.isSet(QStringLiteral("state"))) {
        const auto state = customerStateFromName(parser.value(QStringLiteral("state")).toStdString());
        if (!state)
            return context.usageError(QStringLiteral("--state is active, frozen or closed"));
        query.state = state;
    }
    query.text = parser.value(QStringLiteral("find"));
    for (const auto &[option, target] : {std::pair{"limit", &query.limit}, std::pair{"offset", &query.offset}}) {
        if (!parser.isSet(QLatin1String(option)))
            continue;
        bool ok = false;
        *target = parser.value(QLatin1String(option)).toInt(&ok);
        if (!ok || *target < 0 || (*target == 0 && QLatin1String(option) == QLatin1String("limit")))
            return context.usageError(QStringLiteral("--%1 needs a whole number").arg(QLatin1String(option)));
    }
    Database *db = context.database();
    if (!db)
        return Refused;
    customercli::Services services(*db);
    auto found = services.customers().search(query);
    if (!found)
        return context.refuse(found.error());
    // A full page may not be all: say how to read on (stderr, so that
    // --json stays a plain array).
    if (static_cast<qsizetype>(found.value().size()) == query.limit) {
        context.err() << "exctl: the first " << query.limit << " from offset " << query.offset
                      << "; there may be more (--offset " << query.offset + query.limit << ")\n";
        context.err().flush();
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Customer &c : found.value())
            list.append(customercli::toJson(c));
        context.printJson(QJsonDocument(list));
        return Success;
    }
    QTextStream &out = context.out();
    for (const Customer &c : found.value())
        out << customercli::describe(c) << '\n';
    if (found.value().empty())
        out << "no customers\n";
    out.flush();
    return Success;
}
