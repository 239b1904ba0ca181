// Collections sign only to destinations the signer can verify, once the key
// vault pins an admin's key: hot's address as the vault's hot key derives
// it, warm's and cold's as an admin signed them (wallet add by an admin who
// confirmed a code). An honest plan is signed to all three; a warm or hot
// address changed in SQL signs nothing, leaves the deposits planned, writes
// an audit record naming the check, and puts the collection worker's line
// down with the reason, and the attention report counts the address until
// a sweep from it is signed. The node the worker sweeps through is the one an
// admin signed, whatever chain_settings says later.

#include "core/base/changenotifier.h"
#include "core/base/manualclock.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/keys.h"
#include "core/deposits/algorandcollector.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/collectionworker.h"
#include "core/deposits/depositservice.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/attentionreport.h"
#include "core/runtime/coreservices.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "algodtestserver.h"
#include "testdatabase.h"
#include "testsigners.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;
using namespace exchange::deposits;

namespace {

// Test seeds only.
QByteArray masterSeed()
{
    return QCryptographicHash::hash("collection destinations test seed", QCryptographicHash::Sha512);
}
std::string tierAddress(int seed)
{
    return algorand::addressFromSeed(QByteArray(32, static_cast<char>(seed)));
}

const std::string kDeposit = algorand::addressFromSeed(algorand::depositSeed(masterSeed(), 0).value());
const QByteArray kHotSeed(32, '\x03');
const std::string kHot = tierAddress(3);
const std::string kWarm = tierAddress(4);
const std::string kCold = tierAddress(5);
const std::string kAttacker = tierAddress(6);
const std::string kPayer = tierAddress(9);
const QByteArray kPassphrase = "destinations test passphrase";

security::SecureBuffer secret(const QByteArray &bytes)
{
    return security::SecureBuffer(reinterpret_cast<const unsigned char *>(bytes.constData()), static_cast<std::size_t>(bytes.size()));
}

} // namespace

class TestCollectionDestinations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anHonestPlanIsSignedToSignedWarmColdAndToHot();
    void aWarmAddressChangedInSqlSignsNothing();
    void aHotAddressChangedInSqlSignsNothing();
    void theWorkerGoesDownAndSaysWhy();
    void theWorkerSweepsThroughTheSignedNode();

private:
    std::unique_ptr<AlgorandCollector> collector(algorand::AlgodClient &algod);
    std::vector<DepositState> depositStates() const;
    std::int64_t count(const QString &statement) const;
    void tamper(wallets::WalletTier tier, const std::string &address);
    int refusedInAttentionReport();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<DepositService> m_deposits;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<AlgodTestServer> m_algod;
};

void TestCollectionDestinations::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers->trustVault(*m_vault, "root", kPassphrase); // pins root's key
    QVERIFY(m_vault->pinnedAdminKey().value().has_value());

    QVERIFY(CustomerRepository(m_db->connection()).add(QStringLiteral("One"), QString(), 1).ok());
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(m_signers->confirmed("root"), "ALGO",
                        {{AssetSetting::MinDeposit, "0.000001"},
                         {AssetSetting::MinCollection, "1"},
                         {AssetSetting::HotMax, "10"},
                         {AssetSetting::WarmMax, "5"}})
                .ok());
    m_deposits = std::make_unique<DepositService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    wallets::WalletRepository rows(m_db->connection(), m_db->dialect());
    QVERIFY(rows.add({0, Chain::Algorand, wallets::WalletTier::Deposit, "ALGO", kDeposit, 1, 0, false, {}, 0}, 1).ok());
    QVERIFY(rows.add({0, Chain::Algorand, wallets::WalletTier::Hot, "ALGO", kHot, {}, {}, false, {}, 0}, 1).ok());
    // Warm and cold registered by an admin who signs: their addresses are signed.
    for (const auto &[tier, address] : {std::pair{wallets::WalletTier::Warm, kWarm}, {wallets::WalletTier::Cold, kCold}}) {
        wallets::Wallet w;
        w.chain = Chain::Algorand;
        w.tier = tier;
        w.asset = "ALGO";
        w.address = address;
        auto added = m_wallets->add(m_signers->confirmed("root"), w);
        QVERIFY2(added.ok(), added ? "" : added.error().message.c_str());
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM signed_statements WHERE kind = 'wallet.address'")), 2);
    const security::Actor root = m_signers->confirmed("root");
    QVERIFY(m_vault->storeKey(root, AlgorandCollector::kSeedKey, "any", "test", secret(masterSeed())).ok());
    QVERIFY(m_vault->storeKey(root, "hot:algorand", "algorand", kHot, secret(kHotSeed)).ok());

    m_algod = std::make_unique<AlgodTestServer>();
    QVERIFY(m_algod->listen());
    QVERIFY(m_wallets
                ->setChainSettings(m_signers->confirmed("root"),
                                   {Chain::Algorand, m_algod->url().toStdString(), m_algod->url().toStdString(), 1,
                                    AlgodTestServer::genesisId().toStdString()})
                .ok());
    m_algod->setAccount(QString::fromStdString(kHot), 8'000'000);
    m_algod->setAccount(QString::fromStdString(kWarm), 1'000'000);
    m_algod->setAccount(QString::fromStdString(kCold), 0, 0);
    m_algod->setAccount(QString::fromStdString(kAttacker), 1'000'000);
    ObservedPayment p;
    p.chain = Chain::Algorand;
    p.txid = "DEPOSIT1";
    p.asset = "ALGO";
    p.to = kDeposit;
    p.from = kPayer;
    p.amount = Amount::fromBaseUnits(12'000'000);
    p.height = 900;
    QVERIFY(m_deposits->ingest({p}, std::nullopt).ok());
    m_algod->setAccount(QString::fromStdString(kDeposit), 12'000'000);
    QCOMPARE(depositStates(), std::vector<DepositState>{DepositState::CollectionPlanned});
}

