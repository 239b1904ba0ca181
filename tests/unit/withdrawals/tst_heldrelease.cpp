// Ending an integrity hold on this run's backend, with the chain played by a
// fake payment lookup: an admin with a confirmed code releases a withdrawal
// held for integrity as paid, with a TxId the chain shows paying it from
// hot (succeeded, the ledger settled once as a hot payout, audited), or as
// not paid (rejected, the customer's funds back). A TxId the chain does not
// confirm, an approver, the command line's cli:<user>, an admin without a
// code and a withdrawal that is not held are refused and change nothing.
//
// The withdrawals are put on hold by an UPDATE of their state in SQL: that
// is what the payout signer does when its checks fail (payoutservice.cpp).

#include "core/base/manualclock.h"
#include "core/base/message.h"
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
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

// EIP-55's examples: the destination, the hot wallet, the warm wallet.
const std::string kDestination = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const std::string kHot = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
const std::string kWarm = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB";
const char *kHeldNote = "the signer's journal says this withdrawal was signed as txid 0xaa on 2026-12-05; the database "
                        "has no payout for it";

std::string txid(char digit)
{
    return "0x" + std::string(64, digit);
}

Amount eth(const char *text)
{
    return Amount::parse(text, 18).value();
}

chains::Payment payment(const std::string &from, const char *amount)
{
    chains::Payment p;
    p.from = from;
    p.to = kDestination;
    p.amount = eth(amount);
    p.confirmed = true;
    p.fee = eth("0.000021");
    return p;
}

} // namespace

class TestHeldRelease : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void releasedAsPaidSettlesOnce();
    void aTxidTheChainDoesNotConfirmChangesNothing_data();
    void aTxidTheChainDoesNotConfirmChangesNothing();
    void releasedAsNotPaidGivesTheFundsBack();
    void onlyAnAdminWithACodeReleases();
    void aWithdrawalNotHeldIsRefused();
    void anotherWithdrawalsPayoutIsNotThisOnes();

private:
    WithdrawalRecord held(const char *amount);
    std::int64_t count(const QString &statement);
    Amount balance(const ledger::AccountKey &key);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<WithdrawalService> m_withdrawals;
    std::unique_ptr<ManualPayoutService> m_service;
    std::unique_ptr<chains::FakePaymentLookup> m_chain;
    std::int64_t m_ada = 0;
    Actor m_admin; // an admin operator row with a confirmed code (testAdmin)
};

void TestHeldRelease::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_admin = testAdmin(*m_db, "tester");
    m_chain = std::make_unique<chains::FakePaymentLookup>();
    m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(m_admin, "ETH", {{AssetSetting::WithdrawFee, "0.001"}, {AssetSetting::Limit24h, "5"},
                                         {AssetSetting::Limit72h, "5"}})
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_withdrawals = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_service = std::make_unique<ManualPayoutService>(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets);
    m_service->setPaymentLookup(m_chain.get());
    addTestOperators(*m_db, {[] {
                                 Actor a = Actor::fromOperator(7, "grace", Role::Approver);
                                 a.secondFactor = true;
                                 return a;
                             }()});
    for (auto [tier, address] : {std::pair{wallets::WalletTier::Hot, kHot}, std::pair{wallets::WalletTier::Warm, kWarm}}) {
        wallets::Wallet wallet;
        wallet.chain = Chain::Ethereum;
        wallet.tier = tier;
        wallet.asset = "ETH";
        wallet.address = address;
        wallet.watchOnly = true;
        QVERIFY(m_wallets->add(m_admin, wallet).ok());
    }
    // Ada deposited 10 ETH (into hot, in the ledger).
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "ETH"),
                                                         ledger::customerAccount(m_ada, "ETH"), eth("10")))
                .ok());
}

void TestHeldRelease::cleanup()
{
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_service.reset();
    m_withdrawals.reset();
    m_wallets.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

WithdrawalRecord TestHeldRelease::held(const char *amount)
{
    auto requested = m_withdrawals->request(m_admin, m_ada, "ETH", kDestination, eth(amount));
    if (!requested)
        qFatal("%s", requested.error().message.c_str());
    if (requested.value().state != WithdrawalState::Processing)
        qFatal("not within the limits");
    // What the payout signer does when a check fails: the row to
    // held_for_integrity with the reason as its note.
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("UPDATE withdrawals SET state = 'held_for_integrity', note = ? WHERE id = ?"),
                      {QString::fromLatin1(kHeldNote), QVariant::fromValue(static_cast<qint64>(requested.value().id))});
    if (!q)
        qFatal("%s", q.error().message.c_str());
    return m_service->find(requested.value().id).value();
}

