// LedgerEngine in memory: double entry, limits, holds that can be posted or
// voided exactly once, and linked groups that leave nothing behind.

#include "core/ledger/ledgerengine.h"

#include <QTest>

using namespace exchange;
using namespace exchange::ledger;

namespace {

constexpr std::int64_t kCustomer = 1, kDeposit = 2, kHot = 3, kFees = 4, kOtherAsset = 5;

Amount units(long long n)
{
    return Amount::fromBaseUnits(n);
}

LedgerEngine makeEngine()
{
    LedgerEngine e;
    Account customer{kCustomer, customerAccount(7, "XLM"), defaultFlags(AccountKind::Customer), {}, {}, {}, {}};
    Account deposit{kDeposit, walletAccount(owner::DepositWallet, "XLM"), NoFlags, {}, {}, {}, {}}; // unflagged: may go "negative"
    Account hot{kHot, walletAccount(owner::HotWallet, "XLM"), defaultFlags(AccountKind::Wallet), {}, {}, {}, {}};
    Account fees{kFees, revenueAccount(owner::WithdrawalFees, "XLM"), NoFlags, {}, {}, {}, {}};
    Account eth{kOtherAsset, customerAccount(7, "ETH"), defaultFlags(AccountKind::Customer), {}, {}, {}, {}};
    for (Account a : {customer, deposit, hot, fees, eth})
        e.putAccount(a);
    return e;
}

Transfer posted(std::string id, std::int64_t debit, std::int64_t credit, long long amount)
{
    Transfer t;
    t.id = std::move(id);
    t.kind = TransferKind::Posted;
    t.code = TransferCode::Deposit;
    t.debitAccountId = debit;
    t.creditAccountId = credit;
    t.amount = units(amount);
    return t;
}

Transfer pending(std::string id, std::int64_t debit, std::int64_t credit, long long amount)
{
    Transfer t = posted(std::move(id), debit, credit, amount);
    t.kind = TransferKind::Pending;
    t.code = TransferCode::Withdrawal;
    return t;
}

Transfer resolve(std::string id, TransferKind kind, std::string pendingId, long long amount = 0)
{
    Transfer t;
    t.id = std::move(id);
    t.kind = kind;
    t.pendingId = std::move(pendingId);
    t.amount = units(amount);
    return t;
}

} // namespace

