#include "webhookretrycommand.h"

#include "commandcontext.h"
#include "core/api/webhookservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "webhookcli.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace exchange;

void WebhookRetryCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("all-failed"), QStringLiteral("Retry every failed delivery.")));
}

int WebhookRetryCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    const bool all = parser.isSet(QStringLiteral("all-failed"));
    if (all == (args.size() == 1) || args.size() > 1)
        return context.usageError(QStringLiteral("webhook retry needs one delivery ID or --all-failed"));
    bool numeric = false;
    const qint64 id = all ? 0 : args.first().toLongLong(&numeric);
    if (!all && (!numeric || id <= 0))
        return context.usageError(QStringLiteral("webhook retry: '%1' is no delivery id").arg(args.first()));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    api::WebhookService service(*db, clock, audit);
    if (all) {
        auto count = service.retryAllFailed(*actor);
        if (!count)
            return context.refuse(count.error());
        context.out() << count.value() << (count.value() == 1 ? " failed delivery is" : " failed deliveries are")
                      << " due again" << Qt::endl;
        return Success;
    }
    auto retried = service.retry(*actor, id);
    if (!retried)
        return context.refuse(retried.error());
    context.out() << "due again: " << webhookcli::describe(retried.value()) << Qt::endl;
    return Success;
}
