// Operators deciding on the same withdrawal at the same moment, on this
// run's backend with real concurrent connections: every contender is a
// thread with its own Database (so its own connection), its own ledger,
// audit log and services, and a barrier releases them together on each
// round's withdrawal. Exactly one decision wins; every other contender is
// refused in words naming the winner; two approvers under four eyes both
// count (the withdrawal is never left under review with two approvals);
// the ledger's holds match the outcome.

#include "core/base/manualclock.h"
#include "core/chains/fakepaymentlookup.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/manualpayoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QTest>

#include <barrier>
#include <functional>
#include <optional>
#include <thread>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

// EIP-55's example destination, and a warm wallet.
const std::string kDestination = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
const std::string kWarm = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
constexpr int kRounds = 40;
constexpr std::int64_t kStart = 1'700'000'000'000;

Amount eth(const char *text)
{
    return Amount::parse(text, 18).value();
}

Actor approver(std::int64_t id, const char *name)
{
    Actor a = Actor::fromOperator(id, name, Role::Approver);
    a.secondFactor = true; // the console's session asked for the TOTP code
    return a;
}

std::string txid(int round, int contender)
{
    const std::string digits = std::to_string(round * 10 + contender + 1);
    return "0x" + std::string(64 - digits.size(), 'a') + digits;
}

// One operator's own stack, made and used on its own thread only.
struct Contender {
    explicit Contender(const QString &url)
    {
        auto opened = Database::open(url);
        if (!opened)
            qFatal("a contender cannot open the database: %s", opened.error().message.c_str());
        db = std::move(opened).value();
        ledger = std::make_unique<ledger::LedgerService>(*db, clock);
        audit = std::make_unique<security::AuditLog>(*db, clock);
        wallets = std::make_unique<wallets::WalletService>(*db, clock, *audit);
        withdrawals = std::make_unique<WithdrawalService>(*db, clock, *ledger, *audit);
        manual = std::make_unique<ManualPayoutService>(*db, clock, *ledger, *audit, *wallets);
        chain.setTrusting(eth("1000"));
        manual->setPaymentLookup(&chain);
    }
    ~Contender()
    {
        manual.reset();
        withdrawals.reset();
        wallets.reset();
        audit.reset();
        ledger.reset();
        db->releaseThreadConnection();
    }

    ManualClock clock{kStart};
    std::unique_ptr<Database> db;
    std::unique_ptr<ledger::LedgerService> ledger;
    std::unique_ptr<security::AuditLog> audit;
    std::unique_ptr<wallets::WalletService> wallets;
    std::unique_ptr<WithdrawalService> withdrawals;
    std::unique_ptr<ManualPayoutService> manual;
    chains::FakePaymentLookup chain;
};

using Outcome = std::optional<Result<WithdrawalRecord>>;
// What contender number `who` does in round `round` to withdrawal id.
using Step = std::function<Result<WithdrawalRecord>(Contender &, int round, std::int64_t id)>;

// Runs steps[i] on thread i for every id, all threads released together
// for each id; outcomes[round][i].
std::vector<std::vector<Outcome>> race(const QString &url, const std::vector<std::int64_t> &ids, const std::vector<Step> &steps)
{
    std::vector<std::vector<Outcome>> outcomes(ids.size(), std::vector<Outcome>(steps.size()));
    std::barrier sync(static_cast<std::ptrdiff_t>(steps.size()));
    std::vector<std::thread> threads;
    for (size_t who = 0; who < steps.size(); ++who) {
        threads.emplace_back([&, who] {
            Contender me(url);
            for (size_t round = 0; round < ids.size(); ++round) {
                sync.arrive_and_wait();
                outcomes[round][who] = steps[who](me, static_cast<int>(round), ids[round]);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    return outcomes;
}

std::string message(const Outcome &o)
{
    return o && !o->ok() ? o->error().message : std::string();
}

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.compare(0, prefix.size(), prefix) == 0;
}

} // namespace

class TestWithdrawalRaces : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void oneApprovalWinsTheOthersAreToldWho();
    void fourEyesApproversAtOnceBothCount();
    void approveAgainstRejectKeepsTheHoldsRight();
    void cancelAgainstSendToManual();
    void oneRetryWins();
    void oneTxidUploadWins();

private:
    std::vector<std::int64_t> reviewed(int count);
    std::int64_t count(const QString &statement);
    // The round's single success, checked; its index among the contenders.
    int winnerOf(const std::vector<Outcome> &round, int roundNumber);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kStart};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<WithdrawalService> m_service;
    std::int64_t m_ada = 0;
    Actor m_admin; // an admin operator row (testAdmin), made with the database
    const std::vector<Actor> m_approvers{approver(2, "alice"), approver(3, "bob"), approver(4, "carol")};
};

void TestWithdrawalRaces::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_admin = testAdmin(*m_db, "tester");
    m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    // Everything over 1 ETH a day is reviewed.
    QVERIFY(exchange::security::AuditedSettings(*m_db, m_clock)
                .change(m_admin, "ETH", {{AssetSetting::WithdrawFee, "0.001"}, {AssetSetting::Limit24h, "1"},
                                         {AssetSetting::Limit72h, "3"}})
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_service = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    addTestOperators(*m_db, m_approvers);
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "ETH"),
                                                         ledger::customerAccount(m_ada, "ETH"), eth("10000")))
                .ok());
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:warm", ledger::TransferCode::Adjustment,
                                                         ledger::walletAccount(ledger::owner::WarmWallet, "ETH"),
                                                         ledger::equityAccount(ledger::owner::Adjustments, "ETH"),
                                                         eth("10000")))
                .ok());
}

void TestWithdrawalRaces::cleanup()
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

std::vector<std::int64_t> TestWithdrawalRaces::reviewed(int n)
{
    std::vector<std::int64_t> ids;
    for (int i = 0; i < n; ++i) {
        auto r = m_service->request(m_admin, m_ada, "ETH", kDestination, eth("2"));
        if (!r || r.value().state != WithdrawalState::UnderReview)
            qFatal("a withdrawal to review could not be made: %s", r ? "not under review" : r.error().message.c_str());
        ids.push_back(r.value().id);
    }
    return ids;
}

