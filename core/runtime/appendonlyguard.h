#pragma once
// AppendOnlyGuard: whether the connected PostgreSQL role could set aside the
// triggers that keep the append-only tables append-only (appendonlyschema.h):
// a superuser, or the owner of one of those tables, may drop or disable
// them, and then the controls are a convention only. `exctl serve` and the
// console ask once at start and warn; they still run (a single-desktop
// setup or a first migration legitimately connects as the owner). SQLite has
// no roles: whoever may write its file may do anything, so it never warns.

#include "core/base/result.h"

#include <optional>
#include <string>

namespace exchange {

class Database;

class AppendOnlyGuard final
{
public:
    // The warning (one English line, for the log and /health), or nothing
    // when the connected role is bound by the triggers.
    static Result<std::optional<std::string>> bypass(Database &database);
};

} // namespace exchange
