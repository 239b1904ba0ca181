#include "apiclientdisablecommand.h"

#include "commandcontext.h"
#include "core/api/apiclientservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"

using namespace exchange;

int ApiClientDisableCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("api-client disable needs one NAME"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    SystemClock clock;
    security::AuditLog audit(*db, clock);
    auto disabled = api::ApiClientService(*db, clock, audit).disable(*actor, args.first());
    if (!disabled)
        return context.refuse(disabled.error());
    context.out() << "disabled " << disabled.value().name << ": every request it sends is refused" << Qt::endl;
    return Success;
}
