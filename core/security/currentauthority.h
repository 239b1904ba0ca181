#pragma once
// authorizeNow: the permission check of a decision, made with the operator
// as the database says they are in the decision's own transaction, not as
// they were when they signed in. An approver demoted to viewer, or a
// disabled operator, is refused at their next action although their console
// has not heard of the change yet. Every service that decides something an
// operator asked for calls it inside the transaction that makes the change.

#include "core/base/result.h"
#include "core/security/action.h"
#include "core/security/actor.h"

class QSqlDatabase;

namespace exchange::security {

// The actor with the role stored now (operators; the CLI and system actors
// as they are). Unauthorized when the operator is disabled or gone.
Result<Actor> currentActor(const QSqlDatabase &db, const Actor &actor);

// authorize() with the role stored now, read on db (the caller's
// transaction). The second factor confirmed for the request still counts.
Result<void> authorizeNow(const QSqlDatabase &db, const Actor &actor, Action action);

} // namespace exchange::security
