// Replacing a payout that is on chain but not mined (PayoutReplacement,
// through PayoutService), on this run's backend with a scripted chain that
// replaces as Ethereum does: after the policy's time the newest payout is
// signed again with the same sequence and a fee 12.5% up (rounded up),
// stored with its audit record before it is sent; a cap that leaves no room
// refuses it and stores nothing; whichever of the two is mined settles the
// withdrawal once, its fee the one booked, the other dropped; the payout a
// replacement superseded is never sent again; a crash between storing and
// sending sends the very same bytes; a payer that cannot replace refuses;
// only an approver may ask for a speed-up, the request is audited, and the
// signer's next run honours it.

#include "core/base/manualclock.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/withdrawals/payoutreplacement.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "payoutstage.h"
#include "scriptedpayer.h"
#include "testsigners.h"

#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;

namespace {

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

constexpr std::int64_t kMinute = 60 * 1000;

} // namespace

class TestPayoutReplacement : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aStuckPayoutIsReplacedAfterTheSettingsTime();
    void theReplacementMinedSettlesOnceAndBooksItsFee();
    void theOriginalMinedSettlesAndTheReplacementIsDropped();
    void bothSeenMinedStillSettleOnce();
    void aCapWithoutRoomRefusesAndStoresNothing();
    void hotShortOfTheHigherFeeRefusesAndStoresNothing();
    void aCrashBetweenStoreAndSendSendsTheSameBytes();
    void aPayerThatCannotReplaceRefuses();
    void onlyAnApproverMayAskAndTheRequestIsAudited();
    void aSpeedUpReplacesAtOnce();

private:
    std::vector<PayoutRecord> payouts(std::int64_t id);
    WithdrawalState state(std::int64_t id);
    Amount ledgerBalance(const ledger::AccountKey &key);
    // A withdrawal of 250 XLM paid and broadcast, then left 11 minutes
    // unmined and replaced by a run; its two payouts, oldest first.
    std::pair<PayoutRecord, PayoutRecord> replacedPayout(std::int64_t &id);
    int auditCount(const char *action);

    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<PayoutStage> m_stage;
};

void TestPayoutReplacement::init()
{
    m_stage = std::make_unique<PayoutStage>(m_clock);
    QVERIFY2(m_stage->failure().isEmpty(), qPrintable(m_stage->failure()));
    m_stage->chain().replacing = true;
    // It replaces as Ethereum does, under the Ethereum (generic) policy: ten
    // minutes, not Stellar's 60 s fee bump (tst_stellarfeebumppayouts).
    QCOMPARE(ReplacementPolicy::forChain(Chain::Ethereum).stuckAfterMs, ReplacementPolicy::kDefaultStuckAfterMs);
    m_stage->payouts().setReplacementPolicy(ReplacementPolicy::forChain(Chain::Ethereum));
}