class TestLedgerEngine : public QObject
{
    Q_OBJECT
private slots:
    void postedTransferDebitsOneAndCreditsTheOther()
    {
        LedgerEngine e = makeEngine();
        auto r = e.apply(posted("d1", kDeposit, kCustomer, 100));
        QVERIFY(r.ok());
        QCOMPARE(r.value().asset, std::string("XLM"));
        QCOMPARE(e.account(kDeposit)->debitsPosted, units(100));
        QCOMPARE(e.account(kCustomer)->creditsPosted, units(100));
        QCOMPARE(e.account(kCustomer)->balance(), units(100));
        QCOMPARE(e.account(kCustomer)->available(), units(100));
        QCOMPARE(e.account(kDeposit)->balance(), units(100)); // debit-normal wallet
    }
    void overdrawIsRefusedAndChangesNothing()
    {
        LedgerEngine e = makeEngine();
        QVERIFY(e.apply(posted("d1", kDeposit, kCustomer, 100)).ok());
        const Account before = *e.account(kCustomer);
        auto r = e.apply(posted("w1", kCustomer, kHot, 101));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InsufficientFunds);
        QVERIFY(e.account(kCustomer)->sameBalances(before));
        QVERIFY(e.apply(posted("w2", kCustomer, kFees, 100)).ok()); // exactly all of it is fine
        QCOMPARE(e.account(kCustomer)->available(), units(0));
    }
    void walletCannotPayOutMoreThanItHolds()
    {
        LedgerEngine e = makeEngine();
        QVERIFY(e.apply(posted("d1", kDeposit, kCustomer, 100)).ok());
        auto r = e.apply(posted("c1", kCustomer, kHot, 10)); // credit to hot: hot has no debits yet
        QCOMPARE(r.error().code, ErrorCode::InsufficientFunds);
        QVERIFY(r.error().message.find("wallet:hot:XLM") != std::string::npos);
    }
    void holdsReserveAndCannotBeSpentTwice()
    {
        LedgerEngine e = makeEngine();
        QVERIFY(e.apply(posted("d1", kDeposit, kCustomer, 100)).ok());
        QVERIFY(e.apply(pending("h1", kCustomer, kFees, 70)).ok());
        QCOMPARE(e.account(kCustomer)->available(), units(30));
        QCOMPARE(e.account(kCustomer)->reserved(), units(70));
        QCOMPARE(e.account(kCustomer)->balance(), units(100));
        QCOMPARE(e.apply(pending("h2", kCustomer, kFees, 31)).error().code, ErrorCode::InsufficientFunds);
        QCOMPARE(e.apply(posted("p", kCustomer, kFees, 31)).error().code, ErrorCode::InsufficientFunds);
        QVERIFY(e.apply(pending("h3", kCustomer, kFees, 30)).ok());
    }
    void postInPartReleasesTheRest()
    {
        LedgerEngine e = makeEngine();
        QVERIFY(e.apply(posted("d1", kDeposit, kCustomer, 100)).ok());
        QVERIFY(e.apply(pending("h1", kCustomer, kFees, 70)).ok());
        auto r = e.apply(resolve("p1", TransferKind::PostPending, "h1", 50));
        QVERIFY(r.ok());
        QCOMPARE(r.value().debitAccountId, kCustomer); // completed from the hold
        QCOMPARE(r.value().code, TransferCode::Withdrawal);
        QCOMPARE(e.account(kCustomer)->reserved(), units(0));
        QCOMPARE(e.account(kCustomer)->balance(), units(50));
        QCOMPARE(e.account(kFees)->creditsPosted, units(50));
        QCOMPARE(e.account(kFees)->creditsPending, units(0));
    }
    void postWithoutAmountPostsAll()
    {
        LedgerEngine e = makeEngine();
        QVERIFY(e.apply(posted("d1", kDeposit, kCustomer, 100)).ok());
        QVERIFY(e.apply(pending("h1", kCustomer, kFees, 70)).ok());
        QCOMPARE(e.apply(resolve("p1", TransferKind::PostPending, "h1")).value().amount, units(70));
        QCOMPARE(e.account(kCustomer)->balance(), units(30));
    }
    void holdsResolveExactlyOnce()
    {
        LedgerEngine e = makeEngine();
        QVERIFY(e.apply(posted("d1", kDeposit, kCustomer, 100)).ok());
        QVERIFY(e.apply(pending("h1", kCustomer, kFees, 70)).ok());
        QVERIFY(e.apply(resolve("v1", TransferKind::VoidPending, "h1")).ok());
        QCOMPARE(e.account(kCustomer)->available(), units(100));
        QCOMPARE(e.apply(resolve("v2", TransferKind::VoidPending, "h1")).error().code, ErrorCode::WrongState);
        QCOMPARE(e.apply(resolve("p1", TransferKind::PostPending, "h1")).error().code, ErrorCode::WrongState);
        QCOMPARE(e.apply(resolve("p2", TransferKind::PostPending, "nope")).error().code, ErrorCode::NotFound);
        QCOMPARE(e.account(kCustomer)->balance(), units(100));
    }
    void postMoreThanHeldIsRefused()
    {
        LedgerEngine e = makeEngine();
        QVERIFY(e.apply(posted("d1", kDeposit, kCustomer, 100)).ok());
        QVERIFY(e.apply(pending("h1", kCustomer, kFees, 70)).ok());
        QCOMPARE(e.apply(resolve("p1", TransferKind::PostPending, "h1", 71)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(e.account(kCustomer)->reserved(), units(70));
    }
    void badTransfersAreRefused()
    {
        LedgerEngine e = makeEngine();
        QCOMPARE(e.apply(posted("z", kDeposit, kCustomer, 0)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(e.apply(posted("n", kDeposit, kCustomer, -5)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(e.apply(posted("s", kDeposit, kDeposit, 5)).error().code, ErrorCode::InvalidInput);
        QCOMPARE(e.apply(posted("u", kDeposit, 99, 5)).error().code, ErrorCode::NotFound);
        QCOMPARE(e.apply(posted("", kDeposit, kCustomer, 5)).error().code, ErrorCode::InvalidInput);
        auto mixed = e.apply(posted("x", kDeposit, kOtherAsset, 5));
        QCOMPARE(mixed.error().code, ErrorCode::InvalidInput);
        QVERIFY(mixed.error().message.find("different assets") != std::string::npos);
        QCOMPARE(e.account(kDeposit)->debitsPosted, units(0));
    }
    void linkedGroupIsAllOrNothing()
    {
        LedgerEngine e = makeEngine();
        QVERIFY(e.apply(posted("d1", kDeposit, kCustomer, 100)).ok());
        QVERIFY(e.apply(posted("c1", kHot, kDeposit, 100)).ok()); // collected into hot
        // withdrawal 90 + fee 20 = 110 > 100: the second leg fails, the first is undone
        auto r = e.applyLinked({pending("w", kCustomer, kHot, 90), pending("f", kCustomer, kFees, 20)});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InsufficientFunds);
        QCOMPARE(e.account(kCustomer)->available(), units(100));
        QCOMPARE(e.account(kHot)->creditsPending, units(0));
        QVERIFY(!e.pending("w"));
        QVERIFY(e.applyLinked({pending("w", kCustomer, kHot, 80), pending("f", kCustomer, kFees, 20)}).ok());
        QCOMPARE(e.account(kCustomer)->available(), units(0));
        // A linked group that posts one hold and fails after restores the hold.
        auto r2 = e.applyLinked({resolve("pw", TransferKind::PostPending, "w"), posted("bad", kCustomer, kFees, 1)});
        QVERIFY(!r2.ok());
        QVERIFY(!e.pending("w")->resolved);
        QCOMPARE(e.account(kCustomer)->reserved(), units(100));
    }
    void replayIgnoresLimits()
    {
        LedgerEngine e(LedgerEngine::Limits::Ignore);
        e.putAccount(Account{1, customerAccount(1, "XLM"), defaultFlags(AccountKind::Customer), {}, {}, {}, {}});
        e.putAccount(Account{2, walletAccount(owner::HotWallet, "XLM"), defaultFlags(AccountKind::Wallet), {}, {}, {}, {}});
        QVERIFY(e.apply(posted("x", 1, 2, 5)).ok());
        QCOMPARE(e.account(1)->debitsPosted, units(5));
    }
};

QTEST_APPLESS_MAIN(TestLedgerEngine)
#include "tst_ledgerengine.moc"
