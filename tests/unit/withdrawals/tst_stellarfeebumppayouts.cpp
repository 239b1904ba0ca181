// Stellar payouts stuck under a surge, wrapped in a fee bump (CAP-15), with
// PayoutService and the real StellarPayer through a channel account against
// a local Horizon that holds transactions below its surge rate. A payout
// that has waited the Stellar default (60 s) is bumped: the stored inner
// unchanged (its hash, sequence and time bounds), paid by the channel that
// paid the inner fee, at 10 x its rate for two operations; the bump goes in
// and settles the withdrawal once, booking the fee charged to the bump, the
// inner's record dropped though Horizon finds the bump by the inner's hash
// too. When the inner goes in first, it settles and the unsent bump is
// dropped. A bump stored but not sent (a crash, Horizon away) is sent again
// as the same bytes. A bump of a bump pays 10 x again, and the first bump,
// never applied, does not fail the withdrawal. The cap refuses a bump that
// needs more; a payout whose time bounds end within a ledger is not bumped.
// The books stay balanced throughout.

#include "core/base/manualclock.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/hashes.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/payoutservice.h"
#include "core/wallets/stellarchannelrepository.h"
#include "core/withdrawals/stellarchannels.h"
#include "core/withdrawals/stellarpayer.h"
#include "core/withdrawals/withdrawalservice.h"
#include "horizontestserver.h"
#include "testdatabase.h"
#include "testsigners.h"

#include <QTest>

#include <algorithm>
#include <set>

using namespace exchange;
using namespace exchange::wallets;
using namespace exchange::withdrawals;
using exchange::security::Actor;


#include "core/chains/stellar/feebumptransaction.h"
#include "core/withdrawals/payoutreplacement.h"

using namespace exchange;
using namespace exchange::wallets;
using namespace exchange::withdrawals;
using exchange::security::Actor;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("stellar fee bump payouts test hot");
const std::string kHot = stellar::accountIdFromSeed(kHotSeed);
const std::string kCustomer = stellar::accountIdFromSeed(crypto::sha256("stellar fee bump payouts test customer"));
constexpr std::int64_t kHotSequence = 8'589'934'592;
constexpr std::int64_t kHotXlm = 1000'0000000;
constexpr std::int64_t kCustomerXlm = 10'0000000;

QString account(const std::string &address)
{
    return QString::fromStdString(address);
}

} // namespace

class TestStellarFeeBumpPayouts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aStuckPayoutIsBumpedAndTheBumpSettlesOnce();
    void theInnerGoingInFirstSettlesAndTheBumpIsDropped();
    void aBumpNotSentIsSentAgainAsTheSameBytes();
    void aBumpOfABumpPaysTenTimesAgain();
    void theCapRefusesABumpThatNeedsMore();
    void nearTheEndOfItsTimeBoundsItIsNotBumped();

private:
    Result<PayoutRunReport> run(std::optional<ReplacementPolicy> policy = std::nullopt)
    {
        StellarPayer payer(*m_client, *m_wallets, m_clock);
        PayoutService service(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, payer);
        if (policy)
            service.setReplacementPolicy(*policy);
        return service.run(*m_vault);
    }
    Result<PayoutRunReport> follow()
    {
        StellarPayer payer(*m_client, *m_wallets, m_clock);
        return PayoutService(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, payer).follow();
    }
    std::int64_t request(const char *amount)
    {
        auto w = m_withdrawals->request(m_clerk, m_ada, "XLM", kCustomer, Amount::parse(amount, 7).value());
        if (!w)
            qFatal("request failed: %s", w.error().message.c_str());
        m_clock.advance(1000);
        return w.value().id;
    }
    std::vector<PayoutRecord> payouts(std::int64_t id)
    {
        return PayoutRepository(m_db->connection(), m_db->dialect()).ofWithdrawal(id).value();
    }
    WithdrawalState state(std::int64_t id) { return m_withdrawals->find(id).value().state; }
    // Signs and sends withdrawal id's payout, held under the surge; then
    // waits the Stellar default.
    PayoutRecord held(std::int64_t id)
    {
        auto first = run();
        if (!first || first.value().broadcast != 1)
            qFatal("the payout was not sent");
        const PayoutRecord p = payouts(id).front();
        if (p.state != PayoutState::Broadcast || m_horizon->held() != std::vector<QByteArray>{QByteArray::fromStdString(p.txid)})
            qFatal("the payout is not held under the surge");
        m_clock.advance(ReplacementPolicy::kStellarStuckAfterMs);
        return p;
    }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<WithdrawalService> m_withdrawals;
    std::unique_ptr<HorizonTestServer> m_horizon;
    std::unique_ptr<stellar::HorizonClient> m_client;
    std::unique_ptr<TestSigners> m_signers;
    std::int64_t m_ada = 0;
    std::string m_channel;
    Actor m_admin;
    Actor m_clerk;
};

