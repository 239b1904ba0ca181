// Automatic payouts on this run's backend, with a scripted chain (the
// payer): what is signed is stored before it is sent and re-sent as the
// same bytes after an error, sequences are consecutive and kept locally, a
// short hot wallet sends the withdrawal to error saying what hot lacks, a
// refused transaction frees its sequence, what the chain decides settles
// the ledger exactly once, and the books stay balanced throughout. The
// signer's journal outside the database keeps a withdrawal whose payout a
// rolled-back database forgot from being signed again (held_for_integrity),
// and the rebuild after an expiry still pays once.

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
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/manualpayoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "scriptedpayer.h"
#include "testoperators.h"

#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;

namespace {

// SEP-0023's example account as hot; destinations from the same document.
const std::string kHot = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const std::string kDestination = "GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37";
const QByteArray kPassphrase = "test vault passphrase";

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

private:
    std::int64_t request(const char *amount);
    WithdrawalState state(std::int64_t id);
    Amount ledgerBalance(const ledger::AccountKey &key);
    std::vector<PayoutRecord> payouts(std::int64_t id);
    // What a restore from an older backup does to one paid withdrawal: its
    // payouts and sequence are gone, it is processing again.
    void forgetPayoutsOf(std::int64_t id, const char *stateAfter);
    QString journalPath();

    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<WithdrawalService> m_withdrawals;
    std::unique_ptr<ScriptedPayer> m_chain;
    std::unique_ptr<PayoutService> m_payouts;
    std::int64_t m_ada = 0;
    Actor m_admin; // an admin operator row (testAdmin), made with the database
};

void TestPayoutService::init()
{
    m_journalDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_journalDir->isValid());
    qputenv("EXCHANGE_SIGNER_JOURNAL_DIR", m_journalDir->path().toUtf8());
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_admin = testAdmin(*m_db, "tester");
    m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    exchange::security::AuditedSettings settings(*m_db, m_clock);
    QVERIFY(settings.change(m_admin, "XLM", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "100000"},
                                             {AssetSetting::Limit72h, "100000"}})
                .ok());
    wallets::WalletRepository walletRows(m_db->connection(), m_db->dialect());
    QVERIFY(walletRows.add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kHot, {}, {}, false, {}, 0}, 1).ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    QVERIFY(m_vault->initialize(m_admin, kPassphrase).ok());
    m_withdrawals = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_chain = std::make_unique<ScriptedPayer>();
    m_payouts = std::make_unique<PayoutService>(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, *m_chain);
    // Ada's 5000 XLM arrived in hot (collected): the ledger's hot holds them.
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                         ledger::customerAccount(m_ada, "XLM"), xlm("5000")))
                .ok());
}

void TestPayoutService::cleanup()
{
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_payouts.reset();
    m_chain.reset();
    m_withdrawals.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
    m_journalDir.reset();
}

std::int64_t TestPayoutService::request(const char *amount)
{
    auto w = m_withdrawals->request(m_admin, m_ada, "XLM", kDestination, xlm(amount));
    if (!w)
        qFatal("request failed: %s", w.error().message.c_str());
    m_clock.advance(1000);
    return w.value().id;
}

WithdrawalState TestPayoutService::state(std::int64_t id)
{
    return m_withdrawals->find(id).value().state;
}

Amount TestPayoutService::ledgerBalance(const ledger::AccountKey &key)
{
    return m_ledger->account(key).value().balance();
}

std::vector<PayoutRecord> TestPayoutService::payouts(std::int64_t id)
{
    return PayoutRepository(m_db->connection(), m_db->dialect()).ofWithdrawal(id).value();
}

