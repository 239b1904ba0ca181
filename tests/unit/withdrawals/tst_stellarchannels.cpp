// StellarChannels against a local Horizon that applies create_account and
// account_merge as stellar-core does: create(n) makes the pool n channels,
// each a new vault key ("channel:stellar:N", the key whose account it is)
// funded from hot with two base reserves and the fee float, the signed
// create_account stored (funding) before it is sent and audited; a second
// create(n) makes nothing, create(n + 1) one more. A submission lost on the
// way (Horizon 504) leaves the channel funding with its bytes stored: the
// next call sends those very bytes. One past its time bounds is looked up
// by hash first: found, it stands (nothing signed again); not found, a new
// one is signed from hot's next sequence, stored, sent. merge() sets the
// pool to 0 and returns every channel's XLM to hot (account_merge signed
// by the channel's key), the accounts gone. Refused, nothing made: an
// operator who is not an admin, a count outside 1..100, a locked vault,
// hot without the XLM for all new channels; a channel whose vault key is
// another account's is never signed for.

#include "core/base/manualclock.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/hashes.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/wallets/stellarchannelrepository.h"
#include "core/withdrawals/stellarchannels.h"
#include "horizontestserver.h"
#include "testdatabase.h"
#include "testsigners.h"

#include <QTest>

#include <algorithm>

using namespace exchange;
using namespace exchange::wallets;
using namespace exchange::withdrawals;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("stellar channels test hot");
const std::string kHot = stellar::accountIdFromSeed(kHotSeed);
constexpr std::int64_t kXlm = 10'000'000;
constexpr std::int64_t kHotSequence = 8'589'934'592;
const QByteArray kPassphrase = "stellar channels test passphrase";

QString id(const std::string &address)
{
    return QString::fromStdString(address);
}

} // namespace

class TestStellarChannels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createFundsChannelsFromHotWithVaultKeys();
    void createAgainMakesOnlyWhatIsMissing();
    void aLostSubmissionIsSentAgainAsTheSameBytes();
    void pastItsTimeBoundsItIsLookedUpByHashFirst();
    void pastItsTimeBoundsAndNotInALedgerItIsSignedAgain();
    void mergeReturnsTheChannelsToHot();
    void aChannelWhoseKeyIsAnotherAccountsIsNeverSigned();
    void refusalsMakeNothing();
    void aKeyLeftByAStoppedCreateIsNotReused();

private:
    int audited(const std::string &action) const
    {
        auto entries = m_audit->list();
        return static_cast<int>(std::count_if(entries.value().begin(), entries.value().end(),
                                              [&action](const security::AuditEntry &e) { return e.action == action; }));
    }
    std::vector<StellarChannel> stored() const
    {
        return StellarChannelRepository(m_db->connection(), m_db->dialect()).list().value();
    }
    bool vaultHasKeyFor(const StellarChannel &c) const
    {
        auto keys = m_vault->keys(m_admin);
        return std::any_of(keys.value().begin(), keys.value().end(), [&c](const security::VaultKeyInfo &k) {
            return k.name == c.keyName && k.publicId == c.address && k.chain == "stellar";
        });
    }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<HorizonTestServer> m_horizon;
    std::unique_ptr<stellar::HorizonClient> m_client;
    std::unique_ptr<StellarChannels> m_channels;
    security::Actor m_admin;
};

void TestStellarChannels::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    wallets::WalletRepository rows(m_db->connection(), m_db->dialect());
    QVERIFY(rows.add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kHot, {}, {}, false, {}, 0}, 1).ok());
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_signers->add("olga", security::Role::Operator);
    m_signers->trustVault(*m_vault, "root", kPassphrase);
    m_admin = m_signers->confirmed("root");
    QVERIFY(m_vault
                ->storeKey(m_admin, "hot:stellar", "stellar", kHot,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(kHotSeed.constData()),
                                                  static_cast<std::size_t>(kHotSeed.size())))
                .ok());
    m_horizon = std::make_unique<HorizonTestServer>(stellar::TestNetworkPassphrase);
    QVERIFY(m_horizon->listen());
    m_horizon->setCloseTime(m_clock.nowMs() / 1000);
    m_horizon->setAccount(id(kHot), 100 * kXlm, kHotSequence);
    m_client = std::make_unique<stellar::HorizonClient>(QUrl(m_horizon->url()));
    m_channels = std::make_unique<StellarChannels>(*m_db, m_clock, *m_audit, *m_wallets, *m_client, stellar::TestNetworkPassphrase);
}

void TestStellarChannels::cleanup()
{
    m_channels.reset();
    m_client.reset();
    m_horizon.reset();
    m_signers.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestStellarChannels::createFundsChannelsFromHotWithVaultKeys()
{
    auto made = m_channels->create(m_admin, 3, *m_vault);
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QCOMPARE(made.value().created, 3);
    QCOMPARE(made.value().activated, 3);
    QCOMPARE(StellarChannels::poolSize(*m_db).value(), 3);
    const auto channels = stored();
    QCOMPARE(channels.size(), std::size_t(3));
    std::int64_t sequence = kHotSequence;
    for (std::size_t i = 0; i < channels.size(); ++i) {
        const StellarChannel &c = channels[i];
        QCOMPARE(c.state, ChannelState::Active);
        QCOMPARE(c.keyName, "channel:stellar:" + std::to_string(i + 1));
        QVERIFY(vaultHasKeyFor(c));
        // On the ledger: the account with two reserves and the float, made
        // by the stored create_account from hot's next sequence.
        QVERIFY(m_horizon->hasAccount(id(c.address)));
        QCOMPARE(m_horizon->account(id(c.address)).balance, StellarChannels::kStartingBalance);
        QCOMPARE(c.sequence, ++sequence);
        const auto inLedger = m_horizon->ledgerTransactions().find(QByteArray::fromStdString(c.txid));
        QVERIFY(inLedger != m_horizon->ledgerTransactions().end());
        QCOMPARE(inLedger->second.envelope.toStdString(), c.rawTx);
        auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(c.rawTx);
        QVERIFY(tx.ok());
        QCOMPARE(tx.value().source.toString(), kHot);
        QVERIFY(tx.value().operation == stellar::OperationType::CreateAccount);
        QCOMPARE(tx.value().destination.toString(), c.address);
    }
    QCOMPARE(m_horizon->account(id(kHot)).balance, 100 * kXlm - 3 * StellarChannels::kStartingBalance - 3 * 100);
    QCOMPARE(audited("stellar.channel_create"), 3);
    QCOMPARE(audited("stellar.channel_active"), 3);
    QCOMPARE(audited("stellar.channel_pool"), 1);
}

void TestStellarChannels::createAgainMakesOnlyWhatIsMissing()
{
    QVERIFY(m_channels->create(m_admin, 2, *m_vault).ok());
    const int posts = m_horizon->posts();
    auto again = m_channels->create(m_admin, 2, *m_vault);
    QVERIFY(again.ok());
    QCOMPARE(again.value().created, 0);
    QCOMPARE(m_horizon->posts(), posts);
    auto more = m_channels->create(m_admin, 3, *m_vault);
    QVERIFY(more.ok());
    QCOMPARE(more.value().created, 1);
    QCOMPARE(stored().size(), std::size_t(3));
    QCOMPARE(stored().back().keyName, std::string("channel:stellar:3"));
    QCOMPARE(StellarChannels::poolSize(*m_db).value(), 3);
}

void TestStellarChannels::aLostSubmissionIsSentAgainAsTheSameBytes()
{
    m_horizon->holdSubmissions(true);
    auto made = m_channels->create(m_admin, 1, *m_vault);
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QCOMPARE(made.value().activated, 0);
    QVERIFY(!made.value().notes.empty());
    const StellarChannel funding = stored().front();
    QCOMPARE(funding.state, ChannelState::Funding);
    QVERIFY(!funding.rawTx.empty());
    QVERIFY(!m_horizon->hasAccount(id(funding.address)));

    m_horizon->holdSubmissions(false);
    auto resumed = m_channels->create(m_admin, 1, *m_vault);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed.value().created, 0);
    QCOMPARE(resumed.value().activated, 1);
    const StellarChannel active = stored().front();
    QCOMPARE(active.state, ChannelState::Active);
    QCOMPARE(active.txid, funding.txid);
    QCOMPARE(m_horizon->ledgerTransactions().at(QByteArray::fromStdString(funding.txid)).envelope.toStdString(), funding.rawTx);
    QCOMPARE(stored().size(), std::size_t(1));
}

