// The DutyBoard: what the screens and the tray agree is down, and since
// when. A watcher retrying with a new delay in its words is one outage,
// not a new one; coming back clears it; off is not down.

#include "models/dutyboard.h"

#include <QSignalSpy>
#include <QTest>

using exchange::DutyStatus;

class TestDutyBoard : public QObject
{
    Q_OBJECT
private slots:
    void downSinceTheFirstWordThatSaidSo();
    void offIsNotDown();
    void repeatedWordsAreNoChange();
    void watchersAndPayoutsAreSeparate();
};

void TestDutyBoard::downSinceTheFirstWordThatSaidSo()
{
    qint64 now = 5'000;
    DutyBoard board([&now] { return now; });
    board.set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"), DutyStatus::running(QStringLiteral("up to date: 12")));
    QVERIFY(board.down().empty());
    now = 6'000;
    board.set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"),
              DutyStatus::down(QStringLiteral("waiting: refused; trying again in 1 s")));
    now = 9'000;
    board.set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"),
              DutyStatus::down(QStringLiteral("waiting: refused; trying again in 2 s")));
    auto down = board.down();
    QCOMPARE(down.size(), size_t(1));
    QCOMPARE(down[0].name, QStringLiteral("ethereum"));
    QCOMPARE(down[0].sinceMs, qint64(6'000));
    QCOMPARE(down[0].status.text, QStringLiteral("waiting: refused; trying again in 2 s"));
    // Back: no longer down, and a later outage starts afresh.
    board.set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"), DutyStatus::running(QStringLiteral("up to date: 13")));
    QVERIFY(board.down().empty());
    now = 20'000;
    board.set(DutyBoard::Kind::Watcher, QStringLiteral("ethereum"), DutyStatus::down(QStringLiteral("HALTED: reorg")));
    QCOMPARE(board.down().at(0).sinceMs, qint64(20'000));
}

void TestDutyBoard::offIsNotDown()
{
    DutyBoard board([] { return qint64(1); });
    board.set(DutyBoard::Kind::Watcher, QStringLiteral("stellar"),
              DutyStatus::off(QStringLiteral("not watching: no Horizon URL set")));
    QVERIFY(board.down().empty());
    QCOMPARE(board.lines(DutyBoard::Kind::Watcher).value(QStringLiteral("stellar")).health, DutyStatus::Health::Off);
}

void TestDutyBoard::repeatedWordsAreNoChange()
{
    DutyBoard board([] { return qint64(1); });
    QSignalSpy changed(&board, &DutyBoard::changed);
    board.set(DutyBoard::Kind::Payouts, QStringLiteral("algorand"), DutyStatus::running(QStringLiteral("1 paid")));
    board.set(DutyBoard::Kind::Payouts, QStringLiteral("algorand"), DutyStatus::running(QStringLiteral("1 paid")));
    QCOMPARE(changed.count(), 1);
    board.set(DutyBoard::Kind::Payouts, QStringLiteral("algorand"), DutyStatus::down(QStringLiteral("1 paid")));
    QCOMPARE(changed.count(), 2); // the same words, another state
}

void TestDutyBoard::watchersAndPayoutsAreSeparate()
{
    DutyBoard board([] { return qint64(1); });
    board.set(DutyBoard::Kind::Payouts, QStringLiteral("algorand"), DutyStatus::down(QStringLiteral("node unreachable")));
    board.set(DutyBoard::Kind::Watcher, QStringLiteral("algorand"), DutyStatus::running(QStringLiteral("up to date: 9")));
    const auto down = board.down();
    QCOMPARE(down.size(), size_t(1));
    QCOMPARE(down[0].kind, DutyBoard::Kind::Payouts);
    QCOMPARE(board.lines(DutyBoard::Kind::Watcher).size(), 1);
}

QTEST_GUILESS_MAIN(TestDutyBoard)
#include "tst_dutyboard.moc"
