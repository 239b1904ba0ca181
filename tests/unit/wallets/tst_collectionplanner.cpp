// Every branch of the collection rule in 002_…, as a table. Amounts in
// whole units of a 0-decimal asset so that the table reads like the text.

#include "core/wallets/collectionplanner.h"

#include <QTest>

using namespace exchange;
using namespace exchange::wallets;


namespace {
Amount a(long long v)
{
    return Amount::fromBaseUnits(v);
}
} // namespace

class TestCollectionPlanner : public QObject
{
    Q_OBJECT
private slots:
    void followsTheRule_data()
    {
        QTest::addColumn<long long>("deposit");
        QTest::addColumn<long long>("hot");
        QTest::addColumn<long long>("warm");
        QTest::addColumn<long long>("hotMax");
        QTest::addColumn<long long>("warmMax");
        QTest::addColumn<long long>("toHot");
        QTest::addColumn<long long>("toWarm");
        QTest::addColumn<long long>("toCold");

        // deposit + hot < hot max: all to hot.
        QTest::newRow("fits in hot") << 100LL << 500LL << 0LL << 1000LL << 5000LL << 100LL << 0LL << 0LL;
        // deposit + hot = hot max exactly: still all to hot.
        QTest::newRow("reaches hot max exactly") << 500LL << 500LL << 0LL << 1000LL << 5000LL << 500LL << 0LL << 0LL;
        // Over hot's max, within hot + warm; hot already full: all to warm.
        QTest::newRow("hot full, to warm") << 300LL << 1000LL << 200LL << 1000LL << 5000LL << 0LL << 300LL << 0LL;
        // Over hot's max, within hot + warm; hot not full: split hot / warm.
        QTest::newRow("split hot and warm") << 700LL << 600LL << 200LL << 1000LL << 5000LL << 400LL << 300LL << 0LL;
        // Fills warm exactly: no cold.
        QTest::newRow("reaches warm max exactly") << 5000LL << 1000LL << 0LL << 1000LL << 5000LL << 0LL << 5000LL << 0LL;
        // Over both maxes; warm full: all to cold.
        QTest::newRow("hot and warm full, to cold") << 800LL << 1000LL << 5000LL << 1000LL << 5000LL << 0LL << 0LL << 800LL;
        // Over both maxes; warm not full: split warm / cold.
        QTest::newRow("split warm and cold") << 800LL << 1000LL << 4500LL << 1000LL << 5000LL << 0LL << 500LL << 300LL;
        // Over both, neither full: hot, then warm, then cold (a three-way split).
        QTest::newRow("split three ways") << 10000LL << 900LL << 4000LL << 1000LL << 5000LL << 100LL << 1000LL << 8900LL;
        // A tier above its max (max lowered since) has no room, never negative room.
        QTest::newRow("hot above its max") << 50LL << 1500LL << 0LL << 1000LL << 5000LL << 0LL << 50LL << 0LL;
        // Max zero: that tier is skipped.
        QTest::newRow("no hot wallet") << 50LL << 0LL << 0LL << 0LL << 5000LL << 0LL << 50LL << 0LL;
        QTest::newRow("cold only") << 50LL << 0LL << 0LL << 0LL << 0LL << 0LL << 0LL << 50LL;
        // One base unit.
        QTest::newRow("one base unit into a full hot") << 1LL << 1000LL << 4999LL << 1000LL << 5000LL << 0LL << 1LL << 0LL;
    }
    void followsTheRule()
    {
        QFETCH(long long, deposit);
        QFETCH(long long, hot);
        QFETCH(long long, warm);
        QFETCH(long long, hotMax);
        QFETCH(long long, warmMax);
        QFETCH(long long, toHot);
        QFETCH(long long, toWarm);
        QFETCH(long long, toCold);
        auto plan = CollectionPlanner::plan({a(deposit), a(hot), a(warm), a(hotMax), a(warmMax)});
        QVERIFY(plan.ok());
        QCOMPARE(plan.value(), (CollectionPlan{a(toHot), a(toWarm), a(toCold)}));
        // Nothing is created or lost.
        QCOMPARE(toHot + toWarm + toCold, deposit);
    }
    void unknownBalanceMeansNoPlan()
    {
        auto noHot = CollectionPlanner::plan({a(10), std::nullopt, a(0), a(100), a(100)});
        QCOMPARE(noHot.error().code, ErrorCode::Unavailable);
        QVERIFY(noHot.error().message.find("hot") != std::string::npos);
        auto noWarm = CollectionPlanner::plan({a(10), a(0), std::nullopt, a(100), a(100)});
        QCOMPARE(noWarm.error().code, ErrorCode::Unavailable);
        QVERIFY(noWarm.error().message.find("warm") != std::string::npos);
    }
    void refusesNonsense()
    {
        QCOMPARE(CollectionPlanner::plan({a(0), a(0), a(0), a(1), a(1)}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(CollectionPlanner::plan({a(-5), a(0), a(0), a(1), a(1)}).error().code, ErrorCode::InvalidInput);
        QCOMPARE(CollectionPlanner::plan({a(5), a(0), a(0), a(-1), a(1)}).error().code, ErrorCode::InvalidInput);
    }
    void exactWithWeiAmountsBeyond64Bits()
    {
        // 1,000 ETH in wei (10^21) into hot with a 50 ETH max and warm 500.
        const Amount eth = Amount::fromBaseUnits(static_cast<int128>(1'000'000'000'000'000'000LL));
        auto plan = CollectionPlanner::plan({eth.times(1000).value(), Amount::zero(), Amount::zero(),
                                             eth.times(50).value(), eth.times(500).value()});
        QVERIFY(plan.ok());
        QCOMPARE(plan.value().toHot, eth.times(50).value());
        QCOMPARE(plan.value().toWarm, eth.times(500).value());
        QCOMPARE(plan.value().toCold, eth.times(450).value());
    }
};

QTEST_APPLESS_MAIN(TestCollectionPlanner)
#include "tst_collectionplanner.moc"
