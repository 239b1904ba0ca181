// StellarMemoRequired against a local Horizon that applies manage_data as
// stellar-core does: state() reads SEP-29's config.memo_required from the
// base account (hot's) - set only for the value "1" -, set(true) writes it
// signed with the vault's hot:stellar key and sent (one more subentry, the
// audit log says so), set(false) deletes it; without hot's key in the vault
// it is the unsigned envelope the Stellar SDK builds for the same fields;
// an entry already as asked signs nothing; and it refuses, making nothing:
// an operator who is not an admin, an account that does not exist or
// lacks the reserve. HorizonAccount reads the data entries strictly.

#include "core/base/manualclock.h"
#include "core/chains/stellar/horizonaccount.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/hashes.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/stellarmemorequired.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "horizontestserver.h"
#include "testdatabase.h"
#include "testsigners.h"

#include <QTest>

#include <algorithm>

using namespace exchange;
using namespace exchange::wallets;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("stellar memo required test hot");
const std::string kHot = stellar::accountIdFromSeed(kHotSeed);
constexpr std::int64_t kXlm = 10'000'000;
constexpr std::int64_t kHotSequence = 8'589'934'592;
const std::string kEntry = "config.memo_required";

// Made with @stellar/stellar-sdk 15.1.0 (the version tests/interop pins):
//   hot = Keypair.fromRawEd25519Seed(sha256('stellar memo required test hot'))
//   new TransactionBuilder(new Account(hot.publicKey(), '8589934592'), {fee: '1000',
//     networkPassphrase: Networks.TESTNET}).addOperation(Operation.manageData({name:
//     'config.memo_required', value: '1'})).setTimeout(TimeoutInfinite).build(), not signed;
//   toEnvelope().toXDR('base64'), hash().toString('hex'); and the same with value: null.
const char *kSdkSet =
    "AAAAAgAAAAAsJvIyUqLpLfSnA99WFOAXlYO39/G6gGLKOPyLecul2gAAA+gAAAACAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACgAA"
    "ABRjb25maWcubWVtb19yZXF1aXJlZAAAAAEAAAABMQAAAAAAAAAAAAAA";
const char *kSdkSetHash = "c61637d67876343662a6ff76de08a39d16f1a124277b99278ed99221d70699b6";
const char *kSdkDelete =
    "AAAAAgAAAAAsJvIyUqLpLfSnA99WFOAXlYO39/G6gGLKOPyLecul2gAAA+gAAAACAAAAAQAAAAEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAEAAAAAAAAACgAA"
    "ABRjb25maWcubWVtb19yZXF1aXJlZAAAAAAAAAAAAAAAAA==";
const char *kSdkDeleteHash = "1a63a88a59daadffbb78d0cc2741834a761d1a67a36dc28785a24b87b0ab31fd";

QString id(const std::string &address)
{
    return QString::fromStdString(address);
}

// A Horizon account answer with this `data` member (JSON text).
std::string accountWithData(const std::string &data)
{
    return "{\"sequence\":\"5\",\"subentry_count\":1,\"balances\":[{\"balance\":\"10.0000000\",\"asset_type\":\"native\"}],\"data\":"
           + data + "}";
}

} // namespace

class TestStellarMemoRequired : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void horizonAccountReadsDataEntriesStrictly();
    void stateIsSetOnlyForTheValueOne();
    void onIsSignedSentAndAudited();
    void onWhenOnSignsNothing();
    void offDeletesTheEntry();
    void withoutHotsKeyItIsTheEnvelopeTheSdkBuilds();
    void refusalsMakeNothing();

private:
    int audited() const
    {
        auto entries = m_audit->list();
        return static_cast<int>(std::count_if(entries.value().begin(), entries.value().end(),
                                              [](const security::AuditEntry &e) { return e.action == "stellar.memo_required"; }));
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
    std::unique_ptr<StellarMemoRequired> m_memo;
    security::Actor m_admin;
};

