// ReplenishmentPlanner: the warm -> hot and cold -> warm proposals, worked
// out by hand in base units: covered queues propose nothing (also exactly
// at the boundary), one base unit short proposes a move, the rounding to
// two significant digits, the cap at the max balance only when it still
// covers the queue, the exact shortfall when it cannot, fees per payout,
// moves in flight, warm paying both its manual payouts and the move to hot,
// and unknown balances.

#include "core/withdrawals/replenishmentplanner.h"

#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

constexpr qlonglong kXlm = 10'000'000; // stroops

Asset xlm()
{
    return Asset{"XLM", "Stellar Lumens", Chain::Stellar, 7, 0, {}};
}

Asset eth()
{
    return Asset{"ETH", "Ether", Chain::Ethereum, 18, 0, {}};
}

Amount units(qlonglong v)
{
    return Amount::fromBaseUnits(v);
}

ReplenishmentInput base()
{
    ReplenishmentInput in;
    in.asset = xlm();
    in.queued = units(1000 * kXlm);
    in.queuedCount = 4;
    in.feePerTransaction = units(100);
    in.hotSpendable = units(0);
    in.warmSpendable = units(1'000'000 * kXlm);
    in.hotMax = units(50'000 * kXlm);
    in.warmMax = units(2'000'000 * kXlm);
    return in;
}

} // namespace

class TestReplenishmentPlanner final : public QObject
{
    Q_OBJECT

private slots:
    void roundUp_data()
    {
        QTest::addColumn<qlonglong>("in");
        QTest::addColumn<qlonglong>("out");
        QTest::newRow("zero") << 0LL << 0LL;
        QTest::newRow("one base unit") << 1LL << 1LL;
        QTest::newRow("two digits stay") << 99LL << 99LL;
        QTest::newRow("100 stays") << 100LL << 100LL;
        QTest::newRow("101 -> 110") << 101LL << 110LL;
        QTest::newRow("1234 -> 1300") << 1234LL << 1300LL;
        QTest::newRow("1300 stays") << 1300LL << 1300LL;
        QTest::newRow("1301 -> 1400") << 1301LL << 1400LL;
        QTest::newRow("9901 -> 10000") << 9901LL << 10000LL;
        QTest::newRow("1,234.5678901 XLM -> 1,300 XLM") << 12'345'678'901LL << 13'000'000'000LL;
    }
    void roundUp()
    {
        QFETCH(qlonglong, in);
        QFETCH(qlonglong, out);
        QCOMPARE(ReplenishmentPlanner::roundUp(units(in)).baseUnits(), static_cast<int128>(out));
    }

    void roundUpWei()
    {
        // 0.0123 ETH -> 0.013 ETH, exactly, in wei.
        const Amount in = Amount::parse("0.012300000000000001", 18).value();
        QCOMPARE(eth().format(ReplenishmentPlanner::roundUp(in)), std::string("0.013"));
        // 2^100 wei and one more: the rounding is exact far beyond 64 bits.
        const int128 big = (static_cast<int128>(1) << 100) + 1; // 1267650600228229401496703205377
        QCOMPARE(int128ToString(ReplenishmentPlanner::roundUp(Amount::fromBaseUnits(big)).baseUnits()),
                 std::string("1300000000000000000000000000000"));
    }

    void coveredExactlyProposesNothing()
    {
        ReplenishmentInput in = base();
        // 1,000 XLM queued in 4 payouts of 100 stroops' fee each.
        in.hotSpendable = units(1000 * kXlm + 400);
        const auto p = ReplenishmentPlanner::plan(in);
        QVERIFY(p.warmToHot);
        QCOMPARE(p.warmToHot->need.baseUnits(), static_cast<int128>(1000 * kXlm + 400));
        QVERIFY(p.warmToHot->shortfall.isZero());
        QVERIFY(p.warmToHot->amount.isZero());
        QVERIFY(p.coldToWarm);
        QVERIFY(p.coldToWarm->amount.isZero());
    }

    void oneBaseUnitShort()
    {
        ReplenishmentInput in = base();
        in.hotSpendable = units(1000 * kXlm + 399);
        const auto p = ReplenishmentPlanner::plan(in);
        QCOMPARE(p.warmToHot->shortfall.baseUnits(), static_cast<int128>(1));
        QCOMPARE(p.warmToHot->amount.baseUnits(), static_cast<int128>(1));
    }

