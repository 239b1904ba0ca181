#pragma once
// The permission table, in one place: which role may do which action, and
// which actions need a current TOTP code as well. Every core service calls
// authorize() before it acts; hiding a button is only a courtesy.

#include "core/base/result.h"
#include "core/security/action.h"
#include "core/security/actor.h"

namespace exchange::security {

bool roleAllows(Role role, Action action);
// Approving a withdrawal, changing a setting, unlocking the vault and the
// other actions that move money or keys ask for a current code.
bool actionNeedsSecondFactor(Action action);
// The decisions about where money goes (approve, reject, manual payout via
// approve, TxId, the money settings): only a signed-in person makes them,
// never the command line's local admin cli:<user>.
bool actionNeedsAPerson(Action action);

// Unauthorized with a one-line reason when the actor may not do this.
// Operators need their role to allow it (and a confirmed code where the
// action asks for one); the CLI actor is an admin for maintenance but
// makes no decision that actionNeedsAPerson; the system actor may only read.
Result<void> authorize(const Actor &actor, Action action);

} // namespace exchange::security
