#include "auditlistcommand.h"

#include "commandcontext.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

using namespace exchange;
using namespace exchange::security;

void AuditListCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("since"),
                                        QStringLiteral("Only records from this time on (ISO 8601, UTC unless it says otherwise)."),
                                        QStringLiteral("WHEN")));
    parser.addOption(QCommandLineOption(QStringLiteral("operator"),
                                        QStringLiteral("Only records by this actor (username, cli:USER or system:NAME)."),
                                        QStringLiteral("NAME")));
    parser.addOption(QCommandLineOption(QStringLiteral("action"),
                                        QStringLiteral("Only actions starting with this (e.g. settings. or login)."),
                                        QStringLiteral("PREFIX")));
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), QStringLiteral("At most this many (default 1000)."),
                                        QStringLiteral("N")));
}

int AuditListCommand::run(CommandContext &context, const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty())
        return context.usageError(QStringLiteral("audit list takes no positional arguments"));
    AuditFilter filter;
    filter.limit = 1000;
    if (parser.isSet(QStringLiteral("since"))) {
        QDateTime since = QDateTime::fromString(parser.value(QStringLiteral("since")), Qt::ISODate);
        if (!since.isValid())
            return context.usageError(QStringLiteral("--since takes an ISO 8601 date or time, e.g. 2026-01-31 or 2026-01-31T12:00"));
        if (since.timeSpec() == Qt::LocalTime)
            since.setTimeSpec(Qt::UTC);
        filter.sinceMs = since.toMSecsSinceEpoch();
    }
    if (parser.isSet(QStringLiteral("operator")))
        filter.actorName = parser.value(QStringLiteral("operator")).toStdString();
    if (parser.isSet(QStringLiteral("action")))
        filter.action = parser.value(QStringLiteral("action")).toStdString();
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        filter.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || filter.limit <= 0)
            return context.usageError(QStringLiteral("--limit takes a positive number"));
    }
    Database *db = context.database();
    if (!db)
        return Refused;
    SystemClock clock;
    auto entries = AuditLog(*db, clock).list(filter);
    if (!entries)
        return context.refuse(entries.error());
    auto when = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs); };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const AuditEntry &e : entries.value()) {
            array.append(QJsonObject{
                {QStringLiteral("seq"), e.seq},
                {QStringLiteral("at"), when(e.atMs)},
                {QStringLiteral("actor"), QString::fromStdString(e.actorName)},
                {QStringLiteral("actor_kind"), QString::fromStdString(e.actorKind)},
                {QStringLiteral("action"), QString::fromStdString(e.action)},
                {QStringLiteral("object_type"), QString::fromStdString(e.objectType)},
                {QStringLiteral("object_id"), QString::fromStdString(e.objectId)},
                {QStringLiteral("before"), QJsonDocument::fromJson(QByteArray::fromStdString(e.before)).object()},
                {QStringLiteral("after"), QJsonDocument::fromJson(QByteArray::fromStdString(e.after)).object()},
                {QStringLiteral("hash"), QString::fromStdString(e.hash)},
            });
        }
        context.printJson(QJsonDocument(array));
        return Success;
    }
    for (const AuditEntry &e : entries.value()) {
        context.out() << e.seq << ' ' << when(e.atMs) << ' ' << QString::fromStdString(e.actorName) << ' '
                      << QString::fromStdString(e.action) << ' ' << QString::fromStdString(e.objectType) << ':'
                      << QString::fromStdString(e.objectId);
        if (!e.before.empty() || !e.after.empty())
            context.out() << ' ' << QString::fromStdString(e.before.empty() ? "{}" : e.before) << " -> "
                          << QString::fromStdString(e.after.empty() ? "{}" : e.after);
        context.out() << '\n';
    }
    return Success;
}
