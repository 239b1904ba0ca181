// OrderHistory, the in-memory orders behind /order_book's pages: newest
// first, `limit` at a time, below a `before` id, across its chunks of 256;
// with() adds and replaces orders by id and leaves the history it came from
// as it was (readers keep what they hold).
#include "core/trade/orderhistory.h"

#include <QTest>

using namespace exchange::trade;

namespace {

Order order(std::int64_t id, OrderStatus status = OrderStatus::Open)
{
    Order o;
    o.id = id;
    o.senderPk = "sender" + std::to_string(id);
    o.status = status;
    return o;
}

std::vector<std::int64_t> ids(const std::vector<Order> &orders)
{
    std::vector<std::int64_t> out;
    for (const Order &o : orders)
        out.push_back(o.id);
    return out;
}

std::vector<std::int64_t> range(std::int64_t from, std::int64_t downTo)
{
    std::vector<std::int64_t> out;
    for (std::int64_t id = from; id >= downTo; --id)
        out.push_back(id);
    return out;
}

} // namespace

class TestOrderHistory final : public QObject
{
    Q_OBJECT

private slots:
    void pagesNewestFirst()
    {
        std::vector<Order> orders;
        for (std::int64_t id = 1000; id >= 1; --id) // any order in
            orders.push_back(order(id));
        const auto history = OrderHistory::of(orders);
        QCOMPARE(history->size(), std::size_t(1000));
        QCOMPARE(ids(history->page(3)), range(1000, 998));
        QCOMPARE(ids(history->page(5, 258)), range(257, 253)); // across a chunk boundary
        QCOMPARE(ids(history->page(10, 4)), range(3, 1));      // the last page is short
        QVERIFY(history->page(10, 1).empty());
        QCOMPARE(history->page(5000).size(), std::size_t(1000));
        QCOMPARE(ids(history->page(2, 99999)), range(1000, 999)); // before beyond the newest
        QVERIFY(history->hasOlderThan(2));
        QVERIFY(!history->hasOlderThan(1));
        QVERIFY(OrderHistory::of({})->page(10).empty());
    }

    void walkingTheCursorVisitsEveryOrderOnce()
    {
        std::vector<Order> orders;
        for (std::int64_t id = 1; id <= 700; ++id) {
            if (id % 7 != 0) // gaps, as cancelled batches leave
                orders.push_back(order(id));
        }
        const auto history = OrderHistory::of(orders);
        std::vector<std::int64_t> seen;
        std::int64_t before = 0;
        for (;;) {
            const auto page = history->page(37, before);
            if (page.empty())
                break;
            const auto pageIds = ids(page);
            seen.insert(seen.end(), pageIds.begin(), pageIds.end());
            before = page.back().id;
        }
        QCOMPARE(seen.size(), orders.size());
        for (std::size_t i = 0; i < seen.size(); ++i)
            QCOMPARE(seen[i], orders[orders.size() - 1 - i].id);
    }

    void withAddsAndReplacesWithoutTouchingTheOld()
    {
        std::vector<Order> orders;
        for (std::int64_t id = 1; id <= 300; ++id)
            orders.push_back(order(id));
        const auto before = OrderHistory::of(orders);
        const auto after = before->with({order(301), order(5, OrderStatus::Filled), order(302),
                                         order(300, OrderStatus::Cancelled)});
        QCOMPARE(after->size(), std::size_t(302));
        QCOMPARE(ids(after->page(3)), range(302, 300));
        QCOMPARE(after->page(1, 301).front().status, OrderStatus::Cancelled);
        QCOMPARE(after->page(1, 6).front().status, OrderStatus::Filled);
        // The old history is as it was.
        QCOMPARE(before->size(), std::size_t(300));
        QCOMPARE(ids(before->page(1)), range(300, 300));
        QCOMPARE(before->page(1).front().status, OrderStatus::Open);
        QCOMPARE(before->page(1, 6).front().status, OrderStatus::Open);
        // Many appended one by one fill new chunks in order.
        auto grown = after;
        for (std::int64_t id = 303; id <= 1000; ++id)
            grown = grown->with({order(id)});
        QCOMPARE(grown->size(), std::size_t(1000));
        QCOMPARE(ids(grown->page(4, 514)), range(513, 510));
        // An id below the newest that was not there (a gap) is inserted in place.
        const auto gapped = OrderHistory::of({order(1), order(3), order(600)})->with({order(2)});
        QCOMPARE(ids(gapped->page(10)), (std::vector<std::int64_t>{600, 3, 2, 1}));
    }
};

QTEST_GUILESS_MAIN(TestOrderHistory)
#include "tst_orderhistory.moc"