void TestStellarChannels::pastItsTimeBoundsItIsLookedUpByHashFirst()
{
    m_horizon->holdSubmissions(true);
    QVERIFY(m_channels->create(m_admin, 1, *m_vault).ok());
    const StellarChannel funding = stored().front();
    // It got in after all (another Horizon took it), and time went on.
    m_horizon->holdSubmissions(false);
    QCOMPARE(m_client->submit(funding.rawTx).value().status, 200);
    m_clock.advance((StellarChannels::kValiditySeconds + 60) * 1000);
    m_horizon->setCloseTime(m_clock.nowMs() / 1000);
    const int posts = m_horizon->posts();
    auto resumed = m_channels->create(m_admin, 1, *m_vault);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed.value().activated, 1);
    QCOMPARE(m_horizon->posts(), posts); // nothing signed or sent again
    QCOMPARE(stored().front().txid, funding.txid);
    QCOMPARE(stored().front().state, ChannelState::Active);
}

void TestStellarChannels::pastItsTimeBoundsAndNotInALedgerItIsSignedAgain()
{
    m_horizon->holdSubmissions(true);
    QVERIFY(m_channels->create(m_admin, 1, *m_vault).ok());
    const StellarChannel lost = stored().front();
    m_horizon->holdSubmissions(false);
    m_clock.advance((StellarChannels::kValiditySeconds + 60) * 1000);
    m_horizon->setCloseTime(m_clock.nowMs() / 1000);
    auto resumed = m_channels->create(m_admin, 1, *m_vault);
    QVERIFY(resumed.ok());
    QCOMPARE(resumed.value().activated, 1);
    const StellarChannel active = stored().front();
    QVERIFY(active.txid != lost.txid);
    QCOMPARE(active.state, ChannelState::Active);
    QCOMPARE(active.address, lost.address); // the same key and account
    QVERIFY(m_horizon->ledgerTransactions().count(QByteArray::fromStdString(lost.txid)) == 0);
    QCOMPARE(audited("stellar.channel_create"), 2); // each signed one stored and audited
}

void TestStellarChannels::mergeReturnsTheChannelsToHot()
{
    QVERIFY(m_channels->create(m_admin, 2, *m_vault).ok());
    const std::int64_t before = m_horizon->account(id(kHot)).balance;
    auto merged = m_channels->merge(m_admin, *m_vault);
    QVERIFY2(merged.ok(), merged.ok() ? "" : merged.error().message.c_str());
    QCOMPARE(merged.value().merged, 2);
    QCOMPARE(StellarChannels::poolSize(*m_db).value(), 0);
    for (const StellarChannel &c : stored()) {
        QCOMPARE(c.state, ChannelState::Merged);
        QVERIFY(!m_horizon->hasAccount(id(c.address)));
        auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(c.rawTx);
        QVERIFY(tx.ok());
        QVERIFY(tx.value().operation == stellar::OperationType::AccountMerge);
        QCOMPARE(tx.value().source.toString(), c.address); // the channel pays its own merge's fee
        QCOMPARE(tx.value().destination.toString(), kHot);
        QVERIFY(tx.value().isSignedBy(tx.value().source.publicKey, stellar::TestNetworkPassphrase));
    }
    // Each channel's XLM less the fee of its merge.
    QCOMPARE(m_horizon->account(id(kHot)).balance, before + 2 * (StellarChannels::kStartingBalance - 100));
    QCOMPARE(audited("stellar.channel_merge"), 2);
    QCOMPARE(audited("stellar.channel_merged"), 2);
    // Nothing more to merge.
    auto again = m_channels->merge(m_admin, *m_vault);
    QVERIFY(again.ok());
    QCOMPARE(again.value().merged, 0);
}

