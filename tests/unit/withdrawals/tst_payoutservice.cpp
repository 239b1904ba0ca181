// Automatic payouts on this run's backend, with a scripted chain (the
// payer): what is signed is stored before it is sent and re-sent as the
// same bytes after an error, sequences are consecutive and kept locally, a
// short hot wallet sends the withdrawal to error saying what hot lacks, a
// refused transaction frees its sequence, what the chain decides settles
// the ledger exactly once, and the books stay balanced throughout. The
// signer's journal outside the database keeps a withdrawal whose payout a
// rolled-back database forgot from being signed again (held_for_integrity),
// and the rebuild after an expiry still pays once. Set up as a real
// exchange's (PayoutStage): the vault pins root's key, sam's requests and
// the approvals are signed; and with no pin, nothing is signed at all.

#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/customers/customerservice.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/exchangeidentity.h"
#include "core/security/keyvault.h"
#include "core/security/signerjournal.h"
#include "core/security/trustanchor.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/manualpayoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "payoutstage.h"
#include "scriptedpayer.h"
#include "testoperators.h"
#include "testsigners.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;

namespace {

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

} // namespace

class TestPayoutService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void paysAndSettlesExactly();
    void tenInARowGetConsecutiveSequences();
    void aShortHotWalletGoesToErrorAndSaysByHowMuch();
    void unreachableNodeKeepsTheSignedPayoutForTheRetry();
    void aRefusedPayoutFreesItsSequence();
    void aFailedPayoutCostsItsFeeAndIsRetriedWithANewTransaction();
    void aLockedVaultSignsNothing();
    void aFrozenCustomersPayoutWaitsAndResumesWhenUnfrozen();
    void aRetryWithTheSameBytesTakesUpTheRefusedPayout();
    void anExpiredPayoutDoesNotHoldItsSequence();
    void aPayoutTheChainCannotTakeGoesToErrorAlone();
    void approvedWithdrawalsAreTakenIntoProcessing();
    void aPayoutTheDatabaseForgotIsHeldNotSignedAgain();
    void aSequenceJournaledForAnotherWithdrawalIsNotSignedAgain();
    void theRebuildAfterAnExpiryIsJournaledAndPaysOnce();
    void aDamagedJournalStopsSigning();
    void withoutAPinnedAdminKeyNothingIsSignedUntilAnAdminPins();
    void anAssetNoAdminSignedTheSettingsOfPaysNothing();

private:
    std::int64_t request(const char *amount);
    WithdrawalState state(std::int64_t id);
    Amount ledgerBalance(const ledger::AccountKey &key);
    std::vector<PayoutRecord> payouts(std::int64_t id);
    // What a restore from an older backup does to one paid withdrawal: its
    // payouts and sequence are gone, it is processing again.
    void forgetPayoutsOf(std::int64_t id, const char *stateAfter);
    QString journalPath();

    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<PayoutStage> m_stage;
    Actor m_admin; // root, the pinned admin, with a confirmed code
};

void TestPayoutService::init()
{
    m_stage = std::make_unique<PayoutStage>(m_clock);
    QVERIFY2(m_stage->failure().isEmpty(), qPrintable(m_stage->failure()));
    m_admin = m_stage->admin();
}