void TestStellarFeeBumpPayouts::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    QVERIFY(wallets::WalletRepository(m_db->connection(), m_db->dialect())
                .add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kHot, {}, {}, false, {}, 0}, 1)
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_signers->add("sam", security::Role::Operator);
    m_signers->trustVault(*m_vault, "root", "stellar fee bump payouts test passphrase");
    m_signers->registerKey("root", "sam");
    m_admin = m_signers->confirmed("root");
    m_clerk = m_signers->confirmed("sam");
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(m_admin, "XLM", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "100000"},
                                         {AssetSetting::Limit72h, "100000"}})
                .ok());
    QVERIFY(m_vault
                ->storeKey(m_admin, "hot:stellar", "stellar", kHot,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(kHotSeed.constData()),
                                                  static_cast<std::size_t>(kHotSeed.size())))
                .ok());
    m_withdrawals = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_horizon = std::make_unique<HorizonTestServer>(stellar::TestNetworkPassphrase);
    QVERIFY(m_horizon->listen());
    m_horizon->setCloseTime(m_clock.nowMs() / 1000);
    m_horizon->setAccount(account(kHot), kHotXlm, kHotSequence);
    m_horizon->setAccount(account(kCustomer), kCustomerXlm, 5);
    m_client = std::make_unique<stellar::HorizonClient>(QUrl(m_horizon->url()));
    QVERIFY(m_wallets->setChainSettings(m_admin, {Chain::Stellar, m_horizon->url().toStdString(), {}, 1, stellar::TestNetworkPassphrase})
                .ok());
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit:XLM", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                         ledger::customerAccount(m_ada, "XLM"), Amount::parse("5000", 7).value()))
                .ok());
    // One channel, funded from hot.
    StellarChannels pool(*m_db, m_clock, *m_audit, *m_wallets, *m_client, stellar::TestNetworkPassphrase);
    auto made = pool.create(m_admin, 1, *m_vault);
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    auto listed = StellarChannelRepository(m_db->connection(), m_db->dialect()).list(ChannelState::Active);
    QVERIFY(listed.ok() && listed.value().size() == 1);
    m_channel = listed.value().front().address;
    // A surge: a ledger takes 500 stroops an operation, the payer offers 100
    // (Horizon's p90 lags behind).
    m_horizon->setSurgeFee(500);
}