void TestCollectionDestinations::cleanup()
{
    m_algod.reset();
    m_vault.reset();
    m_wallets.reset();
    m_deposits.reset();
    m_signers.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

std::unique_ptr<AlgorandCollector> TestCollectionDestinations::collector(algorand::AlgodClient &algod)
{
    return std::make_unique<AlgorandCollector>(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, algod);
}

std::vector<DepositState> TestCollectionDestinations::depositStates() const
{
    std::vector<DepositState> states;
    for (const DepositRecord &d : m_deposits->list({}).value())
        states.push_back(d.state);
    return states;
}

std::int64_t TestCollectionDestinations::count(const QString &statement) const
{
    auto q = sql::run(m_db->connection(), statement);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

// What an insider with database access does: no service, no signature.
void TestCollectionDestinations::tamper(wallets::WalletTier tier, const std::string &address)
{
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE wallets SET address = ? WHERE chain = 'algorand' AND tier = ?"),
                     {QString::fromStdString(address), QString::fromLatin1(wallets::walletTierName(tier))})
                .ok());
}

// What the Dashboard reads, over a connection of its own.
int TestCollectionDestinations::refusedInAttentionReport()
{
    CoreServices services(m_testDb->open());
    auto report = readAttentionReport(services);
    if (!report) {
        qWarning("%s", report.error().message.c_str());
        return -1;
    }
    return report.value().collectionsRefused;
}

void TestCollectionDestinations::anHonestPlanIsSignedToSignedWarmColdAndToHot()
{
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto report = collector(algod)->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY2(report.ok(), report ? "" : report.error().message.c_str());
    QVERIFY2(report.value().problems.empty(), report.value().problems.empty() ? "" : report.value().problems.front().c_str());
    QCOMPARE(report.value().signedSweeps, 3);
    QCOMPARE(report.value().refused, 0);
    QVERIFY(report.value().warnings.empty()); // checked against signatures, not the rows
    std::set<std::string> destinations;
    for (const CollectionRecord &r : CollectionRepository(m_db->connection(), m_db->dialect()).recent(10).value())
        destinations.insert(r.toAddress);
    QCOMPARE(destinations, (std::set<std::string>{kHot, kWarm, kCold}));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'collection.refused'")), 0);
}

