// When the console raises a desktop notification: only for something new
// (a count that grew since the console opened or since the last alert), at
// most one per kind per minute, with growth inside the minute told after
// it, and a kind that went down and up again told again.

#include "models/attentionalerts.h"

#include <QSignalSpy>
#include <QTest>

using exchange::AttentionReport;
using Kind = AttentionAlerts::Kind;

class TestAttentionAlerts : public QObject
{
    Q_OBJECT
private slots:
    void whatWasThereAtTheStartIsNoNews();
    void growthIsToldOncePerMinutePerKind();
    void kindsAreIndependent();
    void aBrokenAuditChainAndAFailedCheckAreTold();
    void aWatcherGoingDownIsTold();
    void aWithdrawalHeldForIntegrityIsTold();
};

namespace {

AttentionReport reviewing(int n)
{
    AttentionReport r;
    r.underReview = n;
    return r;
}

} // namespace

void TestAttentionAlerts::whatWasThereAtTheStartIsNoNews()
{
    qint64 now = 1'000'000;
    AttentionAlerts alerts([&now] { return now; });
    QSignalSpy told(&alerts, &AttentionAlerts::alert);
    alerts.update(reviewing(5), true);
    alerts.update(reviewing(5), true);
    QCOMPARE(told.count(), 0);
}

void TestAttentionAlerts::growthIsToldOncePerMinutePerKind()
{
    qint64 now = 1'000'000;
    AttentionAlerts alerts([&now] { return now; });
    QSignalSpy told(&alerts, &AttentionAlerts::alert);
    alerts.update(reviewing(1), true);
    alerts.update(reviewing(2), true);
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.at(0).at(0).value<Kind>(), Kind::Review);
    QVERIFY(told.at(0).at(2).toString().contains(QStringLiteral("2")));
    QCOMPARE(told.at(0).at(3).toString(), QStringLiteral("withdrawals"));
    // Two more within the minute: quiet.
    now += 20'000;
    alerts.update(reviewing(3), true);
    now += 30'000;
    alerts.update(reviewing(4), true);
    QCOMPARE(told.count(), 1);
    // The first report after the minute tells the count then.
    now += 10'001;
    alerts.update(reviewing(4), true);
    QCOMPARE(told.count(), 2);
    QVERIFY(told.at(1).at(2).toString().contains(QStringLiteral("4")));
    // Down (reviewed) and up again after a minute: news again.
    now += 5'000;
    alerts.update(reviewing(0), true);
    now += 60'000;
    alerts.update(reviewing(1), true);
    QCOMPARE(told.count(), 3);
}

void TestAttentionAlerts::kindsAreIndependent()
{
    qint64 now = 1'000'000;
    AttentionAlerts alerts([&now] { return now; });
    QSignalSpy told(&alerts, &AttentionAlerts::alert);
    AttentionReport r;
    alerts.update(r, true);
    r.underReview = 1;
    alerts.update(r, true);
    r.unattributedDeposits = 1;
    r.inError = 2;
    alerts.update(r, true); // same second, other kinds: both told
    QCOMPARE(told.count(), 3);
    QCOMPARE(told.at(1).at(0).value<Kind>(), Kind::Error);
    QCOMPARE(told.at(2).at(0).value<Kind>(), Kind::Deposit);
    QCOMPARE(told.at(2).at(3).toString(), QStringLiteral("deposits"));
    r.hotShort.push_back(exchange::HotShortfall{"ETH", {}, 1, {}, false});
    alerts.update(r, true);
    QCOMPARE(told.count(), 4);
    QCOMPARE(told.at(3).at(0).value<Kind>(), Kind::HotShort);
    QVERIFY(told.at(3).at(2).toString().contains(QStringLiteral("ETH")));
    QCOMPARE(told.at(3).at(3).toString(), QStringLiteral("wallets"));
}

void TestAttentionAlerts::aBrokenAuditChainAndAFailedCheckAreTold()
{
    qint64 now = 1'000'000;
    AttentionAlerts alerts([&now] { return now; });
    QSignalSpy told(&alerts, &AttentionAlerts::alert);
    AttentionReport r;
    r.lastLedgerCheck = exchange::ledger::CheckReport{};
    alerts.update(r, std::nullopt); // the chain not verified yet: no baseline for it
    alerts.update(r, true);         // its baseline
    QCOMPARE(told.count(), 0);
    r.lastLedgerCheck->discrepancies = {"XLM: debits differ from credits"};
    alerts.update(r, false);
    QCOMPARE(told.count(), 2);
    QCOMPARE(told.at(0).at(0).value<Kind>(), Kind::Ledger);
    QCOMPARE(told.at(0).at(3).toString(), QStringLiteral("ledger"));
    QCOMPARE(told.at(1).at(0).value<Kind>(), Kind::AuditChain);
    QCOMPARE(told.at(1).at(3).toString(), QStringLiteral("audit"));
}

void TestAttentionAlerts::aWatcherGoingDownIsTold()
{
    qint64 now = 1'000'000;
    AttentionAlerts alerts([&now] { return now; });
    QSignalSpy told(&alerts, &AttentionAlerts::alert);
    alerts.updateDuties({});
    alerts.updateDuties({QStringLiteral("ethereum")});
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.at(0).at(0).value<Kind>(), Kind::DutyDown);
    QVERIFY(told.at(0).at(2).toString().contains(QStringLiteral("ethereum")));
    QCOMPARE(told.at(0).at(3).toString(), QStringLiteral("settings"));
    // Back up, then down again after the minute: news again.
    now += 10'000;
    alerts.updateDuties({});
    now += 60'000;
    alerts.updateDuties({QStringLiteral("ethereum")});
    QCOMPARE(told.count(), 2);
    // The other kinds did not move.
    alerts.update(reviewing(0), true);
    QCOMPARE(told.count(), 2);
}

void TestAttentionAlerts::aWithdrawalHeldForIntegrityIsTold()
{
    qint64 now = 1'000'000;
    AttentionAlerts alerts([&now] { return now; });
    QSignalSpy told(&alerts, &AttentionAlerts::alert);
    AttentionReport r;
    alerts.update(r, true);
    r.heldForIntegrity = 1;
    alerts.update(r, true);
    QCOMPARE(told.count(), 1);
    QCOMPARE(told.at(0).at(0).value<Kind>(), Kind::IntegrityHold);
    QVERIFY(told.at(0).at(2).toString().contains(QStringLiteral("payout signer could not verify")));
    QCOMPARE(told.at(0).at(3).toString(), QStringLiteral("withdrawals"));
}

QTEST_GUILESS_MAIN(TestAttentionAlerts)
#include "tst_attentionalerts.moc"