std::int64_t TestHeldRelease::count(const QString &statement)
{
    auto q = sql::run(m_db->connection(), statement);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

Amount TestHeldRelease::balance(const ledger::AccountKey &key)
{
    return m_ledger->account(key).value().balance();
}

void TestHeldRelease::releasedAsPaidSettlesOnce()
{
    const WithdrawalRecord w = held("2");
    QCOMPARE(w.state, WithdrawalState::HeldForIntegrity);
    const auto hotAccount = ledger::walletAccount(ledger::owner::HotWallet, "ETH");
    const Amount hotBefore = balance(hotAccount);
    m_chain->add(Chain::Ethereum, txid('a'), payment(kHot, "2"));

    auto paid = m_service->releaseHeldAsPaid(m_admin, w.id, "0x" + std::string(64, 'A'));
    QVERIFY2(paid.ok(), paid.ok() ? "" : paid.error().message.c_str());
    QCOMPARE(paid.value().state, WithdrawalState::Succeeded);
    const WithdrawalRecord stored = m_service->find(w.id).value();
    QCOMPARE(stored.state, WithdrawalState::Succeeded);
    QCOMPARE(stored.txid.value_or(""), txid('a'));
    QVERIFY2(stored.note.find("tester") != std::string::npos, stored.note.c_str());
    // Ada paid amount and fee, held no longer; hot paid the amount and the
    // gas (an expense); the fee is revenue.
    QCOMPARE(balance(ledger::customerAccount(m_ada, "ETH")), eth("7.999"));
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available(), eth("7.999"));
    QCOMPARE(balance(ledger::expenseAccount(ledger::owner::NetworkFees, "ETH")), eth("0.000021"));
    QCOMPARE(balance(ledger::revenueAccount(ledger::owner::WithdrawalFees, "ETH")), eth("0.001"));
    // Hot paid the amount and the gas (as in tst_manualpayoutservice for warm).
    QCOMPARE(balance(hotAccount).plus(eth("2.000021")).value(), hotBefore);
    QCOMPARE(balance(ledger::walletAccount(ledger::owner::WarmWallet, "ETH")), Amount::zero());
    auto audit = m_audit->list({std::nullopt, std::nullopt, std::string("withdrawal.release_paid"), 10});
    QCOMPARE(audit.value().size(), size_t(1));
    QCOMPARE(audit.value().front().actorName, std::string("tester"));
    QVERIFY(QString::fromStdString(audit.value().front().after).contains(QString::fromStdString(txid('a'))));
    QVERIFY(QString::fromStdString(audit.value().front().before).contains(QStringLiteral("held_for_integrity")));

    // Once: a second release is a wrong state naming who released it, the
    // chain is not asked again and nothing more is booked.
    const std::int64_t transfers = count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers"));
    const Amount hotAfter = balance(hotAccount);
    auto again = m_service->releaseHeldAsPaid(m_admin, w.id, txid('a'));
    QCOMPARE(again.error().code, ErrorCode::WrongState);
    QVERIFY2(again.error().message.find("released from an integrity hold as paid by tester") != std::string::npos,
             again.error().message.c_str());
    QCOMPARE(m_service->releaseHeldAsRejected(m_admin, w.id, "changed my mind").error().code, ErrorCode::WrongState);
    QCOMPARE(m_chain->lookups(), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers")), transfers);
    QCOMPARE(balance(hotAccount), hotAfter);
}

void TestHeldRelease::aTxidTheChainDoesNotConfirmChangesNothing_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("not on the chain") << 0 << QStringLiteral("is not found on the ethereum chain");
    QTest::newRow("not confirmed") << 1 << QStringLiteral("is not confirmed yet");
    QTest::newRow("node unreachable") << 2 << QStringLiteral("could not be checked");
    QTest::newRow("another address") << 3 << QString::fromStdString("pays " + kWarm + " not " + kDestination);
    QTest::newRow("short amount") << 4 << QStringLiteral("pays 1.5000 ETH, the withdrawal is 2.0000 ETH");
    QTest::newRow("not from hot") << 5
                                  << QString::fromStdString("was not sent from the hot wallet " + kHot + " but from " + kWarm);
    QTest::newRow("failed on chain") << 6 << QStringLiteral("failed on chain");
}