std::int64_t TestWithdrawalRaces::count(const QString &statement)
{
    auto q = sql::run(m_db->connection(), statement);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

int TestWithdrawalRaces::winnerOf(const std::vector<Outcome> &round, int roundNumber)
{
    int winner = -1;
    int wins = 0;
    for (size_t i = 0; i < round.size(); ++i) {
        if (!round[i])
            qFatal("round %d: contender %d did not run", roundNumber, static_cast<int>(i));
        if (round[i]->ok()) {
            winner = static_cast<int>(i);
            ++wins;
        } else if (round[i]->error().code != ErrorCode::WrongState) {
            qWarning("round %d: contender %d: %s", roundNumber, static_cast<int>(i), round[i]->error().message.c_str());
        }
    }
    if (wins != 1)
        qWarning("round %d: %d successes", roundNumber, wins);
    return wins == 1 ? winner : -1;
}

void TestWithdrawalRaces::oneApprovalWinsTheOthersAreToldWho()
{
    const std::vector<std::int64_t> ids = reviewed(kRounds);
    std::vector<Step> steps;
    for (const Actor &a : m_approvers)
        steps.push_back([a](Contender &c, int, std::int64_t id) { return c.withdrawals->approve(a, id); });
    const auto outcomes = race(m_testDb->url(), ids, steps);
    for (size_t round = 0; round < ids.size(); ++round) {
        const int winner = winnerOf(outcomes[round], static_cast<int>(round));
        QVERIFY(winner >= 0);
        QCOMPARE(outcomes[round][static_cast<size_t>(winner)]->value().state, WithdrawalState::Approved);
        const std::string expected = "withdrawal " + std::to_string(ids[round]) + " was already approved by "
                                     + m_approvers[static_cast<size_t>(winner)].displayName() + " at ";
        for (size_t i = 0; i < outcomes[round].size(); ++i) {
            if (static_cast<int>(i) == winner)
                continue;
            QCOMPARE(outcomes[round][i]->error().code, ErrorCode::WrongState);
            QVERIFY2(startsWith(message(outcomes[round][i]), expected), message(outcomes[round][i]).c_str());
            QVERIFY2(message(outcomes[round][i]).find(" UTC") != std::string::npos, message(outcomes[round][i]).c_str());
        }
        QCOMPARE(m_service->find(ids[round]).value().state, WithdrawalState::Approved);
        QCOMPARE(m_service->approvals(ids[round]).value().size(), size_t(1));
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'withdrawal.approve'")),
             static_cast<std::int64_t>(ids.size()));
}

void TestWithdrawalRaces::fourEyesApproversAtOnceBothCount()
{
    QVERIFY(m_service->setTwoApproversAbove(m_admin, "ETH", eth("1")).ok());
    const std::vector<std::int64_t> ids = reviewed(kRounds);
    std::vector<Step> steps;
    for (size_t i = 0; i < 2; ++i) {
        const Actor a = m_approvers[i];
        steps.push_back([a](Contender &c, int, std::int64_t id) { return c.withdrawals->approve(a, id); });
    }
    const auto outcomes = race(m_testDb->url(), ids, steps);
    for (size_t round = 0; round < ids.size(); ++round) {
        // Both approvals count: one recorded it first, the other moved it on.
        int movedOn = 0;
        for (const Outcome &o : outcomes[round]) {
            QVERIFY(o);
            QVERIFY2(o->ok(), message(o).c_str());
            movedOn += o->value().state == WithdrawalState::Approved ? 1 : 0;
        }
        QCOMPARE(movedOn, 1);
        QCOMPARE(m_service->find(ids[round]).value().state, WithdrawalState::Approved);
        QCOMPARE(m_service->approvals(ids[round]).value().size(), size_t(2));
    }
    // A third approver is told who approved it, both names.
    auto late = m_service->approve(m_approvers[2], ids.front());
    QVERIFY(!late.ok());
    QVERIFY2(startsWith(late.error().message,
                        "withdrawal " + std::to_string(ids.front()) + " was already approved by "),
             late.error().message.c_str());
    QVERIFY2(late.error().message.find("alice") != std::string::npos && late.error().message.find("bob") != std::string::npos,
             late.error().message.c_str());
}

void TestWithdrawalRaces::approveAgainstRejectKeepsTheHoldsRight()
{
    const std::vector<std::int64_t> ids = reviewed(kRounds);
    const Amount before = m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available();
    const Actor alice = m_approvers[0];
    const Actor bob = m_approvers[1];
    const std::vector<Step> steps{
        [alice](Contender &c, int, std::int64_t id) { return c.withdrawals->approve(alice, id); },
        [bob](Contender &c, int round, std::int64_t id) {
            return c.withdrawals->reject(bob, id, "ticket " + std::to_string(round));
        },
    };
    const auto outcomes = race(m_testDb->url(), ids, steps);
    Amount released;
    for (size_t round = 0; round < ids.size(); ++round) {
        const int winner = winnerOf(outcomes[round], static_cast<int>(round));
        QVERIFY(winner >= 0);
        const std::string id = std::to_string(ids[round]);
        const WithdrawalRecord stored = m_service->find(ids[round]).value();
        const std::string loser = message(outcomes[round][winner == 0 ? 1 : 0]);
        if (winner == 0) {
            QCOMPARE(stored.state, WithdrawalState::Approved);
            QVERIFY2(startsWith(loser, "withdrawal " + id + " was already approved by alice at "), loser.c_str());
        } else {
            QCOMPARE(stored.state, WithdrawalState::Rejected);
            QVERIFY2(startsWith(loser, "withdrawal " + id + " was already rejected by bob at "), loser.c_str());
            QVERIFY2(loser.find("(reason: ticket " + std::to_string(round) + ")") != std::string::npos, loser.c_str());
            released = released.plus(stored.amount).value().plus(stored.fee).value();
        }
    }
    // Rejected ones gave amount and fee back; approved ones still hold them.
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available(), before.plus(released).value());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM withdrawal_approvals")),
             count(QStringLiteral("SELECT COUNT(*) FROM withdrawals WHERE state = 'approved'")));
}