void TestStellarChannels::aChannelWhoseKeyIsAnotherAccountsIsNeverSigned()
{
    QVERIFY(m_channels->create(m_admin, 1, *m_vault).ok());
    const StellarChannel c = stored().front();
    // Whoever can write rows points the channel at another account.
    const std::string other = stellar::accountIdFromSeed(crypto::sha256("stellar channels test other"));
    m_horizon->setAccount(id(other), 5 * kXlm, 77);
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE stellar_channels SET address = ? WHERE id = ?"),
                     {id(other), QVariant::fromValue(static_cast<qint64>(c.id))})
                .ok());
    auto merged = m_channels->merge(m_admin, *m_vault);
    QVERIFY(merged.ok());
    QCOMPARE(merged.value().merged, 0);
    QVERIFY(!merged.value().notes.empty());
    QVERIFY2(merged.value().notes.front().find("is not " + other + "'s key") != std::string::npos, merged.value().notes.front().c_str());
    QVERIFY(m_horizon->hasAccount(id(other)));
    QCOMPARE(stored().front().state, ChannelState::Active);
}

void TestStellarChannels::refusalsMakeNothing()
{
    const auto nothing = [this](const Result<ChannelsOutcome> &r, const char *why) {
        QVERIFY2(!r.ok(), why);
        QVERIFY2(r.error().message.find(why) != std::string::npos, r.error().message.c_str());
        QVERIFY(stored().empty());
        QCOMPARE(StellarChannels::poolSize(*m_db).value(), 0);
        QCOMPARE(m_horizon->posts(), 0);
    };
    QVERIFY(!m_channels->create(m_signers->confirmed("olga"), 1, *m_vault).ok());
    QVERIFY(stored().empty());
    nothing(m_channels->create(m_admin, 0, *m_vault), "1 to 100");
    nothing(m_channels->create(m_admin, 101, *m_vault), "1 to 100");
    // Hot holds 100 XLM: not 50 channels of 2 XLM each and their fees.
    nothing(m_channels->create(m_admin, 50, *m_vault), "nothing made");
    const auto keys = m_vault->keys(m_admin).value().size();
    m_vault->lock(m_admin);
    nothing(m_channels->create(m_admin, 1, *m_vault), "locked");
    QVERIFY(m_vault->unlock(m_admin, kPassphrase).ok());
    QCOMPARE(m_vault->keys(m_admin).value().size(), keys); // no key stored by a refusal
}

void TestStellarChannels::aKeyLeftByAStoppedCreateIsNotReused()
{
    // A create that stopped after storing its key, before its row.
    const QByteArray seed = crypto::sha256("stellar channels test stopped");
    QVERIFY(m_vault
                ->storeKey(m_admin, "channel:stellar:1", "stellar", stellar::accountIdFromSeed(seed),
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(seed.constData()),
                                                  static_cast<std::size_t>(seed.size())))
                .ok());
    auto made = m_channels->create(m_admin, 1, *m_vault);
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QCOMPARE(stored().size(), std::size_t(1));
    QCOMPARE(stored().front().keyName, std::string("channel:stellar:2"));
    QVERIFY(vaultHasKeyFor(stored().front()));
}

QTEST_GUILESS_MAIN(TestStellarChannels)
#include "tst_stellarchannels.moc"