void TestStellarMemoRequired::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    WalletRepository rows(m_db->connection(), m_db->dialect());
    QVERIFY(rows.add({0, Chain::Stellar, WalletTier::Hot, "XLM", kHot, {}, {}, false, {}, 0}, 1).ok());
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_signers->add("olga", security::Role::Operator);
    m_signers->trustVault(*m_vault, "root", "stellar memo required test passphrase");
    m_admin = m_signers->confirmed("root");
    QVERIFY(m_vault
                ->storeKey(m_admin, StellarMemoRequired::kVaultKey, "stellar", kHot,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(kHotSeed.constData()),
                                                  static_cast<std::size_t>(kHotSeed.size())))
                .ok());

    m_horizon = std::make_unique<HorizonTestServer>(stellar::TestNetworkPassphrase);
    QVERIFY(m_horizon->listen());
    m_horizon->setCloseTime(m_clock.nowMs() / 1000);
    m_horizon->setAccount(id(kHot), 100 * kXlm, kHotSequence);
    m_client = std::make_unique<stellar::HorizonClient>(QUrl(m_horizon->url()));
    m_memo = std::make_unique<StellarMemoRequired>(*m_db, m_clock, *m_audit, *m_wallets, *m_client, stellar::TestNetworkPassphrase);
}

void TestStellarMemoRequired::cleanup()
{
    m_memo.reset();
    m_client.reset();
    m_horizon.reset();
    m_signers.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestStellarMemoRequired::horizonAccountReadsDataEntriesStrictly()
{
    auto read = stellar::HorizonAccount::fromJson(accountWithData("{\"config.memo_required\":\"MQ==\",\"other\":\"\"}"));
    QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
    QCOMPARE(read.value().dataEntry(kEntry), std::optional<QByteArray>(QByteArray("1")));
    QCOMPARE(read.value().dataEntry("other"), std::optional<QByteArray>(QByteArray()));
    QVERIFY(!read.value().dataEntry("absent"));
    const std::string sixtyFive = QByteArray(65, 'v').toBase64().toStdString();
    for (const std::string &bad : {std::string("[]"), std::string("{\"config.memo_required\":1}"),
                                   std::string("{\"config.memo_required\":\"M Q\"}"), "{\"big\":\"" + sixtyFive + "\"}",
                                   "{\"" + std::string(65, 'n') + "\":\"MQ==\"}"}) {
        auto refused = stellar::HorizonAccount::fromJson(accountWithData(bad));
        QVERIFY2(!refused.ok(), bad.c_str());
        QVERIFY2(refused.error().message.find("data") != std::string::npos, refused.error().message.c_str());
    }
}

void TestStellarMemoRequired::stateIsSetOnlyForTheValueOne()
{
    auto s = m_memo->state();
    QVERIFY2(s.ok(), s.ok() ? "" : s.error().message.c_str());
    QCOMPARE(s.value().address, kHot);
    QVERIFY(s.value().requirement == MemoRequirement::NotSet);
    QVERIFY(!s.value().value);
    m_horizon->setDataEntry(id(kHot), kEntry, QByteArray("0"));
    s = m_memo->state();
    QVERIFY(s.value().requirement == MemoRequirement::NotSet);
    QCOMPARE(s.value().value, std::optional<QByteArray>(QByteArray("0")));
    m_horizon->setDataEntry(id(kHot), kEntry, QByteArray("1"));
    QVERIFY(m_memo->state().value().requirement == MemoRequirement::Set);

    // An account that is not on the network yet.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE wallets SET address = ? WHERE chain = 'stellar'"),
                     {id(stellar::accountIdFromSeed(crypto::sha256("stellar memo required test nobody")))})
                .ok());
    QVERIFY(m_memo->state().value().requirement == MemoRequirement::AccountMissing);
}

void TestStellarMemoRequired::onIsSignedSentAndAudited()
{
    auto made = m_memo->set(m_admin, true, m_vault.get());
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QVERIFY(made.value().submitted);
    QVERIFY(!made.value().unchanged);
    auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(made.value().envelope);
    QVERIFY(tx.ok());
    QVERIFY(tx.value().operation == stellar::OperationType::ManageData);
    QCOMPARE(tx.value().dataName, kEntry);
    QCOMPARE(tx.value().dataValue, std::optional<QByteArray>(QByteArray("1")));
    QCOMPARE(tx.value().sequence, kHotSequence + 1);
    QVERIFY(tx.value().isSignedBy(stellar::strkey::decodeAccountId(kHot).value(), stellar::TestNetworkPassphrase));
    QCOMPARE(made.value().txid, tx.value().hashHex(stellar::TestNetworkPassphrase));
    // On the ledger: the entry and one more subentry.
    QCOMPARE(m_horizon->account(id(kHot)).data.at(kEntry), QByteArray("1"));
    QCOMPARE(m_horizon->account(id(kHot)).subentries, 1);
    QVERIFY(m_horizon->ledgerTransactions().at(QByteArray::fromStdString(made.value().txid)).successful);
    QCOMPARE(audited(), 1);
    QVERIFY(m_memo->state().value().requirement == MemoRequirement::Set);
}

