// BackgroundDuties: the watchers run only in the process that leads. Two
// "processes" (each its own services, core thread and election) on one
// database: on PostgreSQL exactly one reports watcher states and says it
// leads while the other names it; when the leader stops, the other leads
// and starts its watchers. On SQLite the one process leads at once.
#include "core/runtime/backgroundduties.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/store/database.h"
#include "testdatabase.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace exchange;

namespace {

// One process's worth: services over its own Database, a core thread, duties.
struct Process {
    Process(const TestDatabase &db, const QString &name)
        : services(std::make_unique<CoreServices>(db.open())),
          duties(std::make_unique<BackgroundDuties>(*services, runtime.thread(), name))
    {
        duties->setPayoutsEnabled(false); // no payouts to make here; watchers are enough
    }
    ~Process()
    {
        duties.reset();
        Database *db = &services->database();
        runtime.stop([db] { db->releaseThreadConnection(); });
    }
    CoreRuntime runtime;
    std::unique_ptr<CoreServices> services;
    std::unique_ptr<BackgroundDuties> duties;
};

} // namespace

class TestBackgroundDuties : public QObject
{
    Q_OBJECT
private slots:
    void onlyTheLeaderRunsTheWatchers();
};

void TestBackgroundDuties::onlyTheLeaderRunsTheWatchers()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    auto a = std::make_unique<Process>(db, QStringLiteral("process a"));
    QSignalSpy aWatchers(a->duties.get(), &BackgroundDuties::watcherStatusChanged);
    a->duties->start();
    QTRY_VERIFY_WITH_TIMEOUT(a->duties->isLeading(), 5000);
    QCOMPARE(a->duties->leaderName(), QStringLiteral("process a"));
    // The settings name no node: each watcher says why it does not watch.
    QTRY_VERIFY_WITH_TIMEOUT(a->duties->watcherStatus().value(QStringLiteral("ethereum")).text.contains(QStringLiteral("not watching")), 5000);
    QVERIFY(aWatchers.count() > 0);
    if (!db.isPostgres())
        return; // one desktop: nobody else to lead

    Process b(db, QStringLiteral("process b"));
    QSignalSpy bWatchers(b.duties.get(), &BackgroundDuties::watcherStatusChanged);
    b.duties->start();
    QTRY_COMPARE_WITH_TIMEOUT(b.duties->leaderName(), QStringLiteral("process a"), 5000);
    QTest::qWait(1000);
    QVERIFY(!b.duties->isLeading());
    QCOMPARE(bWatchers.count(), 0);
    QVERIFY(b.duties->watcherStatus().isEmpty());

    a.reset(); // its duties stop, then it frees the lead
    QTRY_VERIFY_WITH_TIMEOUT(b.duties->isLeading(), 5000);
    QCOMPARE(b.duties->leaderName(), QStringLiteral("process b"));
    QTRY_VERIFY_WITH_TIMEOUT(b.duties->watcherStatus().value(QStringLiteral("ethereum")).text.contains(QStringLiteral("not watching")), 5000);
}

QTEST_GUILESS_MAIN(TestBackgroundDuties)
#include "tst_backgroundduties.moc"
