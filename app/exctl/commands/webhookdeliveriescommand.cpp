#include "webhookdeliveriescommand.h"

#include "commandcontext.h"
#include "core/api/webhookservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "webhookcli.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace exchange;

void WebhookDeliveriesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("failed"), QStringLiteral("Only the deliveries given up on.")));
}

int WebhookDeliveriesCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("webhook deliveries takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    auto deliveries = api::WebhookService(*db, clock, audit).deliveries(parser.isSet(QStringLiteral("failed")));
    if (!deliveries)
        return context.refuse(deliveries.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const api::WebhookDelivery &d : deliveries.value())
            list.append(webhookcli::toJson(d));
        context.printJson(QJsonDocument(list));
        return Success;
    }
    for (const api::WebhookDelivery &d : deliveries.value())
        context.out() << webhookcli::describe(d) << '\n';
    if (deliveries.value().empty())
        context.out() << (parser.isSet(QStringLiteral("failed")) ? "no failed webhook deliveries\n" : "no webhook deliveries\n");
    context.out().flush();
    return Success;
}
