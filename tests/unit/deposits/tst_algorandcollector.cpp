// The Algorand collector against a local algod that checks what it is sent
// (signature, genesis, validity, fee, the sender's minimum balance) and
// applies it: a deposit address is swept to hot (up to its max), warm (up
// to its max) and cold, each sweep paying its fee out of the amount and
// the address keeping its minimum balance; the ledger moves exactly what
// left the address. A sweep whose broadcast was lost is sent again, the
// same transaction; a wrong seed signs nothing; an unreachable algod
// changes nothing; a sweep that outlives its last valid round fails and
// costs nothing. The vault pins root's key and root signed hot's, warm's
// and cold's addresses, as on a real exchange; a vault that pins no key
// sweeps nothing at all.

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/keys.h"
#include "core/deposits/algorandcollector.h"
#include "core/deposits/collectionworker.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositservice.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/changenotifier.h"
#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/base/systemclock.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wallets/walletaddressstatement.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "algodtestserver.h"
#include "testdatabase.h"
#include "testsigners.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace exchange;
using namespace exchange::deposits;

namespace {

// Test seeds only: a "BIP-39 seed" made of a hash of a label, and tier
// addresses from constant 32-byte seeds.
QByteArray masterSeed(const char *label)
{
    return QCryptographicHash::hash(label, QCryptographicHash::Sha512);
}
std::string depositAddress(int index)
{
    return algorand::addressFromSeed(algorand::depositSeed(masterSeed("exchange console test seed"), index).value());
}
std::string tierAddress(int seed)
{
    return algorand::addressFromSeed(QByteArray(32, static_cast<char>(seed)));
}

const std::string kDeposit = depositAddress(0);
const std::string kHot = tierAddress(3);
const std::string kWarm = tierAddress(4);
const std::string kCold = tierAddress(5);
const std::string kPayer = tierAddress(9);
const QByteArray kPassphrase = "collector test passphrase";

} // namespace

class TestAlgorandCollector : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void splitsPaysFeesAndKeepsTheMinimumBalance();
    void resendsTheStoredSweepAfterALostBroadcast();
    void aWrongSeedSignsNothing();
    void anUnreachableAlgodChangesNothing();
    void aSweepPastItsLastValidRoundFailsAndCostsNothing();
    void theLeadersWorkerSweepsOnlyWhileTheVaultIsOpen();
    void withoutAPinNothingIsSwept();

private:
    void deposit(const char *txid, std::int64_t microalgos);
    std::unique_ptr<AlgorandCollector> collector(algorand::AlgodClient &algod, algorand::AlgodClient *indexer = nullptr);
    void storeSeed(const char *label);
    int128 ledgerBalance(std::string_view tier) const;
    int128 feesBooked() const;
    std::vector<DepositState> depositStates() const;
    std::vector<CollectionRecord> collections() const;
    bool ledgerClean() const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<DepositService> m_deposits;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    // The signers' codes run an hour behind the system's time: their keys
    // are registered before anything they sign at the system's time.
    ManualClock m_signClock{QDateTime::currentMSecsSinceEpoch() - 3'600'000};
    std::unique_ptr<TestSigners> m_signers;
    security::Actor m_admin; // root, with a confirmed code
    AlgodTestServer *m_algod = nullptr;
    std::unique_ptr<AlgodTestServer> m_server;
};

