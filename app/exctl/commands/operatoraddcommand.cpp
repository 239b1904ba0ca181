#include "operatoraddcommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"
#include "operatorcli.h"

#include <unistd.h>

using namespace exchange;
using namespace exchange::security;

void OperatorAddCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("role"),
                                        QStringLiteral("viewer, operator, approver or admin."), QStringLiteral("ROLE")));
}

int OperatorAddCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usageError(QStringLiteral("operator add needs exactly one username"));
    if (!parser.isSet(QStringLiteral("role")))
        return context.usageError(QStringLiteral("operator add needs --role viewer|operator|approver|admin"));
    const auto role = roleFromName(parser.value(QStringLiteral("role")).toStdString());
    if (!role)
        return context.usageError(QStringLiteral("unknown role '%1'").arg(parser.value(QStringLiteral("role"))));
    Database *db = context.database();
    if (!db)
        return Refused;
    QByteArray password = operatorcli::readPassword(context, QStringLiteral("Password for %1: ").arg(args.first()));
    if (isatty(STDIN_FILENO)) {
        if (operatorcli::readPassword(context, QStringLiteral("Again: ")) != password)
            return context.refuse(QStringLiteral("the passwords differ; nothing changed"));
    }
    SystemClock clock;
    AuditLog audit(*db, clock);
    OperatorService operators(*db, clock, audit);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto added = operators.add(*actor, args.first().toStdString(), *role, password);
    password.fill('\0');
    if (!added)
        return context.refuse(added.error());
    context.out() << "added " << args.first() << " (" << QString::fromLatin1(roleName(*role).data()) << ")";
    if (roleNeedsTotp(*role))
        context.out() << "; enrols a two-factor app at the first sign-in";
    context.out() << Qt::endl;
    return Success;
}