void TestPayoutReplacement::cleanup()
{
    if (m_stage && m_stage->failure().isEmpty()) {
        auto report = ledger::LedgerChecker(m_stage->db(), m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_stage.reset();
}

std::vector<PayoutRecord> TestPayoutReplacement::payouts(std::int64_t id)
{
    return PayoutRepository(m_stage->db().connection(), m_stage->db().dialect()).ofWithdrawal(id).value();
}

WithdrawalState TestPayoutReplacement::state(std::int64_t id)
{
    return m_stage->withdrawals().find(id).value().state;
}

Amount TestPayoutReplacement::ledgerBalance(const ledger::AccountKey &key)
{
    return m_stage->ledger().account(key).value().balance();
}

int TestPayoutReplacement::auditCount(const char *action)
{
    auto q = sql::run(m_stage->db().connection(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                      {QString::fromLatin1(action)});
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

std::pair<PayoutRecord, PayoutRecord> TestPayoutReplacement::replacedPayout(std::int64_t &id)
{
    id = m_stage->request("250");
    auto first = m_stage->payouts().run(m_stage->vault());
    if (!first || first.value().broadcast != 1)
        qFatal("the first payout was not sent");
    m_clock.advance(11 * kMinute);
    auto run = m_stage->payouts().run(m_stage->vault());
    if (!run || run.value().replaced != 1)
        qFatal("the stuck payout was not replaced: %s", run ? "" : run.error().message.c_str());
    const auto all = payouts(id);
    if (all.size() != 2)
        qFatal("not two payouts");
    return {all.front(), all.back()};
}

void TestPayoutReplacement::aStuckPayoutIsReplacedAfterTheSettingsTime()
{
    const std::int64_t id = m_stage->request("250");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(payouts(id).size(), std::size_t(1));
    // Nine minutes: not stuck yet (the default is ten).
    m_clock.advance(9 * kMinute);
    auto early = m_stage->payouts().run(m_stage->vault());
    QVERIFY(early.ok());
    QCOMPARE(early.value().replaced, 0);
    QCOMPARE(payouts(id).size(), std::size_t(1));

    m_clock.advance(2 * kMinute);
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QVERIFY2(run.value().replaced == 1, run.value().problems.empty() ? "no problem said" : run.value().problems.front().c_str());
    QCOMPARE(run.value().signedNew, 0);
    const auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(2));
    const PayoutRecord &original = all.front();
    const PayoutRecord &replacement = all.back();
    // The same payment and sequence; 0.00001 XLM × 1.125 = 0.00001125,
    // rounded up to the chain's unit: 0.0000113.
    QCOMPARE(replacement.sequence, original.sequence);
    QCOMPARE(replacement.destination, original.destination);
    QCOMPARE(replacement.amount, original.amount);
    QCOMPARE(original.maxFee, xlm("0.00001"));
    QCOMPARE(replacement.maxFee, xlm("0.0000113"));
    QVERIFY(replacement.txid != original.txid);
    QCOMPARE(original.state, PayoutState::Broadcast);
    QCOMPARE(replacement.state, PayoutState::Broadcast);
    QCOMPARE(m_stage->chain().sent.back(), replacement.rawTx);
    QCOMPARE(auditCount("withdrawal.payout_replacement_signed"), 1);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    // The next sequence is not taken twice: a new payout gets the one after.
    const std::int64_t next = m_stage->request("10");
    m_stage->chain().chainNext = original.sequence + 1;
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(payouts(next).front().sequence, original.sequence + 1);
    // Not again before the replacement itself waited ten minutes.
    auto soon = m_stage->payouts().run(m_stage->vault());
    QVERIFY(soon.ok());
    QCOMPARE(soon.value().replaced, 0);
}

void TestPayoutReplacement::theReplacementMinedSettlesOnceAndBooksItsFee()
{
    std::int64_t id = 0;
    const auto [original, replacement] = replacedPayout(id);
    // The node forgot the original (it took the replacement in its place).
    m_stage->chain().known.erase(original.txid);
    m_stage->chain().known[replacement.txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.0000113"), {}};
    const std::size_t sentBefore = m_stage->chain().sent.size();
    auto followed = m_stage->payouts().follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 1);
    QCOMPARE(m_stage->chain().sent.size(), sentBefore); // the original was not sent again
    const auto all = payouts(id);
    QCOMPARE(all.front().state, PayoutState::Dropped);
    QCOMPARE(all.front().note, "replaced by " + replacement.txid);
    QCOMPARE(all.back().state, PayoutState::Confirmed);
    QCOMPARE(m_stage->withdrawals().find(id).value().txid.value_or(""), replacement.txid);
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    // The fee the mined one paid, once.
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "XLM")), xlm("0.0000113"));
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("4749.9999887"));
    auto again = m_stage->payouts().follow();
    QVERIFY(again.ok());
    QCOMPARE(again.value().succeeded, 0);
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "XLM")), xlm("0.0000113"));
}

void TestPayoutReplacement::theOriginalMinedSettlesAndTheReplacementIsDropped()
{
    std::int64_t id = 0;
    const auto [original, replacement] = replacedPayout(id);
    m_stage->chain().known.erase(replacement.txid);
    m_stage->chain().known[original.txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.00001"), {}};
    auto followed = m_stage->payouts().follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 1);
    const auto all = payouts(id);
    QCOMPARE(all.front().state, PayoutState::Confirmed);
    QCOMPARE(all.back().state, PayoutState::Dropped);
    QCOMPARE(all.back().note, "replacement not mined; " + original.txid + " was");
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "XLM")), xlm("0.00001"));
    QCOMPARE(state(id), WithdrawalState::Succeeded);
}

