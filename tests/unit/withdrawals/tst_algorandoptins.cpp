// The exchange's Algorand wallets opting in to an ASA in force, against a
// local algod that applies opt-ins as algod does: the list says which
// wallet holds which ASA; hot's opt-in is signed with the vault's hot key,
// sent and audited, and creates the holding; warm's is exported unsigned,
// is the opt-in algod accepts once signed offline with warm's key, and is
// audited; a wallet that has opted in, too little ALGO, an asset not in
// force (or changed in SQL), someone not an admin in person and hot's key
// not being hot's each sign, write and send nothing.

#include "core/base/manualclock.h"
#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/keys.h"
#include "core/crypto/hashes.h"
#include "core/security/auditedassets.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/algorandoptins.h"
#include "core/withdrawals/chainpayer.h"
#include "algodtestserver.h"
#include "testdatabase.h"
#include "testsigners.h"
#include "testtoken.h"

#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("algorand opt-ins test hot");
const QByteArray kWarmSeed = crypto::sha256("algorand opt-ins test warm");
const QByteArray kColdSeed = crypto::sha256("algorand opt-ins test cold");
const std::string kHot = algorand::addressFromSeed(kHotSeed);
const std::string kWarm = algorand::addressFromSeed(kWarmSeed);
const std::string kCold = algorand::addressFromSeed(kColdSeed);
constexpr std::uint64_t kAsaId = 31566704;

} // namespace

class TestAlgorandOptIns : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theListSaysWhichWalletHoldsWhichAsa();
    void hotsOptInIsSignedSentAndAudited();
    void warmsOptInIsExportedUnsignedAndAlgodTakesItSigned();
    void refusalsSignWriteAndSendNothing();
    void anAsaRowChangedInSqlIsNotOptedInTo();

private:
    wallets::PinnedKeySource pin()
    {
        return [this] { return m_vault->pinnedAdminKey(); };
    }
    int optInsAudited()
    {
        security::AuditFilter filter;
        filter.action = "algorand.opt_in";
        return static_cast<int>(m_audit->list(filter).value().size());
    }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<AlgodTestServer> m_algod;
    std::unique_ptr<algorand::AlgodClient> m_client;
    std::unique_ptr<AlgorandOptIns> m_optIns;
};

void TestAlgorandOptIns::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    wallets::WalletRepository rows(m_db->connection(), m_db->dialect());
    QVERIFY(rows.add({0, Chain::Algorand, wallets::WalletTier::Hot, "ALGO", kHot, {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(rows.add({0, Chain::Algorand, wallets::WalletTier::Warm, "ALGO", kWarm, {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(rows.add({0, Chain::Algorand, wallets::WalletTier::Cold, "ALGO", kCold, {}, {}, false, {}, 0}, 1).ok());
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_signers->add("sam", security::Role::Operator);
    m_signers->trustVault(*m_vault, "root", "algorand opt-ins test passphrase");
    QVERIFY(m_vault
                ->storeKey(m_signers->confirmed("root"), hotKeyName(Chain::Algorand), "algorand", kHot,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(kHotSeed.constData()),
                                                  static_cast<std::size_t>(kHotSeed.size())))
                .ok());
    auto usda = security::AuditedAssets(*m_db, m_clock)
                    .add(m_signers->confirmed("root"), testToken("USDA", Chain::Algorand, AssetIdentity::algorandAsa(kAsaId), 6), 6);
    QVERIFY2(usda.ok(), usda.ok() ? "" : usda.error().message.c_str());

    m_algod = std::make_unique<AlgodTestServer>();
    QVERIFY(m_algod->listen());
    m_algod->setAsset(kAsaId, {6, QStringLiteral("USDA"), QStringLiteral("USD on Algorand"), 1'000'000'000'000});
    m_algod->setAccount(QString::fromStdString(kHot), 10'000000);
    m_algod->setAccount(QString::fromStdString(kWarm), 5'000000);
    m_algod->setAccount(QString::fromStdString(kCold), 150'000); // 0.05 ALGO above its minimum: not enough
    QVERIFY(m_wallets->setChainSettings(m_signers->confirmed("root"), {Chain::Algorand, m_algod->url().toStdString(), {}, 1,
                                                                       AlgodTestServer::genesisId().toStdString()})
                .ok());
    m_client = std::make_unique<algorand::AlgodClient>(QUrl(m_algod->url()));
    m_optIns = std::make_unique<AlgorandOptIns>(*m_db, *m_audit, *m_wallets, *m_client);
}

void TestAlgorandOptIns::cleanup()
{
    m_optIns.reset();
    m_client.reset();
    m_algod.reset();
    m_signers.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestAlgorandOptIns::theListSaysWhichWalletHoldsWhichAsa()
{
    m_algod->setHolding(QString::fromStdString(kWarm), kAsaId, 42, true);
    auto rows = m_optIns->list(pin());
    QVERIFY2(rows.ok(), rows.ok() ? "" : rows.error().message.c_str());
    QCOMPARE(rows.value().size(), std::size_t(3));
    QCOMPARE(rows.value().at(0).wallet.address, kHot); // hot first
    QCOMPARE(rows.value().at(0).asset, std::string("USDA"));
    QCOMPARE(rows.value().at(0).asaId, kAsaId);
    QVERIFY(!rows.value().at(0).holding);
    QCOMPARE(rows.value().at(1).wallet.address, kWarm);
    QVERIFY(rows.value().at(1).holding);
    QCOMPARE(rows.value().at(1).holding->amount, std::uint64_t(42));
    QVERIFY(rows.value().at(1).holding->frozen);
    QCOMPARE(rows.value().at(2).wallet.address, kCold);
    QVERIFY(!rows.value().at(2).holding);
}

void TestAlgorandOptIns::hotsOptInIsSignedSentAndAudited()
{
    const QString hot = QString::fromStdString(kHot);
    auto sent = m_optIns->optInHot(m_signers->confirmed("root"), "USDA", *m_vault);
    QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().message.c_str());
    QCOMPARE(sent.value().wallet.address, kHot);
    QCOMPARE(sent.value().fee, Amount::fromBaseUnits(1000));
    QCOMPARE(m_algod->txids().count(QByteArray::fromStdString(sent.value().txid)), std::size_t(1));
    QVERIFY(m_client->pending(sent.value().txid).value().confirmedRound > 0);
    QVERIFY(m_algod->holding(hot, kAsaId));
    QCOMPARE(m_algod->account(hot).minBalance, std::uint64_t(200'000));
    QCOMPARE(m_algod->account(hot).amount, std::uint64_t(10'000000 - 1000));
    QCOMPARE(optInsAudited(), 1);
    security::AuditFilter filter;
    filter.action = "algorand.opt_in";
    const auto entry = m_audit->list(filter).value().front();
    QCOMPARE(entry.actorName, std::string("root"));
    QVERIFY2(entry.after.find(sent.value().txid) != std::string::npos, entry.after.c_str());

    // Once is enough: the second is refused, nothing new is sent.
    const int posts = m_algod->posts();
    auto again = m_optIns->optInHot(m_signers->confirmed("root"), "USDA", *m_vault);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY2(again.error().message.find("already") != std::string::npos, again.error().message.c_str());
    QCOMPARE(m_algod->posts(), posts);
    QVERIFY(m_optIns->list(pin()).value().front().holding);
}

void TestAlgorandOptIns::warmsOptInIsExportedUnsignedAndAlgodTakesItSigned()
{
    auto exported = m_optIns->exportOptIn(m_signers->confirmed("root"), "USDA", wallets::WalletTier::Warm, pin());
    QVERIFY2(exported.ok(), exported.ok() ? "" : exported.error().message.c_str());
    QCOMPARE(m_algod->posts(), 0); // written, not sent
    auto tx = algorand::AssetTransferTransaction::decodeTransaction(exported.value().unsignedTx);
    QVERIFY2(tx.ok(), tx.ok() ? "" : tx.error().message.c_str());
    QVERIFY(tx.value().isOptIn());
    QCOMPARE(algorand::encodeAddress(tx.value().sender), kWarm);
    QCOMPARE(tx.value().assetId, kAsaId);
    QVERIFY(tx.value().signature.isEmpty());
    QCOMPARE(tx.value().fee, std::uint64_t(1000));
    QCOMPARE(tx.value().firstValid, m_algod->lastRound());
    QCOMPARE(tx.value().lastValid, exported.value().lastValid);
    QCOMPARE(tx.value().lastValid, m_algod->lastRound() + 1000);
    QCOMPARE(optInsAudited(), 1);

    // Signed offline with warm's key: the txid said, and algod takes it.
    algorand::AssetTransferTransaction signedTx = tx.value();
    signedTx.sign(kWarmSeed);
    QCOMPARE(signedTx.id(), exported.value().txid);
    auto sent = m_client->send(signedTx.encodeSigned());
    QVERIFY2(sent.ok(), sent.ok() ? "" : sent.error().message.c_str());
    QVERIFY(m_client->pending(sent.value()).value().confirmedRound > 0);
    QVERIFY(m_algod->holding(QString::fromStdString(kWarm), kAsaId));
    QCOMPARE(m_algod->account(QString::fromStdString(kWarm)).minBalance, std::uint64_t(200'000));
}

void TestAlgorandOptIns::refusalsSignWriteAndSendNothing()
{
    // Not an admin; not a person with a confirmed code.
    auto sam = m_optIns->optInHot(m_signers->confirmed("sam"), "USDA", *m_vault);
    QCOMPARE(sam.error().code, ErrorCode::Unauthorized);
    auto cli = m_optIns->exportOptIn(security::Actor::cli("root"), "USDA", wallets::WalletTier::Warm, pin());
    QVERIFY(!cli.ok());
    QCOMPARE(cli.error().code, ErrorCode::Unauthorized);
    // Not an ASA in force.
    auto algo = m_optIns->optInHot(m_signers->confirmed("root"), "ALGO", *m_vault);
    QCOMPARE(algo.error().code, ErrorCode::NotFound);
    QVERIFY2(algo.error().message.find("not an Algorand Standard Asset in force") != std::string::npos, algo.error().message.c_str());
    QCOMPARE(m_optIns->exportOptIn(m_signers->confirmed("root"), "NOPE", wallets::WalletTier::Warm, pin()).error().code,
             ErrorCode::NotFound);
    // Cold lacks the ALGO for the fee and the higher minimum balance.
    auto cold = m_optIns->exportOptIn(m_signers->confirmed("root"), "USDA", wallets::WalletTier::Cold, pin());
    QCOMPARE(cold.error().code, ErrorCode::WrongState);
    QVERIFY2(cold.error().message.find("holds 0.05 ALGO above its minimum balance") != std::string::npos, cold.error().message.c_str());
    QVERIFY2(cold.error().message.find("send it ALGO first") != std::string::npos, cold.error().message.c_str());
    // Hot's is signed here, never exported; warm's is never signed here.
    QCOMPARE(m_optIns->exportOptIn(m_signers->confirmed("root"), "USDA", wallets::WalletTier::Hot, pin()).error().code,
             ErrorCode::InvalidInput);
    // The vault's hot key that is not hot's signs nothing.
    const std::string other = algorand::addressFromSeed(crypto::sha256("algorand opt-ins test another hot"));
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE wallets SET address = ? WHERE tier = 'hot' AND chain = 'algorand'"),
                     {QString::fromStdString(other)})
                .ok());
    m_algod->setAccount(QString::fromStdString(other), 10'000000);
    auto wrongKey = m_optIns->optInHot(m_signers->confirmed("root"), "USDA", *m_vault);
    QCOMPARE(wrongKey.error().code, ErrorCode::Conflict);
    QVERIFY2(wrongKey.error().message.find("nothing signed") != std::string::npos, wrongKey.error().message.c_str());

    QCOMPARE(m_algod->posts(), 0);
    QCOMPARE(optInsAudited(), 0);
}

void TestAlgorandOptIns::anAsaRowChangedInSqlIsNotOptedInTo()
{
    // Someone with SQL points USDA at another ASA: its identity is not the signed one.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET token_asset_id = ? WHERE code = 'USDA'"),
                     {QStringLiteral("999")})
                .ok());
    m_algod->setAsset(999, {0, QStringLiteral("BAD"), QStringLiteral("Not ours"), 1});
    auto sent = m_optIns->optInHot(m_signers->confirmed("root"), "USDA", *m_vault);
    QVERIFY(!sent.ok());
    QVERIFY2(sent.error().message.find("USDA") != std::string::npos, sent.error().message.c_str());
    QVERIFY(!m_optIns->list(pin()).ok());
    QCOMPARE(m_algod->posts(), 0);
    QCOMPARE(optInsAudited(), 0);
}

QTEST_GUILESS_MAIN(TestAlgorandOptIns)
#include "tst_algorandoptins.moc"
