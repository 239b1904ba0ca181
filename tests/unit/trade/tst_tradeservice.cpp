// The trade service on a real store: fills settle through the ledger
// (checker clean), derived orders and payouts are stored as 001 describes,
// statistics have the values worked out by hand, a deposit funds one order,
// cancels are authorised, and a restarted service rebuilds the same book.
#include "core/base/changenotifier.h"
#include "core/base/manualclock.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/trade/settlement.h"
#include "core/trade/tradeservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QTest>

#include <algorithm>

using namespace exchange;
using namespace exchange::trade;

namespace {

const std::string kAlice = "5JFGYY7CTRJAVPXVKB5RGLWF7GKUO5VOX27HXESCD3VGSFCG2IWAKDM5YU"; // Algorand
const std::string kBob = "0x4a62316623ad457F02cDC5D997deD67a383EC569";                  // Ethereum

Amount wei(long long units, long long scale = 1) { return Amount::fromBaseUnits(static_cast<int128>(units) * scale); }
constexpr long long kE16 = 10000000000000000LL;

NewOrder aliceSellsAlgo()
{
    // 100 ALGO for 0.05 ETH.
    return NewOrder{kAlice, kBob, "ETH", "ALGO", wei(5, kE16), wei(100000000), "ALGOTX1", "sig-a"};
}

NewOrder bobSellsEth()
{
    // 0.06 ETH for 100 ALGO.
    return NewOrder{kBob, kAlice, "ALGO", "ETH", wei(100000000), wei(6, kE16),
                    "0x" + std::string(64, 'b'), "sig-b"};
}

const AssetStats *statsOf(const std::vector<AssetStats> &all, const std::string &asset)
{
    for (const auto &s : all) {
        if (s.asset == asset)
            return &s;
    }
    return nullptr;
}

struct Fixture {
    TestDatabase testDb;
    std::unique_ptr<Database> db = testDb.open();
    ManualClock clock{1700000000000};
    ledger::LedgerService ledger{*db, clock};
    security::AuditLog audit{*db, clock};
    TradeService trades{*db, ledger, clock, audit};
};

} // namespace

class TestTradeService final : public QObject
{
    Q_OBJECT

private slots:
    void makerFilledTakerRestsWithADerivedOrder()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        auto a = f.trades.place(aliceSellsAlgo());
        QVERIFY2(a.ok(), a.ok() ? "" : a.error().message.c_str());
        QVERIFY(a->fills.empty());
        QCOMPARE(a->restingId, a->orderId);

        auto b = f.trades.place(bobSellsEth());
        QVERIFY2(b.ok(), b.ok() ? "" : b.error().message.c_str());
        // Alice (maker) is filled: she gives 100 ALGO and gets 0.05 ETH.
        // Bob gives 0.05 ETH and gets floor(5e16 * 1e8 / 6e16) = 83333333
        // microalgos; his derived order sells 0.01 ETH for 16666667.
        QCOMPARE(b->fills.size(), std::size_t(1));
        const auto &fill = b->fills.front();
        QCOMPARE(fill.takerGave, wei(5, kE16));
        QCOMPARE(fill.takerGot, wei(83333333));
        QCOMPARE(fill.makerGave, wei(100000000));
        QCOMPARE(fill.makerGot, wei(5, kE16));
        QVERIFY(b->restingId != 0);

        auto alice = f.trades.order(a->orderId).value();
        QCOMPARE(alice->status, OrderStatus::Filled);
        QCOMPARE(alice->counterpartyId, b->orderId);
        auto bob = f.trades.order(b->orderId).value();
        QCOMPARE(bob->status, OrderStatus::Filled);
        QCOMPARE(bob->counterpartyId, a->orderId);
        auto child = f.trades.order(b->restingId).value();
        QVERIFY(child.has_value());
        QCOMPARE(child->creatorId, b->orderId);
        QCOMPARE(child->status, OrderStatus::Open);
        QCOMPARE(child->sellAmount, wei(1, kE16));
        QCOMPARE(child->buyAmount, wei(16666667));
        QVERIFY(child->txId.empty());