void TestHeldRelease::aTxidTheChainDoesNotConfirmChangesNothing()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    const WithdrawalRecord w = held("2");
    chains::Payment p = payment(kHot, "2");
    switch (kind) {
    case 0: break;
    case 1: p.confirmed = false; break;
    case 2: m_chain->setUnavailable(true); break;
    case 3: p.to = kWarm; break;
    case 4: p.amount = eth("1.5"); break;
    case 5: p.from = kWarm; break;
    case 6: p.succeeded = false; p.amount = Amount::zero(); break;
    }
    if (kind != 0)
        m_chain->add(Chain::Ethereum, txid('b'), p);
    const Amount customer = balance(ledger::customerAccount(m_ada, "ETH"));
    const Amount available = m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available();
    const std::int64_t audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const std::int64_t transfers = count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers"));
    const std::int64_t statements = count(QStringLiteral("SELECT COUNT(*) FROM signed_statements"));

    auto refused = m_service->releaseHeldAsPaid(m_admin, w.id, txid('b'));
    QVERIFY(!refused.ok());
    QVERIFY2(QString::fromStdString(refused.error().message).contains(message), refused.error().message.c_str());
    QCOMPARE(m_chain->lookups(), 1);
    const WithdrawalRecord after = m_service->find(w.id).value();
    QCOMPARE(after.state, WithdrawalState::HeldForIntegrity);
    QVERIFY(!after.txid);
    QCOMPARE(after.note, std::string(kHeldNote));
    QCOMPARE(balance(ledger::customerAccount(m_ada, "ETH")), customer);
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available(), available);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ledger_transfers")), transfers);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM signed_statements")), statements);
}

void TestHeldRelease::releasedAsNotPaidGivesTheFundsBack()
{
    const WithdrawalRecord w = held("2");
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available(), eth("7.999"));
    // A reason is required; without one nothing changes.
    QCOMPARE(m_service->releaseHeldAsRejected(m_admin, w.id, "  ").error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_service->find(w.id).value().state, WithdrawalState::HeldForIntegrity);

    const std::string reason = "the journal's txid 0xaa never reached the chain (checked on two explorers)";
    auto rejected = m_service->releaseHeldAsRejected(m_admin, w.id, reason);
    QVERIFY2(rejected.ok(), rejected.ok() ? "" : rejected.error().message.c_str());
    QCOMPARE(rejected.value().state, WithdrawalState::Rejected);
    const WithdrawalRecord stored = m_service->find(w.id).value();
    QCOMPARE(stored.state, WithdrawalState::Rejected);
    QCOMPARE(stored.note, reason);
    QVERIFY(!stored.txid);
    // Amount and fee are Ada's again; nothing left hot.
    QCOMPARE(balance(ledger::customerAccount(m_ada, "ETH")), eth("10"));
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_ada, "ETH")).value().available(), eth("10"));
    QCOMPARE(balance(ledger::revenueAccount(ledger::owner::WithdrawalFees, "ETH")), Amount::zero());
    auto audit = m_audit->list({std::nullopt, std::nullopt, std::string("withdrawal.release_reject"), 10});
    QCOMPARE(audit.value().size(), size_t(1));
    QCOMPARE(audit.value().front().actorName, std::string("tester"));
    QCOMPARE(m_chain->lookups(), 0);
    // Final: it cannot be released again either way.
    QCOMPARE(m_service->releaseHeldAsRejected(m_admin, w.id, reason).error().code, ErrorCode::WrongState);
    QCOMPARE(m_service->releaseHeldAsPaid(m_admin, w.id, txid('c')).error().code, ErrorCode::WrongState);
}