void TestPayoutService::cleanup()
{
    if (m_stage && m_stage->failure().isEmpty()) {
        auto report = ledger::LedgerChecker(m_stage->db(), m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_stage.reset();
}

std::int64_t TestPayoutService::request(const char *amount)
{
    return m_stage->request(amount);
}

WithdrawalState TestPayoutService::state(std::int64_t id)
{
    return m_stage->withdrawals().find(id).value().state;
}

Amount TestPayoutService::ledgerBalance(const ledger::AccountKey &key)
{
    return m_stage->ledger().account(key).value().balance();
}

std::vector<PayoutRecord> TestPayoutService::payouts(std::int64_t id)
{
    return PayoutRepository(m_stage->db().connection(), m_stage->db().dialect()).ofWithdrawal(id).value();
}

void TestPayoutService::paysAndSettlesExactly()
{
    const std::int64_t id = request("250");
    QCOMPARE(state(id), WithdrawalState::Processing);
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 1);
    QCOMPARE(run.value().broadcast, 1);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    auto stored = payouts(id);
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored.front().state, PayoutState::Broadcast);
    QCOMPARE(stored.front().sequence, std::int64_t(101));
    QCOMPARE(m_stage->chain().sent, (std::vector<std::string>{stored.front().rawTx}));
    // Nothing is posted while the chain has not decided.
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("5000"));

    m_stage->chain().known[stored.front().txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.00001"), {}};
    auto followed = m_stage->payouts().follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 1);
    const WithdrawalRecord w = m_stage->withdrawals().find(id).value();
    QCOMPARE(w.state, WithdrawalState::Succeeded);
    QCOMPARE(w.txid.value_or(""), stored.front().txid);
    // Hot paid 250 and the network fee; Ada paid 250 and the 0.01 fee.
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("4749.99999"));
    QCOMPARE(ledgerBalance(ledger::customerAccount(m_stage->ada(), "XLM")), xlm("4749.99"));
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "XLM")), xlm("0.00001"));
    QCOMPARE(ledgerBalance(ledger::revenueAccount(ledger::owner::WithdrawalFees, "XLM")), xlm("0.01"));
    // Following again settles nothing twice.
    auto again = m_stage->payouts().follow();
    QVERIFY(again.ok());
    QCOMPARE(again.value().succeeded, 0);
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("4749.99999"));
}

void TestPayoutService::tenInARowGetConsecutiveSequences()
{
    std::vector<std::int64_t> ids;
    for (int i = 0; i < 10; ++i)
        ids.push_back(request("10"));
    // The node has not seen any of them: it keeps answering 101.
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(run.value().signedNew, 10);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto p = payouts(ids[i]);
        QCOMPARE(p.size(), std::size_t(1));
        QCOMPARE(p.front().sequence, std::int64_t(101 + static_cast<std::int64_t>(i)));
    }
    // A later run, with the node still behind, continues after them.
    const std::int64_t eleventh = request("10");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(payouts(eleventh).front().sequence, std::int64_t(111));
}

void TestPayoutService::aShortHotWalletGoesToErrorAndSaysByHowMuch()
{
    m_stage->chain().hotBalance = xlm("300");
    const std::int64_t first = request("250");
    const std::int64_t second = request("100");
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(state(first), WithdrawalState::Broadcast);
    QCOMPARE(state(second), WithdrawalState::Error);
    // 300 - (250 + fee) leaves 49.99999; the second needs 100.00001.
    QCOMPARE(run.value().hotShortBy.size(), std::size_t(1));
    QCOMPARE(run.value().hotShortBy.at("XLM"), xlm("50.00002"));
    QVERIFY(payouts(second).empty());
    const std::string note = m_stage->withdrawals().find(second).value().note;
    QVERIFY2(note.find("hot wallet short") != std::string::npos && note.find("replenish") != std::string::npos, note.c_str());
    // The funds stay held for the customer; after replenishment, a retry pays it.
    m_stage->chain().hotBalance = xlm("1000");
    QVERIFY(m_stage->withdrawals().retry(m_admin, second).ok());
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(state(second), WithdrawalState::Broadcast);
}

void TestPayoutService::unreachableNodeKeepsTheSignedPayoutForTheRetry()
{
    const std::int64_t id = request("40");
    m_stage->chain().sendAnswer = Error{ErrorCode::Unavailable, "the node could not be reached"};
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(state(id), WithdrawalState::Error);
    auto kept = payouts(id);
    QCOMPARE(kept.size(), std::size_t(1));
    QCOMPARE(kept.front().state, PayoutState::Signed);
    // Runs leave an error alone until an operator retries; nothing new is signed.
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(m_stage->chain().signings, 1);
    QCOMPARE(m_stage->chain().sent.size(), std::size_t(1));

    m_stage->chain().sendAnswer = Result<void>();
    QVERIFY(m_stage->withdrawals().retry(m_admin, id).ok());
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(m_stage->chain().signings, 1);
    QCOMPARE(m_stage->chain().sent, (std::vector<std::string>{kept.front().rawTx, kept.front().rawTx}));
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    QCOMPARE(payouts(id).size(), std::size_t(1));
}

