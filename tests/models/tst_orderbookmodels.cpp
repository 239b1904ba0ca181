// The order book models over a real store and the real core thread, each
// run through QAbstractItemModelTester: levels, fills, statistics and the
// Log show the values worked out by hand from the matching rules, a fill
// changes rows in place, and a burst of trade notifications is read a few
// times, not once per notification.
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/money/assetamount.h"
#include "models/displayformat.h"
#include "models/orderbookfeed.h"
#include "models/orderbooklevelsmodel.h"
#include "models/tradefillsmodel.h"
#include "models/tradelogmodel.h"
#include "models/tradestatsmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;

namespace {

const std::string kAlgo = "5JFGYY7CTRJAVPXVKB5RGLWF7GKUO5VOX27HXESCD3VGSFCG2IWAKDM5YU";
const std::string kEth = "0x4a62316623ad457F02cDC5D997deD67a383EC569";

Amount eth(long long thousandths) { return Amount::fromBaseUnits(static_cast<int128>(thousandths) * 1000000000000000LL); }
Amount algo(long long whole) { return Amount::fromBaseUnits(static_cast<int128>(whole) * 1000000); }

trade::NewOrder ask(int n, long long ethThousandths, long long algoWhole)
{
    return trade::NewOrder{kEth, kAlgo, "ALGO", "ETH", algo(algoWhole), eth(ethThousandths),
                           "0x" + std::string(63, 'a') + std::to_string(n % 10), "s"};
}
trade::NewOrder bid(int n, long long ethThousandths, long long algoWhole)
{
    return trade::NewOrder{kAlgo, kEth, "ETH", "ALGO", eth(ethThousandths), algo(algoWhole),
                           "ALGOTX" + std::to_string(n), "s"};
}

} // namespace

class TestOrderBookModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void levelsFillsAndStatistics();
    void amountsShowTheDisplayPrecision();
    void burstsAreCoalesced();
    void theLogShowsSourceEndpointAndCount();

private:
    void placeOnCore(const trade::NewOrder &order);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<CoreRuntime> m_runtime;
    std::unique_ptr<CoreServices> m_services;
};

void TestOrderBookModels::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    auto db = m_testDb->open();
    QVERIFY(db);
    m_runtime = std::make_unique<CoreRuntime>();
    m_services = std::make_unique<CoreServices>(std::move(db));
}

void TestOrderBookModels::cleanup()
{
    Database *db = m_services ? &m_services->database() : nullptr;
    if (m_runtime)
        m_runtime->stop([db] { if (db) db->releaseThreadConnection(); });
    m_runtime.reset();
    m_services.reset();
    m_testDb.reset();
}

// The engine belongs to the core thread: orders go through it too.
void TestOrderBookModels::placeOnCore(const trade::NewOrder &order)
{
    bool done = false;
    bool ok = false;
    auto *services = m_services.get();
    m_runtime->post([services, order] { return services->trades().place(order).ok(); }, this,
                    [&](bool placed) {
                        ok = placed;
                        done = true;
                    });
    QTRY_VERIFY(done);
    QVERIFY(ok);
}