void TestHeldRelease::onlyAnAdminWithACodeReleases()
{
    const WithdrawalRecord w = held("2");
    m_chain->add(Chain::Ethereum, txid('d'), payment(kHot, "2"));
    Actor approver = Actor::fromOperator(7, "grace", Role::Approver);
    approver.secondFactor = true;
    Actor adminWithoutCode = m_admin;
    adminWithoutCode.secondFactor = false;
    for (const Actor &actor : {approver, Actor::cli("root"), adminWithoutCode}) {
        auto paid = m_service->releaseHeldAsPaid(actor, w.id, txid('d'));
        QCOMPARE(paid.error().code, ErrorCode::Unauthorized);
        auto rejected = m_service->releaseHeldAsRejected(actor, w.id, "not paid");
        QCOMPARE(rejected.error().code, ErrorCode::Unauthorized);
    }
    auto cli = m_service->releaseHeldAsRejected(Actor::cli("root"), w.id, "not paid");
    QCOMPARE(cli.error().id, MessageId::CliMayNotDecide);
    QCOMPARE(m_chain->lookups(), 0);
    QCOMPARE(m_service->find(w.id).value().state, WithdrawalState::HeldForIntegrity);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'withdrawal.release%'")), 0);
}

void TestHeldRelease::aWithdrawalNotHeldIsRefused()
{
    auto processing = m_withdrawals->request(m_admin, m_ada, "ETH", kDestination, eth("1"));
    QCOMPARE(processing.value().state, WithdrawalState::Processing);
    m_chain->add(Chain::Ethereum, txid('e'), payment(kHot, "1"));
    auto paid = m_service->releaseHeldAsPaid(m_admin, processing.value().id, txid('e'));
    QCOMPARE(paid.error().code, ErrorCode::WrongState);
    QCOMPARE(QString::fromStdString(paid.error().message),
             QStringLiteral("a withdrawal in state processing cannot be released from an integrity hold as paid"));
    auto rejected = m_service->releaseHeldAsRejected(m_admin, processing.value().id, "not paid");
    QCOMPARE(rejected.error().code, ErrorCode::WrongState);
    QCOMPARE(m_service->find(processing.value().id).value().state, WithdrawalState::Processing);
    QCOMPARE(m_service->releaseHeldAsPaid(m_admin, 999999, txid('e')).error().code, ErrorCode::NotFound);
    QCOMPARE(m_service->releaseHeldAsRejected(m_admin, 999999, "not paid").error().code, ErrorCode::NotFound);
    QCOMPARE(m_chain->lookups(), 0);
}

void TestHeldRelease::anotherWithdrawalsPayoutIsNotThisOnes()
{
    // The same amount to the same address twice: the other one's payout,
    // signed and broadcast from hot but not confirmed yet, pays the other.
    const WithdrawalRecord w = held("2");
    auto other = m_withdrawals->request(m_admin, m_ada, "ETH", kDestination, eth("2"));
    QCOMPARE(other.value().state, WithdrawalState::Processing);
    PayoutRecord payout;
    payout.withdrawalId = other.value().id;
    payout.chain = Chain::Ethereum;
    payout.asset = "ETH";
    payout.source = kHot;
    payout.destination = kDestination;
    payout.amount = eth("2");
    payout.maxFee = eth("0.001");
    payout.sequence = 7;
    payout.rawTx = "0x02";
    payout.txid = txid('f');
    payout.state = PayoutState::Broadcast;
    QVERIFY(PayoutRepository(m_db->connection(), m_db->dialect()).insert(payout).ok());
    m_chain->add(Chain::Ethereum, txid('f'), payment(kHot, "2"));

    auto refused = m_service->releaseHeldAsPaid(m_admin, w.id, txid('f'));
    QVERIFY2(!refused.ok(), "released by another withdrawal's payout");
    QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
    QCOMPARE(refused.error().message, "TxId " + txid('f') + " already pays withdrawal " + std::to_string(other.value().id)
                                          + "; a TxId pays one withdrawal only");
    QCOMPARE(m_chain->lookups(), 0);
    QCOMPARE(m_service->find(w.id).value().state, WithdrawalState::HeldForIntegrity);
}

QTEST_GUILESS_MAIN(TestHeldRelease)
#include "tst_heldrelease.moc"
