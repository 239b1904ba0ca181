#pragma once
// IntegrityCheck: whether the database's pages and indexes are physically
// sound, the damage a bad disk or a torn copy leaves and no query of the
// rows notices (a row missing from the unique index that allows one order
// per tx_id lets a second order in). SQLite: PRAGMA integrity_check (Full:
// every index against its table) or quick_check (Quick: pages only, for the
// console's start). PostgreSQL: amcheck's bt_index_check on every B-tree
// index of the schema where the extension is installed; without it the
// report says nothing was checked. Reads only.

#include "core/base/result.h"

#include <string>
#include <vector>

namespace exchange {

class Database;

struct IntegrityReport {
    bool checked = false;              // false: this database offers no check (see why)
    std::string why;                   // when not checked
    std::vector<std::string> problems; // each naming the table or index where one is known

    bool damaged() const { return !problems.empty(); }
};

class IntegrityCheck final
{
public:
    enum class Depth { Quick, Full };

    explicit IntegrityCheck(Database &database) : m_database(database) {}

    // On the calling thread's connection. Problems are findings, not errors;
    // an error is a check that could not run.
    Result<IntegrityReport> run(Depth depth);
    // Why run() would check nothing here (PostgreSQL without amcheck); empty
    // when it checks. Cheap: for a note beside the result.
    Result<std::string> unavailable();

private:
    Result<IntegrityReport> runSqlite(Depth depth);
    Result<IntegrityReport> runPostgres();

    Database &m_database;
};

} // namespace exchange
