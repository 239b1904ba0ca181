#include "core/runtime/consolerole.h"

#include "core/runtime/appendonlyschema.h"
#include "core/store/database.h"
#include "core/store/sql.h"

#include <QStringList>

namespace exchange {

namespace {

using Outcome = ConsoleRole::Outcome;

std::string rights()
{
    return "may read and write the working tables, only read and append to "
           + appendOnlyTables().join(QStringLiteral(", ")).toStdString() + ", and change no table's definition";
}

QString quoted(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

struct Who {
    QString user;
    QString schema;
    QString database;
    bool mayCreateRoles = false;
    bool groupExists = false;
};

Result<Who> whoAmI(const QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT current_user, current_schema(), current_database(),"
                                         " r.rolsuper OR r.rolcreaterole,"
                                         " EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)"
                                         " FROM pg_roles r WHERE r.rolname = current_user"),
                      {ConsoleRole::groupName()});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::Internal, "the connected role is not in pg_roles"};
    Who who;
    who.user = q.value().value(0).toString();
    who.schema = q.value().value(1).toString();
    who.database = q.value().value(2).toString();
    who.mayCreateRoles = q.value().value(3).toBool();
    who.groupExists = q.value().value(4).toBool();
    return who;
}

// The tables of the current schema, and those the connected role does not
// own (directly or through a role it is a member of).
Result<std::pair<QStringList, QStringList>> tables(const QSqlDatabase &db)
{
    auto q = sql::run(db, QStringLiteral("SELECT c.relname, pg_has_role(c.relowner, 'USAGE') FROM pg_class c"
                                         " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                         " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
                                         " ORDER BY c.relname"));
    if (!q)
        return q.error();
    QStringList all;
    QStringList notOwned;
    while (q.value().next()) {
        all << q.value().value(0).toString();
        if (!q.value().value(1).toBool())
            notOwned << all.back();
    }
    return std::pair{all, notOwned};
}

QString privilegesOf(const QString &table)
{
    if (table == QLatin1String("schema_version"))
        return QStringLiteral("SELECT");
    if (appendOnlyTables().contains(table))
        return QStringLiteral("SELECT, INSERT");
    return QStringLiteral("SELECT, INSERT, UPDATE, DELETE");
}

Result<void> grantAll(const QSqlDatabase &db, const Who &who, const QStringList &all)
{
    const QString group = quoted(ConsoleRole::groupName());
    const QString schema = quoted(who.schema);
    QStringList statements;
    if (!who.groupExists) {
        // Another migrator may create it meanwhile: that is no failure.
        statements << QStringLiteral("DO $$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$")
                          .arg(group);
    }
    for (const QString &table : all) {
        statements << QStringLiteral("REVOKE ALL ON TABLE %1 FROM %2").arg(quoted(table), group);
        statements << QStringLiteral("GRANT %1 ON TABLE %2 TO %3").arg(privilegesOf(table), quoted(table), group);
    }
    statements << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, group);
    // Tables a later migration makes are working tables until it says
    // otherwise (and the next run of this revokes what it must).
    statements << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %2")
                      .arg(schema, group);
    statements << QStringLiteral("ALTER DEFAULT PRIVILEGES IN SCHEMA %1 GRANT USAGE, SELECT ON SEQUENCES TO %2").arg(schema, group);

    if (auto begun = sql::execute(db, QStringLiteral("BEGIN")); !begun)
        return begun;
    auto fail = [&db](Error error) -> Result<void> {
        (void)sql::execute(db, QStringLiteral("ROLLBACK"));
        return error;
    };
    for (const QString &statement : statements) {
        if (auto done = sql::execute(db, statement); !done)
            return fail(done.error());
    }
    // PUBLIC has both by default; a hardened server may have taken them.
    auto reach = sql::run(db, QStringLiteral("SELECT has_schema_privilege(?, current_schema(), 'USAGE'),"
                                             " has_database_privilege(?, current_database(), 'CONNECT')"),
                          {ConsoleRole::groupName(), ConsoleRole::groupName()});
    if (!reach)
        return fail(reach.error());
    if (reach.value().next()) {
        if (!reach.value().value(0).toBool()) {
            if (auto done = sql::execute(db, QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, group)); !done)
                return fail(done.error());
        }
        if (!reach.value().value(1).toBool()) {
            if (auto done = sql::execute(db, QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(quoted(who.database), group));
                !done)
                return fail(done.error());
        }
    }
    if (auto committed = sql::execute(db, QStringLiteral("COMMIT")); !committed)
        return fail(committed.error());
    return {};
}

} // namespace