void TestAlgorandCollector::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    QVERIFY(CustomerRepository(m_db->connection()).add(QStringLiteral("One"), QString(), 1).ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers = std::make_unique<TestSigners>(*m_db, m_signClock, *m_audit);
    m_signers->addFirstAdmin("root");
    // root's vault pins root's key; one test makes it without a pin.
    if (qstrcmp(QTest::currentTestFunction(), "withoutAPinNothingIsSwept") == 0)
        QVERIFY(m_vault->initialize(security::Actor::cli("tester"), kPassphrase).ok());
    else
        m_signers->trustVault(*m_vault, "root", kPassphrase);
    m_admin = m_signers->confirmed("root");
    const auto tester = m_admin; // money settings are a person's
    QVERIFY(exchange::security::AuditedSettings(*m_db, m_clock)
                .change(tester, "ALGO",
                        {{AssetSetting::MinDeposit, "0.000001"},
                         {AssetSetting::MinCollection, "1"},
                         {AssetSetting::HotMax, "10"},
                         {AssetSetting::WarmMax, "5"}})
                .ok());
    wallets::WalletRepository wallets(m_db->connection(), m_db->dialect());
    QVERIFY(wallets.add({0, Chain::Algorand, wallets::WalletTier::Deposit, "ALGO", kDeposit, 1, 0, false, {}, 0}, 1).ok());
    QVERIFY(wallets.add({0, Chain::Algorand, wallets::WalletTier::Hot, "ALGO", kHot, {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(wallets.add({0, Chain::Algorand, wallets::WalletTier::Warm, "ALGO", kWarm, {}, {}, true, {}, 0}, 1).ok());
    QVERIFY(wallets.add({0, Chain::Algorand, wallets::WalletTier::Cold, "ALGO", kCold, {}, {}, true, {}, 0}, 1).ok());
    // root vouches for where the exchange's money may go.
    for (const auto &[tier, address] : {std::pair{wallets::WalletTier::Hot, kHot}, {wallets::WalletTier::Warm, kWarm},
                                        {wallets::WalletTier::Cold, kCold}}) {
        wallets::Wallet w;
        w.chain = Chain::Algorand;
        w.tier = tier;
        w.asset = "ALGO";
        w.address = address;
        QVERIFY(wallets::signWalletAddress(m_db->connection(), m_admin, w, std::nullopt, m_clock.nowMs()).value() > 0);
    }
    m_deposits = std::make_unique<DepositService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);

    m_server = std::make_unique<AlgodTestServer>();
    m_algod = m_server.get();
    QVERIFY(m_algod->listen());
    QVERIFY(m_wallets->setChainSettings(tester, {Chain::Algorand, m_algod->url().toStdString(), m_algod->url().toStdString(), 1,
                                                 AlgodTestServer::genesisId().toStdString()})
                .ok());
    // Hot holds 8 ALGO (max 10), warm 1 (max 5).
    m_algod->setAccount(QString::fromStdString(kHot), 8'000'000);
    m_algod->setAccount(QString::fromStdString(kWarm), 1'000'000);
    m_algod->setAccount(QString::fromStdString(kCold), 0, 0);
    // 7 + 5 ALGO to the deposit address: planned for collection.
    deposit("DEPOSIT1", 7'000'000);
    deposit("DEPOSIT2", 5'000'000);
    m_algod->setAccount(QString::fromStdString(kDeposit), 12'000'000);
    QCOMPARE(depositStates(), (std::vector<DepositState>{DepositState::CollectionPlanned, DepositState::CollectionPlanned}));
}

void TestAlgorandCollector::cleanup()
{
    m_server.reset();
    m_signers.reset();
    m_vault.reset();
    m_wallets.reset();
    m_deposits.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestAlgorandCollector::deposit(const char *txid, std::int64_t microalgos)
{
    ObservedPayment p;
    p.chain = Chain::Algorand;
    p.txid = txid;
    p.asset = "ALGO";
    p.to = kDeposit;
    p.from = kPayer;
    p.amount = Amount::fromBaseUnits(microalgos);
    p.height = 900;
    auto ingested = m_deposits->ingest({p}, std::nullopt);
    QVERIFY2(ingested.ok(), ingested ? "" : ingested.error().message.c_str());
}

std::unique_ptr<AlgorandCollector> TestAlgorandCollector::collector(algorand::AlgodClient &algod, algorand::AlgodClient *indexer)
{
    return std::make_unique<AlgorandCollector>(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, algod, indexer);
}

void TestAlgorandCollector::storeSeed(const char *label)
{
    const QByteArray seed = masterSeed(label);
    QVERIFY(m_vault
                ->storeKey(security::Actor::cli("tester"), AlgorandCollector::kSeedKey, "any", "test",
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(seed.constData()),
                                                  static_cast<std::size_t>(seed.size())))
                .ok());
}

int128 TestAlgorandCollector::ledgerBalance(std::string_view tier) const
{
    auto account = m_ledger->account(ledger::walletAccount(tier, "ALGO"));
    return account ? account.value().balance().baseUnits() : 0;
}

int128 TestAlgorandCollector::feesBooked() const
{
    auto account = m_ledger->account(ledger::expenseAccount("network_fees", "ALGO"));
    return account ? account.value().balance().baseUnits() : 0;
}

std::vector<DepositState> TestAlgorandCollector::depositStates() const
{
    std::vector<DepositState> states;
    for (const DepositRecord &d : m_deposits->list({}).value())
        states.push_back(d.state);
    return states;
}

std::vector<CollectionRecord> TestAlgorandCollector::collections() const
{
    return CollectionRepository(m_db->connection(), m_db->dialect()).recent(100).value();
}

bool TestAlgorandCollector::ledgerClean() const
{
    auto report = ledger::LedgerChecker(*m_db, m_clock).check();
    if (report && !report.value().clean())
        qWarning() << QString::fromStdString(report.value().discrepancies.front());
    return report && report.value().clean();
}

void TestAlgorandCollector::splitsPaysFeesAndKeepsTheMinimumBalance()
{
    storeSeed("exchange console test seed");
    m_algod->setConfirmAfterPolls(1); // confirmed in the block after the one it was sent in
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto c = collector(algod);

    auto plans = c->plan();
    QVERIFY(plans.ok());
    QCOMPARE(plans.value().size(), size_t(1));
    // 12 ALGO less the 0.1 the address keeps, less three fees of 0.001:
    // hot to its max of 10, warm to its max of 5, the rest to cold.
    const SweepPlan &p = plans.value().front();
    QVERIFY(p.split);
    QCOMPARE(p.feeEach.baseUnits(), static_cast<int128>(1000));
    QCOMPARE(p.split->toHot.baseUnits(), static_cast<int128>(2'000'000));
    QCOMPARE(p.split->toWarm.baseUnits(), static_cast<int128>(4'000'000));
    QCOMPARE(p.split->toCold.baseUnits(), static_cast<int128>(5'897'000));
    QCOMPARE(m_algod->posts(), 0);

    auto report = c->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY2(report.ok(), report ? "" : report.error().message.c_str());
    QCOMPARE(report.value().signedSweeps, 3);
    QCOMPARE(report.value().broadcast, 3);
    QCOMPARE(report.value().confirmed, 0);
    QCOMPARE(report.value().awaitingConfirmations, 3);
    QVERIFY(report.value().problems.empty());
    // The destinations are the ones root signed: nothing to warn about.
    QVERIFY(report.value().warnings.empty());
    QCOMPARE(depositStates(), (std::vector<DepositState>{DepositState::Collecting, DepositState::Collecting}));

    CollectionRunReport again;
    QVERIFY(c->follow(again).ok());
    QCOMPARE(again.confirmed, 3);
    QCOMPARE(again.awaitingConfirmations, 0);
    QCOMPARE(depositStates(), (std::vector<DepositState>{DepositState::Collected, DepositState::Collected}));

    // On chain: the address keeps its minimum balance exactly.
    QCOMPARE(m_algod->account(QString::fromStdString(kDeposit)).amount, std::uint64_t(100'000));
    QCOMPARE(m_algod->account(QString::fromStdString(kHot)).amount, std::uint64_t(10'000'000));
    QCOMPARE(m_algod->account(QString::fromStdString(kWarm)).amount, std::uint64_t(5'000'000));
    QCOMPARE(m_algod->account(QString::fromStdString(kCold)).amount, std::uint64_t(5'897'000));
    // In the ledger: what left the address, to the microalgo.
    QCOMPARE(ledgerBalance("deposit"), static_cast<int128>(100'000));
    QCOMPARE(ledgerBalance("hot"), static_cast<int128>(2'000'000));
    QCOMPARE(ledgerBalance("warm"), static_cast<int128>(4'000'000));
    QCOMPARE(ledgerBalance("cold"), static_cast<int128>(5'897'000));
    QCOMPARE(feesBooked(), static_cast<int128>(3'000));
    QVERIFY(ledgerClean());
    // Three sweeps from one address: three first valid rounds.
    std::set<std::int64_t> rounds;
    for (const CollectionRecord &r : collections()) {
        QCOMPARE(r.state, CollectionState::Confirmed);
        QCOMPARE(r.fee->baseUnits(), static_cast<int128>(1000));
        rounds.insert(r.sequence);
    }
    QCOMPARE(rounds, (std::set<std::int64_t>{998, 999, 1000}));
    QCOMPARE(m_algod->txids().size(), size_t(3));

    // Nothing left to do: a further run signs and sends nothing.
    const int posts = m_algod->posts();
    auto idle = c->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY(idle.ok());
    QCOMPARE(idle.value().signedSweeps, 0);
    QVERIFY(idle.value().warnings.empty()); // nothing signed, nothing to warn about
    QCOMPARE(m_algod->posts(), posts);
}

void TestAlgorandCollector::resendsTheStoredSweepAfterALostBroadcast()
{
    storeSeed("exchange console test seed");
    m_algod->setConfirmAfterPolls(1);
    m_algod->dropFirstPost();
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto c = collector(algod);
    auto report = c->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY(report.ok());
    QCOMPARE(report.value().signedSweeps, 3);
    QCOMPARE(report.value().problems.size(), size_t(1)); // the dropped one
    const std::vector<CollectionRecord> stored = collections();
    int stillSigned = 0;
    for (const CollectionRecord &r : stored)
        stillSigned += r.state == CollectionState::Signed ? 1 : 0;
    QCOMPARE(stillSigned, 1);

    // A later run (a restart) sends the stored bytes again.
    for (int i = 0; i < 3; ++i) {
        auto next = c->run(security::Actor::cli("tester"), *m_vault);
        QVERIFY2(next.ok(), next ? "" : next.error().message.c_str());
        QCOMPARE(next.value().signedSweeps, 0);
    }
    const std::vector<CollectionRecord> after = collections();
    QCOMPARE(after.size(), stored.size());
    for (size_t i = 0; i < after.size(); ++i) {
        QCOMPARE(after[i].txid, stored[i].txid);
        QCOMPARE(after[i].rawTx, stored[i].rawTx);
        QCOMPARE(after[i].state, CollectionState::Confirmed);
    }
    // Nothing signed twice: algod saw three transactions in all.
    QCOMPARE(m_algod->txids().size(), size_t(3));
    QCOMPARE(m_algod->confirmed(), 3);
    QCOMPARE(m_algod->account(QString::fromStdString(kDeposit)).amount, std::uint64_t(100'000));
    QCOMPARE(ledgerBalance("deposit"), static_cast<int128>(100'000));
    QCOMPARE(feesBooked(), static_cast<int128>(3'000));
    QVERIFY(ledgerClean());
}

void TestAlgorandCollector::aWrongSeedSignsNothing()
{
    storeSeed("some other seed");
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto report = collector(algod)->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY(report.ok());
    QCOMPARE(report.value().signedSweeps, 0);
    QCOMPARE(report.value().problems.size(), size_t(1));
    QVERIFY(report.value().problems.front().find("does not derive") != std::string::npos);
    QCOMPARE(m_algod->posts(), 0);
    QVERIFY(collections().empty());
    QCOMPARE(depositStates(), (std::vector<DepositState>{DepositState::CollectionPlanned, DepositState::CollectionPlanned}));
    QCOMPARE(ledgerBalance("deposit"), static_cast<int128>(12'000'000));
}

void TestAlgorandCollector::anUnreachableAlgodChangesNothing()
{
    storeSeed("exchange console test seed");
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    algorand::AlgodClient algod{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))};
    auto c = collector(algod);
    auto plans = c->plan();
    QVERIFY(!plans.ok());
    QCOMPARE(plans.error().code, ErrorCode::Unavailable);
    auto report = c->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::Unavailable);
    QVERIFY2(report.error().message.find("could not be reached") != std::string::npos, report.error().message.c_str());
    QVERIFY(collections().empty());
    QCOMPARE(depositStates(), (std::vector<DepositState>{DepositState::CollectionPlanned, DepositState::CollectionPlanned}));
    QCOMPARE(ledgerBalance("deposit"), static_cast<int128>(12'000'000));
}

void TestAlgorandCollector::aSweepPastItsLastValidRoundFailsAndCostsNothing()
{
    storeSeed("exchange console test seed");
    m_algod->setConfirmAfterPolls(-1);
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    algorand::AlgodClient indexer{QUrl(m_algod->url())};
    auto c = collector(algod, &indexer);
    auto report = c->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY(report.ok());
    QCOMPARE(report.value().awaitingConfirmations, 3);
    // Round 1000 is the highest first valid round; past 2000 all are dead.
    m_algod->setLastRound(2001);
    CollectionRunReport followed;
    QVERIFY(c->follow(followed).ok());
    QCOMPARE(followed.failed, 3);
    QCOMPARE(depositStates(), (std::vector<DepositState>{DepositState::CollectionPlanned, DepositState::CollectionPlanned}));
    for (const CollectionRecord &r : collections()) {
        QCOMPARE(r.state, CollectionState::Failed);
        QCOMPARE(r.fee->baseUnits(), static_cast<int128>(0));
    }
    QCOMPARE(m_algod->account(QString::fromStdString(kDeposit)).amount, std::uint64_t(12'000'000));
    QCOMPARE(ledgerBalance("deposit"), static_cast<int128>(12'000'000));
    QCOMPARE(feesBooked(), static_cast<int128>(0));
    QVERIFY(ledgerClean());
}

// The leader's CollectionWorker (BackgroundDuties): with the vault locked
// a pass signs nothing and says why; unlocked, the next pass signs and
// sends the plan's sweeps, and the one after follows them to confirmation.
void TestAlgorandCollector::theLeadersWorkerSweepsOnlyWhileTheVaultIsOpen()
{
    storeSeed("exchange console test seed");
    m_algod->setConfirmAfterPolls(1);
    const auto tester = m_admin;
    m_vault->lock(tester);
    ChangeNotifier notifier;
    CollectionWorker worker(*m_db, *m_vault, notifier, 3'600'000);
    QSignalSpy status(&worker, &CollectionWorker::statusChanged);
    worker.start();
    QTRY_VERIFY(status.count() >= 1);
    QCOMPARE(status.last().at(0).toString(), QStringLiteral("algorand"));
    QVERIFY2(status.last().at(1).value<DutyStatus>().text.contains(QStringLiteral("wait for the key vault")),
             qPrintable(status.last().at(1).value<DutyStatus>().text));
    // Locked is not down: the sweeps wait for an operator, nothing failed.
    QCOMPARE(status.last().at(1).value<DutyStatus>().health, DutyStatus::Health::Running);
    QCOMPARE(m_algod->posts(), 0);
    QCOMPARE(depositStates(), (std::vector<DepositState>{DepositState::CollectionPlanned, DepositState::CollectionPlanned}));

    QVERIFY(m_vault->unlock(tester, kPassphrase).ok());
    worker.runOnce();
    QVERIFY2(status.last().at(1).value<DutyStatus>().text.contains(QStringLiteral("signed: 3")), qPrintable(status.last().at(1).value<DutyStatus>().text));
    QCOMPARE(m_algod->txids().size(), size_t(3));
    QCOMPARE(depositStates(), (std::vector<DepositState>{DepositState::Collecting, DepositState::Collecting}));
    worker.runOnce();
    QCOMPARE(depositStates(), (std::vector<DepositState>{DepositState::Collected, DepositState::Collected}));
    QCOMPARE(m_algod->txids().size(), size_t(3)); // never a second transaction
    QVERIFY(ledgerClean());
    // Stopped (the lead lost), a pass does nothing.
    worker.stop();
    const int posts = m_algod->posts();
    worker.runOnce();
    QCOMPARE(m_algod->posts(), posts);
}

// Fail closed: a vault that pins no admin key gives the collector nothing
// to verify a destination by, so it signs no sweep; the run is refused
// saying why and what to do, nothing reaches algod, the deposits wait.
void TestAlgorandCollector::withoutAPinNothingIsSwept()
{
    QVERIFY(!m_vault->pinnedAdminKey().value());
    storeSeed("exchange console test seed");
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto c = collector(algod);
    auto report = c->run(security::Actor::cli("tester"), *m_vault);
    QVERIFY(!report.ok());
    QCOMPARE(report.error().code, ErrorCode::WrongState);
    QCOMPARE(report.error().message, (Message{MessageId::SignerNoPinnedAdminKey, {}}.english()));
    QCOMPARE(m_algod->posts(), 0);
    QVERIFY(collections().empty());
    QCOMPARE(depositStates(), (std::vector<DepositState>{DepositState::CollectionPlanned, DepositState::CollectionPlanned}));
}

QTEST_GUILESS_MAIN(TestAlgorandCollector)
#include "tst_algorandcollector.moc"
