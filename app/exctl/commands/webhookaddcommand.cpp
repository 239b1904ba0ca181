#include "webhookaddcommand.h"

#include "commandcontext.h"
#include "core/api/webhookservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "webhookcli.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace exchange;

int WebhookAddCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usageError(QStringLiteral("api-client webhook add needs NAME and URL"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    auto added = api::WebhookService(*db, clock, audit).addEndpoint(*actor, args.at(0), args.at(1));
    if (!added)
        return context.refuse(added.error());
    if (parser.isSet(QStringLiteral("json")))
        context.printJson(QJsonDocument(webhookcli::toJson(added.value())));
    else
        context.out() << "added " << webhookcli::describe(added.value()) << Qt::endl;
    return Success;
}
