// StellarTrustlines against a local Horizon that applies change_trust as
// stellar-core does: list() shows, for hot, warm and cold and each Stellar
// token in force, whether the line exists and is authorized; establish()
// makes hot's line signed with the vault's hot:stellar key and sent (the
// account's subentries grow, the audit log says so), writes warm's as the
// unsigned envelope the Stellar SDK builds for the same fields, leaves a
// line that exists alone, and refuses, making nothing: a token not in force
// (or whose row was changed in SQL), an account that does not exist or
// lacks the reserve a line adds, an operator who is not an admin, and hot
// without the unlocked vault.

#include "core/base/manualclock.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/hashes.h"
#include "core/security/auditedassets.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/stellartrustlines.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "horizontestserver.h"
#include "testdatabase.h"
#include "testsigners.h"
#include "testtoken.h"

#include <QTest>

#include <algorithm>

using namespace exchange;
using namespace exchange::wallets;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("stellar trustlines test hot");
const std::string kHot = stellar::accountIdFromSeed(kHotSeed);
const std::string kWarm = stellar::accountIdFromSeed(crypto::sha256("stellar trustlines test warm"));
const std::string kCold = stellar::accountIdFromSeed(crypto::sha256("stellar trustlines test cold"));
const std::string kIssuer = stellar::accountIdFromSeed(crypto::sha256("stellar trustlines test issuer"));
const std::string kOtherIssuer = stellar::accountIdFromSeed(crypto::sha256("stellar trustlines test other issuer"));
constexpr std::int64_t kXlm = 10'000'000;
constexpr std::int64_t kWarmSequence = 73'014'444'032;

// Made with @stellar/stellar-sdk 15.1.0 (the version tests/interop pins):
//   warm = Keypair.fromRawEd25519Seed(sha256('stellar trustlines test warm')), issuer ('… issuer')
//   new TransactionBuilder(new Account(warm.publicKey(), '73014444032'), {fee: '1000',
//     networkPassphrase: Networks.TESTNET}).addOperation(Operation.changeTrust({asset:
//     new Asset('USDC', issuer.publicKey())})).setTimeout(TimeoutInfinite).build(), not signed;
//   toEnvelope().toXDR('base64'), hash().toString('hex').
const char *kSdkWarmChangeTrust =
    "AAAAAgAAAAB5h6YVU0aEaDCIINkU3ADfgfxP/Xd7u/Swolcyf+U2wwAAA+gAAAARAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAABgAA"
    "AAFVU0RDAAAAAFASI1f9CQcEu3Dpe3cqmCuIz9T/w+jf9MaS33SDSfs2f/////////8AAAAAAAAAAA==";
const char *kSdkWarmChangeTrustHash = "c926030f7514e6130f17b1f388b2b53773c6803feecb969e2e0ec7d8624677f1";

QString id(const std::string &address)
{
    return QString::fromStdString(address);
}

} // namespace

class TestStellarTrustlines : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void listShowsEachWalletsLineOfEachToken();
    void hotsLineIsSignedSentAndAudited();
    void warmsLineIsTheUnsignedEnvelopeTheSdkBuilds();
    void aLineThatExistsIsLeftAlone();
    void refusalsMakeNothing();
    void aTokenRowChangedInSqlIsNotInForce();

private:
    PinnedKeySource pin()
    {
        return [this] { return m_vault->pinnedAdminKey(); };
    }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<HorizonTestServer> m_horizon;
    std::unique_ptr<stellar::HorizonClient> m_client;
    std::unique_ptr<StellarTrustlines> m_trustlines;
    security::Actor m_admin;
};

