// Known answers for the matching engine, worked out by hand from the rules
// of 001 (cross when R.sell/R.buy >= N.buy/N.sell; each side gets its own
// rate; derived orders for the remainder; roundings favour the exchange).
// Side A: sells the base asset for the quote; side B: the other way.
#include "core/book/orderbook.h"

#include <QTest>

#include <random>

using namespace exchange;
using namespace exchange::book;

namespace {

Amount u(long long v) { return Amount::fromBaseUnits(v); }
constexpr Side A = Side::SellBase;
constexpr Side B = Side::SellQuote;

BookOrder order(OrderId id, Side side, long long sell, long long buy)
{
    return BookOrder{id, side, u(sell), u(buy), id};
}

} // namespace

class TestOrderBook final : public QObject
{
    Q_OBJECT

private slots:
    void restsWhenTheBookIsEmpty()
    {
        OrderBook book;
        OrderId next = 1000;
        auto r = book.place(order(1, A, 100, 200), next);
        QVERIFY(r.ok());
        QCOMPARE(r->resting, OrderId(1));
        QVERIFY(book.fills().empty());
        QCOMPARE(book.size(), std::size_t(1));
        QCOMPARE(next, OrderId(1000));
    }

    void equalRatesFillBothCompletely()
    {
        // R sells 200 B for 100 A; N sells 100 A for 200 B.
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(order(1, B, 200, 100), next).ok());
        auto r = book.place(order(2, A, 100, 200), next);
        QVERIFY(r.ok());
        QCOMPARE(r->resting, OrderId(0));
        QCOMPARE(book.fills().size(), std::size_t(1));
        const Fill &f = book.fills().front();
        QCOMPARE(f.taker, OrderId(2));
        QCOMPARE(f.maker, OrderId(1));
        QCOMPARE(f.takerGave, u(100));
        QCOMPARE(f.takerGot, u(200));
        QCOMPARE(f.makerGave, u(200));
        QCOMPARE(f.makerGot, u(100));
        QCOMPARE(f.takerChild, OrderId(0));
        QCOMPARE(f.makerChild, OrderId(0));
        QCOMPARE(f.spreadInTakerBuyAsset(), u(0));
        QCOMPARE(book.size(), std::size_t(0));
    }

    void betterMakerRateIsTheExchangesSpread()
    {
        // R gives 300 B for 100 A; N wants only 200 B for 100 A: 100 B spread.
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(order(1, B, 300, 100), next).ok());
        QVERIFY(book.place(order(2, A, 100, 200), next).ok());
        const Fill &f = book.fills().front();
        QCOMPARE(f.takerGot, u(200));
        QCOMPARE(f.makerGave, u(300));
        QCOMPARE(f.makerGot, u(100));
        QCOMPARE(f.spreadInTakerBuyAsset(), u(100));
        QCOMPARE(f.spreadInTakerSellAsset(), u(0));
    }

    void noCrossRests()
    {
        // R gives 100 B for 100 A; N wants 101 B for 100 A.
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(order(1, B, 100, 100), next).ok());
        auto r = book.place(order(2, A, 100, 101), next);
        QVERIFY(r.ok());
        QCOMPARE(r->resting, OrderId(2));
        QVERIFY(book.fills().empty());
        QCOMPARE(book.size(), std::size_t(2));
        QCOMPARE(book.levelCount(A), std::size_t(1));
        QCOMPARE(book.levelCount(B), std::size_t(1));
    }

    void makerPartialFillLeavesADerivedOrder()
    {
        // R sells 300 B for 150 A (2 B per A); N sells 100 A for 150 B.
        // N is filled: gets 150 B. R gets 100 A and gives 100*300/150 = 200 B.
        // Spread 50 B. R's child: sells 100 B for 50 A (same rate).
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(order(1, B, 300, 150), next).ok());
        auto r = book.place(order(2, A, 100, 150), next);
        QVERIFY(r.ok());
        QCOMPARE(r->resting, OrderId(0));
        const Fill &f = book.fills().front();
        QCOMPARE(f.takerGot, u(150));
        QCOMPARE(f.makerGot, u(100));
        QCOMPARE(f.makerGave, u(200));
        QCOMPARE(f.spreadInTakerBuyAsset(), u(50));
        QCOMPARE(f.makerChild, OrderId(1000));
        QCOMPARE(f.makerChildSell, u(100));
        QCOMPARE(f.makerChildBuy, u(50));
        QCOMPARE(next, OrderId(1001));
        const auto child = book.find(1000);
        QVERIFY(child.has_value());
        QCOMPARE(child->priority, std::uint64_t(1)); // keeps its parent's place in time
        QVERIFY(!book.find(1).has_value());
    }

    void makerRoundingIsUpAndTheChildRateNeverFalls()
    {
        // R sells 10 B for 3 A; N sells 1 A for 1 B. R gives ceil(1*10/3) = 4 B;
        // child sells 6 B for 2 A: 2/6 >= 3/10.
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(order(1, B, 10, 3), next).ok());
        QVERIFY(book.place(order(2, A, 1, 1), next).ok());
        const Fill &f = book.fills().front();
        QCOMPARE(f.makerGave, u(4));
        QCOMPARE(f.makerGot, u(1));
        QCOMPARE(f.takerGot, u(1));
        QCOMPARE(f.spreadInTakerBuyAsset(), u(3));
        QCOMPARE(f.makerChildSell, u(6));
        QCOMPARE(f.makerChildBuy, u(2));
    }

    void takerRoundingIsDownAndItsChildAsksTheRest()
    {
        // R sells 5 B for 2 A; N sells 3 A for 4 B. R filled (2 A for 5 B);
        // N gives 2 A, gets floor(2*4/3) = 2 B; child sells 1 A for 2 B.
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(order(1, B, 5, 2), next).ok());
        auto r = book.place(order(2, A, 3, 4), next);
        QVERIFY(r.ok());
        const Fill &f = book.fills().front();
        QCOMPARE(f.takerGave, u(2));
        QCOMPARE(f.takerGot, u(2));
        QCOMPARE(f.makerGave, u(5));
        QCOMPARE(f.makerGot, u(2));
        QCOMPARE(f.spreadInTakerBuyAsset(), u(3));
        QCOMPARE(f.takerChild, OrderId(1000));
        QCOMPARE(f.takerChildSell, u(1));
        QCOMPARE(f.takerChildBuy, u(2));
        QCOMPARE(r->resting, OrderId(1000));
        QCOMPARE(r->restingSell, u(1));
        QCOMPARE(r->restingBuy, u(2));
        QCOMPARE(book.find(1000)->priority, std::uint64_t(2));
    }

    void dustRemainderClosesTheMaker()
    {
        // R sells 2 B for 3 A; N sells 2 A for 1 B. R gives ceil(2*2/3) = 2 B,
        // all it had: what it still asked (1 A) is worth less than 1 B at its
        // rate, so it closes without a child.
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(order(1, B, 2, 3), next).ok());
        QVERIFY(book.place(order(2, A, 2, 1), next).ok());
        const Fill &f = book.fills().front();
        QCOMPARE(f.makerGave, u(2));
        QCOMPARE(f.makerGot, u(2));
        QCOMPARE(f.takerGot, u(1));
        QCOMPARE(f.makerChild, OrderId(0));
        QCOMPARE(book.size(), std::size_t(0));
    }

    void bestRateFirstThenOldest()
    {
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(order(1, B, 100, 100), next).ok()); // 1 B per A, oldest
        QVERIFY(book.place(order(2, B, 120, 100), next).ok()); // 1.2 B per A: best
        QVERIFY(book.place(order(3, B, 240, 200), next).ok()); // 1.2 too, newer than 2
        QCOMPARE(book.levelCount(B), std::size_t(2));          // 120/100 and 240/200 share a level
        QVERIFY(book.place(order(4, A, 100, 100), next).ok());
        QCOMPARE(book.fills().front().maker, OrderId(2));
        QVERIFY(book.place(order(5, A, 100, 100), next).ok());
        QCOMPARE(book.fills().front().maker, OrderId(3));
        QCOMPARE(book.fills().front().makerChild, OrderId(1000)); // 3 had 200 A to buy
    }

    void takerWalksTheBookInAChain()
    {
        // Three makers at 1, 2 and 3 B per... as B-sellers asking A:
        // 1: 100 B for 100 A; 2: 100 B for 50 A; 3: 100 B for 200 A.
        // N sells 200 A for 200 B (1 B per A): crosses 2 (2 B/A) then 1 (1 B/A),
        // not 3 (0.5 B/A).
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(order(1, B, 100, 100), next).ok());
        QVERIFY(book.place(order(2, B, 100, 50), next).ok());
        QVERIFY(book.place(order(3, B, 100, 200), next).ok());
        auto r = book.place(order(4, A, 200, 200), next);
        QVERIFY(r.ok());
        const auto &fills = book.fills();
        QCOMPARE(fills.size(), std::size_t(2));
        // First: maker 2 filled completely; N gives 50 A, gets 50 B; child
        // 1000 sells 150 A for 150 B.
        QCOMPARE(fills[0].maker, OrderId(2));
        QCOMPARE(fills[0].takerGave, u(50));
        QCOMPARE(fills[0].takerGot, u(50));
        QCOMPARE(fills[0].makerGave, u(100));
        QCOMPARE(fills[0].takerChild, OrderId(1000));
        QCOMPARE(fills[0].takerChildSell, u(150));
        QCOMPARE(fills[0].takerChildBuy, u(150));
        // Second: the child 1000 fills maker 1 completely: gives 100 A, gets
        // 100 B; child 1001 sells 50 A for 50 B and rests.
        QCOMPARE(fills[1].taker, OrderId(1000));
        QCOMPARE(fills[1].maker, OrderId(1));
        QCOMPARE(fills[1].takerGave, u(100));
        QCOMPARE(fills[1].takerGot, u(100));
        QCOMPARE(fills[1].takerChild, OrderId(1001));
        QCOMPARE(r->resting, OrderId(1001));
        QCOMPARE(r->restingSell, u(50));
        QCOMPARE(r->restingBuy, u(50));
        QCOMPARE(book.size(), std::size_t(2)); // 3 and 1001
    }

    void cancelRemovesOnlyThatOrder()
    {
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(order(1, B, 100, 100), next).ok());
        QVERIFY(book.place(order(2, B, 100, 100), next).ok());
        auto c = book.cancel(1);
        QVERIFY(c.ok());
        QCOMPARE(c->sell, u(100));
        QCOMPARE(book.cancel(1).error().code, ErrorCode::NotFound);
        QVERIFY(book.place(order(3, A, 100, 100), next).ok());
        QCOMPARE(book.fills().front().maker, OrderId(2));
        QCOMPARE(book.levelCount(B), std::size_t(0));
    }

    void refusesBadOrders()
    {
        OrderBook book;
        OrderId next = 1000;
        QCOMPARE(book.place(order(1, A, 0, 1), next).error().code, ErrorCode::InvalidInput);
        QCOMPARE(book.place(order(1, A, 1, -1), next).error().code, ErrorCode::InvalidInput);
        QVERIFY(book.place(order(1, A, 1, 1), next).ok());
        QCOMPARE(book.place(order(1, A, 1, 1), next).error().code, ErrorCode::Conflict);
    }

    void hugeAmountsCompareExactly()
    {
        // 10^30 wei-scale amounts: products need more than 128 bits.
        const int128 big = static_cast<int128>(1000000000000000LL) * 1000000000000000LL;
        OrderBook book;
        OrderId next = 1000;
        QVERIFY(book.place(BookOrder{1, B, Amount::fromBaseUnits(big), Amount::fromBaseUnits(big + 1), 1}, next).ok());
        // N asks exactly the inverse rate minus nothing: big+1 A for big B crosses exactly.
        QVERIFY(book.place(BookOrder{2, A, Amount::fromBaseUnits(big + 1), Amount::fromBaseUnits(big + 2), 2}, next).ok());
        QVERIFY(book.fills().empty()); // (big)(big+1) < (big+2)(big+1)
        QVERIFY(book.place(BookOrder{3, A, Amount::fromBaseUnits(big + 1), Amount::fromBaseUnits(big), 3}, next).ok());
        QCOMPARE(book.fills().size(), std::size_t(1));
        QCOMPARE(book.fills().front().takerGot, Amount::fromBaseUnits(big));
    }

    void restoreRebuildsTheSameBook()
    {
        OrderBook book;
        OrderId next = 1000000;
        std::mt19937_64 rng(7);
        for (OrderId id = 1; id <= 3000; ++id) {
            const Side side = (rng() & 1) ? A : B;
            const long long sell = 50 + static_cast<long long>(rng() % 100);
            const long long buy = 50 + static_cast<long long>(rng() % 100);
            QVERIFY(book.place(BookOrder{id, side, u(sell), u(buy), id}, next).ok());
            if (id % 7 == 0)
                (void)book.cancel(id - 3);
        }
        OrderBook rebuilt;
        auto all = book.orders(A);
        const auto bids = book.orders(B);
        all.insert(all.end(), bids.begin(), bids.end());
        // Any order of insertion gives the same book.
        std::shuffle(all.begin(), all.end(), rng);
        for (const BookOrder &o : all)
            QVERIFY(rebuilt.restore(o).ok());
        QCOMPARE(rebuilt.orders(A), book.orders(A));
        QCOMPARE(rebuilt.orders(B), book.orders(B));
        QCOMPARE(rebuilt.levels(A, 1000), book.levels(A, 1000));
        // A crossing order is refused by restore.
        QVERIFY(!rebuilt.restore(BookOrder{9999999, A, u(1), u(1), 1}).ok());
    }

    void everyDerivedOrderKeepsAtLeastItsParentsRate()
    {
        OrderBook book;
        OrderId next = 1000000;
        std::mt19937_64 rng(11);
        for (OrderId id = 1; id <= 20000; ++id) {
            const Side side = (rng() & 1) ? A : B;
            const long long sell = 1 + static_cast<long long>(rng() % 1000);
            const long long buy = 1 + static_cast<long long>(rng() % 1000);
            QVERIFY(book.place(BookOrder{id, side, u(sell), u(buy), id}, next).ok());
            long long tSell = sell, tBuy = buy;
            for (const Fill &f : book.fills()) {
                const long long gave = static_cast<long long>(f.takerGave.baseUnits());
                const long long got = static_cast<long long>(f.takerGot.baseUnits());
                // The taker never gets less than its rate: got/gave >= buy/sell,
                // except that the last unit may come with its child.
                QVERIFY(f.spreadInTakerBuyAsset() >= u(0));
                QVERIFY(f.spreadInTakerSellAsset() >= u(0));
                if (f.takerChild) {
                    const long long cs = static_cast<long long>(f.takerChildSell.baseUnits());
                    const long long cb = static_cast<long long>(f.takerChildBuy.baseUnits());
                    QVERIFY(cb * tSell >= tBuy * cs);        // child rate >= parent rate
                    QCOMPARE(cs + gave, tSell);
                    QCOMPARE(cb + got, tBuy);
                    tSell = cs;
                    tBuy = cb;
                }
                if (f.makerChild) {
                    const long long ms = static_cast<long long>(f.makerChildSell.baseUnits());
                    const long long mb = static_cast<long long>(f.makerChildBuy.baseUnits());
                    const long long ps = ms + static_cast<long long>(f.makerGave.baseUnits());
                    const long long pb = mb + static_cast<long long>(f.makerGot.baseUnits());
                    QVERIFY(mb * ps >= pb * ms);
                }
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestOrderBook)
#include "tst_orderbook.moc"
