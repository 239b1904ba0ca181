// DutyStatusRepository on the backend of the run: only the process that
// took the report over writes, so a former leader's late words never
// outlive the new leader's clean slate, even while they are being written
// at the moment of the take-over (another thread with its own connection,
// as a former leader is another process). Rows it cannot read are refused.
#include "core/runtime/dutystatusrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace exchange;

namespace {

const QString kOld = QStringLiteral("exconsole on desk1 (pid 11)");
const QString kNew = QStringLiteral("exctl serve on db1 (pid 22)");

DutyRecord word(const QString &reporter, const QString &name, DutyStatus status)
{
    return DutyRecord{DutyRecord::Kind::Watcher, name, std::move(status), std::nullopt, reporter, 1'700'000'000'000};
}

QStringList reportersOf(Database &db)
{
    auto rows = DutyStatusRepository(db).list();
    if (!rows)
        return {QStringLiteral("unreadable: ") + QString::fromStdString(rows.error().message)};
    QStringList out;
    for (const DutyRecord &r : rows.value())
        out << r.name + u'=' + r.reportedBy;
    return out;
}

} // namespace

class TestDutyStatusRepository : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheReporterWrites();
    void aLateWordDuringTheTakeOverDoesNotOutliveIt();
    void anUnknownHealthIsRefused();
};

void TestDutyStatusRepository::onlyTheReporterWrites()
{
    TestDatabase testDb;
    REQUIRE_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    DutyStatusRepository repository(*db);

    // Nobody took the report over yet: nothing is written.
    auto put = repository.put(word(kOld, QStringLiteral("ethereum"), DutyStatus::running(QStringLiteral("block 10"))));
    QVERIFY(put.ok());
    QVERIFY(!put.value());
    QCOMPARE(reportersOf(*db), QStringList());

    QVERIFY(repository.takeOver(kOld).ok());
    put = repository.put(word(kOld, QStringLiteral("ethereum"), DutyStatus::down(QStringLiteral("node unreachable"))));
    QVERIFY(put.ok() && put.value());
    QCOMPARE(reportersOf(*db), QStringList{QStringLiteral("ethereum=") + kOld});

    // A new leader starts afresh; the former one's next word is dropped.
    QVERIFY(repository.takeOver(kNew).ok());
    QCOMPARE(reportersOf(*db), QStringList());
    put = repository.put(word(kOld, QStringLiteral("ethereum"), DutyStatus::off(QStringLiteral("stopped"))));
    QVERIFY(put.ok());
    QVERIFY(!put.value());
    put = repository.put(word(kNew, QStringLiteral("algorand"), DutyStatus::running(QStringLiteral("round 5"))));
    QVERIFY(put.ok() && put.value());
    QCOMPARE(reportersOf(*db), QStringList{QStringLiteral("algorand=") + kNew});
}

// The former leader keeps writing on its own connection while the new
// one takes over, and a little after: whatever it wrote is gone once the
// take-over has committed, and nothing it writes later lands.
void TestDutyStatusRepository::aLateWordDuringTheTakeOverDoesNotOutliveIt()
{
    TestDatabase testDb;
    REQUIRE_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    QVERIFY(DutyStatusRepository(*db).takeOver(kOld).ok());

    for (int round = 0; round < 10; ++round) {
        std::atomic<bool> takenOver = false;
        std::atomic<int> writtenAfter = 0;
        std::atomic<int> failures = 0;
        std::thread former([&] {
            DutyStatusRepository repository(*db);
            int afterwards = 0;
            for (int i = 0; afterwards < 30; ++i) {
                const bool late = takenOver.load();
                auto put = repository.put(word(kOld, QStringLiteral("w%1").arg(i % 5), DutyStatus::running(QString::number(i))));
                if (!put) {
                    ++failures;
                    qWarning("put failed: %s", put.error().message.c_str());
                }
                else if (late && put.value())
                    ++writtenAfter;
                if (late)
                    ++afterwards;
                // A leader's words come a few a second; this is plenty, and
                // leaves SQLite's single writer lock to the take-over too.
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
            }
            db->releaseThreadConnection();
        });
        QTest::qWait(5);
        const auto taken = DutyStatusRepository(*db).takeOver(kNew);
        takenOver = true;
        former.join();
        QVERIFY2(taken.ok(), taken.ok() ? "" : taken.error().message.c_str());
        QCOMPARE(failures.load(), 0);
        QCOMPARE(writtenAfter.load(), 0);
        QCOMPARE(reportersOf(*db), QStringList()); // kNew leads and has said nothing yet
        QVERIFY(DutyStatusRepository(*db).takeOver(kOld).ok()); // the next round's former leader
    }
}

void TestDutyStatusRepository::anUnknownHealthIsRefused()
{
    TestDatabase testDb;
    REQUIRE_TEST_DATABASE(testDb);
    auto db = testDb.open();
    QVERIFY(db);
    DutyStatusRepository repository(*db);
    QVERIFY(repository.takeOver(kNew).ok());
    QVERIFY(repository.put(word(kNew, QStringLiteral("stellar"), DutyStatus::running(QStringLiteral("ledger 9")))).ok());
    // A newer version's kind, written past this version's checks.
    if (testDb.isPostgres())
        QVERIFY(sql::execute(db->connection(), QStringLiteral("ALTER TABLE duty_status DROP CONSTRAINT duty_status_kind_check")).ok());
    else
        QSKIP("SQLite's CHECK constraint cannot be dropped in place; the PostgreSQL run covers it");
    QVERIFY(sql::execute(db->connection(), QStringLiteral("UPDATE duty_status SET kind = 'sweeper'")).ok());
    auto rows = repository.list();
    QVERIFY(!rows);
    QCOMPARE(rows.error().code, ErrorCode::Corrupted);
}

QTEST_GUILESS_MAIN(TestDutyStatusRepository)
#include "tst_dutystatusrepository.moc"
