#include "operatorsetrolecommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"

using namespace exchange;
using namespace exchange::security;

int OperatorSetRoleCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usageError(QStringLiteral("operator set-role needs a username and a role"));
    const auto role = roleFromName(args.at(1).toStdString());
    if (!role)
        return context.usageError(QStringLiteral("unknown role '%1'").arg(args.at(1)));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    AuditLog audit(*db, clock);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto changed = OperatorService(*db, clock, audit).setRole(*actor, args.first().toStdString(), *role);
    if (!changed)
        return context.refuse(changed.error());
    context.out() << args.first() << " is now " << args.at(1) << Qt::endl;
    return Success;
}