void TestPayoutService::aRefusedPayoutFreesItsSequence()
{
    const std::int64_t id = request("40");
    m_stage->chain().sendAnswer = Error{ErrorCode::InvalidInput, "tx_insufficient_fee"};
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(state(id), WithdrawalState::Error);
    QCOMPARE(payouts(id).front().state, PayoutState::Dropped);
    m_stage->chain().sendAnswer = Result<void>();
    m_stage->chain().fee = xlm("0.0001"); // a higher fee this time: a new transaction
    QVERIFY(m_stage->withdrawals().retry(m_admin, id).ok());
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all.back().sequence, all.front().sequence); // reused: the refused one never took it
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestPayoutService::aFailedPayoutCostsItsFeeAndIsRetriedWithANewTransaction()
{
    const std::int64_t id = request("40");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    const PayoutRecord first = payouts(id).front();
    m_stage->chain().known[first.txid] = PayoutStatus{PayoutStatus::Kind::Failed, xlm("0.00001"), "op_underfunded"};
    QVERIFY(m_stage->payouts().follow().ok());
    QCOMPARE(state(id), WithdrawalState::Failed);
    // The fee was spent; the customer's funds are still held, not paid.
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("4999.99999"));
    QCOMPARE(m_stage->ledger().account(ledger::customerAccount(m_stage->ada(), "XLM")).value().available(), xlm("4959.99"));
    m_stage->chain().chainNext = 102; // included, it used its sequence number
    QVERIFY(m_stage->withdrawals().retry(m_admin, id).ok());
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all.front().state, PayoutState::Failed);
    QVERIFY(all.back().txid != first.txid);
    m_stage->chain().known[all.back().txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.00001"), {}};
    QVERIFY(m_stage->payouts().follow().ok());
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("4959.99998"));
}

void TestPayoutService::aLockedVaultSignsNothing()
{
    const std::int64_t id = request("40");
    m_stage->vault().lock(m_admin);
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(run.value().signedNew, 0);
    QCOMPARE(run.value().problems.size(), std::size_t(1));
    QCOMPARE(state(id), WithdrawalState::Processing);
    QCOMPARE(m_stage->chain().signings, 0);
}

// Frozen after the request: the payout is not signed, the withdrawal stays
// processing (not cancelled, its hold kept) and the run says why; another
// customer's payout goes on; unfrozen, the next run pays it.
void TestPayoutService::aFrozenCustomersPayoutWaitsAndResumesWhenUnfrozen()
{
    const Actor oscar = Actor::fromOperator(31, "oscar", security::Role::Operator);
    addTestOperators(m_stage->db(), {oscar});
    customers::CustomerService customerService(m_stage->db(), m_clock, m_stage->audit());
    const qint64 grace = customerService.add(oscar, QStringLiteral("web:grace"), QStringLiteral("Grace"), QString()).value().id;
    QVERIFY(m_stage->ledger()
                .submit(ledger::TransferRequest::posted("test:deposit:grace", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                         ledger::customerAccount(grace, "XLM"), xlm("100")))
                .ok());
    const std::int64_t id = request("40");
    auto graces = m_stage->withdrawals().request(m_stage->clerk(), grace, "XLM", PayoutStage::kDestination, xlm("30"));
    QVERIFY(graces.ok());
    const QString adaExternal = CustomerRepository(m_stage->db().connection()).find(m_stage->ada()).value().externalId;
    QVERIFY(customerService.freeze(oscar, adaExternal).ok());
    const Amount heldBefore = m_stage->ledger().account(ledger::customerAccount(m_stage->ada(), "XLM")).value().reserved();

    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 1); // Grace's
    const std::string waits =
        Message{MessageId::CustomerFrozenPayoutWaits, {std::to_string(id), adaExternal.toStdString()}}.english();
    QCOMPARE(run.value().problems, std::vector<std::string>{waits});
    QVERIFY(run.value().problems.front().find("is frozen") != std::string::npos);
    QCOMPARE(state(id), WithdrawalState::Processing);
    QVERIFY(payouts(id).empty());
    QCOMPARE(state(graces.value().id), WithdrawalState::Broadcast);
    QCOMPARE(m_stage->ledger().account(ledger::customerAccount(m_stage->ada(), "XLM")).value().reserved(), heldBefore);
    // Still waiting on the next run.
    QCOMPARE(m_stage->payouts().run(m_stage->vault()).value().signedNew, 0);
    QCOMPARE(state(id), WithdrawalState::Processing);

    QVERIFY(customerService.unfreeze(oscar, adaExternal).ok());
    auto resumed = m_stage->payouts().run(m_stage->vault());
    QVERIFY(resumed.ok());
    QCOMPARE(resumed.value().signedNew, 1);
    QVERIFY(resumed.value().problems.empty());
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    QCOMPARE(payouts(id).size(), std::size_t(1));
}

