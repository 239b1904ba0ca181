#include "core/store/sqlitebackup.h"

#include <QFile>

#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <thread>

namespace exchange {

namespace {

struct CloseConnection {
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

std::string message(sqlite3 *db)
{
    return db ? sqlite3_errmsg(db) : "out of memory";
}

Result<Connection> openFile(const QString &path, int flags)
{
    sqlite3 *raw = nullptr;
    const QByteArray name = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &raw, flags, nullptr);
    Connection db(raw);
    if (rc != SQLITE_OK)
        return Error{ErrorCode::Unavailable, "cannot open " + path.toStdString() + ": " + message(raw)};
    sqlite3_busy_timeout(raw, 10000);
    return db;
}

// The first column of each row of sql, as text.
Result<std::vector<std::string>> column(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return Error{ErrorCode::Corrupted, message(db)};
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    std::vector<std::string> values;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const auto *text = sqlite3_column_text(raw, 0);
        values.emplace_back(text ? reinterpret_cast<const char *>(text) : "");
    }
    if (rc != SQLITE_DONE)
        return Error{ErrorCode::Corrupted, message(db)};
    return values;
}

} // namespace

Result<int> SqliteBackup::copy(const QString &sourcePath, const QString &destinationPath,
                               const std::function<void()> &betweenSteps)
{
    auto source = openFile(sourcePath, SQLITE_OPEN_READONLY);
    if (!source)
        return source.error();
    auto destination = openFile(destinationPath, SQLITE_OPEN_READWRITE);
    if (!destination)
        return destination.error();
    sqlite3 *src = source.value().get();
    sqlite3 *dst = destination.value().get();

    // One snapshot for the whole copy: backup_step uses the read
    // transaction open on the source instead of starting one per step, so
    // a commit elsewhere does not make it start over (which, under a busy
    // writer, could go on for ever).
    if (sqlite3_exec(src, "BEGIN; SELECT COUNT(*) FROM sqlite_master;", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error{ErrorCode::Unavailable, "cannot read " + sourcePath.toStdString() + ": " + message(src)};

    sqlite3_backup *backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup) {
        sqlite3_exec(src, "ROLLBACK", nullptr, nullptr, nullptr);
        return Error{ErrorCode::Unavailable, "cannot start the backup: " + message(dst)};
    }
    int rc = SQLITE_OK;
    int retries = 0;
    while (true) {
        rc = sqlite3_backup_step(backup, kPagesPerStep);
        if (rc == SQLITE_OK) {
            if (betweenSteps)
                betweenSteps();
            std::this_thread::yield();
            continue;
        }
        if ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && retries < kMaxRetries) {
            ++retries;
            std::this_thread::sleep_for(std::chrono::milliseconds(kRetrySleepMs));
            continue;
        }
        break;
    }
    const int pages = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    sqlite3_exec(src, "ROLLBACK", nullptr, nullptr, nullptr);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return Error{ErrorCode::Unavailable, "the database stayed busy for "
                                                 + std::to_string(kMaxRetries * kRetrySleepMs / 1000)
                                                 + " s; nothing was written, try again"};
    if (rc != SQLITE_DONE)
        return Error{rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB ? ErrorCode::Corrupted : ErrorCode::Unavailable,
                     "the copy failed: " + std::string(sqlite3_errstr(rc))};
    return pages;
}

Result<SqliteFileFacts> SqliteBackup::inspect(const QString &path)
{
    auto opened = openFile(path, SQLITE_OPEN_READONLY);
    if (!opened)
        return opened.error();
    sqlite3 *db = opened.value().get();
    SqliteFileFacts facts;
    // Reading the schema is what tells a file that is no database at all.
    auto tables = column(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!tables)
        return Error{ErrorCode::Corrupted, path.toStdString() + " is not a readable SQLite database: " + tables.error().message};
    auto found = column(db, "PRAGMA integrity_check(100)");
    if (!found)
        return Error{ErrorCode::Corrupted, path.toStdString() + " cannot be checked: " + found.error().message};
    for (const std::string &line : found.value()) {
        if (line != "ok")
            facts.problems.push_back(line);
    }
    if (!tables.value().empty()) {
        auto version = column(db, "SELECT COALESCE(MAX(version), 0) FROM schema_version");
        if (!version)
            return Error{ErrorCode::Corrupted, path.toStdString() + ": cannot read the schema version: " + version.error().message};
        if (!version.value().empty())
            facts.schemaVersion = QByteArray::fromStdString(version.value().front()).toInt();
    }
    return facts;
}

} // namespace exchange
