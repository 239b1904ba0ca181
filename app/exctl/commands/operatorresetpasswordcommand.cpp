#include "operatorresetpasswordcommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"
#include "operatorcli.h"

#include <unistd.h>

using namespace exchange;
using namespace exchange::security;

int OperatorResetPasswordCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("operator reset-password needs exactly one username"));
    Database *db = context.database();
    if (!db)
        return Refused;
    QByteArray password = operatorcli::readPassword(context, QStringLiteral("New password for %1: ").arg(args.first()));
    if (isatty(STDIN_FILENO)) {
        if (operatorcli::readPassword(context, QStringLiteral("Again: ")) != password)
            return context.refuse(QStringLiteral("the passwords differ; nothing changed"));
    }
    SystemClock clock;
    AuditLog audit(*db, clock);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto changed = OperatorService(*db, clock, audit).resetPassword(*actor, args.first().toStdString(), password);
    password.fill('\0');
    if (!changed)
        return context.refuse(changed.error());
    context.out() << "new password set for " << args.first() << "; two-factor enrolment starts again at the next sign-in"
                  << Qt::endl;
    return Success;
}
