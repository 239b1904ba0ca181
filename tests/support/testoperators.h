#pragma once
// Operator rows for a test: services check the acting operator's role and
// state in the database at every decision (security/currentauthority.h), so
// an operator actor a test acts as has to exist there, with its id, name and
// role.

#include "core/security/actor.h"

#include <vector>

namespace exchange { class Database; }

// Fails the process (qFatal) when a row cannot be written.
void addTestOperators(exchange::Database &db, const std::vector<exchange::security::Actor> &operators);

// An admin who has confirmed a code, stored as an operator row named name
// (added unless there): what a test acts as for the decisions the core
// keeps from the command line's cli:<user> (approving, rejecting, manual
// payout, TxId, the money settings). Fails the process when the row cannot
// be written.
exchange::security::Actor testAdmin(exchange::Database &db, const std::string &name);