void TestPayoutService::paysAndSettlesExactly()
{
    const std::int64_t id = request("250");
    QCOMPARE(state(id), WithdrawalState::Processing);
    auto run = m_payouts->run(*m_vault);
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 1);
    QCOMPARE(run.value().broadcast, 1);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    auto stored = payouts(id);
    QCOMPARE(stored.size(), std::size_t(1));
    QCOMPARE(stored.front().state, PayoutState::Broadcast);
    QCOMPARE(stored.front().sequence, std::int64_t(101));
    QCOMPARE(m_chain->sent, (std::vector<std::string>{stored.front().rawTx}));
    // Nothing is posted while the chain has not decided.
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("5000"));

    m_chain->known[stored.front().txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.00001"), {}};
    auto followed = m_payouts->follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 1);
    const WithdrawalRecord w = m_withdrawals->find(id).value();
    QCOMPARE(w.state, WithdrawalState::Succeeded);
    QCOMPARE(w.txid.value_or(""), stored.front().txid);
    // Hot paid 250 and the network fee; Ada paid 250 and the 0.01 fee.
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("4749.99999"));
    QCOMPARE(ledgerBalance(ledger::customerAccount(m_ada, "XLM")), xlm("4749.99"));
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "XLM")), xlm("0.00001"));
    QCOMPARE(ledgerBalance(ledger::revenueAccount(ledger::owner::WithdrawalFees, "XLM")), xlm("0.01"));
    // Following again settles nothing twice.
    auto again = m_payouts->follow();
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
    auto run = m_payouts->run(*m_vault);
    QVERIFY(run.ok());
    QCOMPARE(run.value().signedNew, 10);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        auto p = payouts(ids[i]);
        QCOMPARE(p.size(), std::size_t(1));
        QCOMPARE(p.front().sequence, std::int64_t(101 + static_cast<std::int64_t>(i)));
    }
    // A later run, with the node still behind, continues after them.
    const std::int64_t eleventh = request("10");
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(payouts(eleventh).front().sequence, std::int64_t(111));
}

void TestPayoutService::aShortHotWalletGoesToErrorAndSaysByHowMuch()
{
    m_chain->hotBalance = xlm("300");
    const std::int64_t first = request("250");
    const std::int64_t second = request("100");
    auto run = m_payouts->run(*m_vault);
    QVERIFY(run.ok());
    QCOMPARE(state(first), WithdrawalState::Broadcast);
    QCOMPARE(state(second), WithdrawalState::Error);
    // 300 - (250 + fee) leaves 49.99999; the second needs 100.00001.
    QVERIFY(run.value().hotShortBy.has_value());
    QCOMPARE(*run.value().hotShortBy, xlm("50.00002"));
    QVERIFY(payouts(second).empty());
    const std::string note = m_withdrawals->find(second).value().note;
    QVERIFY2(note.find("hot wallet short") != std::string::npos && note.find("replenish") != std::string::npos, note.c_str());
    // The funds stay held for the customer; after replenishment, a retry pays it.
    m_chain->hotBalance = xlm("1000");
    QVERIFY(m_withdrawals->retry(m_admin, second).ok());
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(state(second), WithdrawalState::Broadcast);
}

void TestPayoutService::unreachableNodeKeepsTheSignedPayoutForTheRetry()
{
    const std::int64_t id = request("40");
    m_chain->sendAnswer = Error{ErrorCode::Unavailable, "the node could not be reached"};
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(state(id), WithdrawalState::Error);
    auto kept = payouts(id);
    QCOMPARE(kept.size(), std::size_t(1));
    QCOMPARE(kept.front().state, PayoutState::Signed);
    // Runs leave an error alone until an operator retries; nothing new is signed.
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(m_chain->signings, 1);
    QCOMPARE(m_chain->sent.size(), std::size_t(1));

    m_chain->sendAnswer = Result<void>();
    QVERIFY(m_withdrawals->retry(m_admin, id).ok());
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(m_chain->signings, 1);
    QCOMPARE(m_chain->sent, (std::vector<std::string>{kept.front().rawTx, kept.front().rawTx}));
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    QCOMPARE(payouts(id).size(), std::size_t(1));
}

