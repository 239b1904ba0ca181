// Frozen means frozen, on this run's backend: a frozen (or closed)
// customer's withdrawal request is refused with a clear error and nothing is
// written (no row, no hold, no audit record); their withdrawal under review
// cannot be approved until they are unfrozen, and then can; an approved one
// is not sent to manual payout from warm either; their deposits
// are still credited. (Their queued payouts wait: tst_payoutservice.)

#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/customers/customerservice.h"
#include "core/deposits/depositservice.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/manualpayoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

// SEP-0023's account as the Stellar base (hot) account; a destination from
// the same document.
const std::string kBase = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const std::string kDestination = "GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37";

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

Actor approver(std::int64_t id, const char *name)
{
    Actor a = Actor::fromOperator(id, name, Role::Approver);
    a.secondFactor = true;
    return a;
}

} // namespace

class TestFrozenCustomer : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aFrozenCustomersRequestIsRefusedAndWritesNothing();
    void aClosedCustomersRequestIsRefused();
    void theirWithdrawalUnderReviewIsNotApprovedUntilUnfrozen();
    void theirApprovedWithdrawalIsNotSentToManualPayout();
    void theirDepositsAreStillCredited();

private:
    // Withdrawals, ledger transfers and audit records: what a refusal leaves.
    QString written();
    Amount available() { return m_ledger->account(ledger::customerAccount(m_ada, "XLM")).value().available(); }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<WithdrawalService> m_withdrawals;
    std::unique_ptr<customers::CustomerService> m_customers;
    std::int64_t m_ada = 0;
    Actor m_admin;
    Actor m_operator = Actor::fromOperator(3, "oscar", Role::Operator);
};

void TestFrozenCustomer::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_admin = testAdmin(*m_db, "tester");
    addTestOperators(*m_db, {approver(1, "olga"), m_operator});
    exchange::security::AuditedSettings settings(*m_db, m_clock);
    QVERIFY(settings.change(m_admin, "XLM", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "1000"},
                                             {AssetSetting::Limit72h, "2000"}, {AssetSetting::MinDeposit, "1"},
                                             {AssetSetting::MinCollection, "100"}})
                .ok());
    wallets::WalletRepository walletRows(m_db->connection(), m_db->dialect());
    QVERIFY(walletRows.add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kBase, {}, {}, false, {}, 0}, 1).ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_withdrawals = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_customers = std::make_unique<customers::CustomerService>(*m_db, m_clock, *m_audit);
    m_ada = m_customers->add(m_operator, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()).value().id;
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                         ledger::customerAccount(m_ada, "XLM"), xlm("5000")))
                .ok());
}

void TestFrozenCustomer::cleanup()
{
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok() && report.value().clean());
    }
    m_customers.reset();
    m_withdrawals.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

QString TestFrozenCustomer::written()
{
    QString text;
    for (const char *table : {"withdrawals", "ledger_transfers", "audit_log"}) {
        auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table));
        text += q.ok() && q.value().next() ? q.value().value(0).toString() + QLatin1Char(' ') : QStringLiteral("? ");
    }
    return text;
}