void TestPayoutReplacement::bothSeenMinedStillSettleOnce()
{
    // No chain mines two transactions with one nonce; a node that says so
    // still gets the withdrawal paid once.
    std::int64_t id = 0;
    const auto [original, replacement] = replacedPayout(id);
    m_stage->chain().known[original.txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.00001"), {}};
    m_stage->chain().known[replacement.txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.0000113"), {}};
    auto followed = m_stage->payouts().follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 1);
    auto again = m_stage->payouts().follow();
    QVERIFY(again.ok());
    QCOMPARE(again.value().succeeded, 0);
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("4749.99999"));
    QCOMPARE(auditCount("withdrawal.paid"), 1);
}

void TestPayoutReplacement::aCapWithoutRoomRefusesAndStoresNothing()
{
    ReplacementPolicy policy;
    policy.capByAsset["XLM"] = xlm("0.0000112"); // one unit short of the bump
    m_stage->payouts().setReplacementPolicy(policy);
    const std::int64_t id = m_stage->request("250");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    m_clock.advance(11 * kMinute);
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(run.value().replaced, 0);
    QVERIFY(!run.value().problems.empty());
    QVERIFY2(run.value().problems.back().find("not sped up") != std::string::npos, run.value().problems.back().c_str());
    QCOMPARE(payouts(id).size(), std::size_t(1));
    auto asked = m_stage->payouts().speedUp(m_stage->vault(), id);
    QVERIFY(!asked.ok());
    QCOMPARE(payouts(id).size(), std::size_t(1));
    QCOMPARE(auditCount("withdrawal.payout_replacement_signed"), 0);
    // With room, it is replaced at exactly the cap's fee.
    policy.capByAsset["XLM"] = xlm("0.0000113");
    m_stage->payouts().setReplacementPolicy(policy);
    auto room = m_stage->payouts().speedUp(m_stage->vault(), id);
    QVERIFY2(room.ok(), room.ok() ? "" : room.error().message.c_str());
    QCOMPARE(payouts(id).back().maxFee, xlm("0.0000113"));
}

void TestPayoutReplacement::hotShortOfTheHigherFeeRefusesAndStoresNothing()
{
    // Hot holds the 250 XLM and the first fee, not the bumped one: the node
    // would refuse the replacement, so none is stored, run after run.
    const std::int64_t id = m_stage->request("250");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    const Amount firstMax = payouts(id).front().maxFee;
    m_stage->chain().hotBalance = Amount::fromBaseUnits(xlm("250").baseUnits() + firstMax.baseUnits());
    m_clock.advance(11 * kMinute);
    for (int run = 0; run < 2; ++run) {
        auto report = m_stage->payouts().run(m_stage->vault());
        QVERIFY(report.ok());
        QCOMPARE(report.value().replaced, 0);
        QVERIFY(!report.value().problems.empty());
        QVERIFY2(report.value().problems.back().find("replenish hot") != std::string::npos, report.value().problems.back().c_str());
    }
    QCOMPARE(payouts(id).size(), std::size_t(1));
    QCOMPARE(auditCount("withdrawal.payout_replacement_signed"), 0);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    // Replenished: replaced.
    m_stage->chain().hotBalance = xlm("1000");
    auto room = m_stage->payouts().speedUp(m_stage->vault(), id);
    QVERIFY2(room.ok(), room.ok() ? "" : room.error().message.c_str());
    QCOMPARE(payouts(id).size(), std::size_t(2));
}

