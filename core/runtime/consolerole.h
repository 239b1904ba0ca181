#pragma once
// ConsoleRole: least privilege on PostgreSQL. The group role
// exchange_console may read and write the working tables but only read and
// append to the append-only ones (appendonlyschema.h) and only read
// schema_version: no TRUNCATE, no DDL, and it owns nothing, so it can
// neither drop nor disable the triggers that refuse in-place edits. Login
// roles for consoles and `exctl serve` are made members of it; the role that
// migrates (the tables' owner) keeps DDL. Everything is idempotent: run it
// after every migration (exctl init does) and new tables get their grants.
// On SQLite there are no roles and it does nothing.

#include "core/base/result.h"

#include <QString>

#include <string>

namespace exchange {

class Database;

class ConsoleRole final
{
public:
    static QString groupName() { return QStringLiteral("exchange_console"); }

    struct Outcome {
        enum class State {
            NotPostgres,      // SQLite: nothing to do
            Granted,          // the group exists and its grants are current
            CannotCreateRoles, // the group is missing and this role may not create it
            NotOwner,         // this role does not own the tables, so it cannot grant on them
        };
        State state = State::NotPostgres;
        std::string message; // one line for the operator; empty for NotPostgres
    };

    // Creates the group unless it exists (when the connected role may create
    // roles) and grants it exactly its privileges on every table of the
    // current schema, in one transaction. A missing right is an Outcome,
    // not an error: migrating goes on without the role.
    static Result<Outcome> ensure(Database &database);

    // ensure(), then makes LOGIN (an existing role; its password is set in
    // psql, never here) a member of the group. Refused when the group could
    // not be made current, when LOGIN does not exist, or when it would gain
    // nothing from the group (a superuser, or the tables' owner).
    static Result<Outcome> grantTo(Database &database, const QString &login);
};

} // namespace exchange
