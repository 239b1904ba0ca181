#pragma once
// Applies the numbered migrations a database lacks, each in its own
// transaction together with its row in schema_version, so a crash leaves the
// schema at a whole version. Concurrent migrators queue (SQLite write lock,
// PostgreSQL advisory lock) and the second finds nothing to do.

#include "core/result.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>

namespace exchange {

class Migrator final
{
public:
    Migrator(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    Result<void> migrate();
    // 0 for an empty database.
    Result<int> currentVersion();
    static int latestVersion();

private:
    Result<void> ensureVersionTable();

    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange
