// Withdrawal requests and review on this run's backend: the limits decide
// the first state, the ledger holds amount and fee (or refuses, leaving
// nothing behind), four eyes above the asset's threshold, nobody approves
// their own request, reject and cancel give the funds back, wrong states
// are refused, every step is audited, and the books stay balanced. A
// decision is checked against the operator's role and state as stored at
// that moment, not as they were when the operator signed in.

#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/operatorservice.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

// SEP-0023's example account, and EIP-55's example in lower case.
const std::string kStellar = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const std::string kEthLower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

Actor approver(std::int64_t id, const char *name)
{
    Actor a = Actor::fromOperator(id, name, Role::Approver);
    a.secondFactor = true; // the console's operator session asked for the TOTP code
    return a;
}

} // namespace

class TestWithdrawalService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void withinLimitsIsProcessingAndHeld();
    void overThe24hLimitIsReviewed();
    void insufficientBalanceWritesNothing();
    void aShortHotWalletIsNoReasonToRefuse();
    void invalidRequestsAreRefused();
    void nobodyApprovesTheirOwnRequest();
    void fourEyesAboveTheThreshold();
    void rejectVoidsTheHolds();
    void cancelVoidsTheHolds();
    void listFilters();
    void aDemotedOrDisabledApproverIsRefusedAtOnce();
    void theCommandLineAloneDecidesNothing();

private:
    Amount available(std::int64_t customer);
    std::int64_t count(const char *table);
    WithdrawalRecord reviewed(const Actor &requester, const char *amount);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<WithdrawalService> m_service;
    std::int64_t m_ada = 0;
    Actor m_admin; // an admin operator row (testAdmin), made with the database
};

void TestWithdrawalService::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_admin = testAdmin(*m_db, "tester");
    m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    exchange::security::AuditedSettings settings(*m_db, m_clock);
    QVERIFY(settings.change(m_admin, "XLM", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "1000"},
                                             {AssetSetting::Limit72h, "2000"}})
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_service = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    addTestOperators(*m_db, {approver(1, "olga"), approver(2, "pete"), Actor::fromOperator(3, "oscar", Role::Operator),
                             approver(4, "rita")});
    // Ada deposited 5000 XLM into the Stellar base (hot) account: the
    // withdrawal holds go towards hot, which holds them.
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                         ledger::customerAccount(m_ada, "XLM"), xlm("5000")))
                .ok());
}

void TestWithdrawalService::cleanup()
{
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_service.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

Amount TestWithdrawalService::available(std::int64_t customer)
{
    return m_ledger->account(ledger::customerAccount(customer, "XLM")).value().available();
}

std::int64_t TestWithdrawalService::count(const char *table)
{
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

WithdrawalRecord TestWithdrawalService::reviewed(const Actor &requester, const char *amount)
{
    auto r = m_service->request(requester, m_ada, "XLM", kStellar, xlm(amount));
    if (!r)
        qWarning("%s", r.error().message.c_str());
    return r.value();
}

void TestWithdrawalService::withinLimitsIsProcessingAndHeld()
{
    auto r = m_service->request(m_admin, m_ada, "XLM", kStellar, xlm("600"));
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(r.value().state, WithdrawalState::Processing);
    QVERIFY(r.value().reviewReason.empty());
    QCOMPARE(r.value().fee, xlm("0.01"));
    QCOMPARE(r.value().requestedBy, std::string("tester"));
    QCOMPARE(available(m_ada), xlm("4399.99"));
    // The funds are held, not gone: the posted balance is unchanged.
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "XLM")).value().balance(), xlm("5000"));
    auto stored = m_service->find(r.value().id);
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().destination, kStellar);
    QCOMPARE(stored.value().amount, xlm("600"));
    QCOMPARE(stored.value().requestedAtMs, m_clock.nowMs());
    auto audit = m_audit->list({std::nullopt, std::nullopt, std::string("withdrawal.request"), 10});
    QCOMPARE(audit.value().size(), size_t(1));
    QCOMPARE(audit.value().front().objectId, std::to_string(r.value().id));
}

void TestWithdrawalService::overThe24hLimitIsReviewed()
{
    QCOMPARE(m_service->request(m_admin, m_ada, "XLM", kStellar, xlm("600")).value().state, WithdrawalState::Processing);
    m_clock.advance(3600 * 1000);
    auto second = m_service->request(m_admin, m_ada, "XLM", kStellar, xlm("650"));
    QVERIFY(second.ok());
    QCOMPARE(second.value().state, WithdrawalState::UnderReview);
    QCOMPARE(QString::fromStdString(second.value().reviewReason), QStringLiteral("24h: 1,250.00 of 1,000.00 XLM"));
    QCOMPARE(available(m_ada), xlm("3749.98"));
    // A day later the first one is out of the 24h window.
    m_clock.advance(24LL * 3600 * 1000);
    QCOMPARE(m_service->request(m_admin, m_ada, "XLM", kStellar, xlm("300")).value().state, WithdrawalState::Processing);
}

void TestWithdrawalService::insufficientBalanceWritesNothing()
{
    const std::int64_t auditBefore = count("audit_log");
    // 5000 is there, but not 5000 plus the fee.
    auto r = m_service->request(m_admin, m_ada, "XLM", kStellar, xlm("5000"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::InsufficientFunds);
    QVERIFY(QString::fromStdString(r.error().message).contains(QStringLiteral("cannot cover")));
    QCOMPARE(count("withdrawals"), 0);
    QCOMPARE(count("audit_log"), auditBefore);
    QCOMPARE(available(m_ada), xlm("5000"));
    QVERIFY(m_service->request(m_admin, m_ada, "XLM", kStellar, xlm("4999.99")).ok());
    QCOMPARE(available(m_ada), Amount::zero());
}

void TestWithdrawalService::aShortHotWalletIsNoReasonToRefuse()
{
    // Grace's funds are still on her deposit address, not collected to hot:
    // she has them, so her request stands; whether hot can pay is the
    // payout's question (error, then replenishment), not the request's.
    const std::int64_t grace = CustomerRepository(m_db->connection()).add(QStringLiteral("Grace"), QString(), 1).value().id;
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit:grace", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::DepositWallet, "XLM"),
                                                         ledger::customerAccount(grace, "XLM"), xlm("2000")))
                .ok());
    QVERIFY(m_service->request(m_admin, m_ada, "XLM", kStellar, xlm("4000")).ok()); // more than hot has left
    auto r = m_service->request(m_admin, grace, "XLM", kStellar, xlm("1500"));
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QVERIFY(available(grace) < xlm("500"));
    // Beyond what she has: refused, naming her balance, nothing written.
    const std::int64_t rows = count("withdrawals");
    auto over = m_service->request(m_admin, grace, "XLM", kStellar, xlm("1000"));
    QVERIFY(!over.ok());
    QCOMPARE(over.error().code, ErrorCode::InsufficientFunds);
    QVERIFY2(QString::fromStdString(over.error().message).contains(QStringLiteral("available")), over.error().message.c_str());
    QCOMPARE(count("withdrawals"), rows);
}

void TestWithdrawalService::invalidRequestsAreRefused()
{
    QCOMPARE(m_service->request(m_admin, m_ada, "XLM", kStellar, Amount::zero()).error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_service->request(m_admin, m_ada, "XLM", kStellar, Amount::fromBaseUnits(-1)).error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_service->request(m_admin, m_ada, "DOGE", kStellar, xlm("1")).error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_service->request(m_admin, m_ada, "XLM", kEthLower, xlm("1")).error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_service->request(m_admin, m_ada, "XLM", "GNOTANADDRESS", xlm("1")).error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_service->request(m_admin, m_ada + 100, "XLM", kStellar, xlm("1")).error().code, ErrorCode::NotFound);
    QCOMPARE(count("withdrawals"), 0);
    QCOMPARE(available(m_ada), xlm("5000"));
}

void TestWithdrawalService::nobodyApprovesTheirOwnRequest()
{
    const Actor olga = approver(1, "olga");
    const WithdrawalRecord w = reviewed(olga, "1500");
    QCOMPARE(w.state, WithdrawalState::UnderReview);
    auto own = m_service->approve(olga, w.id);
    QVERIFY(!own.ok());
    QCOMPARE(own.error().code, ErrorCode::Unauthorized);
    QVERIFY(m_service->approvals(w.id).value().empty());
    // An approver without the second factor, and a mere operator, may not.
    QCOMPARE(m_service->approve(Actor::fromOperator(2, "pete", Role::Approver), w.id).error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_service->approve(Actor::fromOperator(3, "oscar", Role::Operator), w.id).error().code, ErrorCode::Unauthorized);
    auto other = m_service->approve(approver(2, "pete"), w.id);
    QVERIFY2(other.ok(), other.ok() ? "" : other.error().message.c_str());
    QCOMPARE(other.value().state, WithdrawalState::Approved);
    QCOMPARE(m_service->find(w.id).value().state, WithdrawalState::Approved);
    // Approved is not approved again.
    QCOMPARE(m_service->approve(approver(4, "rita"), w.id).error().code, ErrorCode::WrongState);
    QCOMPARE(m_service->approve(approver(4, "rita"), w.id + 1000).error().code, ErrorCode::NotFound);
}

void TestWithdrawalService::fourEyesAboveTheThreshold()
{
    QVERIFY(m_service->setTwoApproversAbove(m_admin, "XLM", xlm("1200")).ok());
    QCOMPARE(m_service->twoApproversAbove("XLM").value(), std::optional<Amount>(xlm("1200")));
    QCOMPARE(m_service->setTwoApproversAbove(approver(2, "pete"), "XLM", xlm("1")).error().code, ErrorCode::Unauthorized);
    const WithdrawalRecord big = reviewed(m_admin, "1500");
    const WithdrawalRecord small = reviewed(m_admin, "1200"); // at the threshold: one approver
    QCOMPARE(big.state, WithdrawalState::UnderReview);

    auto first = m_service->approve(approver(2, "pete"), big.id);
    QVERIFY(first.ok());
    QCOMPARE(first.value().state, WithdrawalState::UnderReview);
    auto twice = m_service->approve(approver(2, "pete"), big.id);
    QVERIFY(!twice.ok());
    QVERIFY(QString::fromStdString(twice.error().message).contains(QStringLiteral("already approved")));
    QCOMPARE(m_service->approvals(big.id).value().size(), size_t(1));
    auto second = m_service->approve(approver(4, "rita"), big.id);
    QVERIFY(second.ok());
    QCOMPARE(second.value().state, WithdrawalState::Approved);
    QCOMPARE(m_service->approvals(big.id).value().size(), size_t(2));

    QCOMPARE(m_service->approve(approver(2, "pete"), small.id).value().state, WithdrawalState::Approved);

    auto audit = m_audit->list({std::nullopt, std::nullopt, std::string("withdrawal.approve"), 10});
    QCOMPARE(audit.value().size(), size_t(3));
    QVERIFY(QString::fromStdString(audit.value().at(1).after).contains(QStringLiteral("\"rita\"")));
    QVERIFY(QString::fromStdString(audit.value().at(1).after).contains(QStringLiteral("\"pete\"")));
    QCOMPARE(m_audit->list({std::nullopt, std::nullopt, std::string("withdrawal.settings"), 10}).value().size(), size_t(1));

    // Without a threshold one approval is enough again.
    QVERIFY(m_service->setTwoApproversAbove(m_admin, "XLM", std::nullopt).ok());
    QCOMPARE(m_service->twoApproversAbove("XLM").value(), std::optional<Amount>());
}

void TestWithdrawalService::rejectVoidsTheHolds()
{
    const WithdrawalRecord w = reviewed(m_admin, "1500");
    QCOMPARE(available(m_ada), xlm("3499.99"));
    QCOMPARE(m_service->reject(approver(2, "pete"), w.id, "  ").error().code, ErrorCode::InvalidInput);
    auto rejected = m_service->reject(approver(2, "pete"), w.id, "destination on a sanctions list");
    QVERIFY2(rejected.ok(), rejected.ok() ? "" : rejected.error().message.c_str());
    QCOMPARE(rejected.value().state, WithdrawalState::Rejected);
    QCOMPARE(m_service->find(w.id).value().note, std::string("destination on a sanctions list"));
    QCOMPARE(available(m_ada), xlm("5000"));
    // Final: nothing more happens to it, and the refusal says who decided.
    auto late = m_service->approve(approver(4, "rita"), w.id);
    QCOMPARE(late.error().code, ErrorCode::WrongState);
    QVERIFY2(late.error().message.rfind("withdrawal " + std::to_string(w.id) + " was already rejected by pete at ", 0) == 0,
             late.error().message.c_str());
    QVERIFY2(late.error().message.find("(reason: destination on a sanctions list)") != std::string::npos,
             late.error().message.c_str());
    QCOMPARE(m_service->cancel(m_admin, w.id).error().code, ErrorCode::WrongState);
    QCOMPARE(m_service->reject(m_admin, w.id, "again").error().code, ErrorCode::WrongState);
    QCOMPARE(available(m_ada), xlm("5000"));
    QCOMPARE(m_audit->list({std::nullopt, std::nullopt, std::string("withdrawal.reject"), 10}).value().size(), size_t(1));
    // Rejected withdrawals do not count towards the limits.
    QCOMPARE(m_service->request(m_admin, m_ada, "XLM", kStellar, xlm("1000")).value().state, WithdrawalState::Processing);
}

void TestWithdrawalService::cancelVoidsTheHolds()
{
    const WithdrawalRecord w = reviewed(m_admin, "1500");
    auto cancelled = m_service->cancel(approver(2, "pete"), w.id);
    QVERIFY(cancelled.ok());
    QCOMPARE(cancelled.value().state, WithdrawalState::Cancelled);
    QCOMPARE(available(m_ada), xlm("5000"));
    QCOMPARE(m_audit->list({std::nullopt, std::nullopt, std::string("withdrawal.cancel"), 10}).value().size(), size_t(1));
    // Processing may have been signed: it cannot be cancelled or rejected.
    const WithdrawalRecord paying = reviewed(m_admin, "100");
    QCOMPARE(paying.state, WithdrawalState::Processing);
    // Nobody decided that, so the refusal is the transition table's own.
    const Error refused = m_service->cancel(m_admin, paying.id).error();
    QCOMPARE(refused.code, ErrorCode::WrongState);
    QCOMPARE(refused.message, std::string("a withdrawal in state processing cannot be cancelled"));
    // Said as a message, so that the console words it in the operator's language.
    QCOMPARE(refused.id, exchange::MessageId::WithdrawalWrongState);
    QCOMPARE(refused.args, (std::vector<std::string>{"processing", "cancelled"}));
    QCOMPARE(m_service->reject(m_admin, paying.id, "no").error().code, ErrorCode::WrongState);
    QCOMPARE(m_service->approve(approver(2, "pete"), paying.id).error().code, ErrorCode::WrongState);
    QCOMPARE(available(m_ada), xlm("4899.99"));

    // Approved by pete, then taken by the payout: approving again is refused
    // naming pete and the state now; cancelling was still possible after
    // pete's approval, so its refusal is the table's, not pete's.
    const WithdrawalRecord approved = reviewed(m_admin, "1500");
    QVERIFY(m_service->approve(approver(2, "pete"), approved.id).ok());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE withdrawals SET state = 'processing' WHERE id = ?"),
                     {QVariant::fromValue<qint64>(approved.id)})
                .ok());
    const std::string again = m_service->approve(approver(4, "rita"), approved.id).error().message;
    const std::string at = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), QTimeZone::utc())
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                               .toStdString();
    QVERIFY2(again.rfind("withdrawal " + std::to_string(approved.id) + " was already approved by pete at " + at + " UTC", 0) == 0,
             again.c_str());
    QVERIFY2(again.find("; it is processing now") != std::string::npos, again.c_str());
    QCOMPARE(m_service->cancel(m_admin, approved.id).error().message,
             std::string("a withdrawal in state processing cannot be cancelled"));
}

void TestWithdrawalService::listFilters()
{
    const WithdrawalRecord a = reviewed(m_admin, "100");
    const WithdrawalRecord b = reviewed(m_admin, "1500");
    auto all = m_service->list({});
    QCOMPARE(all.value().size(), size_t(2));
    QCOMPARE(all.value().front().id, b.id); // newest first
    WithdrawalFilter queue;
    queue.state = WithdrawalState::UnderReview;
    QCOMPARE(m_service->list(queue).value().size(), size_t(1));
    QCOMPARE(m_service->list(queue).value().front().id, b.id);
    WithdrawalFilter other;
    other.customerId = m_ada + 1;
    QVERIFY(m_service->list(other).value().empty());
    WithdrawalFilter paged;
    paged.asset = "XLM";
    paged.limit = 1;
    paged.offset = 1;
    QCOMPARE(m_service->list(paged).value().front().id, a.id);
    // A queue in the order it came: the first page holds the oldest.
    WithdrawalFilter queueOrder;
    queueOrder.oldestFirst = true;
    queueOrder.limit = 1;
    QCOMPARE(m_service->list(queueOrder).value().front().id, a.id);
}

void TestWithdrawalService::aDemotedOrDisabledApproverIsRefusedAtOnce()
{
    // pete and rita signed in as approvers; their consoles still hold those
    // actors when an admin demotes pete and disables rita.
    const Actor pete = approver(2, "pete");
    const Actor rita = approver(4, "rita");
    const WithdrawalRecord w = reviewed(m_admin, "1500");
    security::OperatorService operators(*m_db, m_clock, *m_audit);
    QVERIFY(operators.setRole(m_admin, "pete", Role::Viewer).ok());
    QVERIFY(operators.setDisabled(m_admin, "rita", true).ok());
    const std::int64_t audits = count("audit_log");
    const Amount held = available(m_ada);

    auto approved = m_service->approve(pete, w.id);
    QCOMPARE(approved.error().code, ErrorCode::Unauthorized);
    QCOMPARE(approved.error().message, std::string("pete is now viewer and may not approve_withdrawal"));
    auto rejected = m_service->reject(pete, w.id, "flagged");
    QCOMPARE(rejected.error().code, ErrorCode::Unauthorized);
    QCOMPARE(rejected.error().message, std::string("pete is now viewer and may not reject_withdrawal"));
    QCOMPARE(m_service->cancel(pete, w.id).error().code, ErrorCode::Unauthorized);
    for (const auto &refused : {m_service->approve(rita, w.id), m_service->reject(rita, w.id, "flagged"),
                                m_service->cancel(rita, w.id)}) {
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QCOMPARE(refused.error().message, std::string("rita is disabled or removed and may no longer act"));
    }
    // Nothing happened: no approval, same state, funds still held, no record.
    QVERIFY(m_service->approvals(w.id).value().empty());
    QCOMPARE(m_service->find(w.id).value().state, WithdrawalState::UnderReview);
    QCOMPARE(available(m_ada), held);
    QCOMPARE(count("audit_log"), audits);

    // Back as an approver, pete's same actor approves again.
    QVERIFY(operators.setRole(m_admin, "pete", Role::Approver).ok());
    QCOMPARE(m_service->approve(pete, w.id).value().state, WithdrawalState::Approved);
}

// cli:<user> (exctl without --operator) may not decide where money goes,
// whoever calls the service: approving, rejecting, retrying and the four-eyes
// amount are refused and change nothing; cancelling stays maintenance.
void TestWithdrawalService::theCommandLineAloneDecidesNothing()
{
    const Actor cli = Actor::cli("root");
    const WithdrawalRecord w = reviewed(m_admin, "1500");
    QCOMPARE(w.state, WithdrawalState::UnderReview);
    const Amount held = available(m_ada);
    const std::int64_t audited = count("audit_log");
    for (const auto &refused : {m_service->approve(cli, w.id), m_service->reject(cli, w.id, "sanctioned"),
                                m_service->retry(cli, w.id)}) {
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QVERIFY2(refused.error().message.find("needs an operator: exctl --operator NAME") != std::string::npos,
                 refused.error().message.c_str());
    }
    auto fourEyes = m_service->setTwoApproversAbove(cli, "XLM", xlm("1"));
    QVERIFY(!fourEyes.ok());
    QCOMPARE(fourEyes.error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_service->twoApproversAbove("XLM").value(), std::optional<Amount>());
    QCOMPARE(m_service->find(w.id).value().state, WithdrawalState::UnderReview);
    QCOMPARE(available(m_ada), held);
    QCOMPARE(count("audit_log"), audited);
    // The same decisions by a person go through.
    QVERIFY(m_service->setTwoApproversAbove(m_admin, "XLM", xlm("1")).ok());
    auto cancelled = m_service->cancel(cli, w.id);
    QVERIFY2(cancelled.ok(), cancelled.ok() ? "" : cancelled.error().message.c_str());
    QCOMPARE(cancelled.value().state, WithdrawalState::Cancelled);
}

QTEST_GUILESS_MAIN(TestWithdrawalService)
#include "tst_withdrawalservice.moc"
