// DutyStatusSource: the console's board follows duty_status, whoever wrote
// it (here, another connection, as exctl serve would): a watcher the
// leader reports down shows down since the leader's time; a new leader's
// clean slate removes the old lines; lines set on the board otherwise
// (not from the table) are left alone.

#include "core/base/changenotifier.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/dutystatusrepository.h"
#include "core/store/database.h"
#include "models/dutyboard.h"
#include "models/dutystatussource.h"
#include "testcore.h"

#include <QTest>

using namespace exchange;

class TestDutyStatusSource : public QObject
{
    Q_OBJECT
private slots:
    void followsTheTable();
};

void TestDutyStatusSource::followsTheTable()
{
    TestCore core;
    QVERIFY2(core.failure().isEmpty(), qPrintable(core.failure()));
    DutyBoard board([] { return qint64(1); });
    DutyStatusSource source(core.runtime(), core.services(), &board);
    board.set(DutyBoard::Kind::Watcher, QStringLiteral("local"), DutyStatus::running(QStringLiteral("set here")));

    // Another process reports; here through a connection of the test's own.
    DutyStatusRepository repository(core.services().database());
    QVERIFY(repository.takeOver(QStringLiteral("exctl serve on db1 (pid 42)")).ok());
    QVERIFY(repository
                .put({DutyRecord::Kind::Watcher, QStringLiteral("ethereum"),
                      DutyStatus::down(QStringLiteral("waiting: Connection refused; trying again in 8 s")), 1'700'000'000'000,
                      QStringLiteral("exctl serve on db1 (pid 42)"), 1'700'000'060'000})
                .value());
    QVERIFY(repository
                .put({DutyRecord::Kind::Payouts, QStringLiteral("algorand"), DutyStatus::blocked(QStringLiteral("hot is short")),
                      std::nullopt, QStringLiteral("exctl serve on db1 (pid 42)"), 1'700'000'060'000})
                .value());
    core.services().notifier().publish(ChangeNotifier::Topic::Duty, QStringLiteral("ethereum"));
    QTRY_COMPARE(board.down().size(), size_t(1));
    QTRY_COMPARE(board.lines(DutyBoard::Kind::Payouts).size(), 1);
    QCOMPARE(board.down().at(0).name, QStringLiteral("ethereum"));
    QCOMPARE(board.down().at(0).sinceMs, qint64(1'700'000'000'000)); // the reporter's, not this clock's
    // (The source's first read may have caught the table half written;
    // the announcement reads it again.)
    QTRY_COMPARE(board.lines(DutyBoard::Kind::Payouts).value(QStringLiteral("algorand")).health, DutyStatus::Health::Blocked);

    // A new leader starts afresh: the old lines go, the local one stays.
    QVERIFY(repository.takeOver(QStringLiteral("exconsole on desk2 (pid 7)")).ok());
    core.services().notifier().publish(ChangeNotifier::Topic::Duty, QString());
    QTRY_VERIFY(board.lines(DutyBoard::Kind::Payouts).isEmpty());
    QVERIFY(board.down().empty());
    QCOMPARE(board.lines(DutyBoard::Kind::Watcher).keys(), QStringList{QStringLiteral("local")});
}

QTEST_MAIN(TestDutyStatusSource)
#include "tst_dutystatussource.moc"