void TestCollectionDestinations::aWarmAddressChangedInSqlSignsNothing()
{
    tamper(wallets::WalletTier::Warm, kAttacker);
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto report = collector(algod)->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY2(report.ok(), report ? "" : report.error().message.c_str());
    QCOMPARE(report.value().signedSweeps, 0);
    QCOMPARE(report.value().refused, 1);
    QCOMPARE(report.value().problems.size(), size_t(1));
    const std::string &why = report.value().problems.front();
    QVERIFY2(why.find("is not the one an admin signed") != std::string::npos && why.find(kAttacker) != std::string::npos
                 && why.find(kWarm) != std::string::npos,
             why.c_str());
    // Nothing signed, nothing sent, the deposits wait.
    QCOMPARE(m_algod->posts(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM collections")), 0);
    QCOMPARE(depositStates(), std::vector<DepositState>{DepositState::CollectionPlanned});
    // The audit log names the check and where the money would have gone.
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT after_value FROM audit_log WHERE action = 'collection.refused'"));
    QVERIFY(q.ok());
    QVERIFY(q.value().next());
    const QJsonObject after = QJsonDocument::fromJson(q.value().value(0).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("check")).toString(), QStringLiteral("wallet.signed_address"));
    QCOMPARE(after.value(QStringLiteral("tier")).toString(), QStringLiteral("warm"));
    QCOMPARE(after.value(QStringLiteral("to")).toString(), QString::fromStdString(kAttacker));
    QVERIFY(!q.value().next());
    QVERIFY(m_audit->verify().ok());
    QCOMPARE(refusedInAttentionReport(), 1);

    // Put right (the row as root signed it), the next run signs, and the
    // Dashboard no longer counts the address.
    tamper(wallets::WalletTier::Warm, kWarm);
    m_clock.advance(1000);
    auto fixed = collector(algod)->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY(fixed.ok());
    QCOMPARE(fixed.value().signedSweeps, 3);
    QCOMPARE(refusedInAttentionReport(), 0);
}

void TestCollectionDestinations::aHotAddressChangedInSqlSignsNothing()
{
    tamper(wallets::WalletTier::Hot, kAttacker);
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto report = collector(algod)->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY2(report.ok(), report ? "" : report.error().message.c_str());
    QCOMPARE(report.value().signedSweeps, 0);
    QCOMPARE(report.value().refused, 1);
    const std::string &why = report.value().problems.front();
    QVERIFY2(why.find("is not the one the vault's hot key derives") != std::string::npos && why.find(kHot) != std::string::npos,
             why.c_str());
    QCOMPARE(m_algod->posts(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM collections")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'collection.refused'"
                                  " AND after_value LIKE '%wallet.hot_key%'")),
             1);
}

void TestCollectionDestinations::theWorkerGoesDownAndSaysWhy()
{
    tamper(wallets::WalletTier::Warm, kAttacker);
    ChangeNotifier notifier;
    CollectionWorker worker(*m_db, *m_vault, notifier, 3'600'000);
    QSignalSpy status(&worker, &CollectionWorker::statusChanged);
    worker.start();
    QTRY_VERIFY(status.count() >= 1);
    const DutyStatus line = status.last().at(1).value<DutyStatus>();
    QCOMPARE(status.last().at(0).toString(), QStringLiteral("algorand"));
    QCOMPARE(line.health, DutyStatus::Health::Down);
    QVERIFY2(line.text.contains(QStringLiteral("sweeps refused: 1")) && line.text.contains(QStringLiteral("not the one an admin signed")),
             qPrintable(line.text));
    QCOMPARE(m_algod->posts(), 0);
    worker.stop();
}

void TestCollectionDestinations::theWorkerSweepsThroughTheSignedNode()
{
    // The node URL changed in SQL only: to a node that would lie. The worker
    // keeps to the one root signed, and says the row differs.
    AlgodTestServer decoy;
    QVERIFY(decoy.listen());
    decoy.setAccount(QString::fromStdString(kDeposit), 12'000'000);
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE chain_settings SET node_url = ?, indexer_url = ? WHERE chain = 'algorand'"),
                     {decoy.url(), decoy.url()})
                .ok());
    ChangeNotifier notifier;
    CollectionWorker worker(*m_db, *m_vault, notifier, 3'600'000);
    QSignalSpy status(&worker, &CollectionWorker::statusChanged);
    worker.start();
    QTRY_VERIFY(status.count() >= 1);
    const DutyStatus line = status.last().at(1).value<DutyStatus>();
    QVERIFY2(line.text.contains(QStringLiteral("signed: 3"))
                 && line.text.contains(QStringLiteral("node URL in the database differs from the signed one; using the signed one")),
             qPrintable(line.text));
    QCOMPARE(m_algod->txids().size(), size_t(3));
    QCOMPARE(decoy.posts(), 0);
    worker.stop();
}

QTEST_GUILESS_MAIN(TestCollectionDestinations)
#include "tst_collectiondestinations.moc"
