// PayoutService with the real StellarPayer through hot's channel accounts,
// against a local Horizon that applies what it is sent as stellar-core
// does (an operation's own source must exist and sign): with a pool of
// three channels, one run signs one payout per channel - the channel the
// transaction's source (its sequence number, its fee), hot the payment's
// (the money), both signatures on it - and the others wait saying every
// channel is busy; once decided, the next run pays them. Hot pays the
// amounts only, each channel the fee of its own transactions. A payout lost
// on the way is sent again as the same bytes through the same channel.
// One past its time bounds is looked up by hash: in a ledger it succeeded,
// not in one it expired (never signed again before that). One Horizon
// refuses (its asynchronous ERROR) is dropped, the withdrawal in error with
// the result codes in words. Without a pool
// (the setting 0, or no channel whose key is in the vault) hot is the
// source as before. The books stay balanced throughout.

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

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("stellar channel payouts test hot");
const std::string kHot = stellar::accountIdFromSeed(kHotSeed);
const std::string kCustomer = stellar::accountIdFromSeed(crypto::sha256("stellar channel payouts test customer"));
constexpr std::int64_t kHotSequence = 8'589'934'592;
constexpr std::int64_t kHotXlm = 1000'0000000;
constexpr std::int64_t kCustomerXlm = 10'0000000;

QString account(const std::string &address)
{
    return QString::fromStdString(address);
}

} // namespace

class TestStellarChannelPayouts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void oneRunSignsOnePayoutPerChannel();
    void aLostChannelPayoutIsSentAgainAsTheSameBytes();
    void pastItsTimeBoundsItIsLookedUpByHashFirst();
    void aRefusedChannelPayoutIsDroppedSayingWhy();
    void withoutAPoolHotIsTheSource();

private:
    Result<PayoutRunReport> run()
    {
        StellarPayer payer(*m_client, *m_wallets, m_clock);
        return PayoutService(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, payer).run(*m_vault);
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
    std::vector<StellarChannel> channels()
    {
        return StellarChannelRepository(m_db->connection(), m_db->dialect()).list(ChannelState::Active).value();
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
    Actor m_admin;
    Actor m_clerk;
};

void TestStellarChannelPayouts::init()
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
    m_signers->trustVault(*m_vault, "root", "stellar channel payouts test passphrase");
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
    // Three channels, funded from hot.
    StellarChannels pool(*m_db, m_clock, *m_audit, *m_wallets, *m_client, stellar::TestNetworkPassphrase);
    auto made = pool.create(m_admin, 3, *m_vault);
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QCOMPARE(channels().size(), std::size_t(3));
}

void TestStellarChannelPayouts::cleanup()
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

