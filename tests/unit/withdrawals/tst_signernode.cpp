// The node the payout signer talks to, once the key vault pins an admin's
// key, is the one an admin signed (SignerNode): a node URL changed in SQL
// only, to a node that could feed the signer a false balance or sequence,
// is never asked, the payout goes through the signed node and the payouts
// line says the row differs. A chain whose settings no admin signed keeps
// its rows, with a warning; without a pin the rows are all there is, and
// they only serve following: the payout worker signs nothing, reports its
// chain down and says why.

#include "core/base/changenotifier.h"
#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/chains/algorand/keys.h"
#include "core/crypto/hashes.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/signernode.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/chainpayer.h"
#include "core/withdrawals/payoutworker.h"
#include "core/withdrawals/withdrawalservice.h"
#include "algodtestserver.h"
#include "testdatabase.h"
#include "testsigners.h"

#include <QDateTime>
#include <QTest>
#include <QThread>

#include <atomic>
#include <optional>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("signer node test hot seed");
const std::string kHot = algorand::addressFromSeed(kHotSeed);
const std::string kCustomerAddress = algorand::addressFromSeed(crypto::sha256("signer node test customer"));
const QByteArray kPassphrase = "signer node test passphrase";

} // namespace

class TestSignerNode : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void thePayoutSignerIgnoresANodeUrlChangedInSql();
    void aChainNoAdminSignedKeepsItsRowsWithAWarning();
    void withoutAPinTheRowsAreAllThereIsAndNothingIsSigned();

private:
    void runPass(PayoutWorker &worker);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<AlgodTestServer> m_algod;
    std::int64_t m_customer = 0;
};

void TestSignerNode::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_customer = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(m_signers->confirmed("root"), "ALGO",
                        {{AssetSetting::WithdrawFee, "0.001"}, {AssetSetting::Limit24h, "1000"}, {AssetSetting::Limit72h, "1000"}})
                .ok());
    QVERIFY(wallets::WalletRepository(m_db->connection(), m_db->dialect())
                .add({0, Chain::Algorand, wallets::WalletTier::Hot, "ALGO", kHot, {}, {}, false, {}, 0}, 1)
                .ok());
    m_algod = std::make_unique<AlgodTestServer>();
    QVERIFY(m_algod->listen());
    m_algod->setAccount(QString::fromStdString(kHot), 50'000'000);
    m_algod->setAccount(QString::fromStdString(kCustomerAddress), 1'000'000);
    // Ada's 20 ALGO were collected to hot.
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "ALGO"),
                                                         ledger::customerAccount(m_customer, "ALGO"),
                                                         Amount::fromBaseUnits(20'000'000)))
                .ok());
}

void TestSignerNode::cleanup()
{
    m_algod.reset();
    m_vault.reset();
    m_wallets.reset();
    m_signers.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

// One pass on the worker's own thread; this thread serves the test nodes.
void TestSignerNode::runPass(PayoutWorker &worker)
{
    QThread thread;
    worker.moveToThread(&thread);
    thread.start();
    std::atomic<bool> done = false;
    QMetaObject::invokeMethod(&worker, [&worker, &done, this] {
        worker.start();
        worker.runOnce();
        worker.stop();
        worker.moveToThread(this->thread());
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    thread.quit();
    thread.wait();
    QCoreApplication::processEvents(); // the pass's status lines, queued to this thread
}

void TestSignerNode::thePayoutSignerIgnoresANodeUrlChangedInSql()
{
    m_signers->trustVault(*m_vault, "root", kPassphrase); // pins root's key, left unlocked
    // ALGO's settings as root signs them now that their key is pinned (the
    // ones saved before chain to nothing: the signer would pay nothing).
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(m_signers->confirmed("root"), "ALGO", {{AssetSetting::Limit24h, "999"}})
                .ok());
    QVERIFY(m_vault
                ->storeKey(m_signers->confirmed("root"), hotKeyName(Chain::Algorand), "algorand", kHot,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(kHotSeed.constData()),
                                                  static_cast<std::size_t>(kHotSeed.size())))
                .ok());
    QVERIFY(m_wallets
                ->setChainSettings(m_signers->confirmed("root"),
                                   {Chain::Algorand, m_algod->url().toStdString(), m_algod->url().toStdString(), 1,
                                    AlgodTestServer::genesisId().toStdString()})
                .ok());
    // An insider points the row at a node of their own.
    AlgodTestServer decoy;
    QVERIFY(decoy.listen());
    decoy.setAccount(QString::fromStdString(kHot), 50'000'000);
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE chain_settings SET node_url = ?, indexer_url = ? WHERE chain = 'algorand'"),
                     {decoy.url(), decoy.url()})
                .ok());

    WithdrawalService withdrawals(*m_db, m_clock, *m_ledger, *m_audit);
    auto requested = withdrawals.request(m_signers->confirmed("root"), m_customer, "ALGO", kCustomerAddress,
                                         Amount::fromBaseUnits(5'000'000));
    QVERIFY2(requested.ok(), requested ? "" : requested.error().message.c_str());
    QCOMPARE(requested.value().state, WithdrawalState::Processing);

    ChangeNotifier notifier;
    PayoutWorker worker(*m_db, *m_vault, notifier, 600'000);
    QString line;
    connect(&worker, &PayoutWorker::statusChanged, this, [&line](const QString &chain, const DutyStatus &status) {
        if (chain == QStringLiteral("algorand"))
            line = status.text;
    });
    runPass(worker);
    QCOMPARE(withdrawals.find(requested.value().id).value().state, WithdrawalState::Broadcast);
    QCOMPARE(m_algod->posts(), 1); // through the node root signed
    QCOMPARE(decoy.posts(), 0);    // never the row's
    QVERIFY2(line.contains(QStringLiteral("node URL in the database differs from the signed one; using the signed one")),
             qPrintable(line));
}