void TestStellarMemoRequired::onWhenOnSignsNothing()
{
    m_horizon->setDataEntry(id(kHot), kEntry, QByteArray("1"));
    auto made = m_memo->set(m_admin, true, m_vault.get());
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QVERIFY(made.value().unchanged);
    QVERIFY(made.value().envelope.empty());
    QCOMPARE(m_horizon->posts(), 0);
    QCOMPARE(audited(), 0);
    // Off when there is no entry: likewise.
    m_horizon->setDataEntry(id(kHot), kEntry, std::nullopt);
    made = m_memo->set(m_admin, false, m_vault.get());
    QVERIFY(made.ok() && made.value().unchanged);
    QCOMPARE(m_horizon->posts(), 0);
}

void TestStellarMemoRequired::offDeletesTheEntry()
{
    // Another value is not SEP-29's "1", but off deletes it all the same.
    m_horizon->setDataEntry(id(kHot), kEntry, QByteArray("yes"));
    auto made = m_memo->set(m_admin, false, m_vault.get());
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QVERIFY(made.value().submitted);
    QVERIFY(!m_horizon->account(id(kHot)).data.count(kEntry));
    QCOMPARE(m_horizon->account(id(kHot)).subentries, 0);
    QVERIFY(m_memo->state().value().requirement == MemoRequirement::NotSet);
    QCOMPARE(audited(), 1);
}

void TestStellarMemoRequired::withoutHotsKeyItIsTheEnvelopeTheSdkBuilds()
{
    auto made = m_memo->set(m_admin, true, nullptr);
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QVERIFY(!made.value().submitted);
    QCOMPARE(made.value().envelope, std::string(kSdkSet));
    QCOMPARE(made.value().txid, std::string(kSdkSetHash));
    // A locked vault cannot sign either: the export again.
    m_vault->lock(m_admin);
    QVERIFY(!StellarMemoRequired::vaultSigns(m_vault.get(), m_admin));
    m_horizon->setDataEntry(id(kHot), kEntry, QByteArray("1"));
    m_horizon->setAccount(id(kHot), 100 * kXlm, kHotSequence);
    made = m_memo->set(m_admin, false, m_vault.get());
    QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
    QCOMPARE(made.value().envelope, std::string(kSdkDelete));
    QCOMPARE(made.value().txid, std::string(kSdkDeleteHash));
    QCOMPARE(m_horizon->posts(), 0); // hot's key signs it, offline
    QCOMPARE(audited(), 2);
}

void TestStellarMemoRequired::refusalsMakeNothing()
{
    const auto refused = [this](const security::Actor &actor, bool required, const std::string &why) {
        auto made = m_memo->set(actor, required, m_vault.get());
        QVERIFY2(!made.ok(), why.c_str());
        QVERIFY2(made.error().message.find(why) != std::string::npos, (made.error().message + " lacks: " + why).c_str());
    };
    refused(m_signers->confirmed("olga"), true, "change_money_settings");
    // 1.5 XLM with no subentry: 0.5 XLM above the reserve, short of the fee.
    m_horizon->setAccount(id(kHot), 15'000'000, kHotSequence);
    refused(m_admin, true, "this needs 0.5001 XLM");
    m_horizon->setAccount(id(kHot), 100 * kXlm, kHotSequence);
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE wallets SET address = ? WHERE chain = 'stellar'"),
                     {id(stellar::accountIdFromSeed(crypto::sha256("stellar memo required test nobody")))})
                .ok());
    refused(m_admin, true, "does not exist on the network");
    QCOMPARE(m_horizon->posts(), 0);
    QCOMPARE(audited(), 0);
}

QTEST_GUILESS_MAIN(TestStellarMemoRequired)
#include "tst_stellarmemorequired.moc"
