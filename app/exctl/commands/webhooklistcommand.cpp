#include "webhooklistcommand.h"

#include "commandcontext.h"
#include "core/api/webhookservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "webhookcli.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace exchange;

int WebhookListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("api-client webhook list takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    auto endpoints = api::WebhookService(*db, clock, audit).endpoints();
    if (!endpoints)
        return context.refuse(endpoints.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const api::WebhookEndpoint &e : endpoints.value())
            list.append(webhookcli::toJson(e));
        context.printJson(QJsonDocument(list));
        return Success;
    }
    for (const api::WebhookEndpoint &e : endpoints.value())
        context.out() << webhookcli::describe(e) << '\n';
    if (endpoints.value().empty())
        context.out() << "no webhook endpoints\n";
    context.out().flush();
    return Success;
}
