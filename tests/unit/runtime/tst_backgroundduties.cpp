// BackgroundDuties: the watchers run only in the process that leads. Two
// "processes" (each its own services, core thread and election) on one
// database: on PostgreSQL exactly one reports watcher states and says it
// leads while the other names it; when the leader stops, the other leads
// and starts its watchers. On SQLite the one process leads at once. What
// the leader's duties say is also in duty_status for every console: the
// leader's words, by its name, cleared by the next leader, and "stopped"
// (off, not down) when a leader ends.
#include "core/runtime/backgroundduties.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/dutystatusrepository.h"
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

// The row of a watcher in duty_status as another connection reads it.
std::optional<DutyRecord> storedWatcher(Database &db, const QString &name)
{
    auto rows = DutyStatusRepository(db).list();
    if (!rows)
        return std::nullopt;
    for (const DutyRecord &r : rows.value()) {
        if (r.kind == DutyRecord::Kind::Watcher && r.name == name)
            return r;
    }
    return std::nullopt;
}

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
    // Stored for every console, by its reporter, read through another connection.
    auto reader = db.open();
    QTRY_VERIFY_WITH_TIMEOUT(storedWatcher(*reader, QStringLiteral("ethereum")).has_value(), 5000);
    const DutyRecord stored = *storedWatcher(*reader, QStringLiteral("ethereum"));
    QVERIFY2(stored.status.text.contains(QStringLiteral("not watching")), qPrintable(stored.status.text));
    QCOMPARE(stored.status.health, DutyStatus::Health::Off);
    QCOMPARE(stored.reportedBy, QStringLiteral("process a"));
    QVERIFY(!stored.downSinceMs);
    if (!db.isPostgres()) {
        a.reset(); // the desktop closes: its watchers stopped, not down
        const DutyRecord last = *storedWatcher(*reader, QStringLiteral("ethereum"));
        QCOMPARE(last.status.text, QStringLiteral("stopped: process a ended"));
        QCOMPARE(last.status.health, DutyStatus::Health::Off);
        return; // one desktop: nobody else to lead
    }

    Process b(db, QStringLiteral("process b"));
    QSignalSpy bWatchers(b.duties.get(), &BackgroundDuties::watcherStatusChanged);
    b.duties->start();
    QTRY_COMPARE_WITH_TIMEOUT(b.duties->leaderName(), QStringLiteral("process a"), 5000);
    QTest::qWait(1000);
    QVERIFY(!b.duties->isLeading());
    QCOMPARE(bWatchers.count(), 0);
    QVERIFY(b.duties->watcherStatus().isEmpty());

    // Not leading, b writes nothing: the rows are still a's.
    QCOMPARE(storedWatcher(*reader, QStringLiteral("ethereum"))->reportedBy, QStringLiteral("process a"));

    a.reset(); // its duties stop, then it frees the lead
    QTRY_VERIFY_WITH_TIMEOUT(b.duties->isLeading(), 5000);
    QCOMPARE(b.duties->leaderName(), QStringLiteral("process b"));
    QTRY_VERIFY_WITH_TIMEOUT(b.duties->watcherStatus().value(QStringLiteral("ethereum")).text.contains(QStringLiteral("not watching")), 5000);
    // The new leader's words replace the old leader's.
    QTRY_VERIFY_WITH_TIMEOUT(storedWatcher(*reader, QStringLiteral("ethereum"))->reportedBy == QStringLiteral("process b"), 5000);
    QCOMPARE(storedWatcher(*reader, QStringLiteral("ethereum"))->status.health, DutyStatus::Health::Off);
}

QTEST_GUILESS_MAIN(TestBackgroundDuties)
#include "tst_backgroundduties.moc"