Result<Outcome> ConsoleRole::ensure(Database &database)
{
    if (database.dialect().isSQLite())
        return Outcome{};
    QSqlDatabase db = database.connection();
    auto who = whoAmI(db);
    if (!who)
        return who.error();
    if (!who.value().groupExists && !who.value().mayCreateRoles) {
        return Outcome{Outcome::State::CannotCreateRoles,
                       "the consoles' role " + groupName().toStdString() + " does not exist and "
                           + who.value().user.toStdString()
                           + " may not create roles: consoles connect with the owner's rights until a database "
                             "administrator runs CREATE ROLE " + groupName().toStdString()
                           + " NOLOGIN and this runs again"};
    }
    auto found = tables(db);
    if (!found)
        return found.error();
    const auto &[all, notOwned] = found.value();
    if (!notOwned.isEmpty()) {
        const QString which = notOwned.size() == all.size()
                                  ? QStringLiteral("the exchange's tables")
                                  : QStringLiteral("%1 of the exchange's tables (%2 first)").arg(notOwned.size()).arg(notOwned.front());
        return Outcome{Outcome::State::NotOwner,
                       who.value().user.toStdString() + " does not own " + which.toStdString()
                           + ": only the tables' owner grants the consoles' role " + groupName().toStdString()
                           + " its rights; run this as the owner"};
    }
    if (auto granted = grantAll(db, who.value(), all); !granted)
        return granted.error();
    return Outcome{Outcome::State::Granted,
                   "the consoles' role " + groupName().toStdString() + " " + rights()};
}

Result<Outcome> ConsoleRole::grantTo(Database &database, const QString &login)
{
    if (database.dialect().isSQLite())
        return Error{ErrorCode::InvalidInput, "an SQLite database has no roles: its file's permissions decide who may write"};
    auto ensured = ensure(database);
    if (!ensured)
        return ensured.error();
    if (ensured.value().state != Outcome::State::Granted)
        return Error{ErrorCode::Unauthorized, ensured.value().message};
    QSqlDatabase db = database.connection();
    auto role = sql::run(db, QStringLiteral("SELECT r.rolsuper, EXISTS (SELECT 1 FROM pg_class c"
                                            "  JOIN pg_namespace n ON n.oid = c.relnamespace"
                                            "  WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
                                            "  AND pg_has_role(r.oid, c.relowner, 'USAGE'))"
                                            " FROM pg_roles r WHERE r.rolname = ?"),
                         {login});
    if (!role)
        return role.error();
    if (!role.value().next())
        return Error{ErrorCode::NotFound, "no role named '" + login.toStdString()
                                              + "': create it first (psql: CREATE ROLE name LOGIN PASSWORD '…')"};
    if (role.value().value(0).toBool())
        return Error{ErrorCode::InvalidInput, "'" + login.toStdString()
                                                  + "' is a superuser: triggers do not bind it, so the group would change nothing"};
    if (role.value().value(1).toBool())
        return Error{ErrorCode::InvalidInput, "'" + login.toStdString()
                                                  + "' owns tables of the exchange: it could drop their triggers, so the group would change nothing"};
    if (auto granted = sql::execute(db, QStringLiteral("GRANT %1 TO %2").arg(quoted(groupName()), quoted(login))); !granted)
        return granted.error();
    return Outcome{Outcome::State::Granted,
                   login.toStdString() + " is a member of " + groupName().toStdString() + ": it " + rights()};
}

} // namespace exchange