void TestOrderBookModels::levelsFillsAndStatistics()
{
    OrderBookFeed feed(*m_runtime, *m_services);
    feed.setInterval(10);
    OrderBookLevelsModel asks(feed, OrderBookLevelsModel::Side::Asks);
    OrderBookLevelsModel bids(feed, OrderBookLevelsModel::Side::Bids);
    TradeFillsModel fills(feed);
    TradeStatsModel stats(feed);
    TradeLogModel log(feed);
    QAbstractItemModelTester t1(&asks, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&bids, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&fills, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t4(&stats, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t5(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);

    placeOnCore(ask(1, 1000, 15000)); // 1 ETH at 15,000 ALGO
    placeOnCore(ask(2, 2000, 30200)); // 2 ETH at 15,100
    placeOnCore(bid(3, 1000, 14900)); // buys 1 ETH at 14,900
    feed.setMarket(QStringLiteral("ETH"), QStringLiteral("ALGO"));
    QTRY_COMPARE(asks.rowCount(), 2);
    QTRY_COMPARE(bids.rowCount(), 1);
    QCOMPARE(asks.index(0, OrderBookLevelsModel::Price).data().toString(), QStringLiteral("15,000.00"));
    QCOMPARE(asks.index(1, OrderBookLevelsModel::Price).data().toString(), QStringLiteral("15,100.00"));
    QCOMPARE(asks.index(1, OrderBookLevelsModel::Amount).data().toString(), QStringLiteral("2.0000"));
    QCOMPARE(asks.index(1, OrderBookLevelsModel::Total).data().toString(), QStringLiteral("30,200.00"));
    QCOMPARE(asks.index(0, OrderBookLevelsModel::Price).data(OrderBookLevelsModel::RawValueRole).value<AssetAmount>(),
             (AssetAmount{Amount::fromBaseUnits(1500000), 2}));
    QCOMPARE(bids.index(0, OrderBookLevelsModel::Price).data().toString(), QStringLiteral("14,900.00"));
    // Five significant digits, at least two decimals: 15,000.00.
    QCOMPARE(asks.headerData(OrderBookLevelsModel::Price, Qt::Horizontal).toString(), QStringLiteral("Price (ALGO)"));

    // 0.5 ETH offered for 7,000 ALGO crosses the bid: the seller gets its
    // 7,000; the bid gives ceil(0.5 * 14,900) = 7,450 and gets 0.5 ETH;
    // 450 ALGO is the exchange's. The bid's remainder: 0.5 ETH for 7,450.
    QSignalSpy changed(&bids, &QAbstractItemModel::dataChanged);
    placeOnCore(ask(4, 500, 7000));
    QTRY_COMPARE(fills.rowCount(), 1);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(bids.rowCount(), 1);
    QCOMPARE(bids.index(0, OrderBookLevelsModel::Amount).data().toString(), QStringLiteral("0.5000"));
    QCOMPARE(bids.index(0, OrderBookLevelsModel::Total).data().toString(), QStringLiteral("7,450.00"));
    QCOMPARE(fills.index(0, TradeFillsModel::Taker).data().toString(), QStringLiteral("Sell"));
    QCOMPARE(fills.index(0, TradeFillsModel::Price).data().toString(), QStringLiteral("14,900.00"));
    QCOMPARE(fills.index(0, TradeFillsModel::Amount).data().toString(), QStringLiteral("0.5000"));
    // The spread in its asset's display precision, like every ALGO amount.
    QCOMPARE(fills.index(0, TradeFillsModel::Spread).data().toString(), QStringLiteral("450.00 ALGO"));
    QCOMPARE(fills.index(0, TradeFillsModel::Spread).data(Qt::ToolTipRole).toString(), QStringLiteral("450 ALGO"));

    int algoRow = -1;
    for (int r = 0; r < stats.rowCount(); ++r) {
        if (stats.index(r, TradeStatsModel::AssetCode).data().toString() == u"ALGO")
            algoRow = r;
    }
    QVERIFY(algoRow >= 0);
    QCOMPARE(stats.index(algoRow, TradeStatsModel::Profit).data().toString(), QStringLiteral("450.00"));
    QCOMPARE(stats.index(algoRow, TradeStatsModel::TakenIn).data().toString(), QStringLiteral("14,900.00"));
    QCOMPARE(stats.index(algoRow, TradeStatsModel::Unfilled).data().toString(), QStringLiteral("7,450.00"));

    // A refused request appears at the top of the Log.
    bool logged = false;
    auto *services = m_services.get();
    m_runtime->post([services] { return services->trades().logRefusal("{\"x\": 1}", "unknown payload field x").ok(); },
                    this, [&](bool ok) { logged = ok; });
    QTRY_VERIFY(logged);
    QTRY_COMPARE(log.rowCount(), 1);
    QCOMPARE(log.index(0, TradeLogModel::Reason).data().toString(), QStringLiteral("unknown payload field x"));
    QCOMPARE(log.index(0, TradeLogModel::Payload).data().toString(), QStringLiteral("{\"x\": 1}"));
}

// An ask of 1.234567891234567891 ETH (all 18 decimals) shows ETH's four:
// "≈ 1.2345", cut, not rounded to 1.2346; the tooltip and the copy text are
// exact, and the level sorts by the exact value.
void TestOrderBookModels::amountsShowTheDisplayPrecision()
{
    OrderBookFeed feed(*m_runtime, *m_services);
    feed.setInterval(10);
    OrderBookLevelsModel asks(feed, OrderBookLevelsModel::Side::Asks);
    const Amount odd = Amount::fromBaseUnits(static_cast<int128>(1234567891234567891LL));
    placeOnCore(trade::NewOrder{kEth, kAlgo, "ALGO", "ETH", algo(15000), odd, "0x" + std::string(63, 'b') + "1", "s"});
    placeOnCore(ask(2, 2000, 30200)); // 2 ETH: nothing hidden
    feed.setMarket(QStringLiteral("ETH"), QStringLiteral("ALGO"));
    QTRY_COMPARE(asks.rowCount(), 2);
    int oddRow = -1;
    for (int r = 0; r < asks.rowCount(); ++r) {
        if (asks.index(r, OrderBookLevelsModel::Amount).data(OrderBookLevelsModel::RawValueRole).value<AssetAmount>().amount == odd)
            oddRow = r;
    }
    QVERIFY(oddRow >= 0);
    const QModelIndex amount = asks.index(oddRow, OrderBookLevelsModel::Amount);
    QCOMPARE(amount.data().toString(), QStringLiteral("≈ 1.2345"));
    QCOMPARE(amount.data(Qt::ToolTipRole).toString(), QStringLiteral("1.234567891234567891 ETH"));
    QCOMPARE(amount.data(displayformat::ExactTextRole).toString(), QStringLiteral("1.234567891234567891"));
    QCOMPARE(asks.index(oddRow, OrderBookLevelsModel::Total).data().toString(), QStringLiteral("15,000.00"));
    QCOMPARE(asks.index(oddRow, OrderBookLevelsModel::Total).data(Qt::ToolTipRole).toString(), QStringLiteral("15000 ALGO"));
    const QModelIndex whole = asks.index(1 - oddRow, OrderBookLevelsModel::Amount);
    QCOMPARE(whole.data().toString(), QStringLiteral("2.0000"));
    QCOMPARE(whole.data(displayformat::ExactTextRole).toString(), QStringLiteral("2"));
}

void TestOrderBookModels::burstsAreCoalesced()
{
    OrderBookFeed feed(*m_runtime, *m_services);
    feed.setInterval(100);
    QSignalSpy updated(&feed, &OrderBookFeed::updated);
    feed.setMarket(QStringLiteral("ETH"), QStringLiteral("ALGO"));
    QTRY_COMPARE(updated.count(), 1);
    for (int i = 0; i < 200; ++i)
        m_services->notifier().publish(ChangeNotifier::Topic::Trade, QString());
    QTest::qWait(400);
    QVERIFY2(feed.reads() <= 3, qPrintable(QString::number(feed.reads())));
    QVERIFY(feed.reads() >= 2);
}

// A refusal's source, endpoint and status have columns; a flooding
// source's row counts its repeats and the Count cell changes in place.
void TestOrderBookModels::theLogShowsSourceEndpointAndCount()
{
    OrderBookFeed feed(*m_runtime, *m_services);
    feed.setInterval(10);
    TradeLogModel log(feed);
    QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *services = m_services.get();
    auto refuse = [&](int times) {
        bool done = false;
        m_runtime->post(
            [services, times] {
                auto &trades = services->trades();
                trade::RefusalLogPolicy policy = trades.refusalLogPolicy();
                policy.repeatThreshold = 1; // the second refusal in a minute starts the shared row
                trades.setRefusalLogPolicy(policy);
                for (int i = 0; i < times; ++i) {
                    if (!trades.logRefusal(trade::Refusal{"192.0.2.9", "/cancel", 403, "bad signature", "{}"}).ok())
                        return false;
                }
                return true;
            },
            this, [&](bool ok) { done = ok; });
        QTRY_VERIFY(done);
    };
    // Repeats are counted per minute (of the system clock here): start
    // early enough in one that all five refusals fall in it.
    const qint64 intoMinute = QDateTime::currentMSecsSinceEpoch() % 60000;
    if (intoMinute > 50000)
        QTest::qWait(static_cast<int>(60000 - intoMinute + 100));
    refuse(2);
    QTRY_COMPARE(log.rowCount(), 2);
    QCOMPARE(log.index(0, TradeLogModel::Source).data().toString(), QStringLiteral("192.0.2.9"));
    QCOMPARE(log.index(0, TradeLogModel::Endpoint).data().toString(), QStringLiteral("/cancel"));
    QCOMPARE(log.index(0, TradeLogModel::Status).data(TradeLogModel::RawValueRole).toInt(), 403);
    QCOMPARE(log.index(0, TradeLogModel::Count).data(TradeLogModel::RawValueRole).toLongLong(), 1);
    QSignalSpy changed(&log, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
    refuse(3);
    QTRY_COMPARE(log.index(0, TradeLogModel::Count).data(TradeLogModel::RawValueRole).toLongLong(), 4);
    QCOMPARE(log.rowCount(), 2);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.first().at(0).value<QModelIndex>().column(), int(TradeLogModel::Count));
}

QTEST_MAIN(TestOrderBookModels)
#include "tst_orderbookmodels.moc"
