// LeaderElection on the backend of the run: on SQLite the process leads at
// once; on PostgreSQL two elections on their own connections never both
// lead, the one that does is named to the other, and when the leader ends
// (cleanly, or its connection is killed) the other leads within seconds.
#include "core/runtime/leaderelection.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using exchange::LeaderElection;

namespace {

constexpr int kInterval = 200; // ms: the tests wait a few of these

std::unique_ptr<LeaderElection> election(const TestDatabase &db, const QString &name)
{
    auto url = exchange::DatabaseUrl::parse(db.url());
    return std::make_unique<LeaderElection>(url.value(), name, kInterval);
}

} // namespace

class TestLeaderElection : public QObject
{
    Q_OBJECT

private slots:
    void sqliteAlwaysLeads();
    void exactlyOneLeadsAndIsNamed();
    void anotherLeadsWhenTheLeaderStops();
    void anotherLeadsWhenTheLeadersConnectionDies();
    void aHolderOutsideIsNamedAndNotOverruled();
    void identityNamesProgramHostAndPid();
};

void TestLeaderElection::sqliteAlwaysLeads()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    if (db.isPostgres())
        QSKIP("SQLite only");
    auto a = election(db, QStringLiteral("a"));
    QSignalSpy became(a.get(), &LeaderElection::becameLeader);
    a->start();
    QCOMPARE(became.count(), 1);
    QVERIFY(a->isLeader());
    QCOMPARE(a->leaderName(), QStringLiteral("a"));
}

void TestLeaderElection::exactlyOneLeadsAndIsNamed()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    if (!db.isPostgres())
        QSKIP("PostgreSQL only");
    auto a = election(db, QStringLiteral("console a on host (pid 1)"));
    auto b = election(db, QStringLiteral("server b on host (pid 2)"));
    QSignalSpy aBecame(a.get(), &LeaderElection::becameLeader);
    QSignalSpy bBecame(b.get(), &LeaderElection::becameLeader);
    a->start();
    b->start();
    QTRY_VERIFY_WITH_TIMEOUT(a->isLeader() || b->isLeader(), 5000);
    // Several rounds of both trying: never two leaders.
    for (int i = 0; i < 10; ++i) {
        QTest::qWait(kInterval / 2);
        QVERIFY(!(a->isLeader() && b->isLeader()));
    }
    QCOMPARE(aBecame.count() + bBecame.count(), 1);
    LeaderElection *leader = a->isLeader() ? a.get() : b.get();
    LeaderElection *other = a->isLeader() ? b.get() : a.get();
    const QString leaderIdentity = leader == a.get() ? QStringLiteral("console a on host (pid 1)")
                                                     : QStringLiteral("server b on host (pid 2)");
    QCOMPARE(leader->leaderName(), leaderIdentity);
    QTRY_COMPARE_WITH_TIMEOUT(other->leaderName(), leaderIdentity, 5000);
}

void TestLeaderElection::anotherLeadsWhenTheLeaderStops()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    if (!db.isPostgres())
        QSKIP("PostgreSQL only");
    auto a = election(db, QStringLiteral("a"));
    a->start();
    QVERIFY(a->isLeader()); // the first try of a free lock wins
    auto b = election(db, QStringLiteral("b"));
    QSignalSpy bBecame(b.get(), &LeaderElection::becameLeader);
    b->start();
    QVERIFY(!b->isLeader());
    QTRY_COMPARE_WITH_TIMEOUT(b->leaderName(), QStringLiteral("a"), 5000);

    QElapsedTimer took;
    took.start();
    a.reset(); // stops: unlocks and closes its connection
    QTRY_VERIFY_WITH_TIMEOUT(b->isLeader(), 5000);
    QCOMPARE(bBecame.count(), 1);
    QCOMPARE(b->leaderName(), QStringLiteral("b"));
    qInfo("takeover after a clean stop: %lld ms (checks every %d ms)", took.elapsed(), kInterval);
}

void TestLeaderElection::anotherLeadsWhenTheLeadersConnectionDies()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    if (!db.isPostgres())
        QSKIP("PostgreSQL only");
    auto a = election(db, QStringLiteral("doomed leader"));
    QSignalSpy aLost(a.get(), &LeaderElection::lostLeadership);
    a->start();
    QVERIFY(a->isLeader());
    auto b = election(db, QStringLiteral("b"));
    b->start();
    QVERIFY(!b->isLeader());

    // The server ends the leader's session, as when its host or network
    // dies: the lock is free, and the old leader must notice it lost it.
    auto admin = db.open(false);
    QVERIFY(admin);
    auto killed = exchange::sql::run(admin->connection(),
                                     QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                                    "WHERE application_name = 'doomed leader'"));
    QVERIFY(killed && killed.value().next() && killed.value().value(0).toBool());
    QElapsedTimer took;
    took.start();
    QTRY_VERIFY_WITH_TIMEOUT(b->isLeader(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(aLost.count(), 1, 5000);
    QVERIFY(!a->isLeader());
    qInfo("takeover after the leader's connection was killed: %lld ms", took.elapsed());
    // The old leader keeps trying and now finds b in the lead.
    QTRY_COMPARE_WITH_TIMEOUT(a->leaderName(), QStringLiteral("b"), 5000);
    QVERIFY(!a->isLeader());
}

void TestLeaderElection::aHolderOutsideIsNamedAndNotOverruled()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    if (!db.isPostgres())
        QSKIP("PostgreSQL only");
    // Another program holding the key (say, an operator's psql during a
    // maintenance) keeps every process from running the duties.
    auto holder = db.open(false);
    QVERIFY(holder);
    const QSqlDatabase conn = holder->connection();
    QVERIFY(exchange::sql::execute(conn, QStringLiteral("SET application_name = 'maintenance by hand'")));
    auto locked = exchange::sql::run(conn, QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(LeaderElection::kAdvisoryKey));
    QVERIFY(locked && locked.value().next() && locked.value().value(0).toBool());

    auto a = election(db, QStringLiteral("a"));
    QSignalSpy became(a.get(), &LeaderElection::becameLeader);
    a->start();
    QTRY_COMPARE_WITH_TIMEOUT(a->leaderName(), QStringLiteral("maintenance by hand"), 5000);
    QTest::qWait(kInterval * 3);
    QCOMPARE(became.count(), 0);

    QVERIFY(exchange::sql::run(conn, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(LeaderElection::kAdvisoryKey)));
    QTRY_VERIFY_WITH_TIMEOUT(a->isLeader(), 5000);
}

void TestLeaderElection::identityNamesProgramHostAndPid()
{
    const QString id = LeaderElection::identityFor(QStringLiteral("exctl serve"));
    QVERIFY2(id.startsWith(QStringLiteral("exctl serve on ")), qPrintable(id));
    QVERIFY2(id.endsWith(QStringLiteral("(pid %1)").arg(QCoreApplication::applicationPid())), qPrintable(id));
}

QTEST_GUILESS_MAIN(TestLeaderElection)
#include "tst_leaderelection.moc"