void TestPayoutService::aRefusedPayoutFreesItsSequence()
{
    const std::int64_t id = request("40");
    m_chain->sendAnswer = Error{ErrorCode::InvalidInput, "tx_insufficient_fee"};
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(state(id), WithdrawalState::Error);
    QCOMPARE(payouts(id).front().state, PayoutState::Dropped);
    m_chain->sendAnswer = Result<void>();
    m_chain->fee = xlm("0.0001"); // a higher fee this time: a new transaction
    QVERIFY(m_withdrawals->retry(m_admin, id).ok());
    QVERIFY(m_payouts->run(*m_vault).ok());
    auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all.back().sequence, all.front().sequence); // reused: the refused one never took it
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestPayoutService::aFailedPayoutCostsItsFeeAndIsRetriedWithANewTransaction()
{
    const std::int64_t id = request("40");
    QVERIFY(m_payouts->run(*m_vault).ok());
    const PayoutRecord first = payouts(id).front();
    m_chain->known[first.txid] = PayoutStatus{PayoutStatus::Kind::Failed, xlm("0.00001"), "op_underfunded"};
    QVERIFY(m_payouts->follow().ok());
    QCOMPARE(state(id), WithdrawalState::Failed);
    // The fee was spent; the customer's funds are still held, not paid.
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("4999.99999"));
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "XLM")).value().available(), xlm("4959.99"));
    m_chain->chainNext = 102; // included, it used its sequence number
    QVERIFY(m_withdrawals->retry(m_admin, id).ok());
    QVERIFY(m_payouts->run(*m_vault).ok());
    auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all.front().state, PayoutState::Failed);
    QVERIFY(all.back().txid != first.txid);
    m_chain->known[all.back().txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.00001"), {}};
    QVERIFY(m_payouts->follow().ok());
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), xlm("4959.99998"));
}

void TestPayoutService::aLockedVaultSignsNothing()
{
    const std::int64_t id = request("40");
    m_vault->lock(m_admin);
    auto run = m_payouts->run(*m_vault);
    QVERIFY(run.ok());
    QCOMPARE(run.value().signedNew, 0);
    QCOMPARE(run.value().problems.size(), std::size_t(1));
    QCOMPARE(state(id), WithdrawalState::Processing);
    QCOMPARE(m_chain->signings, 0);
}

// Frozen after the request: the payout is not signed, the withdrawal stays
// processing (not cancelled, its hold kept) and the run says why; another
// customer's payout goes on; unfrozen, the next run pays it.
void TestPayoutService::aFrozenCustomersPayoutWaitsAndResumesWhenUnfrozen()
{
    const Actor oscar = Actor::fromOperator(31, "oscar", security::Role::Operator);
    addTestOperators(*m_db, {oscar});
    customers::CustomerService customerService(*m_db, m_clock, *m_audit);
    const qint64 grace = customerService.add(oscar, QStringLiteral("web:grace"), QStringLiteral("Grace"), QString()).value().id;
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit:grace", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                         ledger::customerAccount(grace, "XLM"), xlm("100")))
                .ok());
    const std::int64_t id = request("40");
    auto graces = m_withdrawals->request(m_admin, grace, "XLM", kDestination, xlm("30"));
    QVERIFY(graces.ok());
    const QString adaExternal = CustomerRepository(m_db->connection()).find(m_ada).value().externalId;
    QVERIFY(customerService.freeze(oscar, adaExternal).ok());
    const Amount heldBefore = m_ledger->account(ledger::customerAccount(m_ada, "XLM")).value().reserved();

    auto run = m_payouts->run(*m_vault);
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 1); // Grace's
    const std::string waits =
        Message{MessageId::CustomerFrozenPayoutWaits, {std::to_string(id), adaExternal.toStdString()}}.english();
    QCOMPARE(run.value().problems, std::vector<std::string>{waits});
    QVERIFY(run.value().problems.front().find("is frozen") != std::string::npos);
    QCOMPARE(state(id), WithdrawalState::Processing);
    QVERIFY(payouts(id).empty());
    QCOMPARE(state(graces.value().id), WithdrawalState::Broadcast);
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "XLM")).value().reserved(), heldBefore);
    // Still waiting on the next run.
    QCOMPARE(m_payouts->run(*m_vault).value().signedNew, 0);
    QCOMPARE(state(id), WithdrawalState::Processing);

    QVERIFY(customerService.unfreeze(oscar, adaExternal).ok());
    auto resumed = m_payouts->run(*m_vault);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed.value().signedNew, 1);
    QVERIFY(resumed.value().problems.empty());
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    QCOMPARE(payouts(id).size(), std::size_t(1));
}

