#pragma once
// A prepared SQLite statement on the connection behind a QSqlDatabase, for
// the few hot paths (the ledger journal) where Qt's per-value binding costs
// more than SQLite itself. It runs inside whatever transaction the
// connection has open; everything else goes through Qt SQL.

#include "core/base/result.h"

#include <QSqlDatabase>

#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace exchange {

class SqliteStatement final
{
public:
    SqliteStatement(const QSqlDatabase &db, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }

    // Parameters count from 1, as in SQLite.
    void bind(int index, std::int64_t value);
    void bind(int index, std::string_view text); // copied by SQLite
    void bindNull(int index);

    // Runs the statement to completion and resets it for the next use.
    // Returns the SQLite result code (SQLITE_DONE on success).
    int execute();
    // Rows changed by the last execute().
    int changes() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace exchange
