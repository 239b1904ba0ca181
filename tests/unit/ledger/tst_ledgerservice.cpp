// The durable ledger on this run's backend: idempotency, linked failure
// leaving nothing behind, holds posted or voided once, overdraw refused,
// statements, the check catching corruption, and concurrent writers that
// never overdraw.

#include "core/base/manualclock.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerqueries.h"
#include "core/ledger/ledgerservice.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "testdatabase.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace exchange;
using namespace exchange::ledger;

namespace {

Amount xlm(long long stroops)
{
    return Amount::fromBaseUnits(stroops);
}

int countRows(Database &db, const char *table)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toInt();
}

TransferRequest deposit(std::string id, std::int64_t customer, long long amount)
{
    return TransferRequest::posted(std::move(id), TransferCode::Deposit, walletAccount(owner::DepositWallet, "XLM"),
                                   customerAccount(customer, "XLM"), xlm(amount), "dep");
}

} // namespace

class TestLedgerService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void sameIdSameFieldsReturnsTheOriginal();
    void sameIdOtherFieldsIsRefused();
    void linkedFailureLeavesNothingBehind();
    void holdsArePostedOrVoidedOnce();
    void overdrawIsRefusedAndChangesNothing();
    void unknownAssetIsRefused();
    void submitEachRefusesOnlyTheBadOnes();
    void adjustmentsNeedAReason();
    void whatTheCallerAddsCommitsWithTheTransfers();
    void statementHasARunningBalanceAndPages();
    void positionsShowLiabilitiesAgainstHoldings();
    void journalIsAppendOnly();
    void checkIsCleanAfterAScenario();
    void checkCatchesACorruptedBalance();
    void concurrentWritersNeverOverdraw();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<LedgerService> m_ledger;
};

void TestLedgerService::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_ledger = std::make_unique<LedgerService>(*m_db, m_clock);
}

void TestLedgerService::cleanup()
{
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestLedgerService::sameIdSameFieldsReturnsTheOriginal()
{
    auto first = m_ledger->submit(deposit("dep:1", 1, 500));
    QVERIFY(first.ok());
    m_clock.advance(1000);
    auto again = m_ledger->submit(deposit("dep:1", 1, 500));
    QVERIFY(again.ok());
    QCOMPARE(again.value().timestampMs, first.value().timestampMs); // the original, not a new one
    QCOMPARE(again.value().seq, first.value().seq == 0 ? again.value().seq : first.value().seq);
    QCOMPARE(m_ledger->account(customerAccount(1, "XLM")).value().balance(), xlm(500));
    QCOMPARE(countRows(*m_db, "ledger_transfers"), 1);
}

void TestLedgerService::sameIdOtherFieldsIsRefused()
{
    QVERIFY(m_ledger->submit(deposit("dep:1", 1, 500)).ok());
    auto other = m_ledger->submit(deposit("dep:1", 1, 501));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().code, ErrorCode::Conflict);
    QVERIFY(other.error().message.find("different fields") != std::string::npos);
    auto otherCustomer = m_ledger->submit(deposit("dep:1", 2, 500));
    QCOMPARE(otherCustomer.error().code, ErrorCode::Conflict);
    QCOMPARE(m_ledger->account(customerAccount(1, "XLM")).value().balance(), xlm(500));
}

