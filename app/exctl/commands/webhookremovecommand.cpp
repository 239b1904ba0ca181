#include "webhookremovecommand.h"

#include "commandcontext.h"
#include "core/api/webhookservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "webhookcli.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace exchange;

int WebhookRemoveCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usageError(QStringLiteral("api-client webhook remove needs NAME and URL"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    auto removed = api::WebhookService(*db, clock, audit).removeEndpoint(*actor, args.at(0), args.at(1));
    if (!removed)
        return context.refuse(removed.error());
    context.out() << "removed " << webhookcli::describe(removed.value()) << Qt::endl;
    return Success;
}
