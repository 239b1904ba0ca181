#include "operatordisablecommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"

using namespace exchange;
using namespace exchange::security;

void OperatorDisableCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("enable"), QStringLiteral("Allow the operator to sign in again.")));
}

int OperatorDisableCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("operator disable needs exactly one username"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    AuditLog audit(*db, clock);
    const bool enable = parser.isSet(QStringLiteral("enable"));
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto changed = OperatorService(*db, clock, audit).setDisabled(*actor, args.first().toStdString(), !enable);
    if (!changed)
        return context.refuse(changed.error());
    context.out() << args.first() << (enable ? " may sign in again" : " is disabled") << Qt::endl;
    return Success;
}
