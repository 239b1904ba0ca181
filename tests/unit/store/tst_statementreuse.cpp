// StatementReuse on this run's backend: inside a scope the same statement
// text runs again with other values and answers for them; a statement read
// halfway does not stop a savepoint's rollback or release, nor the commit;
// what a savepoint undid is gone and what it kept stays; and outside the
// scope statements are prepared afresh as before.

#include "core/store/database.h"
#include "core/store/savepoint.h"
#include "core/store/sql.h"
#include "core/store/statementreuse.h"
#include "core/store/unitofwork.h"
#include "testdatabase.h"

#include <QTest>

using namespace exchange;

class TestStatementReuse : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theSameTextRunsAgainWithOtherValues();
    void halfReadStatementsDoNotStopSavepointsOrTheCommit();

private:
    int count();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
};

void TestStatementReuse::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    QVERIFY(sql::execute(m_db->connection(), QStringLiteral("CREATE TABLE reuse_test (id BIGINT PRIMARY KEY, v TEXT NOT NULL)")));
}

void TestStatementReuse::cleanup()
{
    m_db.reset();
    m_testDb.reset();
}

int TestStatementReuse::count()
{
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM reuse_test"));
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

void TestStatementReuse::theSameTextRunsAgainWithOtherValues()
{
    UnitOfWork work(*m_db);
    QVERIFY(work.began());
    {
        StatementReuse reuse(work.db());
        const QString insert = QStringLiteral("INSERT INTO reuse_test (id, v) VALUES (?, ?)");
        const QString select = QStringLiteral("SELECT v FROM reuse_test WHERE id = ?");
        for (int i = 1; i <= 5; ++i) {
            auto inserted = sql::run(work.db(), insert, {i, QStringLiteral("value %1").arg(i)});
            QVERIFY(inserted);
            QCOMPARE(inserted.value().numRowsAffected(), 1);
        }
        for (int i = 5; i >= 1; --i) {
            auto found = sql::run(work.db(), select, {i});
            QVERIFY(found);
            QVERIFY(found.value().next());
            QCOMPARE(found.value().value(0).toString(), QStringLiteral("value %1").arg(i));
        }
        // A refused run (a duplicate key; in a savepoint, which PostgreSQL
        // needs to go on) leaves the statement usable.
        {
            Savepoint refused(work);
            QVERIFY(!sql::run(work.db(), insert, {3, QStringLiteral("again")}));
            QVERIFY(refused.rollback());
        }
        QVERIFY(sql::run(work.db(), insert, {6, QStringLiteral("value 6")}));
    }
    QVERIFY(work.commit());
    QCOMPARE(count(), 6);
}

void TestStatementReuse::halfReadStatementsDoNotStopSavepointsOrTheCommit()
{
    UnitOfWork work(*m_db);
    QVERIFY(work.began());
    {
        StatementReuse reuse(work.db());
        const QString insert = QStringLiteral("INSERT INTO reuse_test (id, v) VALUES (?, ?)");
        const QString all = QStringLiteral("SELECT id FROM reuse_test WHERE id > ? ORDER BY id");
        for (int i = 1; i <= 4; ++i)
            QVERIFY(sql::run(work.db(), insert, {i, QStringLiteral("kept")}));
        {
            Savepoint undone(work);
            QVERIFY(undone.began());
            // An INSERT … RETURNING read once is a write still under way.
            auto returned = sql::run(work.db(), QStringLiteral("INSERT INTO reuse_test (id, v) VALUES (?, ?) RETURNING id"),
                                     {10, QStringLiteral("undone")});
            QVERIFY(returned && returned.value().next());
            auto rows = sql::run(work.db(), all, {0});
            QVERIFY(rows);
            QVERIFY(rows.value().next()); // one row of five read, the rest left
            QVERIFY(undone.rollback());
        }
        {
            Savepoint kept(work);
            QVERIFY(kept.began());
            auto returned = sql::run(work.db(), QStringLiteral("INSERT INTO reuse_test (id, v) VALUES (?, ?) RETURNING id"),
                                     {11, QStringLiteral("kept")});
            QVERIFY(returned && returned.value().next());
            QCOMPARE(returned.value().value(0).toInt(), 11);
            auto rows = sql::run(work.db(), all, {0});
            QVERIFY(rows);
            QVERIFY(rows.value().next());
            QVERIFY(kept.release());
        }
        auto rows = sql::run(work.db(), all, {0});
        QVERIFY(rows);
        QVERIFY(rows.value().next()); // half read when the scope ends
        QCOMPARE(rows.value().value(0).toInt(), 1);
    }
    QVERIFY(work.commit());
    QCOMPARE(count(), 5);
    auto undone = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM reuse_test WHERE id = 10"));
    QVERIFY(undone && undone.value().next());
    QCOMPARE(undone.value().value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestStatementReuse)
#include "tst_statementreuse.moc"
