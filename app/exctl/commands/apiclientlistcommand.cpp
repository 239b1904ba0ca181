#include "apiclientlistcommand.h"

#include "apiclientcli.h"
#include "commandcontext.h"
#include "core/api/apiclientservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace exchange;

int ApiClientListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("api-client list takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    auto clients = api::ApiClientService(*db, clock, audit).list();
    if (!clients)
        return context.refuse(clients.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const api::ApiClient &c : clients.value())
            list.append(apiclientcli::toJson(c));
        context.printJson(QJsonDocument(list));
        return Success;
    }
    for (const api::ApiClient &c : clients.value())
        context.out() << apiclientcli::describe(c) << '\n';
    if (clients.value().empty())
        context.out() << "no api clients\n";
    context.out().flush();
    return Success;
}