void TestPayoutService::approvedWithdrawalsAreTakenIntoProcessing()
{
    exchange::security::AuditedSettings settings(m_stage->db(), m_clock);
    QVERIFY(settings.change(m_admin, "XLM", {{AssetSetting::Limit24h, "100"}}).ok());
    const std::int64_t id = request("150");
    QCOMPARE(state(id), WithdrawalState::UnderReview);
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(m_stage->chain().signings, 0); // under review is never paid
    // olga's approval is signed by a key root registered: the signer counts it.
    QVERIFY(m_stage->withdrawals().approve(m_stage->signers().confirmed("olga"), id).ok());
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(run.value().started, 1);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestPayoutService::aRetryWithTheSameBytesTakesUpTheRefusedPayout()
{
    const std::int64_t id = request("40");
    m_stage->chain().sendAnswer = Error{ErrorCode::InvalidInput, "op_underfunded"};
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(payouts(id).front().state, PayoutState::Dropped);
    // Same sequence, same fee: the same signed bytes again.
    m_stage->chain().sendAnswer = Result<void>();
    QVERIFY(m_stage->withdrawals().retry(m_admin, id).ok());
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok() && run.value().problems.empty(), run.ok() && !run.value().problems.empty() ? run.value().problems.front().c_str() : "");
    auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(1));
    QCOMPARE(all.front().state, PayoutState::Broadcast);
    QCOMPARE(m_stage->chain().sent, (std::vector<std::string>{all.front().rawTx, all.front().rawTx}));
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestPayoutService::anExpiredPayoutDoesNotHoldItsSequence()
{
    const std::int64_t id = request("40");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    const PayoutRecord first = payouts(id).front();
    QCOMPARE(first.sequence, std::int64_t(101));
    // Never included: the chain still expects 101 from hot.
    m_stage->chain().known[first.txid] = PayoutStatus{PayoutStatus::Kind::Expired, {}, "a ledger closed after its time bounds"};
    QVERIFY(m_stage->payouts().follow().ok());
    const WithdrawalRecord failed = m_stage->withdrawals().find(id).value();
    QCOMPARE(failed.state, WithdrawalState::Failed);
    QVERIFY2(failed.note.find("time bounds") != std::string::npos, failed.note.c_str());
    QCOMPARE(payouts(id).front().state, PayoutState::Dropped);
    m_stage->chain().fee = xlm("0.00002"); // fees moved: a new transaction
    QVERIFY(m_stage->withdrawals().retry(m_admin, id).ok());
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all.back().sequence, std::int64_t(101));
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestPayoutService::aPayoutTheChainCannotTakeGoesToErrorAlone()
{
    m_stage->chain().refuseToSign = xlm("0.5");
    const std::int64_t cannot = request("0.5");
    const std::int64_t can = request("40");
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(state(cannot), WithdrawalState::Error);
    const std::string note = m_stage->withdrawals().find(cannot).value().note;
    QVERIFY2(note.find("cannot be paid from hot") != std::string::npos && note.find("manual payout") != std::string::npos, note.c_str());
    QVERIFY(payouts(cannot).empty());
    QCOMPARE(state(can), WithdrawalState::Broadcast);
}

