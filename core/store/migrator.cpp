#include "core/store/migrator.h"

#include "core/store/sql.h"

#include <QDateTime>

namespace exchange {

namespace {
// Any fixed number shared by every process that migrates this schema.
constexpr qint64 kMigrationLockKey = 0x45584d4947;
}

Result<void> Migrator::ensureVersionTable(QSqlDatabase &db)
{
    // On PostgreSQL a role without CREATE on the schema (the consoles'
    // role) may not even run CREATE TABLE IF NOT EXISTS: look first.
    if (db.driverName() == u"QPSQL") {
        auto there = sql::run(db, QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL"));
        if (!there)
            return there.error();
        if (there.value().next() && there.value().value(0).toBool())
            return {};
    }
    return sql::execute(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                           " version INTEGER PRIMARY KEY,"
                                           " description TEXT NOT NULL,"
                                           " applied_at BIGINT NOT NULL)"));
}

Result<void> Migrator::requireOwner(QSqlDatabase &db, const Dialect &dialect, int current)
{
    // An empty database is the caller's to fill; tables that exist belong
    // to whoever made them, and only that role (or a superuser) may change
    // them. Say so rather than fail on the first statement.
    if (dialect.isSQLite() || current == 0)
        return {};
    auto owns = sql::run(db, QStringLiteral("SELECT current_user, pg_has_role(c.relowner, 'USAGE') FROM pg_class c"
                                            " WHERE c.oid = to_regclass('schema_version')"));
    if (!owns)
        return owns.error();
    if (!owns.value().next() || owns.value().value(1).toBool())
        return {};
    return Error{ErrorCode::Unauthorized,
                 "the database has schema version " + std::to_string(current) + " and this build needs a newer one, but the role "
                     + owns.value().value(0).toString().toStdString()
                     + " does not own the tables and may not migrate them: migrate first as their owner (exctl --db OWNER-URL init)"};
}

Result<int> Migrator::currentVersion(QSqlDatabase &db)
{
    if (auto made = ensureVersionTable(db); !made)
        return made.error();
    auto query = sql::run(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!query)
        return query.error();
    if (!query.value().next())
        return 0;
    return query.value().value(0).toInt();
}

Result<void> Migrator::migrate()
{
    for (const Migration &migration : m_migrations.migrations()) {
        if (auto begun = sql::execute(m_db, m_dialect.beginWrite()); !begun)
            return begun;
        auto fail = [this](Error error) -> Result<void> {
            (void)sql::execute(m_db, QStringLiteral("ROLLBACK"));
            return error;
        };
        if (!m_dialect.isSQLite()) {
            if (auto locked = sql::run(m_db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"),
                                       {kMigrationLockKey});
                !locked)
                return fail(locked.error());
        }
        // Read the version inside the transaction: another process may have
        // migrated while this one waited for the lock.
        auto current = currentVersion(m_db);
        if (!current)
            return fail(current.error());
        if (current.value() > latestVersion())
            return fail(Error{ErrorCode::Conflict,
                              "the database has schema version " + std::to_string(current.value())
                                  + ", newer than this build knows ("
                                  + std::to_string(latestVersion()) + "); use a newer build"});
        if (current.value() >= migration.version) {
            (void)sql::execute(m_db, QStringLiteral("ROLLBACK"));
            continue;
        }
        if (auto owner = requireOwner(m_db, m_dialect, current.value()); !owner)
            return fail(owner.error());
        for (const QString &statement : migration.statements(m_dialect)) {
            if (auto done = sql::execute(m_db, statement); !done)
                return fail(Error{done.error().code,
                                  "migration " + std::to_string(migration.version) + " failed"});
        }
        if (auto recorded = sql::run(m_db,
                                     QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"),
                                     {migration.version, QString::fromUtf8(migration.description),
                                      QDateTime::currentMSecsSinceEpoch()});
            !recorded)
            return fail(recorded.error());
        if (auto committed = sql::execute(m_db, QStringLiteral("COMMIT")); !committed)
            return fail(committed.error());
    }
    // A database newer than this build is refused even when nothing applied.
    auto current = currentVersion(m_db);
    if (!current)
        return current.error();
    if (current.value() > latestVersion())
        return Error{ErrorCode::Conflict,
                     "the database has schema version " + std::to_string(current.value())
                         + ", newer than this build knows (" + std::to_string(latestVersion())
                         + "); use a newer build"};
    return {};
}

} // namespace exchange