void TestPayoutService::approvedWithdrawalsAreTakenIntoProcessing()
{
    exchange::security::AuditedSettings settings(*m_db, m_clock);
    QVERIFY(settings.change(m_admin, "XLM", {{AssetSetting::Limit24h, "100"}}).ok());
    const std::int64_t id = request("150");
    QCOMPARE(state(id), WithdrawalState::UnderReview);
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(m_chain->signings, 0); // under review is never paid
    Actor approver = Actor::fromOperator(7, "approver", security::Role::Approver);
    approver.secondFactor = true;
    addTestOperators(*m_db, {approver});
    QVERIFY(m_withdrawals->approve(approver, id).ok());
    auto run = m_payouts->run(*m_vault);
    QVERIFY(run.ok());
    QCOMPARE(run.value().started, 1);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestPayoutService::aRetryWithTheSameBytesTakesUpTheRefusedPayout()
{
    const std::int64_t id = request("40");
    m_chain->sendAnswer = Error{ErrorCode::InvalidInput, "op_underfunded"};
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(payouts(id).front().state, PayoutState::Dropped);
    // Same sequence, same fee: the same signed bytes again.
    m_chain->sendAnswer = Result<void>();
    QVERIFY(m_withdrawals->retry(m_admin, id).ok());
    auto run = m_payouts->run(*m_vault);
    QVERIFY2(run.ok() && run.value().problems.empty(), run.ok() && !run.value().problems.empty() ? run.value().problems.front().c_str() : "");
    auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(1));
    QCOMPARE(all.front().state, PayoutState::Broadcast);
    QCOMPARE(m_chain->sent, (std::vector<std::string>{all.front().rawTx, all.front().rawTx}));
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestPayoutService::anExpiredPayoutDoesNotHoldItsSequence()
{
    const std::int64_t id = request("40");
    QVERIFY(m_payouts->run(*m_vault).ok());
    const PayoutRecord first = payouts(id).front();
    QCOMPARE(first.sequence, std::int64_t(101));
    // Never included: the chain still expects 101 from hot.
    m_chain->known[first.txid] = PayoutStatus{PayoutStatus::Kind::Expired, {}, "a ledger closed after its time bounds"};
    QVERIFY(m_payouts->follow().ok());
    const WithdrawalRecord failed = m_withdrawals->find(id).value();
    QCOMPARE(failed.state, WithdrawalState::Failed);
    QVERIFY2(failed.note.find("time bounds") != std::string::npos, failed.note.c_str());
    QCOMPARE(payouts(id).front().state, PayoutState::Dropped);
    m_chain->fee = xlm("0.00002"); // fees moved: a new transaction
    QVERIFY(m_withdrawals->retry(m_admin, id).ok());
    QVERIFY(m_payouts->run(*m_vault).ok());
    auto all = payouts(id);
    QCOMPARE(all.size(), std::size_t(2));
    QCOMPARE(all.back().sequence, std::int64_t(101));
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestPayoutService::aPayoutTheChainCannotTakeGoesToErrorAlone()
{
    m_chain->refuseToSign = xlm("0.5");
    const std::int64_t cannot = request("0.5");
    const std::int64_t can = request("40");
    auto run = m_payouts->run(*m_vault);
    QVERIFY(run.ok());
    QCOMPARE(state(cannot), WithdrawalState::Error);
    const std::string note = m_withdrawals->find(cannot).value().note;
    QVERIFY2(note.find("cannot be paid from hot") != std::string::npos && note.find("manual payout") != std::string::npos, note.c_str());
    QVERIFY(payouts(cannot).empty());
    QCOMPARE(state(can), WithdrawalState::Broadcast);
}

void TestPayoutService::forgetPayoutsOf(std::int64_t id, const char *stateAfter)
{
    const QSqlDatabase db = m_db->connection();
    QVERIFY(sql::run(db, QStringLiteral("DELETE FROM withdrawal_payouts WHERE withdrawal_id = ?"), {QVariant::fromValue<qint64>(id)}).ok());
    QVERIFY(sql::run(db, QStringLiteral("UPDATE withdrawals SET state = ?, note = '' WHERE id = ?"),
                     {QString::fromLatin1(stateAfter), QVariant::fromValue<qint64>(id)})
                .ok());
    QVERIFY(sql::run(db, QStringLiteral("DELETE FROM payout_sequences")).ok());
}

QString TestPayoutService::journalPath()
{
    const auto id = security::ExchangeIdentity::find(*m_db).value();
    return id ? security::SignerJournal::pathFor(m_journalDir->path(), *id) : QString();
}

void TestPayoutService::aPayoutTheDatabaseForgotIsHeldNotSignedAgain()
{
    const std::int64_t id = request("250");
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    const PayoutRecord paid = payouts(id).front();
    // The journal holds it, outside the database, before it was sent.
    auto journal = security::SignerJournal::openExisting(journalPath(), *security::ExchangeIdentity::find(*m_db).value());
    QVERIFY(journal.ok() && journal.value());
    QCOMPARE(journal.value()->forWithdrawal(id).size(), std::size_t(1));
    QCOMPARE(journal.value()->forWithdrawal(id).front().txid, paid.txid);
    QCOMPARE(journal.value()->forWithdrawal(id).front().sequence, paid.sequence);

    forgetPayoutsOf(id, "processing");
    m_chain->chainNext = 102; // the node included it meanwhile
    // Another process (a restart) reads the journal from the disk.
    PayoutService restarted(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, *m_chain);
    auto run = restarted.run(*m_vault);
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 0);
    QCOMPARE(run.value().held, 1);
    QCOMPARE(run.value().heldTotal, 1);
    QCOMPARE(m_chain->signings, 1);
    QCOMPARE(m_chain->sent.size(), std::size_t(1));
    QVERIFY(payouts(id).empty());
    const WithdrawalRecord held = m_withdrawals->find(id).value();
    QCOMPARE(held.state, WithdrawalState::HeldForIntegrity);
    QVERIFY2(held.note.find(paid.txid) != std::string::npos && held.note.find("no payout") != std::string::npos,
             held.note.c_str());

    security::AuditFilter filter;
    filter.action = "withdrawal.held_for_integrity";
    const auto records = m_audit->list(filter).value();
    QCOMPARE(records.size(), std::size_t(1));
    QCOMPARE(records.front().objectId, std::to_string(id));
    QVERIFY2(records.front().after.find("journal_payout_unknown") != std::string::npos, records.front().after.c_str());
    QVERIFY2(records.front().after.find(paid.txid) != std::string::npos, records.front().after.c_str());

    // No path pays it: not a retry, not manual payout, not another run.
    QVERIFY(!m_withdrawals->retry(m_admin, id).ok());
    ManualPayoutService manual(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets);
    QVERIFY(!manual.sendToManual(m_admin, id, "pay it from warm").ok());
    auto later = restarted.run(*m_vault);
    QVERIFY(later.ok());
    QCOMPARE(later.value().held, 0);
    QCOMPARE(later.value().heldTotal, 1); // still held: it still pages someone
    QCOMPARE(m_chain->signings, 1);
    QCOMPARE(state(id), WithdrawalState::HeldForIntegrity);
    // The customer's funds stay held.
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "XLM")).value().available(), xlm("4749.99"));
}

