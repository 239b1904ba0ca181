#include "core/security/currentauthority.h"
#include "core/base/message.h"

#include "core/security/permissions.h"
#include "core/store/sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace exchange::security {

Result<Actor> currentActor(const QSqlDatabase &db, const Actor &actor)
{
    if (actor.kind != Actor::Kind::Operator || actor.operatorId <= 0)
        return actor;
    // PostgreSQL: FOR SHARE, so that a demotion or a disabling that runs at
    // the same time waits for this decision to commit, or this decision
    // waits for it and reads the new row. SQLite has one writer at a time
    // and no row locks: the write transaction already excludes the change.
    const QString lock = db.driverName() == u"QPSQL" ? QStringLiteral(" FOR SHARE") : QString();
    auto q = sql::run(db, QStringLiteral("SELECT role, disabled FROM operators WHERE id = ?") + lock,
                      {QVariant::fromValue<qint64>(actor.operatorId)});
    if (!q)
        return q.error();
    if (!q.value().next() || q.value().value(1).toInt() != 0)
        return makeError(ErrorCode::Unauthorized, MessageId::OperatorNoLongerActive, {actor.username});
    Actor now = actor;
    // An unknown name in the row grants nothing.
    now.role = roleFromName(q.value().value(0).toString().toStdString()).value_or(Role::Viewer);
    return now;
}

Result<void> authorizeNow(const QSqlDatabase &db, const Actor &actor, Action action)
{
    auto now = currentActor(db, actor);
    if (!now)
        return now.error();
    if (now.value().kind == Actor::Kind::Operator && now.value().operatorId > 0 && now.value().role != actor.role
        && !roleAllows(now.value().role, action))
        return makeError(ErrorCode::Unauthorized, MessageId::OperatorRoleNowForbids,
                         {actor.username, std::string(roleName(now.value().role)), std::string(actionName(action))});
    return authorize(now.value(), action);
}

} // namespace exchange::security