void TestPayoutService::forgetPayoutsOf(std::int64_t id, const char *stateAfter)
{
    const QSqlDatabase db = m_stage->db().connection();
    QVERIFY(sql::run(db, QStringLiteral("DELETE FROM withdrawal_payouts WHERE withdrawal_id = ?"), {QVariant::fromValue<qint64>(id)}).ok());
    QVERIFY(sql::run(db, QStringLiteral("UPDATE withdrawals SET state = ?, note = '' WHERE id = ?"),
                     {QString::fromLatin1(stateAfter), QVariant::fromValue<qint64>(id)})
                .ok());
    QVERIFY(sql::run(db, QStringLiteral("DELETE FROM payout_sequences")).ok());
}

QString TestPayoutService::journalPath()
{
    const auto id = security::ExchangeIdentity::find(m_stage->db()).value();
    return id ? security::SignerJournal::pathFor(m_stage->journalDirectory(), *id) : QString();
}

void TestPayoutService::aPayoutTheDatabaseForgotIsHeldNotSignedAgain()
{
    const std::int64_t id = request("250");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    const PayoutRecord paid = payouts(id).front();
    // The journal holds it, outside the database, before it was sent.
    auto journal = security::SignerJournal::openExisting(journalPath(), *security::ExchangeIdentity::find(m_stage->db()).value());
    QVERIFY(journal.ok() && journal.value());
    QCOMPARE(journal.value()->forWithdrawal(id).size(), std::size_t(1));
    QCOMPARE(journal.value()->forWithdrawal(id).front().txid, paid.txid);
    QCOMPARE(journal.value()->forWithdrawal(id).front().sequence, paid.sequence);

    forgetPayoutsOf(id, "processing");
    m_stage->chain().chainNext = 102; // the node included it meanwhile
    // Another process (a restart) reads the journal from the disk.
    PayoutService restarted(m_stage->db(), m_clock, m_stage->ledger(), m_stage->audit(), m_stage->wallets(), m_stage->chain());
    auto run = restarted.run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 0);
    QCOMPARE(run.value().held, 1);
    QCOMPARE(run.value().heldTotal, 1);
    QCOMPARE(m_stage->chain().signings, 1);
    QCOMPARE(m_stage->chain().sent.size(), std::size_t(1));
    QVERIFY(payouts(id).empty());
    const WithdrawalRecord held = m_stage->withdrawals().find(id).value();
    QCOMPARE(held.state, WithdrawalState::HeldForIntegrity);
    QVERIFY2(held.note.find(paid.txid) != std::string::npos && held.note.find("no payout") != std::string::npos,
             held.note.c_str());

    security::AuditFilter filter;
    filter.action = "withdrawal.held_for_integrity";
    const auto records = m_stage->audit().list(filter).value();
    QCOMPARE(records.size(), std::size_t(1));
    QCOMPARE(records.front().objectId, std::to_string(id));
    QVERIFY2(records.front().after.find("journal_payout_unknown") != std::string::npos, records.front().after.c_str());
    QVERIFY2(records.front().after.find(paid.txid) != std::string::npos, records.front().after.c_str());

    // No path pays it: not a retry, not manual payout, not another run.
    QVERIFY(!m_stage->withdrawals().retry(m_admin, id).ok());
    ManualPayoutService manual(m_stage->db(), m_clock, m_stage->ledger(), m_stage->audit(), m_stage->wallets());
    QVERIFY(!manual.sendToManual(m_admin, id, "pay it from warm").ok());
    auto later = restarted.run(m_stage->vault());
    QVERIFY(later.ok());
    QCOMPARE(later.value().held, 0);
    QCOMPARE(later.value().heldTotal, 1); // still held: it still pages someone
    QCOMPARE(m_stage->chain().signings, 1);
    QCOMPARE(state(id), WithdrawalState::HeldForIntegrity);
    // The customer's funds stay held.
    QCOMPARE(m_stage->ledger().account(ledger::customerAccount(m_stage->ada(), "XLM")).value().available(), xlm("4749.99"));
}