void TestPayoutReplacement::aCrashBetweenStoreAndSendSendsTheSameBytes()
{
    const std::int64_t id = m_stage->request("250");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    m_clock.advance(11 * kMinute);
    // The replacement is stored, then the node is away when it is sent
    // (what a crash right after the commit leaves: a signed replacement).
    m_stage->chain().sendAnswer = Error{ErrorCode::Unavailable, "the node could not be reached"};
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(run.value().replaced, 1);
    auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(2));
    const PayoutRecord stored = all.back();
    QCOMPARE(stored.state, PayoutState::Signed);
    QCOMPARE(all.front().state, PayoutState::Broadcast);
    // Another process follows: the same bytes, and no third payout.
    m_stage->chain().sendAnswer = Result<void>();
    m_stage->chain().sent.clear();
    PayoutService restarted(m_stage->db(), m_clock, m_stage->ledger(), m_stage->audit(), m_stage->wallets(), m_stage->chain());
    auto followed = restarted.run(m_stage->vault());
    QVERIFY2(followed.ok(), followed.ok() ? "" : followed.error().message.c_str());
    QCOMPARE(followed.value().replaced, 0);
    QCOMPARE(m_stage->chain().sent, (std::vector<std::string>{stored.rawTx}));
    all = payouts(id);
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all.back().state, PayoutState::Broadcast);
}

void TestPayoutReplacement::aPayerThatCannotReplaceRefuses()
{
    m_stage->chain().replacing = false;
    const std::int64_t id = m_stage->request("250");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    m_clock.advance(60 * kMinute);
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(run.value().replaced, 0);
    auto asked = m_stage->payouts().speedUp(m_stage->vault(), id);
    QVERIFY(!asked.ok());
    QCOMPARE(asked.error().code, ErrorCode::InvalidInput);
    QCOMPARE(payouts(id).size(), std::size_t(1));
}

void TestPayoutReplacement::onlyAnApproverMayAskAndTheRequestIsAudited()
{
    const std::int64_t id = m_stage->request("250");
    // Not on chain yet: nothing to speed up.
    const Actor olga = m_stage->signers().confirmed("olga");
    auto early = PayoutReplacement::requestSpeedUp(m_stage->db(), m_stage->audit(), olga, id);
    QVERIFY(!early.ok());
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    auto clerk = PayoutReplacement::requestSpeedUp(m_stage->db(), m_stage->audit(), m_stage->clerk(), id);
    QVERIFY(!clerk.ok());
    QCOMPARE(clerk.error().code, ErrorCode::Unauthorized);
    QCOMPARE(auditCount("withdrawal.speed_up_requested"), 0);
    m_clock.advance(1000);
    auto asked = PayoutReplacement::requestSpeedUp(m_stage->db(), m_stage->audit(), olga, id);
    QVERIFY2(asked.ok(), asked.ok() ? "" : asked.error().message.c_str());
    QCOMPARE(auditCount("withdrawal.speed_up_requested"), 1);
    // The signer's next run honours it without waiting the ten minutes
    // (the Withdrawals screen asks this way), and only once.
    m_clock.advance(1000);
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QVERIFY2(run.value().replaced == 1, run.value().problems.empty() ? "no problem said" : run.value().problems.front().c_str());
    m_clock.advance(1000);
    auto again = m_stage->payouts().run(m_stage->vault());
    QVERIFY(again.ok());
    QCOMPARE(again.value().replaced, 0);
    QCOMPARE(payouts(id).size(), std::size_t(2));
}

void TestPayoutReplacement::aSpeedUpReplacesAtOnce()
{
    const std::int64_t id = m_stage->request("250");
    const std::int64_t other = m_stage->request("10");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    m_clock.advance(kMinute);
    auto done = m_stage->payouts().speedUp(m_stage->vault(), id);
    QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
    QCOMPARE(done.value().replaced, 1);
    QCOMPARE(payouts(id).size(), std::size_t(2));
    QCOMPARE(payouts(other).size(), std::size_t(1)); // only the one asked for
    // Its replacement is on its way: a second speed-up replaces that one.
    auto twice = m_stage->payouts().speedUp(m_stage->vault(), id);
    QVERIFY(twice.ok());
    const auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(3));
    QCOMPARE(all.back().maxFee, xlm("0.0000128")); // 113 × 9/8 = 127.125, up to 128 units
    QCOMPARE(all.back().sequence, all.front().sequence);
}

QTEST_GUILESS_MAIN(TestPayoutReplacement)
#include "tst_payoutreplacement.moc"