        // The TX table: what each receiver is owed on its buy chain.
        auto payouts = f.trades.payouts(10).value();
        QCOMPARE(payouts.size(), std::size_t(2));
        bool toAlice = false, toBob = false;
        for (const Payout &p : payouts) {
            QCOMPARE(p.status, std::string("owed"));
            if (p.asset == "ETH") {
                toBob = p.receiverPk == kBob && p.amount == wei(5, kE16) && p.platform == "ethereum";
            } else {
                toAlice = p.receiverPk == kAlice && p.amount == wei(83333333) && p.platform == "algorand";
            }
        }
        QVERIFY(toAlice);
        QVERIFY(toBob);

        // 001's statistics, by hand.
        auto stats = f.trades.statistics().value();
        const AssetStats *eth = statsOf(stats, "ETH");
        const AssetStats *algo = statsOf(stats, "ALGO");
        QVERIFY(eth && algo);
        QCOMPARE(eth->totalIn, wei(6, kE16));
        QCOMPARE(eth->unfilled, wei(1, kE16));
        QCOMPARE(eth->owedOut, wei(5, kE16));
        QCOMPARE(eth->profit, wei(0));
        QCOMPARE(algo->totalIn, wei(100000000));
        QCOMPARE(algo->unfilled, wei(0));
        QCOMPARE(algo->owedOut, wei(83333333));
        QCOMPARE(algo->profit, wei(16666667));