void TestPayoutService::aSequenceJournaledForAnotherWithdrawalIsNotSignedAgain()
{
    const std::int64_t first = request("40");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(payouts(first).front().sequence, std::int64_t(101));
    const std::string firstTxid = payouts(first).front().txid;
    // The restored database forgot that payout; the node has not seen it yet
    // and still answers 101, which the journal gave the first withdrawal.
    forgetPayoutsOf(first, "error");
    const std::int64_t second = request("30");
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(run.value().held, 1);
    QCOMPARE(m_stage->chain().signings, 1);
    const WithdrawalRecord held = m_stage->withdrawals().find(second).value();
    QCOMPARE(held.state, WithdrawalState::HeldForIntegrity);
    QVERIFY2(held.note.find("sequence 101") != std::string::npos && held.note.find(firstTxid) != std::string::npos,
             held.note.c_str());
    security::AuditFilter filter;
    filter.action = "withdrawal.held_for_integrity";
    const auto records = m_stage->audit().list(filter).value();
    QCOMPARE(records.size(), std::size_t(1));
    QVERIFY2(records.front().after.find("journal_sequence_taken") != std::string::npos, records.front().after.c_str());
}

void TestPayoutService::theRebuildAfterAnExpiryIsJournaledAndPaysOnce()
{
    const std::int64_t id = request("40");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    const PayoutRecord first = payouts(id).front();
    m_stage->chain().known[first.txid] = PayoutStatus{PayoutStatus::Kind::Expired, {}, "a ledger closed after its time bounds"};
    QVERIFY(m_stage->payouts().follow().ok());
    m_stage->chain().fee = xlm("0.00002");
    QVERIFY(m_stage->withdrawals().retry(m_admin, id).ok());
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(run.value().held, 0);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    const PayoutRecord second = payouts(id).back();
    QVERIFY(second.txid != first.txid);
    QCOMPARE(second.sequence, first.sequence);
    auto journal = security::SignerJournal::openExisting(journalPath(), *security::ExchangeIdentity::find(m_stage->db()).value());
    QVERIFY(journal.ok() && journal.value());
    const auto lines = journal.value()->forWithdrawal(id);
    QCOMPARE(lines.size(), std::size_t(2));
    QCOMPARE(lines.front().txid, first.txid);
    QCOMPARE(lines.back().txid, second.txid);
    m_stage->chain().known[second.txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.00001"), {}};
    QVERIFY(m_stage->payouts().follow().ok());
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(m_stage->chain().signings, 2);
}

void TestPayoutService::aDamagedJournalStopsSigning()
{
    const std::int64_t first = request("40");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    const std::int64_t second = request("30");
    QVERIFY(m_stage->payouts().run(m_stage->vault()).ok());
    QCOMPARE(m_stage->chain().signings, 2);
    // The first payout's line edited: the chain of lines breaks at the second.
    QFile file(journalPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const std::string firstTxid = payouts(first).front().txid;
    bytes.replace(QByteArray::fromStdString(firstTxid), QByteArray::fromStdString(firstTxid + "0"));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();

    const std::int64_t third = request("20");
    PayoutService restarted(m_stage->db(), m_clock, m_stage->ledger(), m_stage->audit(), m_stage->wallets(), m_stage->chain());
    auto run = restarted.run(m_stage->vault());
    QVERIFY(run.ok());
    QCOMPARE(m_stage->chain().signings, 2);
    QCOMPARE(state(third), WithdrawalState::Processing);
    QVERIFY(run.value().journalUnusable);
    QVERIFY(!run.value().problems.empty());
    QVERIFY2(run.value().problems.front().find("signer's journal cannot be used") != std::string::npos,
             run.value().problems.front().c_str());
    QCOMPARE(state(second), WithdrawalState::Broadcast);
}

// Fail closed: a vault that pins no admin key gives the signer nothing to
// verify a request or an approval by, so nothing is signed. The withdrawal
// is not held (nothing is wrong with it): it waits, and the run says why
// and what to do. Once root pins theirs (an admin's unlock, as exctl vault
// pin does) the same withdrawal is paid.
void TestPayoutService::withoutAPinnedAdminKeyNothingIsSignedUntilAnAdminPins()
{
    m_stage = std::make_unique<PayoutStage>(m_clock, PayoutStage::Limits(), PayoutStage::Pin::None);
    QVERIFY2(m_stage->failure().isEmpty(), qPrintable(m_stage->failure()));
    QVERIFY(!m_stage->vault().pinnedAdminKey().value());
    const std::int64_t id = request("40");
    QCOMPARE(state(id), WithdrawalState::Processing);
    const Amount reserved = m_stage->ledger().account(ledger::customerAccount(m_stage->ada(), "XLM")).value().reserved();

    for (int pass = 0; pass < 2; ++pass) {
        auto run = m_stage->payouts().run(m_stage->vault());
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
        QVERIFY(run.value().noPinnedAdminKey);
        QCOMPARE(run.value().problems,
                 (std::vector<std::string>{Message{MessageId::SignerNoPinnedAdminKey, {}}.english()}));
        QCOMPARE(run.value().signedNew, 0);
        QCOMPARE(run.value().held, 0);
        QVERIFY(run.value().warnings.empty());
        QCOMPARE(m_stage->chain().signings, 0);
        QVERIFY(m_stage->chain().sent.empty());
        QCOMPARE(state(id), WithdrawalState::Processing);
        QVERIFY(payouts(id).empty());
        QCOMPARE(m_stage->ledger().account(ledger::customerAccount(m_stage->ada(), "XLM")).value().reserved(), reserved);
    }

    const Actor root = m_stage->admin();
    QVERIFY(m_stage->vault().unlock(root, PayoutStage::kPassphrase).ok()); // pins root's key
    QVERIFY(security::registerPinnedAdmin(m_stage->signers().operators(), m_stage->vault(), root).ok());
    // XLM's settings were saved before root's key was registered: they
    // chain to nothing, so still nothing is signed, now for that reason.
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QVERIFY(!run.value().noPinnedAdminKey);
    QVERIFY(run.value().settingsUnsigned);
    QCOMPARE(run.value().signedNew, 0);
    security::AuditedSettings settings(m_stage->db(), m_clock);
    QVERIFY(settings.change(m_stage->admin(), "XLM", {{AssetSetting::Limit24h, "90000"}}).ok());
    run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QVERIFY(!run.value().settingsUnsigned);
    QCOMPARE(run.value().signedNew, 1);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

// Pinned, but no admin ever signed XLM's settings: its limits exist only as
// rows, which anyone with database access can raise. The signer takes no
// limit from a row: nothing of XLM is signed or held, the run says why,
// and once root saves the settings (signing them) the withdrawal is paid.
void TestPayoutService::anAssetNoAdminSignedTheSettingsOfPaysNothing()
{
    PayoutStage::Limits rowsOnly;
    rowsOnly.signedByRoot = false;
    m_stage = std::make_unique<PayoutStage>(m_clock, rowsOnly);
    QVERIFY2(m_stage->failure().isEmpty(), qPrintable(m_stage->failure()));
    QVERIFY(m_stage->vault().pinnedAdminKey().value());
    const std::int64_t id = request("40");
    QCOMPARE(state(id), WithdrawalState::Processing);

    const std::string why = Message{MessageId::SignerSettingsUnsigned, {"XLM"}}.english();
    for (int pass = 0; pass < 2; ++pass) {
        auto run = m_stage->payouts().run(m_stage->vault());
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
        QVERIFY(run.value().settingsUnsigned);
        QCOMPARE(run.value().problems, (std::vector<std::string>{why}));
        QCOMPARE(run.value().signedNew, 0);
        QCOMPARE(run.value().held, 0);
        QCOMPARE(m_stage->chain().signings, 0);
        QCOMPARE(state(id), WithdrawalState::Processing);
        QVERIFY(payouts(id).empty());
    }

    security::AuditedSettings settings(m_stage->db(), m_clock);
    // Saving signs the settings in force after the change, all of them.
    QVERIFY(settings.change(m_stage->admin(), "XLM", {{AssetSetting::Limit24h, "90000"}}).ok());
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QVERIFY(!run.value().settingsUnsigned);
    QVERIFY(run.value().problems.empty());
    QCOMPARE(run.value().signedNew, 1);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

QTEST_GUILESS_MAIN(TestPayoutService)
#include "tst_payoutservice.moc"