void TestStellarFeeBumpPayouts::cleanup()
{
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_client.reset();
    m_horizon.reset();
    m_withdrawals.reset();
    m_signers.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestStellarFeeBumpPayouts::aStuckPayoutIsBumpedAndTheBumpSettlesOnce()
{
    const std::int64_t id = request("7");
    const std::int64_t channelBefore = m_horizon->account(account(m_channel)).balance;
    const PayoutRecord original = held(id);
    QCOMPARE(original.source, m_channel);
    QCOMPARE(original.maxFee, Amount::fromBaseUnits(100));

    auto bumped = run();
    QVERIFY2(bumped.ok(), bumped.ok() ? "" : bumped.error().message.c_str());
    QCOMPARE(bumped.value().replaced, 1);
    const std::vector<PayoutRecord> both = payouts(id);
    QCOMPARE(both.size(), std::size_t(2));
    const PayoutRecord bump = both.back();
    QCOMPARE(bump.state, PayoutState::Broadcast);
    QCOMPARE(bump.source, m_channel);
    QCOMPARE(bump.sequence, original.sequence);
    QCOMPARE(bump.lastValid, original.lastValid);
    QCOMPARE(bump.note, "replaces " + original.txid);
    // 10 x the inner's 100 stroops an operation, for two operations.
    QCOMPARE(bump.maxFee, Amount::fromBaseUnits(2000));
    auto tx = stellar::FeeBumpTransaction::fromEnvelopeBase64(bump.rawTx);
    QVERIFY(tx.ok());
    QCOMPARE(tx.value().inner.envelopeBase64(), original.rawTx); // unchanged
    QCOMPARE(tx.value().feeSource.toString(), m_channel);
    QVERIFY(tx.value().isSignedBy(tx.value().feeSource.publicKey, stellar::TestNetworkPassphrase));
    QCOMPARE(tx.value().hashHex(stellar::TestNetworkPassphrase), bump.txid);
    QVERIFY(m_horizon->held().empty()); // it replaced the inner in the queue, and went in

    // Horizon finds it by both hashes; the bump's record settles, once.
    QCOMPARE(m_client->get(QString::fromStdString("/transactions/" + original.txid)).value().status, 200);
    auto settled = follow();
    QVERIFY2(settled.ok(), settled.ok() ? "" : settled.error().message.c_str());
    QCOMPARE(settled.value().succeeded, 1);
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(m_withdrawals->find(id).value().txid, std::optional<std::string>(bump.txid));
    const std::vector<PayoutRecord> after = payouts(id);
    QCOMPARE(after.front().state, PayoutState::Dropped);
    QCOMPARE(after.front().note, "replaced by " + bump.txid);
    QCOMPARE(after.back().state, PayoutState::Confirmed);
    // The fee charged to the bump: the surge's 500 for each of two operations.
    QCOMPARE(after.back().fee, std::optional<Amount>(Amount::fromBaseUnits(1000)));
    QCOMPARE(m_horizon->account(account(m_channel)).balance, channelBefore - 1000);
    QCOMPARE(m_horizon->account(account(m_channel)).sequence, original.sequence);
    QCOMPARE(m_horizon->account(account(kCustomer)).balance, kCustomerXlm + 7'0000000);
    QCOMPARE(m_horizon->ledgerTransactions().count(QByteArray::fromStdString(bump.txid)), std::size_t(1));
    QCOMPARE(m_horizon->ledgerTransactions().count(QByteArray::fromStdString(original.txid)), std::size_t(0));
    QVERIFY(follow().ok());
    QCOMPARE(payouts(id).back().state, PayoutState::Confirmed);
}

void TestStellarFeeBumpPayouts::theInnerGoingInFirstSettlesAndTheBumpIsDropped()
{
    const std::int64_t id = request("2");
    const PayoutRecord original = held(id);
    // The bump is signed and stored, but Horizon cannot take it now.
    m_horizon->holdSubmissions(true);
    auto bumped = run();
    QVERIFY(bumped.ok());
    QCOMPARE(bumped.value().replaced, 1);
    const PayoutRecord bump = payouts(id).back();
    QCOMPARE(bump.state, PayoutState::Signed);
    // The surge ends: the inner goes in at the base fee.
    m_horizon->holdSubmissions(false);
    m_horizon->setSurgeFee(0);
    auto settled = follow();
    QVERIFY2(settled.ok(), settled.ok() ? "" : settled.error().message.c_str());
    QCOMPARE(settled.value().succeeded, 1);
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(m_withdrawals->find(id).value().txid, std::optional<std::string>(original.txid));
    const std::vector<PayoutRecord> after = payouts(id);
    QCOMPARE(after.front().state, PayoutState::Confirmed);
    QCOMPARE(after.front().fee, std::optional<Amount>(Amount::fromBaseUnits(100)));
    QCOMPARE(after.back().state, PayoutState::Dropped);
    QCOMPARE(m_horizon->ledgerTransactions().count(QByteArray::fromStdString(bump.txid)), std::size_t(0));
    QCOMPARE(m_horizon->account(account(kCustomer)).balance, kCustomerXlm + 2'0000000);
    // Never sent afterwards.
    const int posts = m_horizon->posts();
    QVERIFY(run().ok());
    QCOMPARE(m_horizon->posts(), posts);
}

void TestStellarFeeBumpPayouts::aBumpNotSentIsSentAgainAsTheSameBytes()
{
    const std::int64_t id = request("3");
    const PayoutRecord original = held(id);
    m_horizon->holdSubmissions(true);
    QVERIFY(run().ok());
    const PayoutRecord bump = payouts(id).back();
    QCOMPARE(bump.state, PayoutState::Signed);
    // Horizon is back (the surge goes on): the stored bump is sent again, as
    // it is, and nothing new is signed.
    m_horizon->holdSubmissions(false);
    auto again = run();
    QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
    QCOMPARE(again.value().replaced, 0);
    QCOMPARE(payouts(id).size(), std::size_t(2));
    QCOMPARE(m_horizon->ledgerTransactions().at(QByteArray::fromStdString(bump.txid)).envelope.toStdString(), bump.rawTx);
    QVERIFY(follow().ok());
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(payouts(id).back().state, PayoutState::Confirmed);
    QCOMPARE(payouts(id).front().state, PayoutState::Dropped);
    QCOMPARE(m_horizon->account(account(kCustomer)).balance, kCustomerXlm + 3'0000000);
}

void TestStellarFeeBumpPayouts::aBumpOfABumpPaysTenTimesAgain()
{
    m_horizon->setSurgeFee(5000); // above the first bump's 1000
    const std::int64_t id = request("4");
    const PayoutRecord original = held(id);
    QVERIFY(run().ok());
    const PayoutRecord first = payouts(id).back();
    QCOMPARE(first.maxFee, Amount::fromBaseUnits(2000));
    QCOMPARE(m_horizon->held(), std::vector<QByteArray>{QByteArray::fromStdString(first.txid)});
    m_clock.advance(ReplacementPolicy::kStellarStuckAfterMs);
    auto second = run();
    QVERIFY2(second.ok(), second.ok() ? "" : second.error().message.c_str());
    QCOMPARE(second.value().replaced, 1);
    const std::vector<PayoutRecord> all = payouts(id);
    QCOMPARE(all.size(), std::size_t(3));
    const PayoutRecord last = all.back();
    QCOMPARE(last.maxFee, Amount::fromBaseUnits(20000)); // 10 x 1000, for two operations
    QCOMPARE(stellar::FeeBumpTransaction::fromEnvelopeBase64(last.rawTx).value().inner.envelopeBase64(), original.rawTx);
    // The first bump never went in: it does not fail the withdrawal.
    auto settled = follow();
    QVERIFY2(settled.ok(), settled.ok() ? "" : settled.error().message.c_str());
    QCOMPARE(settled.value().succeeded, 1);
    QCOMPARE(settled.value().failed, 0);
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    const std::vector<PayoutRecord> after = payouts(id);
    QCOMPARE(after[0].state, PayoutState::Dropped);
    QCOMPARE(after[1].state, PayoutState::Dropped);
    QCOMPARE(after[2].state, PayoutState::Confirmed);
    QCOMPARE(after[2].fee, std::optional<Amount>(Amount::fromBaseUnits(10000)));
    QCOMPARE(m_horizon->account(account(kCustomer)).balance, kCustomerXlm + 4'0000000);
}

void TestStellarFeeBumpPayouts::theCapRefusesABumpThatNeedsMore()
{
    const std::int64_t id = request("5");
    held(id);
    ReplacementPolicy policy = ReplacementPolicy::forChain(Chain::Stellar);
    policy.defaultCap = Amount::fromBaseUnits(1999);
    auto refused = run(policy);
    QVERIFY(refused.ok());
    QCOMPARE(refused.value().replaced, 0);
    QVERIFY(!refused.value().problems.empty());
    const std::string why = refused.value().problems.back();
    QVERIFY2(why.find("above the cap of 0.0001999 XLM") != std::string::npos, why.c_str());
    QCOMPARE(payouts(id).size(), std::size_t(1));
    // The default cap (0.01 XLM) leaves room.
    auto bumped = run();
    QVERIFY(bumped.ok());
    QCOMPARE(bumped.value().replaced, 1);
    QVERIFY(follow().ok());
    QCOMPARE(state(id), WithdrawalState::Succeeded);
}

void TestStellarFeeBumpPayouts::nearTheEndOfItsTimeBoundsItIsNotBumped()
{
    const std::int64_t id = request("6");
    const PayoutRecord original = held(id);
    m_clock.set(*original.lastValid * 1000 - (StellarPayer::kLedgerSeconds - 1) * 1000);
    auto refused = run();
    QVERIFY(refused.ok());
    QCOMPARE(refused.value().replaced, 0);
    QVERIFY(!refused.value().problems.empty());
    const std::string why = refused.value().problems.back();
    QVERIFY2(why.find("time bounds end within a ledger") != std::string::npos, why.c_str());
    QCOMPARE(payouts(id).size(), std::size_t(1));
    m_horizon->setSurgeFee(0); // it goes in after all
    QVERIFY(follow().ok());
    QCOMPARE(state(id), WithdrawalState::Succeeded);
}

QTEST_GUILESS_MAIN(TestStellarFeeBumpPayouts)
#include "tst_stellarfeebumppayouts.moc"