        // The ledger agrees: the spread is revenue, the books balance.
        auto revenue = f.ledger.account(ledger::revenueAccount(ledger::owner::TradingSpread, "ALGO")).value();
        QCOMPARE(revenue.balance(), wei(16666667));
        auto clearing = f.ledger.account(settlement::clearingAccount("ETH")).value();
        QCOMPARE(clearing.balance(), wei(0));
        auto report = ledger::LedgerChecker(*f.db, f.clock).check();
        QVERIFY(report.ok());
        QVERIFY(report->clean());
    }

    // /order_book's pages come from the service's in-memory history: after
    // each commit it holds exactly what the store holds, while a history
    // handed out before stays as it was.
    void orderHistoryFollowsEveryCommit()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        auto sameAsStore = [&f](const OrderHistory &history) {
            auto stored = f.trades.allOrders().value();
            std::reverse(stored.begin(), stored.end()); // newest first, as pages are
            return history.page(1000) == stored;
        };
        auto empty = f.trades.orderHistory();
        QVERIFY(empty.ok());
        QCOMPARE(empty.value()->size(), std::size_t(0));

        auto a = f.trades.place(aliceSellsAlgo());
        QVERIFY(a.ok());
        auto placed = f.trades.orderHistory().value();
        QCOMPARE(placed->size(), std::size_t(1));
        QCOMPARE(placed->page(1).front().status, OrderStatus::Open);
        QVERIFY(sameAsStore(*placed));

        // A fill changes the maker, adds the taker and its derived order.
        auto b = f.trades.place(bobSellsEth());
        QVERIFY(b.ok());
        auto filled = f.trades.orderHistory().value();
        QCOMPARE(filled->size(), std::size_t(3));
        QVERIFY(sameAsStore(*filled));
        QCOMPARE(filled->page(1, a->orderId + 1).front().status, OrderStatus::Filled);

        QVERIFY(f.trades.cancelBySender(b->restingId, kBob).ok());
        auto cancelled = f.trades.orderHistory().value();
        QVERIFY(sameAsStore(*cancelled));
        QCOMPARE(cancelled->page(1, b->restingId + 1).front().status, OrderStatus::Cancelled);

        // A refused order in a batch changes nothing.
        auto again = f.trades.placeAll({aliceSellsAlgo()});
        QVERIFY(again.ok());
        QCOMPARE(again.value().front().error().code, ErrorCode::Conflict);
        QCOMPARE(f.trades.orderHistory().value()->size(), std::size_t(3));

        // What readers held is unchanged.
        QCOMPARE(empty.value()->size(), std::size_t(0));
        QCOMPARE(placed->size(), std::size_t(1));
        QCOMPARE(placed->page(1).front().status, OrderStatus::Open);
        QCOMPARE(filled->page(1, b->restingId + 1).front().status, OrderStatus::Open);
    }

    void aTradeChangeFromElsewhereIsReadAgain()
    {
        // The API's service and another process's (exctl orders cancel, a
        // console) on one database; the other's commit reaches the first as
        // the change feed republishes it, on the notifier.
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        ChangeNotifier notifier;
        TradeService served{*f.db, f.ledger, f.clock, f.audit, &notifier};
        auto a = served.place(aliceSellsAlgo());
        QVERIFY(a.ok());
        QCOMPARE(served.orderHistory().value()->page(1).front().status, OrderStatus::Open);

        QVERIFY(f.trades.cancelBySender(a->orderId, kAlice).ok());
        notifier.publish(ChangeNotifier::Topic::Trade, QString());

        // The page shows the cancel, and the book no longer fills against it.
        QCOMPARE(served.orderHistory().value()->page(1).front().status, OrderStatus::Cancelled);
        auto b = served.place(bobSellsEth());
        QVERIFY(b.ok());
        QVERIFY(b->fills.empty());
        QCOMPARE(b->restingId, b->orderId);
    }

    void aDepositFundsOneOrderOnly()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        QVERIFY(f.trades.place(aliceSellsAlgo()).ok());
        auto again = f.trades.place(aliceSellsAlgo());
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, ErrorCode::Conflict);
        // Within one batch too.
        auto batch = f.trades.placeAll({bobSellsEth(), bobSellsEth()});
        QVERIFY(batch.ok());
        QVERIFY(batch.value()[0].ok());
        QCOMPARE(batch.value()[1].error().code, ErrorCode::Conflict);
        QCOMPARE(f.trades.allOrders().value().size(), std::size_t(3)); // alice, bob, bob's child
    }

    void cancelsAreTheSendersOrAnAuthorisedOperators()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        auto a = f.trades.place(aliceSellsAlgo());
        QVERIFY(a.ok());
        QCOMPARE(f.trades.cancelBySender(a->orderId, kBob).error().code, ErrorCode::Unauthorized);
        const auto viewer = security::Actor::fromOperator(7, "vera", security::Role::Viewer);
        QCOMPARE(f.trades.cancelByOperator(viewer, a->orderId).error().code, ErrorCode::Unauthorized);
        auto cancelled = f.trades.cancelBySender(a->orderId, kAlice);
        QVERIFY2(cancelled.ok(), cancelled.ok() ? "" : cancelled.error().message.c_str());
        QCOMPARE(cancelled->status, OrderStatus::Cancelled);
        QCOMPARE(f.trades.cancelBySender(a->orderId, kAlice).error().code, ErrorCode::WrongState);
        QVERIFY(f.trades.depth("ALGO", "ETH", 10).asks.empty());
        // The refund is owed; the hold is released; nothing is profit.
        auto stats = f.trades.statistics().value();
        const AssetStats *algo = statsOf(stats, "ALGO");
        QCOMPARE(algo->refunds, wei(100000000));
        QCOMPARE(algo->unfilled, wei(0));
        QCOMPARE(algo->profit, wei(0));
        auto customer = f.ledger.account(ledger::customerAccount(f.trades.order(a->orderId).value()->customerId, "ALGO"));
        QCOMPARE(customer->available(), wei(100000000));

        // An operator's cancel is audited.
        auto b = f.trades.place(bobSellsEth());
        QVERIFY(b.ok());
        const auto admin = security::Actor::fromOperator(1, "ada", security::Role::Admin);
        // otto signed in as an operator and has been made a viewer since: his
        // console's actor still says operator; the store decides.
        const auto otto = security::Actor::fromOperator(2, "otto", security::Role::Operator);
        addTestOperators(*f.db, {admin, security::Actor::fromOperator(2, "otto", security::Role::Viewer)});
        auto demoted = f.trades.cancelByOperator(otto, b->orderId);
        QCOMPARE(demoted.error().code, ErrorCode::Unauthorized);
        QCOMPARE(demoted.error().message, std::string("otto is now viewer and may not cancel_order"));
        QCOMPARE(f.trades.order(b->orderId).value()->status, OrderStatus::Open);
        QVERIFY(f.trades.cancelByOperator(admin, b->orderId).ok());
        auto entries = f.audit.list().value();
        QVERIFY(!entries.empty());
        QCOMPARE(entries.back().action, std::string("order.cancel"));
        QVERIFY(ledger::LedgerChecker(*f.db, f.clock).check()->clean());
    }

    void payoutsAreRecordedAsTheyArePaid()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        QVERIFY(f.trades.place(aliceSellsAlgo()).ok());
        QVERIFY(f.trades.place(bobSellsEth()).ok());
        std::int64_t toBob = 0;
        for (const Payout &p : f.trades.payouts(10).value()) {
            if (p.asset == "ETH")
                toBob = p.id;
        }
        QVERIFY(toBob);
        QCOMPARE(f.trades.recordPayoutConfirmed(toBob).error().code, ErrorCode::WrongState); // not broadcast yet
        QCOMPARE(f.trades.recordPayoutBroadcast(toBob, "not-a-txid").error().code, ErrorCode::InvalidInput);
        const std::string tx = "0x" + std::string(64, 'e');
        QVERIFY(f.trades.recordPayoutBroadcast(toBob, tx).ok());
        QCOMPARE(f.trades.recordPayoutBroadcast(toBob, tx).error().code, ErrorCode::WrongState);
        auto stats = f.trades.statistics().value();
        QCOMPARE(statsOf(stats, "ETH")->paidOut, wei(5, kE16));
        QCOMPARE(statsOf(stats, "ETH")->owedOut, wei(0));
        QCOMPARE(statsOf(stats, "ETH")->profit, wei(0)); // paying out changes no profit
        QVERIFY(f.trades.recordPayoutConfirmed(toBob).ok());
        for (const Payout &p : f.trades.payouts(10).value()) {
            if (p.id == toBob) {
                QCOMPARE(p.status, std::string("paid"));
                QCOMPARE(p.txId, tx);
            }
        }
    }

    void aRestartRebuildsTheSameBook()
    {
        Fixture f;
        REQUIRE_TEST_DATABASE(f.testDb);
        // A few dozen orders on both sides with fills, derived orders and cancels.
        for (int i = 0; i < 60; ++i) {
            const bool sellsAlgo = i % 2 == 0;
            const long long algo = 1000000LL * (10 + (i * 7) % 13);
            const long long eth = kE16 / 100 * (40 + (i * 11) % 23);
            NewOrder n = sellsAlgo ? NewOrder{kAlice, kBob, "ETH", "ALGO", wei(eth), wei(algo), "ALGOTX" + std::to_string(i), "s"}
                                   : NewOrder{kBob, kAlice, "ALGO", "ETH", wei(algo), wei(eth),
                                              "0x" + std::string(62, 'c') + (i < 10 ? "0" : "") + std::to_string(i), "s"};
            auto placed = f.trades.place(n);
            QVERIFY2(placed.ok(), placed.ok() ? "" : placed.error().message.c_str());
            if (i % 9 == 0 && placed->restingId)
                QVERIFY(f.trades.cancelBySender(placed->restingId, n.senderPk).ok());
        }
        const auto before = f.trades.restingOrders("ALGO", "ETH");
        QVERIFY(before.size() > 5);
        TradeService restarted(*f.db, f.ledger, f.clock, f.audit);
        QVERIFY(restarted.start().ok());
        QCOMPARE(restarted.restingOrders("ALGO", "ETH"), before);
        const auto depthBefore = f.trades.depth("ETH", "ALGO", 50);
        const auto depthAfter = restarted.depth("ETH", "ALGO", 50);
        QCOMPARE(depthAfter.asks, depthBefore.asks);
        QCOMPARE(depthAfter.bids, depthBefore.bids);
        QVERIFY(ledger::LedgerChecker(*f.db, f.clock).check()->clean());
        // Statistics: profit equals the spread revenue per asset.
        for (const AssetStats &s : f.trades.statistics().value()) {
            auto revenue = f.ledger.account(ledger::revenueAccount(ledger::owner::TradingSpread, s.asset)).value();
            QCOMPARE(s.profit, revenue.balance());
        }
    }
};

QTEST_GUILESS_MAIN(TestTradeService)
#include "tst_tradeservice.moc"