void TestStellarTrustlines::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    WalletRepository rows(m_db->connection(), m_db->dialect());
    QVERIFY(rows.add({0, Chain::Stellar, WalletTier::Hot, "XLM", kHot, {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(rows.add({0, Chain::Stellar, WalletTier::Warm, "XLM", kWarm, {}, {}, true, {}, 0}, 1).ok());
    QVERIFY(rows.add({0, Chain::Stellar, WalletTier::Cold, "XLM", kCold, {}, {}, true, {}, 0}, 1).ok());
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_signers->add("olga", security::Role::Operator);
    m_signers->trustVault(*m_vault, "root", "stellar trustlines test passphrase");
    m_admin = m_signers->confirmed("root");
    auto added = security::AuditedAssets(*m_db, m_clock)
                     .add(m_admin, testToken("USDC", Chain::Stellar, AssetIdentity::stellarCredit("USDC", kIssuer), 7), std::nullopt);
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
    QVERIFY(m_vault
                ->storeKey(m_admin, "hot:stellar", "stellar", kHot,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(kHotSeed.constData()),
                                                  static_cast<std::size_t>(kHotSeed.size())))
                .ok());

    m_horizon = std::make_unique<HorizonTestServer>(stellar::TestNetworkPassphrase);
    QVERIFY(m_horizon->listen());
    m_horizon->setCloseTime(m_clock.nowMs() / 1000);
    m_horizon->setAccount(id(kHot), 100 * kXlm, 8'589'934'592);
    m_horizon->setAccount(id(kWarm), 500 * kXlm, kWarmSequence);
    m_horizon->setAccount(id(kIssuer), 10 * kXlm, 1);
    m_client = std::make_unique<stellar::HorizonClient>(QUrl(m_horizon->url()));
    m_trustlines = std::make_unique<StellarTrustlines>(*m_db, m_clock, *m_audit, *m_wallets, *m_client, stellar::TestNetworkPassphrase);
}

void TestStellarTrustlines::cleanup()
{
    m_trustlines.reset();
    m_client.reset();
    m_horizon.reset();
    m_signers.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestStellarTrustlines::listShowsEachWalletsLineOfEachToken()
{
    HorizonTestServer::Trustline line;
    line.code = "USDC";
    line.issuer = kIssuer;
    line.balance = 12 * kXlm;
    line.authorized = false;
    m_horizon->setTrustline(id(kWarm), line);
    line.issuer = kOtherIssuer; // another issuer's USDC is not this token
    m_horizon->setTrustline(id(kHot), line);
    auto states = m_trustlines->list(pin());
    QVERIFY2(states.ok(), states.ok() ? "" : states.error().message.c_str());
    QCOMPARE(states.value().size(), std::size_t(3));
    for (const TrustlineState &s : states.value()) {
        QCOMPARE(s.asset, std::string("USDC"));
        QVERIFY(s.identity == AssetIdentity::stellarCredit("USDC", kIssuer));
        switch (s.tier) {
        case WalletTier::Hot:
            QVERIFY(s.accountExists);
            QVERIFY(!s.exists);
            break;
        case WalletTier::Warm:
            QVERIFY(s.exists);
            QVERIFY(!s.authorized);
            QCOMPARE(s.balance, Amount::fromBaseUnits(12 * kXlm));
            break;
        case WalletTier::Cold:
            QVERIFY(!s.accountExists);
            QVERIFY(!s.exists);
            break;
        case WalletTier::Deposit:
            QFAIL("a deposit address is listed");
        case WalletTier::Fee:
            QFAIL("Stellar has no fee wallet");
        }
    }
}

void TestStellarTrustlines::hotsLineIsSignedSentAndAudited()
{
    auto made = m_trustlines->establish(m_admin, "USDC", WalletTier::Hot, pin(), m_vault.get());
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QVERIFY(made.value().submitted);
    QVERIFY(!made.value().alreadyTrusted);
    auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(made.value().envelope);
    QVERIFY(tx.ok());
    QVERIFY(tx.value().operation == stellar::OperationType::ChangeTrust);
    QCOMPARE(tx.value().asset.toString(), "USDC:" + kIssuer);
    QCOMPARE(tx.value().amount, stellar::MaxTrustLimit);
    QCOMPARE(tx.value().sequence, std::int64_t(8'589'934'593));
    QVERIFY(tx.value().isSignedBy(stellar::strkey::decodeAccountId(kHot).value(), stellar::TestNetworkPassphrase));
    QCOMPARE(made.value().txid, tx.value().hashHex(stellar::TestNetworkPassphrase));
    // On the ledger: the line, unlimited, and one more subentry.
    const auto line = m_horizon->trustline(id(kHot), "USDC", kIssuer);
    QVERIFY(line);
    QCOMPARE(line->limit, stellar::MaxTrustLimit);
    QCOMPARE(m_horizon->account(id(kHot)).subentries, 1);
    QVERIFY(m_horizon->ledgerTransactions().at(QByteArray::fromStdString(made.value().txid)).successful);
    auto entries = m_audit->list();
    QVERIFY(entries.ok());
    const bool audited = std::any_of(entries.value().begin(), entries.value().end(), [](const security::AuditEntry &e) {
        return e.action == "stellar.trustline" && e.objectId == kHot;
    });
    QVERIFY(audited);
    auto states = m_trustlines->list(pin());
    QVERIFY(std::any_of(states.value().begin(), states.value().end(),
                        [](const TrustlineState &s) { return s.tier == WalletTier::Hot && s.exists && s.authorized; }));
}

void TestStellarTrustlines::warmsLineIsTheUnsignedEnvelopeTheSdkBuilds()
{
    auto made = m_trustlines->establish(m_admin, "USDC", WalletTier::Warm, pin(), nullptr);
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QVERIFY(!made.value().submitted);
    QCOMPARE(made.value().envelope, std::string(kSdkWarmChangeTrust));
    QCOMPARE(made.value().txid, std::string(kSdkWarmChangeTrustHash));
    QCOMPARE(m_horizon->posts(), 0); // the warm wallet's key signs it, offline
    QVERIFY(!m_horizon->trustline(id(kWarm), "USDC", kIssuer));
}

void TestStellarTrustlines::aLineThatExistsIsLeftAlone()
{
    HorizonTestServer::Trustline line;
    line.code = "USDC";
    line.issuer = kIssuer;
    line.limit = 1000 * kXlm;
    m_horizon->setTrustline(id(kHot), line);
    auto made = m_trustlines->establish(m_admin, "USDC", WalletTier::Hot, pin(), m_vault.get());
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QVERIFY(made.value().alreadyTrusted);
    QVERIFY(made.value().envelope.empty());
    QCOMPARE(m_horizon->posts(), 0);
    QCOMPARE(m_horizon->trustline(id(kHot), "USDC", kIssuer)->limit, 1000 * kXlm);
}

void TestStellarTrustlines::refusalsMakeNothing()
{
    const auto refused = [this](const security::Actor &actor, const std::string &asset, WalletTier tier,
                                const security::KeyVault *vault, const std::string &why) {
        auto made = m_trustlines->establish(actor, asset, tier, pin(), vault);
        QVERIFY2(!made.ok(), why.c_str());
        QVERIFY2(made.error().message.find(why) != std::string::npos, (made.error().message + " lacks: " + why).c_str());
    };
    refused(m_admin, "EURC", WalletTier::Hot, m_vault.get(), "EURC is not a Stellar token an admin signed");
    refused(m_admin, "USDC", WalletTier::Cold, nullptr, "cold (" + kCold + ") does not exist on the network");
    refused(m_signers->confirmed("olga"), "USDC", WalletTier::Warm, nullptr, "change_money_settings");
    refused(m_admin, "USDC", WalletTier::Hot, nullptr, "unlock the vault");
    // 1.5 XLM with no subentry: 0.5 XLM above the reserve, short of the fee.
    m_horizon->setAccount(id(kWarm), 15'000'000, kWarmSequence);
    refused(m_admin, "USDC", WalletTier::Warm, nullptr, "a trustline needs 0.5001 XLM");
    QCOMPARE(m_horizon->posts(), 0);
    QVERIFY(!m_horizon->trustline(id(kHot), "USDC", kIssuer));
    auto entries = m_audit->list();
    QVERIFY(std::none_of(entries.value().begin(), entries.value().end(),
                         [](const security::AuditEntry &e) { return e.action == "stellar.trustline"; }));
}

void TestStellarTrustlines::aTokenRowChangedInSqlIsNotInForce()
{
    // Someone with SQL points USDC at an issuer they control: neither is trusted.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET token_issuer = ? WHERE code = 'USDC'"),
                     {QString::fromStdString(kOtherIssuer)})
                .ok());
    auto made = m_trustlines->establish(m_admin, "USDC", WalletTier::Hot, pin(), m_vault.get());
    QVERIFY(!made.ok());
    QVERIFY2(made.error().message.find("not in force") != std::string::npos, made.error().message.c_str());
    QCOMPARE(m_horizon->posts(), 0);
    QVERIFY(!m_trustlines->list(pin()).ok());
}

QTEST_GUILESS_MAIN(TestStellarTrustlines)
#include "tst_stellartrustlines.moc"
