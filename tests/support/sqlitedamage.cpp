#include "sqlitedamage.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sqlitedamage {

namespace {

// A plain connection: no foreign keys, no WAL switch, schema writable.
template <typename Work>
QString withConnection(const QString &path, Work work)
{
    const QString name = QStringLiteral("sqlitedamage");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            error = QStringLiteral("cannot open ") + path;
        else
            error = work(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QString exec(QSqlDatabase &db, const QString &sql, QSqlQuery *out = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sql + QStringLiteral(": ") + q.lastError().text();
    if (out)
        *out = std::move(q);
    return {};
}

} // namespace

QString changeRowBehindIndex(const QString &path, const QString &index, const QString &sql)
{
    QString definition;
    int rootPage = 0;
    QString table;
    QString error = withConnection(path, [&](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT sql, rootpage, tbl_name FROM sqlite_master WHERE type = 'index' AND name = ?"));
        q.addBindValue(index);
        if (!q.exec() || !q.next())
            return QStringLiteral("no index ") + index;
        definition = q.value(0).toString();
        rootPage = q.value(1).toInt();
        table = q.value(2).toString();
        q.finish();
        for (const QString &s : {QStringLiteral("PRAGMA writable_schema = ON"),
                                 QStringLiteral("DELETE FROM sqlite_master WHERE name = '%1'").arg(index),
                                 QStringLiteral("PRAGMA writable_schema = OFF")}) {
            if (QString e = exec(db, s); !e.isEmpty())
                return e;
        }
        return {};
    });
    if (!error.isEmpty())
        return error;
    // A new connection reads the schema without the index.
    error = withConnection(path, [&](QSqlDatabase &db) { return exec(db, sql); });
    if (!error.isEmpty())
        return error;
    return withConnection(path, [&](QSqlDatabase &db) -> QString {
        if (QString e = exec(db, QStringLiteral("PRAGMA writable_schema = ON")); !e.isEmpty())
            return e;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO sqlite_master (type, name, tbl_name, rootpage, sql) VALUES ('index', ?, ?, ?, ?)"));
        q.addBindValue(index);
        q.addBindValue(table);
        q.addBindValue(rootPage);
        q.addBindValue(definition);
        if (!q.exec())
            return q.lastError().text();
        return exec(db, QStringLiteral("PRAGMA writable_schema = OFF"));
    });
}

QString scrambleRootPage(const QString &path, const QString &index)
{
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    QString error = withConnection(path, [&](QSqlDatabase &db) -> QString {
        QSqlQuery q(db);
        if (QString e = exec(db, QStringLiteral("PRAGMA page_size"), &q); !e.isEmpty() || !q.next())
            return QStringLiteral("no page size");
        pageSize = q.value(0).toLongLong();
        q.finish();
        QSqlQuery root(db);
        root.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?"));
        root.addBindValue(index);
        if (!root.exec() || !root.next())
            return QStringLiteral("no index ") + index;
        rootPage = root.value(0).toLongLong();
        root.finish(); // no statement open: the checkpoint needs the whole file
        // Everything in the main file, nothing left in the WAL.
        return exec(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    });
    if (!error.isEmpty())
        return error;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return QStringLiteral("cannot write ") + path;
    // A b-tree page: an 8-byte header (12 for interior pages), then the
    // cell pointers; the first one now points past the end of the page.
    const qint64 page = (rootPage - 1) * pageSize;
    if (!file.seek(page))
        return QStringLiteral("no such page");
    const char type = file.read(1).at(0);
    const qint64 header = (type == 0x02 || type == 0x05) ? 12 : 8;
    if (!file.seek(page + header) || file.write("\xff\xf0", 2) != 2)
        return QStringLiteral("cannot write the page");
    return {};
}

} // namespace sqlitedamage
