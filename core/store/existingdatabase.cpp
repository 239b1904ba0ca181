#include "core/store/existingdatabase.h"

#include "core/store/sql.h"

#include <QFileInfo>
#include <QSqlDatabase>

#include <atomic>

namespace exchange {

namespace {

std::atomic<int> nextProbe{0};

Error noDatabase(const DatabaseUrl &url)
{
    return Error{ErrorCode::NotFound, "no exchange database at " + url.redacted().toStdString() + " (exctl init creates one)"};
}

// Whether schema_version holds a version; reads only.
Result<bool> hasSchema(const QSqlDatabase &db, bool sqlite)
{
    auto table = sql::run(db, sqlite ? QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
                                     : QStringLiteral("SELECT COUNT(*) FROM information_schema.tables"
                                                      " WHERE table_schema = current_schema() AND table_name = 'schema_version'"));
    if (!table)
        return table.error();
    if (!table.value().next() || table.value().value(0).toInt() == 0)
        return false;
    auto version = sql::run(db, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
    if (!version)
        return version.error();
    return version.value().next() && version.value().value(0).toInt() > 0;
}

// Looked at read-only: opening it for real sets WAL mode, which writes to
// whatever file this is.
Result<bool> sqliteHasSchema(const DatabaseUrl &url)
{
    const QString name = QStringLiteral("exchange-probe-%1").arg(nextProbe.fetch_add(1));
    Result<bool> schema = false;
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(url.path);
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"));
        if (probe.open())
            schema = hasSchema(probe, true);
        else
            schema = Error{ErrorCode::Unavailable, "cannot open the database " + url.redacted().toStdString()};
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!schema)
        return Error{schema.error().code,
                     url.redacted().toStdString() + " is not an exchange database: " + schema.error().message};
    return schema;
}

} // namespace

Result<std::unique_ptr<Database>> openExistingDatabase(const QString &text)
{
    auto url = DatabaseUrl::parse(text);
    if (!url)
        return url.error();
    const bool sqlite = url.value().kind == DatabaseUrl::Kind::SQLite;
    if (sqlite) {
        const QFileInfo file(url.value().path);
        if (!file.isFile() || file.size() == 0)
            return noDatabase(url.value());
        auto schema = sqliteHasSchema(url.value());
        if (!schema)
            return schema.error();
        if (!schema.value())
            return noDatabase(url.value());
    }
    auto opened = Database::open(text);
    if (!opened || sqlite)
        return opened;
    auto schema = hasSchema(opened.value()->connection(), false);
    if (!schema)
        return schema.error();
    if (!schema.value())
        return noDatabase(url.value());
    return opened;
}

} // namespace exchange