void TestFrozenCustomer::aFrozenCustomersRequestIsRefusedAndWritesNothing()
{
    QVERIFY(m_customers->freeze(m_operator, QStringLiteral("web:ada")).ok());
    const QString before = written();
    const Amount availableBefore = available();
    auto refused = m_withdrawals->request(m_admin, m_ada, "XLM", kDestination, xlm("10"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::WrongState);
    QCOMPARE(refused.error().id, MessageId::CustomerFrozenNoRequest);
    QCOMPARE(refused.error().message,
             std::string("customer web:ada is frozen: no withdrawal is requested for them until they are unfrozen"));
    QCOMPARE(written(), before);
    QCOMPARE(available(), availableBefore);

    // Unfrozen, the same request goes through.
    QVERIFY(m_customers->unfreeze(m_operator, QStringLiteral("web:ada")).ok());
    auto accepted = m_withdrawals->request(m_admin, m_ada, "XLM", kDestination, xlm("10"));
    QVERIFY2(accepted.ok(), accepted.ok() ? "" : accepted.error().message.c_str());
    QCOMPARE(available(), xlm("4989.99"));
}

void TestFrozenCustomer::aClosedCustomersRequestIsRefused()
{
    const qint64 grace = m_customers->add(m_operator, QStringLiteral("web:grace"), QStringLiteral("Grace"), QString()).value().id;
    QVERIFY(m_customers->close(m_operator, QStringLiteral("web:grace")).ok());
    const QString before = written();
    auto refused = m_withdrawals->request(m_admin, grace, "XLM", kDestination, xlm("10"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().id, MessageId::CustomerClosedNoRequest);
    QCOMPARE(written(), before);
}

void TestFrozenCustomer::theirWithdrawalUnderReviewIsNotApprovedUntilUnfrozen()
{
    // Over the 24h limit: it waits for an approver.
    auto requested = m_withdrawals->request(m_admin, m_ada, "XLM", kDestination, xlm("1500"));
    QVERIFY(requested.ok());
    QCOMPARE(requested.value().state, WithdrawalState::UnderReview);
    const std::int64_t id = requested.value().id;
    QVERIFY(m_customers->freeze(m_operator, QStringLiteral("web:ada")).ok());
    const QString before = written();
    auto refused = m_withdrawals->approve(approver(1, "olga"), id);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::WrongState);
    QCOMPARE(refused.error().id, MessageId::CustomerFrozenNoApproval);
    QCOMPARE(refused.error().args, (std::vector<std::string>{std::to_string(id), "web:ada"}));
    QCOMPARE(written(), before);
    QCOMPARE(m_withdrawals->find(id).value().state, WithdrawalState::UnderReview);
    QVERIFY(m_withdrawals->approvals(id).value().empty());

    QVERIFY(m_customers->unfreeze(m_operator, QStringLiteral("web:ada")).ok());
    auto approved = m_withdrawals->approve(approver(1, "olga"), id);
    QVERIFY2(approved.ok(), approved.ok() ? "" : approved.error().message.c_str());
    QVERIFY(approved.value().state != WithdrawalState::UnderReview);
}

// Approved before the freeze: paying it from warm by hand is a decision the
// freeze stops as much as paying it from hot.
void TestFrozenCustomer::theirApprovedWithdrawalIsNotSentToManualPayout()
{
    auto requested = m_withdrawals->request(m_admin, m_ada, "XLM", kDestination, xlm("1500"));
    QVERIFY(requested.ok());
    const std::int64_t id = requested.value().id;
    QVERIFY(m_withdrawals->approve(approver(1, "olga"), id).ok());
    QVERIFY(m_customers->freeze(m_operator, QStringLiteral("web:ada")).ok());
    wallets::WalletService walletService(*m_db, m_clock, *m_audit);
    ManualPayoutService manual(*m_db, m_clock, *m_ledger, *m_audit, walletService);
    const WithdrawalState stateBefore = m_withdrawals->find(id).value().state;
    const QString before = written();
    auto refused = manual.sendToManual(approver(1, "olga"), id, "by hand");
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().id, MessageId::CustomerFrozenNoApproval);
    QCOMPARE(written(), before);
    QCOMPARE(m_withdrawals->find(id).value().state, stateBefore);
}

void TestFrozenCustomer::theirDepositsAreStillCredited()
{
    QVERIFY(m_customers->freeze(m_operator, QStringLiteral("web:ada")).ok());
    deposits::DepositService deposits(*m_db, m_clock, *m_ledger, *m_audit);
    const deposits::ObservedPayment payment{Chain::Stellar, "tx-frozen", 0, "XLM", kBase, "GSENDER", xlm("250.5"),
                                            std::to_string(m_ada), true, 100};
    auto report = deposits.ingest({payment}, std::nullopt);
    QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
    QCOMPARE(report.value().credited, 1);
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "XLM")).value().balance(), xlm("5250.5"));
}

QTEST_GUILESS_MAIN(TestFrozenCustomer)
#include "tst_frozencustomer.moc"