void TestPayoutService::aSequenceJournaledForAnotherWithdrawalIsNotSignedAgain()
{
    const std::int64_t first = request("40");
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(payouts(first).front().sequence, std::int64_t(101));
    const std::string firstTxid = payouts(first).front().txid;
    // The restored database forgot that payout; the node has not seen it yet
    // and still answers 101, which the journal gave the first withdrawal.
    forgetPayoutsOf(first, "error");
    const std::int64_t second = request("30");
    auto run = m_payouts->run(*m_vault);
    QVERIFY(run.ok());
    QCOMPARE(run.value().held, 1);
    QCOMPARE(m_chain->signings, 1);
    const WithdrawalRecord held = m_withdrawals->find(second).value();
    QCOMPARE(held.state, WithdrawalState::HeldForIntegrity);
    QVERIFY2(held.note.find("sequence 101") != std::string::npos && held.note.find(firstTxid) != std::string::npos,
             held.note.c_str());
    security::AuditFilter filter;
    filter.action = "withdrawal.held_for_integrity";
    const auto records = m_audit->list(filter).value();
    QCOMPARE(records.size(), std::size_t(1));
    QVERIFY2(records.front().after.find("journal_sequence_taken") != std::string::npos, records.front().after.c_str());
}

void TestPayoutService::theRebuildAfterAnExpiryIsJournaledAndPaysOnce()
{
    const std::int64_t id = request("40");
    QVERIFY(m_payouts->run(*m_vault).ok());
    const PayoutRecord first = payouts(id).front();
    m_chain->known[first.txid] = PayoutStatus{PayoutStatus::Kind::Expired, {}, "a ledger closed after its time bounds"};
    QVERIFY(m_payouts->follow().ok());
    m_chain->fee = xlm("0.00002");
    QVERIFY(m_withdrawals->retry(m_admin, id).ok());
    auto run = m_payouts->run(*m_vault);
    QVERIFY(run.ok());
    QCOMPARE(run.value().held, 0);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
    const PayoutRecord second = payouts(id).back();
    QVERIFY(second.txid != first.txid);
    QCOMPARE(second.sequence, first.sequence);
    auto journal = security::SignerJournal::openExisting(journalPath(), *security::ExchangeIdentity::find(*m_db).value());
    QVERIFY(journal.ok() && journal.value());
    const auto lines = journal.value()->forWithdrawal(id);
    QCOMPARE(lines.size(), std::size_t(2));
    QCOMPARE(lines.front().txid, first.txid);
    QCOMPARE(lines.back().txid, second.txid);
    m_chain->known[second.txid] = PayoutStatus{PayoutStatus::Kind::Succeeded, xlm("0.00001"), {}};
    QVERIFY(m_payouts->follow().ok());
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(m_chain->signings, 2);
}

void TestPayoutService::aDamagedJournalStopsSigning()
{
    const std::int64_t first = request("40");
    QVERIFY(m_payouts->run(*m_vault).ok());
    const std::int64_t second = request("30");
    QVERIFY(m_payouts->run(*m_vault).ok());
    QCOMPARE(m_chain->signings, 2);
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
    PayoutService restarted(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, *m_chain);
    auto run = restarted.run(*m_vault);
    QVERIFY(run.ok());
    QCOMPARE(m_chain->signings, 2);
    QCOMPARE(state(third), WithdrawalState::Processing);
    QVERIFY(run.value().journalUnusable);
    QVERIFY(!run.value().problems.empty());
    QVERIFY2(run.value().problems.front().find("signer's journal cannot be used") != std::string::npos,
             run.value().problems.front().c_str());
    QCOMPARE(state(second), WithdrawalState::Broadcast);
}

QTEST_GUILESS_MAIN(TestPayoutService)
#include "tst_payoutservice.moc"
