// SqliteBackup: the online backup copies ONE snapshot while others commit.
// A commit between two steps neither restarts the copy (under a busy
// writer an unpinned backup starts over after every commit and finishes
// only when the writer pauses) nor gets into it. inspect() reads a file
// without writing to it.

#include "core/store/database.h"
#include "core/store/durablefile.h"
#include "core/store/sql.h"
#include "core/store/sqlitebackup.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace exchange;

namespace {

qint64 rows(const QString &path)
{
    auto db = Database::open(QStringLiteral("sqlite://") + path);
    if (!db)
        return -1;
    auto counted = sql::run(db.value()->connection(), QStringLiteral("SELECT COUNT(*) FROM t"));
    if (!counted || !counted.value().next())
        return -1;
    return counted.value().value(0).toLongLong();
}

QByteArray digest(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestSqliteBackup : public QObject
{
    Q_OBJECT
private slots:
    void copiesOneSnapshotWhileAWriterCommitsBetweenSteps();
    void inspectReadsWithoutWriting();

private:
    QTemporaryDir m_dir;
};

void TestSqliteBackup::copiesOneSnapshotWhileAWriterCommitsBetweenSteps()
{
    const QString source = m_dir.filePath(QStringLiteral("source.db"));
    auto db = Database::open(QStringLiteral("sqlite://") + source);
    QVERIFY(db);
    const QSqlDatabase writer = db.value()->connection();
    QVERIFY(sql::run(writer, QStringLiteral("CREATE TABLE t (body BLOB)")));
    QVERIFY(sql::run(writer, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 6000)"
                                            " INSERT INTO t SELECT randomblob(200) FROM n")));

    const QString copy = m_dir.filePath(QStringLiteral("copy.db"));
    QVERIFY(durablefile::createPrivate(copy));
    int steps = 0;
    auto pages = SqliteBackup::copy(source, copy, [&] {
        ++steps;
        // A commit on another connection between every two steps, up to a
        // bound, so that a copy that restarts still ends.
        if (steps <= 2000)
            (void)sql::run(writer, QStringLiteral("INSERT INTO t VALUES (randomblob(200))"));
    });
    QVERIFY2(pages, pages ? "" : pages.error().message.c_str());
    QVERIFY2(pages.value() > 4 * SqliteBackup::kPagesPerStep, "enough pages for several steps");
    // Every page once: no restart.
    QCOMPARE(steps, (pages.value() + SqliteBackup::kPagesPerStep - 1) / SqliteBackup::kPagesPerStep - 1);
    QCOMPARE(rows(copy), qint64(6000));
    QCOMPARE(rows(source), qint64(6000 + steps));
}

void TestSqliteBackup::inspectReadsWithoutWriting()
{
    const QString path = m_dir.filePath(QStringLiteral("inspected.db"));
    {
        auto db = Database::open(QStringLiteral("sqlite://") + path);
        QVERIFY(db);
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("CREATE TABLE schema_version (version INTEGER)")));
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("INSERT INTO schema_version VALUES (3), (7)")));
        QVERIFY(sql::run(db.value()->connection(), QStringLiteral("PRAGMA journal_mode = DELETE")));
    }
    const QByteArray before = digest(path);
    auto facts = SqliteBackup::inspect(path);
    QVERIFY2(facts, facts ? "" : facts.error().message.c_str());
    QCOMPARE(facts.value().schemaVersion, 7);
    QVERIFY(facts.value().problems.empty());
    QCOMPARE(digest(path), before);

    const QString text = m_dir.filePath(QStringLiteral("text.db"));
    QFile file(text);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    auto refused = SqliteBackup::inspect(text);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Corrupted);
}

QTEST_GUILESS_MAIN(TestSqliteBackup)
#include "tst_sqlitebackup.moc"