void TestWithdrawalRaces::cancelAgainstSendToManual()
{
    const std::vector<std::int64_t> ids = reviewed(kRounds);
    // Approved (by carol): four eyes before manual payout too.
    for (std::int64_t id : ids)
        QVERIFY(m_service->approve(m_approvers[2], id).ok());
    const Actor alice = m_approvers[0];
    const Actor bob = m_approvers[1];
    const std::vector<Step> steps{
        [alice](Contender &c, int, std::int64_t id) { return c.withdrawals->cancel(alice, id); },
        [bob](Contender &c, int, std::int64_t id) { return c.manual->sendToManual(bob, id, ""); },
    };
    const auto outcomes = race(m_testDb->url(), ids, steps);
    for (size_t round = 0; round < ids.size(); ++round) {
        const int winner = winnerOf(outcomes[round], static_cast<int>(round));
        QVERIFY(winner >= 0);
        const std::string loser = message(outcomes[round][winner == 0 ? 1 : 0]);
        const std::string prefix = "withdrawal " + std::to_string(ids[round]) + " was already "
                                   + (winner == 0 ? "cancelled by alice at " : "sent to manual payout by bob at ");
        QVERIFY2(startsWith(loser, prefix), loser.c_str());
        QCOMPARE(m_service->find(ids[round]).value().state,
                 winner == 0 ? WithdrawalState::Cancelled : WithdrawalState::ManualPayout);
    }
}

void TestWithdrawalRaces::oneRetryWins()
{
    const std::vector<std::int64_t> ids = reviewed(kRounds);
    // As the payout worker leaves them after a short hot wallet (the holds
    // stay, as they do in error).
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE withdrawals SET state = 'error'")).ok());
    std::vector<Step> steps;
    for (const Actor &a : m_approvers)
        steps.push_back([a](Contender &c, int, std::int64_t id) { return c.withdrawals->retry(a, id); });
    const auto outcomes = race(m_testDb->url(), ids, steps);
    for (size_t round = 0; round < ids.size(); ++round) {
        const int winner = winnerOf(outcomes[round], static_cast<int>(round));
        QVERIFY(winner >= 0);
        const std::string expected = "withdrawal " + std::to_string(ids[round]) + " was already retried by "
                                     + m_approvers[static_cast<size_t>(winner)].displayName() + " at ";
        for (size_t i = 0; i < outcomes[round].size(); ++i) {
            if (static_cast<int>(i) != winner)
                QVERIFY2(startsWith(message(outcomes[round][i]), expected), message(outcomes[round][i]).c_str());
        }
        QCOMPARE(m_service->find(ids[round]).value().state, WithdrawalState::Processing);
    }
}

void TestWithdrawalRaces::oneTxidUploadWins()
{
    {
        wallets::WalletService walletService(*m_db, m_clock, *m_audit);
        wallets::Wallet warm;
        warm.chain = Chain::Ethereum;
        warm.tier = wallets::WalletTier::Warm;
        warm.asset = "ETH";
        warm.address = kWarm;
        warm.watchOnly = true;
        QVERIFY(walletService.add(m_admin, warm).ok());
    }
    const std::vector<std::int64_t> ids = reviewed(kRounds);
    for (std::int64_t id : ids)
        QVERIFY(m_service->approve(m_approvers[2], id).ok());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE withdrawals SET state = 'manual_payout'")).ok());
    // Even rounds: everyone uploads the same TxId; odd rounds: each their own.
    std::vector<Step> steps;
    for (size_t who = 0; who < m_approvers.size(); ++who) {
        const Actor a = m_approvers[who];
        steps.push_back([a, who](Contender &c, int round, std::int64_t id) {
            return c.manual->uploadTxid(a, id, txid(round, round % 2 == 0 ? 0 : static_cast<int>(who)));
        });
    }
    const auto outcomes = race(m_testDb->url(), ids, steps);
    for (size_t round = 0; round < ids.size(); ++round) {
        const int winner = winnerOf(outcomes[round], static_cast<int>(round));
        QVERIFY(winner >= 0);
        const WithdrawalRecord stored = m_service->find(ids[round]).value();
        QCOMPARE(stored.state, WithdrawalState::Succeeded);
        QCOMPARE(stored.txid.value_or(""), outcomes[round][static_cast<size_t>(winner)]->value().txid.value_or("-"));
        const std::string expected = "withdrawal " + std::to_string(ids[round]) + " already has a TxId uploaded by "
                                     + m_approvers[static_cast<size_t>(winner)].displayName() + " at ";
        for (size_t i = 0; i < outcomes[round].size(); ++i) {
            if (static_cast<int>(i) != winner)
                QVERIFY2(startsWith(message(outcomes[round][i]), expected), message(outcomes[round][i]).c_str());
        }
    }
    // Each paid once: one settlement of the amount out of warm per withdrawal.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'withdrawal.txid'")),
             static_cast<std::int64_t>(ids.size()));
}

QTEST_GUILESS_MAIN(TestWithdrawalRaces)
#include "tst_withdrawalraces.moc"
