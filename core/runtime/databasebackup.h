#pragma once
// DatabaseBackup: `exctl backup` and `exctl restore` of an SQLite exchange
// database. A backup is one consistent snapshot taken with SQLite's online
// backup API while the console or `exctl serve` keeps writing; a restore
// puts a backup into a new path. Either way the copy is written to a
// partial file beside its destination (0600), proved there (pages and
// indexes, ledger check, audit chain), flushed, and only then renamed into
// place: a refusal or a failed check leaves nothing under the final name,
// and neither ever replaces an existing file (restore accepts a zero-byte
// one). PostgreSQL is refused with what to use instead (pg_dump, PITR).

#include "core/base/result.h"
#include "core/security/actor.h"

#include <QString>

#include <string>

namespace exchange {

class Clock;
class Database;
struct DatabaseUrl;

struct BackupReport {
    QString file;          // the backup written, or the database restored
    int pages = 0;         // SQLite pages copied
    int schemaVersion = 0; // of the copy (a restore migrates an older one)
    // The ledger check and the audit chain ran on the copy: only at this
    // build's schema version (a backup of another version is checked for
    // pages and indexes only; restoring an older one migrates and checks it).
    bool booksChecked = false;
    qint64 transfers = 0;
    qint64 accounts = 0;
    qint64 auditRecords = 0;
    std::string auditHead;
    // A backup is recorded in the source's audit log after it is written;
    // why that failed, if it did (the backup stands).
    std::string auditProblem;
};

class DatabaseBackup final
{
public:
    DatabaseBackup(const Clock &clock, security::Actor actor) : m_clock(clock), m_actor(std::move(actor)) {}

    // Why this database is not backed up this way, and what to use, when it
    // is PostgreSQL; empty for SQLite. Needs no connection.
    static std::string postgresAdvice(const DatabaseUrl &url, bool restore);

    // Copies source (SQLite) to file, which must not exist.
    Result<BackupReport> backup(Database &source, const QString &file);
    // Restores the backup in file to the SQLite database targetUrl, which
    // must not exist or be a zero-byte file. The restored database records
    // "database.restore" in its audit log.
    Result<BackupReport> restore(const QString &file, const QString &targetUrl);

private:
    // The ledger check and the audit chain on the partial copy; fills report.
    Result<void> prove(Database &copy, BackupReport &report, const std::string &what);

    const Clock &m_clock;
    security::Actor m_actor;
};

} // namespace exchange