void TestSignerNode::aChainNoAdminSignedKeepsItsRowsWithAWarning()
{
    m_signers->trustVault(*m_vault, "root", kPassphrase);
    // Set before anyone signed settings: the row only.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE chain_settings SET node_url = 'http://127.0.0.1:1' WHERE chain = 'stellar'")).ok());
    auto stellar = wallets::SignerNode::of(m_db->connection(), *m_vault, *m_wallets, Chain::Stellar);
    QVERIFY(stellar.ok());
    QVERIFY(!stellar.value().fromSignature);
    QCOMPARE(stellar.value().settings.nodeUrl, std::string("http://127.0.0.1:1"));
    QCOMPARE(stellar.value().warnings.size(), size_t(1));
    QVERIFY2(stellar.value().warnings.front().find("no admin has signed stellar's node URL") != std::string::npos,
             stellar.value().warnings.front().c_str());
    // Signed, then changed in SQL: the signed URL, whether the vault is
    // open (its sealed pin) or locked (the pin it lists).
    QVERIFY(m_wallets->setChainSettings(m_signers->confirmed("root"), {Chain::Stellar, "http://127.0.0.1:2", "", 1, "net"}).ok());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE chain_settings SET node_url = 'http://127.0.0.1:3' WHERE chain = 'stellar'")).ok());
    for (bool locked : {false, true}) {
        if (locked)
            m_vault->lock(m_signers->confirmed("root"));
        auto signedNode = wallets::SignerNode::of(m_db->connection(), *m_vault, *m_wallets, Chain::Stellar);
        QVERIFY(signedNode.ok());
        QVERIFY(signedNode.value().fromSignature);
        QCOMPARE(signedNode.value().settings.nodeUrl, std::string("http://127.0.0.1:2"));
        QCOMPARE(signedNode.value().warnings.size(), size_t(1));
    }
}

void TestSignerNode::withoutAPinTheRowsAreAllThereIsAndNothingIsSigned()
{
    // A vault made by someone who cannot sign pins nothing.
    QVERIFY(m_vault->initialize(security::Actor::cli("tester"), kPassphrase).ok());
    QVERIFY(m_vault
                ->storeKey(security::Actor::cli("tester"), hotKeyName(Chain::Algorand), "algorand", kHot,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(kHotSeed.constData()),
                                                  static_cast<std::size_t>(kHotSeed.size())))
                .ok());
    QVERIFY(m_wallets
                ->setChainSettings(m_signers->confirmed("root"),
                                   {Chain::Algorand, m_algod->url().toStdString(), m_algod->url().toStdString(), 1,
                                    AlgodTestServer::genesisId().toStdString()})
                .ok());
    QVERIFY(m_wallets->setChainSettings(m_signers->confirmed("root"), {Chain::Stellar, "http://127.0.0.1:2", "", 1, "net"}).ok());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE chain_settings SET node_url = 'http://127.0.0.1:3' WHERE chain = 'stellar'")).ok());
    auto rows = wallets::SignerNode::of(m_db->connection(), *m_vault, *m_wallets, Chain::Stellar);
    QVERIFY(rows.ok());
    QVERIFY(!rows.value().fromSignature);
    QCOMPARE(rows.value().settings.nodeUrl, std::string("http://127.0.0.1:3"));
    QVERIFY(rows.value().warnings.empty());

    // A withdrawal signed by root waits: the worker signs nothing, sends
    // nothing, and its algorand line is down saying what to do.
    WithdrawalService withdrawals(*m_db, m_clock, *m_ledger, *m_audit);
    auto requested = withdrawals.request(m_signers->confirmed("root"), m_customer, "ALGO", kCustomerAddress,
                                         Amount::fromBaseUnits(5'000'000));
    QVERIFY2(requested.ok(), requested ? "" : requested.error().message.c_str());
    ChangeNotifier notifier;
    PayoutWorker worker(*m_db, *m_vault, notifier, 600'000);
    std::optional<DutyStatus> line;
    connect(&worker, &PayoutWorker::statusChanged, this, [&line](const QString &chain, const DutyStatus &status) {
        if (chain == QStringLiteral("algorand"))
            line = status;
    });
    runPass(worker);
    QVERIFY(line.has_value());
    QCOMPARE(line->health, DutyStatus::Health::Down);
    QVERIFY2(line->text.contains(QString::fromStdString(Message{MessageId::SignerNoPinnedAdminKey, {}}.english())),
             qPrintable(line->text));
    QCOMPARE(withdrawals.find(requested.value().id).value().state, WithdrawalState::Processing);
    QCOMPARE(m_algod->posts(), 0);
}

QTEST_GUILESS_MAIN(TestSignerNode)
#include "tst_signernode.moc"
