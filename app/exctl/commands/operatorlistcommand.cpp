#include "operatorlistcommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;
using namespace exchange::security;

namespace {
QString when(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}
}

int OperatorListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("operator list takes no arguments"));
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    AuditLog audit(*db, clock);
    const auto *actor = context.actor();
    if (!actor)
        return Refused;
    auto all = OperatorService(*db, clock, audit).list(*actor);
    if (!all)
        return context.refuse(all.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const OperatorInfo &o : all.value()) {
            array.append(QJsonObject{{QStringLiteral("username"), QString::fromStdString(o.username)},
                                     {QStringLiteral("role"), QString::fromLatin1(roleName(o.role).data())},
                                     {QStringLiteral("disabled"), o.disabled},
                                     {QStringLiteral("totp_enrolled"), o.totpEnrolled},
                                     {QStringLiteral("failed_logins"), o.failedLogins},
                                     {QStringLiteral("last_login"), when(o.lastLoginAtMs)},
                                     {QStringLiteral("created"), when(o.createdAtMs)}});
        }
        context.printJson(QJsonDocument(array));
        return Success;
    }
    QTextStream &out = context.out();
    out << QStringLiteral("%1 %2 %3 %4 %5\n").arg(QStringLiteral("USERNAME"), -20).arg(QStringLiteral("ROLE"), -9)
               .arg(QStringLiteral("STATE"), -9).arg(QStringLiteral("2FA"), -4).arg(QStringLiteral("LAST SIGN-IN"));
    for (const OperatorInfo &o : all.value()) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(QString::fromStdString(o.username), -20)
                   .arg(QString::fromLatin1(roleName(o.role).data()), -9)
                   .arg(o.disabled ? QStringLiteral("disabled") : QStringLiteral("active"), -9)
                   .arg(o.totpEnrolled ? QStringLiteral("yes") : QStringLiteral("no"), -4)
                   .arg(o.lastLoginAtMs ? when(o.lastLoginAtMs) : QStringLiteral("never"));
    }
    return Success;
}
