#pragma once
// DatabaseCopier: copies every table of one store into another (a desktop's
// SQLite into PostgreSQL, or between any two), row for row, ids included.
// Guarantees: both sides are at this build's schema version (the target is
// migrated first; a source at another version is refused unless asked to
// migrate it); a target that holds anything beyond what a fresh migration
// writes is refused before anything is copied; the whole copy is ONE target
// transaction, so a failure or a kill leaves the target as empty as it was;
// auto-increment sequences continue after the copied ids; and the row counts
// of every table are compared before the commit. It reads the source in one
// snapshot and never writes to it (except migrating it when asked).
//
// It knows no feature: the caller gives it the migrations that make "this
// build's schema" and what to announce after a copy (for the exchange,
// core/runtime/schema.h and the change feed's announceEveryTopic).

#include "core/base/result.h"
#include "core/store/migrationlist.h"
#include "core/store/schemacatalog.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <map>
#include <vector>

namespace exchange {

class Database;

struct TableCount {
    QString table;
    qint64 rows = 0; // in both databases
};

struct CopyReport {
    int schemaVersion = 0;
    std::vector<TableCount> tables; // in copy order, parents first
    qint64 totalRows = 0;
};

class Dialect;

class DatabaseCopier final
{
public:
    // Runs on the target inside the copy's transaction, after the last row
    // and before the commit; a failure rolls the copy back. The copy
    // suspends the target's user triggers (PostgreSQL), so whatever they
    // would have announced row by row is announced here once.
    using AfterCopy = std::function<Result<void>(QSqlDatabase &target, const Dialect &dialect)>;

    // MIGRATIONS must outlive the copier.
    DatabaseCopier(Database &source, Database &target, const MigrationList &migrations, AfterCopy afterCopy)
        : m_source(source), m_target(target), m_migrations(migrations), m_afterCopy(std::move(afterCopy))
    {
    }

    // Brings an older source to this build's schema first (it writes to the
    // source); without it an older source is refused.
    void setMigrateSource(bool migrate) { m_migrateSource = migrate; }
    // Rows per INSERT statement (0: as many as the bound-value limit allows,
    // at most 500).
    void setBatchRows(int rows) { m_batchRows = rows; }

    // Whether the source can be copied by this build: an Exchange Console
    // database at this build's schema version. Returns that version.
    Result<int> checkSource();
    Result<CopyReport> copy();

private:
    Result<void> prepareTarget();
    Result<void> requireOnlySeeds(const std::vector<TableSchema> &tables);
    Result<qint64> copyTable(const TableSchema &from, const TableSchema &to);
    Result<void> continueSequences(const std::vector<TableSchema> &sourceTables,
                                   const std::vector<TableSchema> &targetTables);

    Database &m_source;
    Database &m_target;
    const MigrationList &m_migrations;
    AfterCopy m_afterCopy;
    bool m_migrateSource = false;
    int m_batchRows = 0;
    // What a fresh migration writes, per table, in canonical text.
    std::map<QString, QStringList> m_seeds;
    bool m_seedsLoaded = false;
};

} // namespace exchange
