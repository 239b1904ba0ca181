#include "core/runtime/databasebackup.h"

#include "core/ledger/ledgerchecker.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/store/databaseurl.h"
#include "core/store/durablefile.h"
#include "core/store/integritycheck.h"
#include "core/runtime/schema.h"
#include "core/store/sqlitebackup.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

namespace exchange {

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

// Encoded, so that a folder with a space, '#' or '?' in its name works.
QString urlOf(const QString &path)
{
    QUrl url;
    url.setScheme(QStringLiteral("sqlite"));
    url.setAuthority(QStringLiteral(""));
    url.setPath(path);
    return url.toString(QUrl::FullyEncoded);
}

// Removes the partial file unless released: every early return cleans up.
class PartialFile final
{
public:
    explicit PartialFile(QString path) : m_path(std::move(path)) {}
    ~PartialFile()
    {
        if (!m_released)
            durablefile::removeWithSidecars(m_path);
    }
    Q_DISABLE_COPY_MOVE(PartialFile)

    const QString &path() const { return m_path; }
    void release() { m_released = true; }

private:
    QString m_path;
    bool m_released = false;
};

Result<void> requireSound(Database &copy)
{
    auto integrity = IntegrityCheck(copy).run(IntegrityCheck::Depth::Full);
    if (!integrity)
        return integrity.error();
    if (integrity.value().damaged())
        return Error{ErrorCode::Corrupted, "the copy is damaged: " + integrity.value().problems.front()};
    return {};
}

} // namespace

std::string DatabaseBackup::postgresAdvice(const DatabaseUrl &url, bool restore)
{
    if (url.kind != DatabaseUrl::Kind::PostgreSQL)
        return {};
    const std::string name = text(url.redacted());
    if (restore)
        return name + " is a PostgreSQL database: exctl restores SQLite backups only. Restore a dump of it with "
                      "pg_restore into a new, empty database (createdb, then pg_restore --dbname=NAME FILE), "
                      "or recover a base backup with its WAL archive to a point in time; then run exctl ledger "
                      "check and exctl audit verify on it";
    // Everything pg_dump needs to find the database, never the password
    // (it reads that from ~/.pgpass or PGPASSWORD).
    std::string where = " --host=" + text(url.host) + " --port=" + std::to_string(url.port);
    if (!url.user.isEmpty())
        where += " --username=" + text(url.user);
    return name + " is a PostgreSQL database: exctl backs up SQLite files only, and does not pretend to here. "
                  "Back it up with the server's tools: pg_dump --format=custom --file=FILE" + where + " --dbname="
           + text(url.databaseName)
           + " for a consistent dump taken while the consoles keep working, and continuous archiving "
             "(archive_command plus pg_basebackup) for point-in-time recovery (PITR)";
}

Result<void> DatabaseBackup::prove(Database &copy, BackupReport &report, const std::string &what)
{
    auto books = ledger::LedgerChecker(copy, m_clock).check();
    if (!books)
        return books.error();
    if (!books.value().clean())
        return Error{ErrorCode::Corrupted, "the ledger check of " + what + " finds "
                                               + std::to_string(books.value().discrepancies.size())
                                               + " discrepancies (first: " + books.value().discrepancies.front() + ")"};
    auto audit = security::AuditLog(copy, m_clock).verify();
    if (!audit)
        return audit.error();
    if (!audit.value().intact)
        return Error{ErrorCode::Corrupted, "the audit log of " + what + " is damaged: " + audit.value().problem};
    report.booksChecked = true;
    report.transfers = books.value().transfers;
    report.accounts = books.value().accounts;
    report.auditRecords = audit.value().records;
    report.auditHead = audit.value().headHash;
    return {};
}

Result<BackupReport> DatabaseBackup::backup(Database &source, const QString &file)
{
    if (const std::string advice = postgresAdvice(source.url(), false); !advice.empty())
        return Error{ErrorCode::InvalidInput, advice};
    const QFileInfo target(file);
    const QString path = target.absoluteFilePath();
    if (QFileInfo(source.url().path).absoluteFilePath() == path)
        return Error{ErrorCode::InvalidInput, "the backup cannot be the database itself"};
    if (target.exists() || target.isSymLink())
        return Error{ErrorCode::Conflict, text(path) + " exists: a backup never replaces a file; remove it or choose another name"};
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error{ErrorCode::NotFound, "the folder " + text(target.absolutePath()) + " does not exist"};
    PartialFile partial(durablefile::partialPathFor(path));
    durablefile::removeWithSidecars(partial.path()); // a leftover of this pid
    if (auto created = durablefile::createPrivate(partial.path()); !created)
        return created.error();
    auto pages = SqliteBackup::copy(source.url().path, partial.path());
    if (!pages)
        return pages.error();

    BackupReport report;
    report.file = path;
    report.pages = pages.value();
    {
        auto copy = Database::open(urlOf(partial.path()));
        if (!copy)
            return copy.error();
        auto version = copy.value()->schemaVersion();
        if (!version)
            return version.error();
        report.schemaVersion = version.value();
        // The ledger check runs integrity_check first; at another schema
        // version only integrity_check can run.
        auto proved = report.schemaVersion == allMigrations().latestVersion() ? prove(*copy.value(), report, "the copy")
                                                                        : requireSound(*copy.value());
        if (!proved)
            return Error{proved.error().code, proved.error().message + "; no backup was written"};
        // One self-contained file: no -wal beside it, readable from
        // read-only media when it is restored.
        QSqlQuery mode(copy.value()->connection());
        if (!mode.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !mode.next()
            || mode.value(0).toString() != QLatin1String("delete"))
            return Error{ErrorCode::Unavailable, "cannot make the copy a single file; no backup was written"};
    }
    if (auto synced = durablefile::sync(partial.path()); !synced)
        return synced.error();
    if (auto moved = durablefile::moveIntoPlace(partial.path(), path, false); !moved) {
        if (moved.error().code == ErrorCode::Conflict)
            return Error{ErrorCode::Conflict, text(path) + " appeared meanwhile: a backup never replaces a file; remove it or choose another name"};
        return moved.error();
    }
    partial.release();

    QJsonObject after{{QStringLiteral("file"), path},
                      {QStringLiteral("pages"), report.pages},
                      {QStringLiteral("schema_version"), report.schemaVersion}};
    if (report.booksChecked) {
        after.insert(QStringLiteral("transfers"), report.transfers);
        after.insert(QStringLiteral("audit_records"), report.auditRecords);
    }
    auto recorded = security::AuditLog(source, m_clock).record(m_actor, "database.backup", "database", text(path), {}, after);
    if (!recorded)
        report.auditProblem = recorded.error().message;
    return report;
}

