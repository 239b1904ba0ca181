#include "operatorregisterkeycommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"

using namespace exchange;
using namespace exchange::security;

int OperatorRegisterKeyCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("operator register-key needs a username"));
    Database *db = context.database();
    if (!db)
        return Refused;
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    SystemClock clock;
    AuditLog audit(*db, clock);
    auto registered = OperatorService(*db, clock, audit).registerKey(*actor, args.first().toStdString());
    if (!registered)
        return context.refuse(registered.error());
    context.out() << args.first() << "'s signing key is registered as " << roleName(registered.value().role).data()
                  << Qt::endl;
    return Success;
}