    void shortfallRoundedUp()
    {
        ReplenishmentInput in = base();
        in.hotSpendable = units(123 * kXlm);
        // need 1,000.00004 XLM, have 123: short 877.00004 -> 880 XLM.
        const auto p = ReplenishmentPlanner::plan(in);
        QCOMPARE(p.warmToHot->shortfall.baseUnits(), static_cast<int128>(877 * kXlm + 400));
        QCOMPARE(p.warmToHot->amount.baseUnits(), static_cast<int128>(880 * kXlm));
        QCOMPARE(p.warmToHot->why, std::string("short by 877.00004 XLM, rounded up to 880"));
    }

    void cappedAtMaxWhenThatStillCovers()
    {
        ReplenishmentInput in = base();
        in.hotSpendable = units(123 * kXlm);
        in.hotMax = units(1000 * kXlm + 500); // rounded (880) would end at 1,003 XLM > max
        const auto p = ReplenishmentPlanner::plan(in);
        QCOMPARE(p.warmToHot->amount.baseUnits(), static_cast<int128>(877 * kXlm + 500)); // hot ends exactly at its max
        QVERIFY(p.warmToHot->why.find("only to the max balance") != std::string::npos);
    }

    void maxExactlyCoversShortfall()
    {
        ReplenishmentInput in = base();
        in.hotSpendable = units(123 * kXlm);
        in.hotMax = units(1000 * kXlm + 400); // room == shortfall
        const auto p = ReplenishmentPlanner::plan(in);
        QCOMPARE(p.warmToHot->amount.baseUnits(), static_cast<int128>(877 * kXlm + 400));
    }

    void queueAboveMaxGetsExactShortfall()
    {
        ReplenishmentInput in = base();
        in.hotSpendable = units(123 * kXlm);
        in.hotMax = units(1000 * kXlm + 399); // one stroop too little room
        const auto p = ReplenishmentPlanner::plan(in);
        QCOMPARE(p.warmToHot->amount.baseUnits(), static_cast<int128>(877 * kXlm + 400));
        QVERIFY(p.warmToHot->why.find("exactly the shortfall") != std::string::npos);
    }

    void inFlightCounts()
    {
        ReplenishmentInput in = base();
        in.hotSpendable = units(123 * kXlm);
        in.inFlightToHot = units(877 * kXlm + 400);
        QVERIFY(ReplenishmentPlanner::plan(in).warmToHot->amount.isZero());
        in.inFlightToHot = units(877 * kXlm);
        const auto p = ReplenishmentPlanner::plan(in);
        QCOMPARE(p.warmToHot->shortfall.baseUnits(), static_cast<int128>(400));
        QCOMPARE(p.warmToHot->amount.baseUnits(), static_cast<int128>(400));
    }

    void warmPaysManualAndTheMoveToHot()
    {
        ReplenishmentInput in = base();
        in.hotSpendable = units(123 * kXlm); // warm -> hot: 880 XLM
        in.manual = units(5000 * kXlm);
        in.manualCount = 2;
        in.warmSpendable = units(3000 * kXlm);
        // warm needs 5,000 + 880 + three fees of 100 stroops; has 3,000.
        const auto p = ReplenishmentPlanner::plan(in);
        QCOMPARE(p.coldToWarm->need.baseUnits(), static_cast<int128>(5880 * kXlm + 300));
        QCOMPARE(p.coldToWarm->shortfall.baseUnits(), static_cast<int128>(2880 * kXlm + 300));
        QCOMPARE(p.coldToWarm->amount.baseUnits(), static_cast<int128>(2900 * kXlm));
    }

    void nothingQueued()
    {
        ReplenishmentInput in = base();
        in.queued = units(0);
        in.queuedCount = 0;
        const auto p = ReplenishmentPlanner::plan(in);
        QVERIFY(p.warmToHot->amount.isZero());
        QVERIFY(p.warmToHot->need.isZero());
    }

    void unknownBalancesGiveNoMove()
    {
        ReplenishmentInput in = base();
        in.hotSpendable.reset();
        in.warmSpendable.reset();
        const auto p = ReplenishmentPlanner::plan(in);
        QVERIFY(!p.warmToHot);
        QVERIFY(!p.coldToWarm);
        // Without hot's balance, warm still plans for its manual payouts.
        in.warmSpendable = units(0);
        in.manual = units(10 * kXlm);
        in.manualCount = 1;
        const auto q = ReplenishmentPlanner::plan(in);
        QCOMPARE(q.coldToWarm->amount.baseUnits(), static_cast<int128>(11 * kXlm)); // 10.00001 -> 11
    }
};

QTEST_APPLESS_MAIN(TestReplenishmentPlanner)
#include "tst_replenishmentplanner.moc"