void TestStellarChannelPayouts::oneRunSignsOnePayoutPerChannel()
{
    std::vector<std::int64_t> ids;
    for (const char *amount : {"1", "2", "3", "4", "5"})
        ids.push_back(request(amount));
    const std::int64_t hotBefore = m_horizon->account(account(kHot)).balance;
    const std::int64_t hotSequenceBefore = m_horizon->account(account(kHot)).sequence;
    auto first = run();
    QVERIFY2(first.ok(), first.ok() ? "" : first.error().message.c_str());
    QCOMPARE(first.value().signedNew, 3);
    QCOMPARE(first.value().broadcast, 3);
    QCOMPARE(first.value().problems.size(), std::size_t(1)); // said once, not for each waiting payout
    QVERIFY2(first.value().problems.front().find("every Stellar channel (3) has a payout in flight") != std::string::npos,
             first.value().problems.front().c_str());

    std::set<std::string> sources;
    const std::vector<StellarChannel> pool = channels();
    for (std::size_t i = 0; i < 3; ++i) {
        const PayoutRecord p = payouts(ids[i]).front();
        const auto channel = std::find_if(pool.begin(), pool.end(), [&p](const StellarChannel &c) { return c.address == p.source; });
        QVERIFY2(channel != pool.end(), p.source.c_str());
        sources.insert(p.source);
        auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(p.rawTx).value();
        QCOMPARE(tx.source.toString(), p.source);
        QVERIFY(tx.operationSource);
        QCOMPARE(tx.operationSource->toString(), kHot);
        QCOMPARE(tx.signatures.size(), std::size_t(2));
        QVERIFY(tx.isSignedBy(tx.source.publicKey, stellar::TestNetworkPassphrase));
        QVERIFY(tx.isSignedBy(tx.operationSource->publicKey, stellar::TestNetworkPassphrase));
        // The channel's next sequence: it was created at (its ledger << 32).
        QCOMPARE(p.sequence, tx.sequence);
        QCOMPARE(m_horizon->account(account(p.source)).sequence, p.sequence);
        QCOMPARE(m_horizon->account(account(p.source)).balance, StellarChannels::kStartingBalance - 100);
    }
    QCOMPARE(sources.size(), std::size_t(3));
    QCOMPARE(state(ids[3]), WithdrawalState::Processing);
    QVERIFY(payouts(ids[3]).empty());
    // Hot paid 1 + 2 + 3 XLM and no fee; its sequence number is untouched.
    QCOMPARE(m_horizon->account(account(kHot)).balance, hotBefore - 6'0000000);
    QCOMPARE(m_horizon->account(account(kHot)).sequence, hotSequenceBefore);

    auto decided = follow();
    QVERIFY(decided.ok());
    QCOMPARE(decided.value().succeeded, 3);
    auto second = run();
    QVERIFY(second.ok());
    QCOMPARE(second.value().signedNew, 2);
    QVERIFY(follow().ok());
    for (std::int64_t id : ids)
        QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(m_horizon->account(account(kCustomer)).balance, kCustomerXlm + 15'0000000);
    QCOMPARE(m_horizon->account(account(kHot)).balance, hotBefore - 15'0000000);
}

void TestStellarChannelPayouts::aLostChannelPayoutIsSentAgainAsTheSameBytes()
{
    const std::int64_t id = request("7");
    m_horizon->holdSubmissions(true);
    QVERIFY(run().ok());
    QCOMPARE(state(id), WithdrawalState::Error);
    const PayoutRecord kept = payouts(id).front();
    QCOMPARE(kept.state, PayoutState::Signed);
    QVERIFY(kept.source != kHot);

    m_horizon->holdSubmissions(false);
    QVERIFY(m_withdrawals->retry(m_admin, id).ok());
    auto again = run();
    QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
    QCOMPARE(again.value().signedNew, 0);
    QCOMPARE(payouts(id).size(), std::size_t(1));
    QCOMPARE(m_horizon->ledgerTransactions().at(QByteArray::fromStdString(kept.txid)).envelope.toStdString(), kept.rawTx);
    QVERIFY(follow().ok());
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(m_horizon->account(account(kCustomer)).balance, kCustomerXlm + 7'0000000);
}

void TestStellarChannelPayouts::pastItsTimeBoundsItIsLookedUpByHashFirst()
{
    const std::int64_t landed = request("1");
    const std::int64_t lost = request("2");
    m_horizon->holdSubmissions(true);
    QVERIFY(run().ok());
    const PayoutRecord a = payouts(landed).front();
    const PayoutRecord b = payouts(lost).front();
    QVERIFY(a.source != b.source);
    // The first got in after all (through another Horizon); time goes on
    // past both payouts' max time.
    m_horizon->holdSubmissions(false);
    QCOMPARE(m_client->submit(a.rawTx).value().status, 200);
    m_clock.advance((StellarPayer::kValiditySeconds + 60) * 1000);
    m_horizon->setCloseTime(m_clock.nowMs() / 1000);
    QVERIFY(m_withdrawals->retry(m_admin, landed).ok());
    QVERIFY(m_withdrawals->retry(m_admin, lost).ok());
    auto followed = follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 1);
    QCOMPARE(followed.value().failed, 1);
    QCOMPARE(state(landed), WithdrawalState::Succeeded);
    QCOMPARE(payouts(lost).front().state, PayoutState::Dropped); // expired: never in a ledger
    QCOMPARE(m_horizon->ledgerTransactions().count(QByteArray::fromStdString(b.txid)), std::size_t(0));
    QCOMPARE(m_horizon->account(account(kCustomer)).balance, kCustomerXlm + 1'0000000);
}

void TestStellarChannelPayouts::aRefusedChannelPayoutIsDroppedSayingWhy()
{
    const std::int64_t id = request("3");
    m_horizon->holdSubmissions(true); // asynchronous: TRY_AGAIN_LATER
    QVERIFY(run().ok());
    QCOMPARE(state(id), WithdrawalState::Error);
    const PayoutRecord kept = payouts(id).front();
    // Meanwhile the network's fee rose above what it offers: Horizon's
    // asynchronous ERROR, with the result codes.
    m_horizon->holdSubmissions(false);
    m_horizon->setBaseFee(kept.maxFee.baseUnits() + 1);
    QVERIFY(m_withdrawals->retry(m_admin, id).ok());
    auto again = run();
    QVERIFY(again.ok());
    QCOMPARE(payouts(id).front().state, PayoutState::Dropped);
    QCOMPARE(state(id), WithdrawalState::Error);
    const std::string why = m_withdrawals->find(id).value().note;
    QVERIFY2(why.find("tx_insufficient_fee") != std::string::npos, why.c_str());
    QCOMPARE(m_horizon->ledgerTransactions().count(QByteArray::fromStdString(kept.txid)), std::size_t(0));
}

void TestStellarChannelPayouts::withoutAPoolHotIsTheSource()
{
    // The setting 0: hot pays as before, from its own sequence.
    QVERIFY(MetaRepository(m_db->connection()).set(QString::fromLatin1(StellarChannels::kPoolKey), QStringLiteral("0")).ok());
    const std::int64_t a = request("1");
    QVERIFY(run().ok());
    QCOMPARE(payouts(a).front().source, kHot);
    QCOMPARE(payouts(a).front().sequence, kHotSequence + 1 + 3); // after the three create_accounts
    QVERIFY(!stellar::PaymentTransaction::fromEnvelopeBase64(payouts(a).front().rawTx).value().operationSource);
    QVERIFY(follow().ok());
    // A pool whose channels' keys are not in the vault (rows pointing at
    // other names): no channel is used, hot pays.
    QVERIFY(MetaRepository(m_db->connection()).set(QString::fromLatin1(StellarChannels::kPoolKey), QStringLiteral("3")).ok());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE stellar_channels SET key_name = 'hot:stellar' WHERE id = 1")).ok());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE stellar_channels SET key_name = 'channel:stellar:99' WHERE id = 2")).ok());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE stellar_channels SET key_name = 'channel:stellar:1' WHERE id = 3")).ok());
    const std::int64_t b = request("2");
    QVERIFY(run().ok());
    QCOMPARE(payouts(b).front().source, kHot);
    QVERIFY(follow().ok());
    QCOMPARE(state(b), WithdrawalState::Succeeded);
}

QTEST_GUILESS_MAIN(TestStellarChannelPayouts)
#include "tst_stellarchannelpayouts.moc"
