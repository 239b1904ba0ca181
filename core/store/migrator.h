#pragma once
// Applies the numbered migrations a database lacks, each in its own
// transaction together with its row in schema_version, so a crash leaves the
// schema at a whole version. Concurrent migrators queue (SQLite write lock,
// PostgreSQL advisory lock) and the second finds nothing to do. It knows no
// feature: the caller hands it the list of migrations (for the exchange,
// core/runtime/schema.h's allMigrations()).

#include "core/base/result.h"
#include "core/store/dialect.h"
#include "core/store/migrationlist.h"

#include <QSqlDatabase>

namespace exchange {

class Migrator final
{
public:
    Migrator(QSqlDatabase db, const Dialect &dialect, const MigrationList &migrations)
        : m_db(std::move(db)), m_dialect(dialect), m_migrations(migrations)
    {
    }

    Result<void> migrate();
    // The version of DB's schema, whichever migrations made it: 0 for an
    // empty database.
    static Result<int> currentVersion(QSqlDatabase &db);
    int latestVersion() const { return m_migrations.latestVersion(); }

private:
    static Result<void> ensureVersionTable(QSqlDatabase &db);
    // PostgreSQL: refuses, naming the owner's job, when the connected role
    // would have to change tables it does not own.
    static Result<void> requireOwner(QSqlDatabase &db, const Dialect &dialect, int current);

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    const MigrationList &m_migrations;
};

} // namespace exchange