void TestLedgerService::linkedFailureLeavesNothingBehind()
{
    QVERIFY(m_ledger->submit(deposit("dep:1", 1, 100)).ok());
    QVERIFY(m_ledger->submit(TransferRequest::posted("col:1", TransferCode::Collection, walletAccount(owner::HotWallet, "XLM"),
                                                     walletAccount(owner::DepositWallet, "XLM"), xlm(100))).ok());
    const int transfersBefore = countRows(*m_db, "ledger_transfers");
    const int accountsBefore = countRows(*m_db, "ledger_accounts");
    // withdrawal 90 + fee 20 from a balance of 100; the fee account is new.
    auto r = m_ledger->submitLinked({
        TransferRequest::pending("w:1", TransferCode::Withdrawal, customerAccount(1, "XLM"),
                                 walletAccount(owner::HotWallet, "XLM"), xlm(90)),
        TransferRequest::pending("w:1:fee", TransferCode::WithdrawalFee, customerAccount(1, "XLM"),
                                 revenueAccount(owner::WithdrawalFees, "XLM"), xlm(20)),
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InsufficientFunds);
    QCOMPARE(countRows(*m_db, "ledger_transfers"), transfersBefore);
    QCOMPARE(countRows(*m_db, "ledger_accounts"), accountsBefore); // new accounts rolled back too
    QCOMPARE(m_ledger->account(customerAccount(1, "XLM")).value().available(), xlm(100));
    // The same ids can be used once the group fits.
    auto ok = m_ledger->submitLinked({
        TransferRequest::pending("w:1", TransferCode::Withdrawal, customerAccount(1, "XLM"),
                                 walletAccount(owner::HotWallet, "XLM"), xlm(80)),
        TransferRequest::pending("w:1:fee", TransferCode::WithdrawalFee, customerAccount(1, "XLM"),
                                 revenueAccount(owner::WithdrawalFees, "XLM"), xlm(20)),
    });
    QVERIFY2(ok.ok(), ok.ok() ? "" : ok.error().message.c_str());
    QCOMPARE(m_ledger->account(customerAccount(1, "XLM")).value().available(), xlm(0));
}

void TestLedgerService::holdsArePostedOrVoidedOnce()
{
    QVERIFY(m_ledger->submit(deposit("dep:1", 1, 100)).ok());
    QVERIFY(m_ledger->submit(TransferRequest::posted("col:1", TransferCode::Collection, walletAccount(owner::HotWallet, "XLM"),
                                                     walletAccount(owner::DepositWallet, "XLM"), xlm(0)))
                .error().code == ErrorCode::InvalidInput);
    QVERIFY(m_ledger->submit(TransferRequest::pending("h:1", TransferCode::Adjustment, customerAccount(1, "XLM"),
                                                      equityAccount(owner::Adjustments, "XLM"), xlm(60))).ok());
    QCOMPARE(m_ledger->account(customerAccount(1, "XLM")).value().reserved(), xlm(60));
    auto posted = m_ledger->submit(TransferRequest::post("h:1:post", "h:1", xlm(40)));
    QVERIFY(posted.ok());
    QCOMPARE(posted.value().amount, xlm(40));
    // Retrying the very same post is idempotent; another post or a void is refused.
    QVERIFY(m_ledger->submit(TransferRequest::post("h:1:post", "h:1", xlm(40))).ok());
    QCOMPARE(m_ledger->submit(TransferRequest::post("h:1:post2", "h:1")).error().code, ErrorCode::WrongState);
    QCOMPARE(m_ledger->submit(TransferRequest::voidHold("h:1:void", "h:1")).error().code, ErrorCode::WrongState);
    QCOMPARE(m_ledger->submit(TransferRequest::voidHold("x:void", "no-such-hold")).error().code, ErrorCode::NotFound);
    const Account customer = m_ledger->account(customerAccount(1, "XLM")).value();
    QCOMPARE(customer.balance(), xlm(60));
    QCOMPARE(customer.reserved(), xlm(0));
    // A void gives everything back.
    QVERIFY(m_ledger->submit(TransferRequest::pending("h:2", TransferCode::Adjustment, customerAccount(1, "XLM"),
                                                      equityAccount(owner::Adjustments, "XLM"), xlm(60))).ok());
    QVERIFY(m_ledger->submit(TransferRequest::voidHold("h:2:void", "h:2")).ok());
    QCOMPARE(m_ledger->account(customerAccount(1, "XLM")).value().available(), xlm(60));
}

void TestLedgerService::overdrawIsRefusedAndChangesNothing()
{
    QVERIFY(m_ledger->submit(deposit("dep:1", 1, 100)).ok());
    auto r = m_ledger->submit(TransferRequest::posted("w", TransferCode::Withdrawal, customerAccount(1, "XLM"),
                                                      equityAccount(owner::Adjustments, "XLM"), xlm(101)));
    QCOMPARE(r.error().code, ErrorCode::InsufficientFunds);
    QCOMPARE(m_ledger->account(customerAccount(1, "XLM")).value().balance(), xlm(100));
    QCOMPARE(countRows(*m_db, "ledger_transfers"), 1);
}

void TestLedgerService::unknownAssetIsRefused()
{
    auto r = m_ledger->submit(TransferRequest::posted("d", TransferCode::Deposit, walletAccount(owner::DepositWallet, "DOGE"),
                                                      customerAccount(1, "DOGE"), xlm(1)));
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    auto mixed = m_ledger->submit(TransferRequest::posted("d", TransferCode::Deposit, walletAccount(owner::DepositWallet, "ETH"),
                                                          customerAccount(1, "XLM"), xlm(1)));
    QCOMPARE(mixed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(countRows(*m_db, "ledger_accounts"), 0);
}

void TestLedgerService::submitEachRefusesOnlyTheBadOnes()
{
    auto results = m_ledger->submitEach({deposit("a", 1, 10), deposit("b", 1, 0), deposit("c", 2, 30), deposit("a", 1, 11)});
    QVERIFY(results.ok());
    QCOMPARE(results.value().size(), size_t(4));
    QVERIFY(results.value()[0].ok());
    QVERIFY(!results.value()[1].ok());
    QVERIFY(results.value()[2].ok());
    QCOMPARE(results.value()[3].error().code, ErrorCode::Conflict);
    QCOMPARE(countRows(*m_db, "ledger_transfers"), 2);
}

void TestLedgerService::adjustmentsNeedAReason()
{
    // The bookkeeping of an adjustment; who may make one, and its audit
    // record, are security::AuditedLedger's (tst_auditedchanges).
    auto adjust = [&](Amount amount, const std::string &reason, const std::string &id) -> Result<Transfer> {
        auto request = LedgerService::adjustment(1, "XLM", amount, reason, id);
        if (!request)
            return request.error();
        return m_ledger->submit(request.value());
    };
    QCOMPARE(adjust(xlm(5), "   ", "adj:1").error().code, ErrorCode::InvalidInput);
    QCOMPARE(adjust(xlm(0), "nothing", "adj:1").error().code, ErrorCode::InvalidInput);
    QVERIFY(adjust(xlm(5), "goodwill for ticket 42", "adj:1").ok());
    QCOMPARE(m_ledger->account(customerAccount(1, "XLM")).value().balance(), xlm(5));
    QCOMPARE(adjust(xlm(-6), "reverse", "adj:2").error().code, ErrorCode::InsufficientFunds);
    auto down = adjust(xlm(-5), "reverse", "adj:3");
    QVERIFY(down.ok());
    QCOMPARE(down.value().memo, std::string("reverse"));
    QCOMPARE(m_ledger->account(customerAccount(1, "XLM")).value().balance(), xlm(0));
}

void TestLedgerService::whatTheCallerAddsCommitsWithTheTransfers()
{
    // The hook an acting service writes its audit record in: inside the
    // transaction, given only what is newly written.
    int calls = 0;
    std::vector<std::string> seen;
    const auto failing = [&](UnitOfWork &, const std::vector<Transfer> &) -> Result<void> {
        ++calls;
        return Error{ErrorCode::Internal, "the record could not be written"};
    };
    auto refused = m_ledger->submitLinked({deposit("dep:1", 1, 500), deposit("dep:2", 1, 7)}, failing);
    QCOMPARE(refused.error().message, std::string("the record could not be written"));
    QCOMPARE(calls, 1);
    QCOMPARE(countRows(*m_db, "ledger_transfers"), 0);
    QVERIFY(m_ledger->account(customerAccount(1, "XLM")).value().balance().isZero());

    const auto recording = [&](UnitOfWork &, const std::vector<Transfer> &written) -> Result<void> {
        ++calls;
        for (const Transfer &t : written)
            seen.push_back(t.id);
        return {};
    };
    QVERIFY(m_ledger->submitLinked({deposit("dep:1", 1, 500), deposit("dep:2", 1, 7)}, recording).ok());
    QCOMPARE(calls, 2);
    QCOMPARE(seen, (std::vector<std::string>{"dep:1", "dep:2"}));
    QCOMPARE(m_ledger->account(customerAccount(1, "XLM")).value().balance(), xlm(507));
    // A replay writes nothing new, so there is nothing to record; a new id
    // beside a replayed one is the only one given.
    QVERIFY(m_ledger->submitLinked({deposit("dep:1", 1, 500)}, recording).ok());
    QCOMPARE(calls, 2);
    QVERIFY(m_ledger->submitLinked({deposit("dep:1", 1, 500), deposit("dep:3", 1, 1)}, recording).ok());
    QCOMPARE(calls, 3);
    QCOMPARE(seen, (std::vector<std::string>{"dep:1", "dep:2", "dep:3"}));
    QCOMPARE(countRows(*m_db, "ledger_transfers"), 3);
}

void TestLedgerService::statementHasARunningBalanceAndPages()
{
    for (int i = 1; i <= 5; ++i)
        QVERIFY(m_ledger->submit(deposit("dep:" + std::to_string(i), 1, i * 100)).ok()); // 100..500, sum 1500
    QVERIFY(m_ledger->submit(TransferRequest::pending("h", TransferCode::Withdrawal, customerAccount(1, "XLM"),
                                                      equityAccount(owner::Adjustments, "XLM"), xlm(250))).ok());
    QVERIFY(m_ledger->submit(TransferRequest::post("h:post", "h")).ok());
    LedgerQueries queries(*m_db);
    auto all = queries.statement(1, "XLM", 0, 100);
    QVERIFY(all.ok());
    QCOMPARE(all.value().totalLines, 7);
    QCOMPARE(all.value().lines.size(), size_t(7));
    QCOMPARE(all.value().lines[4].balanceAfter, xlm(1500));
    QCOMPARE(all.value().lines[5].pendingChange, xlm(-250));
    QCOMPARE(all.value().lines[5].balanceAfter, xlm(1500));
    QCOMPARE(all.value().lines[6].change, xlm(-250));
    QCOMPARE(all.value().lines[6].balanceAfter, xlm(1250));
    QCOMPARE(all.value().lines[0].counterparty, walletAccount(owner::DepositWallet, "XLM"));
    // A later page starts from the balance of everything before it.
    auto page = queries.statement(1, "XLM", 3, 2);
    QVERIFY(page.ok());
    QCOMPARE(page.value().lines.size(), size_t(2));
    QCOMPARE(page.value().lines[0].balanceAfter, xlm(1000)); // 100+200+300+400
    QCOMPARE(page.value().lines[1].balanceAfter, xlm(1500));
    QCOMPARE(queries.statement(1, "XLM", 0, 0).error().code, ErrorCode::InvalidInput);
    QCOMPARE(queries.statement(99, "XLM", 0, 10).value().totalLines, 0);
}

void TestLedgerService::positionsShowLiabilitiesAgainstHoldings()
{
    QVERIFY(m_ledger->submit(deposit("dep:1", 1, 1000)).ok());
    QVERIFY(m_ledger->submit(deposit("dep:2", 2, 500)).ok());
    QVERIFY(m_ledger->submit(TransferRequest::posted("fee", TransferCode::WithdrawalFee, customerAccount(2, "XLM"),
                                                     revenueAccount(owner::WithdrawalFees, "XLM"), xlm(10))).ok());
    auto positions = LedgerQueries(*m_db).positions();
    QVERIFY(positions.ok());
    QCOMPARE(positions.value().size(), size_t(1));
    const AssetPosition &p = positions.value().front();
    QCOMPARE(p.asset, std::string("XLM"));
    QCOMPARE(p.liabilities, xlm(1490));
    QCOMPARE(p.holdings, xlm(1500));
    QCOMPARE(p.revenue, xlm(10));
    QCOMPARE(p.surplus(), xlm(10));
    auto trial = LedgerQueries(*m_db).trialBalance();
    QCOMPARE(trial.value().front().debits, trial.value().front().credits);
}

void TestLedgerService::journalIsAppendOnly()
{
    QVERIFY(m_ledger->submit(deposit("dep:1", 1, 1000)).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed")));
    QVERIFY(!sql::run(m_db->connection(), QStringLiteral("UPDATE ledger_transfers SET memo = 'edited'")).ok());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SQL failed")));
    QVERIFY(!sql::run(m_db->connection(), QStringLiteral("DELETE FROM ledger_transfers")).ok());
    QCOMPARE(countRows(*m_db, "ledger_transfers"), 1);
}

void TestLedgerService::checkIsCleanAfterAScenario()
{
    QVERIFY(m_ledger->submit(deposit("dep:1", 1, 1000)).ok());
    QVERIFY(m_ledger->submit(TransferRequest::posted("col:1", TransferCode::Collection, walletAccount(owner::HotWallet, "XLM"),
                                                     walletAccount(owner::DepositWallet, "XLM"), xlm(1000))).ok());
    QVERIFY(m_ledger->submit(TransferRequest::pending("w", TransferCode::Withdrawal, customerAccount(1, "XLM"),
                                                      walletAccount(owner::HotWallet, "XLM"), xlm(300))).ok());
    QVERIFY(m_ledger->submit(TransferRequest::pending("w2", TransferCode::Withdrawal, customerAccount(1, "XLM"),
                                                      walletAccount(owner::HotWallet, "XLM"), xlm(100))).ok());
    QVERIFY(m_ledger->submit(TransferRequest::post("w:post", "w", xlm(250))).ok());
    QVERIFY(m_ledger->submit(TransferRequest::voidHold("w2:void", "w2")).ok());
    auto report = LedgerChecker(*m_db, m_clock).check();
    QVERIFY(report.ok());
    QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    QCOMPARE(report.value().transfers, std::int64_t(6));
    auto last = LedgerChecker(*m_db, m_clock).lastReport();
    QVERIFY(last.ok() && last.value());
    QVERIFY(last.value()->clean());
    QCOMPARE(last.value()->checkedAtMs, m_clock.nowMs());
}

void TestLedgerService::checkCatchesACorruptedBalance()
{
    QVERIFY(m_ledger->submit(deposit("dep:1", 1, 1000)).ok());
    QVERIFY(m_ledger->submit(deposit("dep:2", 2, 7)).ok());
    // Behind the ledger's back: customer 1 is given one stroop more.
    const QVariant tampered = m_db->dialect().amountToSql(xlm(1001));
    QVERIFY(sql::run(m_db->connection(),
                     QStringLiteral("UPDATE ledger_accounts SET credits_posted = ? WHERE kind = 'customer' AND owner = '1'"),
                     {tampered}).ok());
    auto report = LedgerChecker(*m_db, m_clock).check();
    QVERIFY(report.ok());
    QVERIFY(!report.value().clean());
    bool namesAccount = false, namesAsset = false;
    for (const std::string &d : report.value().discrepancies) {
        namesAccount |= d.find("customer:1:XLM") != std::string::npos && d.find("credits_posted") != std::string::npos;
        namesAsset |= d.find("asset XLM") != std::string::npos;
    }
    QVERIFY(namesAccount);
    QVERIFY(namesAsset);
    QCOMPARE(report.value().discrepancies.size(), size_t(2));
}

void TestLedgerService::concurrentWritersNeverOverdraw()
{
    // 4 writers, each on its own connection, try 25 withdrawals of 10 from
    // a balance of 600: exactly 60 may succeed.
    QVERIFY(m_ledger->submit(deposit("dep:1", 1, 600)).ok());
    constexpr int kWriters = 4, kEach = 25;
    std::atomic<int> succeeded{0}, refused{0}, failed{0};
    std::vector<QThread *> threads;
    for (int w = 0; w < kWriters; ++w) {
        threads.push_back(QThread::create([&, w] {
            LedgerService ledger(*m_db, m_clock);
            for (int i = 0; i < kEach; ++i) {
                auto r = ledger.submit(TransferRequest::posted("w:" + std::to_string(w) + ":" + std::to_string(i),
                                                               TransferCode::Withdrawal, customerAccount(1, "XLM"),
                                                               equityAccount(owner::Adjustments, "XLM"), xlm(10)));
                if (r.ok())
                    ++succeeded;
                else if (r.error().code == ErrorCode::InsufficientFunds)
                    ++refused;
                else
                    ++failed;
            }
            m_db->releaseThreadConnection();
        }));
    }
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    QCOMPARE(failed.load(), 0);
    QCOMPARE(succeeded.load(), 60);
    QCOMPARE(refused.load(), kWriters * kEach - 60);
    const Account customer = m_ledger->account(customerAccount(1, "XLM")).value();
    QCOMPARE(customer.balance(), xlm(0));
    QCOMPARE(countRows(*m_db, "ledger_transfers"), 61);
    QVERIFY(LedgerChecker(*m_db, m_clock).check().value().clean());
}

QTEST_GUILESS_MAIN(TestLedgerService)
#include "tst_ledgerservice.moc"