Result<BackupReport> DatabaseBackup::restore(const QString &file, const QString &targetUrl)
{
    auto url = DatabaseUrl::parse(targetUrl);
    if (!url)
        return url.error();
    if (const std::string advice = postgresAdvice(url.value(), true); !advice.empty())
        return Error{ErrorCode::InvalidInput, advice};
    const QString targetPath = QFileInfo(url.value().path).absoluteFilePath();
    const QFileInfo target(targetPath);
    if (target.isSymLink() || (target.exists() && (!target.isFile() || target.size() != 0))
        || QFileInfo::exists(targetPath + QStringLiteral("-wal")))
        return Error{ErrorCode::Conflict, text(targetPath) + " exists: restore never replaces an exchange database; "
                                                             "give a new path with --db, or move that file away first"};
    const QFileInfo backup(file);
    if (!backup.isFile() || backup.size() == 0)
        return Error{ErrorCode::NotFound, "no backup at " + text(backup.absoluteFilePath())};
    if (backup.absoluteFilePath() == targetPath)
        return Error{ErrorCode::InvalidInput, "the backup and the database to restore are the same file"};

    // The backup first, read-only: nothing is created for a file that is
    // damaged or no exchange database.
    const std::string named = text(backup.absoluteFilePath());
    auto facts = SqliteBackup::inspect(backup.absoluteFilePath());
    if (!facts)
        return Error{facts.error().code, facts.error().message + "; nothing was restored"};
    if (!facts.value().problems.empty())
        return Error{ErrorCode::Corrupted, named + " is damaged: " + facts.value().problems.front() + "; nothing was restored"};
    if (facts.value().schemaVersion == 0)
        return Error{ErrorCode::InvalidInput, named + " is not an Exchange Console database; nothing was restored"};
    if (facts.value().schemaVersion > allMigrations().latestVersion())
        return Error{ErrorCode::InvalidInput, named + " has schema version " + std::to_string(facts.value().schemaVersion)
                                                  + ", newer than this build knows ("
                                                  + std::to_string(allMigrations().latestVersion())
                                                  + "); restore it with a newer build; nothing was restored"};

    // As Database::open does: on a new machine the application data
    // folder, where the console looks by default, does not exist yet.
    if (!QDir().mkpath(target.absolutePath()))
        return Error{ErrorCode::Unavailable, "cannot create the folder " + text(target.absolutePath())};
    PartialFile partial(durablefile::partialPathFor(targetPath));
    durablefile::removeWithSidecars(partial.path());
    if (auto created = durablefile::createPrivate(partial.path()); !created)
        return created.error();
    auto pages = SqliteBackup::copy(backup.absoluteFilePath(), partial.path());
    if (!pages)
        return Error{pages.error().code, pages.error().message + "; nothing was restored"};

    BackupReport report;
    report.file = targetPath;
    report.pages = pages.value();
    {
        auto copy = Database::open(urlOf(partial.path()));
        if (!copy)
            return copy.error();
        // An older backup becomes this build's schema here, in the copy.
        if (auto migrated = copy.value()->migrate(allMigrations()); !migrated)
            return Error{migrated.error().code, migrated.error().message + "; nothing was restored"};
        auto version = copy.value()->schemaVersion();
        if (!version)
            return version.error();
        report.schemaVersion = version.value();
        QJsonObject after{{QStringLiteral("from"), backup.absoluteFilePath()},
                          {QStringLiteral("backup_schema_version"), facts.value().schemaVersion}};
        auto recorded = security::AuditLog(*copy.value(), m_clock)
                            .record(m_actor, "database.restore", "database", text(targetPath), {}, after);
        if (!recorded)
            return Error{recorded.error().code, recorded.error().message + "; nothing was restored"};
        if (auto proved = prove(*copy.value(), report, "the restored copy"); !proved)
            return Error{proved.error().code, proved.error().message + "; nothing was restored"};
    }
    if (auto synced = durablefile::sync(partial.path()); !synced)
        return synced.error();
    if (auto moved = durablefile::moveIntoPlace(partial.path(), targetPath, true); !moved) {
        if (moved.error().code == ErrorCode::Conflict)
            return Error{ErrorCode::Conflict, text(targetPath) + " appeared meanwhile: restore never replaces an exchange database"};
        return moved.error();
    }
    partial.release();
    return report;
}

} // namespace exchange
