// The console's payout worker on its own thread, against a local algod
// that checks what it is sent: with the vault locked it signs nothing and
// says why; unlocked, it pays a processing withdrawal from hot on its own
// (soon after the change, not after the interval), follows it to the
// chain's confirmation, reports each pass per chain, and the books stay
// balanced. A withdrawal held for integrity keeps its chain's payouts down
// (so /health's down list pages someone) while it is held. The vault pins
// root's key and sam's requests are signed, as on a real exchange.

#include "core/chains/algorand/keys.h"
#include "core/crypto/hashes.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/changenotifier.h"
#include "core/base/manualclock.h"
#include "core/base/systemclock.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
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

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("payout worker test hot seed");
const std::string kHot = algorand::addressFromSeed(kHotSeed);
const std::string kCustomerAddress = algorand::addressFromSeed(crypto::sha256("payout worker test customer"));
const QByteArray kPassphrase = "payout worker test passphrase";

} // namespace

class TestPayoutWorker : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void paysOnItsOwnOnceTheVaultIsUnlocked();
    void stoppedItPaysNothingAndStartedAgainItDoes();
    void aHotWalletTooShortBlocksTheQueue();
    void aWithdrawalHeldForIntegrityPutsPayoutsDown();

private:
    WithdrawalState state(std::int64_t id) { return m_withdrawals->find(id).value().state; }
    void runPass();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    ChangeNotifier m_notifier;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<WithdrawalService> m_withdrawals;
    std::unique_ptr<AlgodTestServer> m_algod;
    QThread m_thread;
    PayoutWorker *m_worker = nullptr;
    QMap<QString, QString> m_status;
    QMap<QString, DutyStatus::Health> m_health;
    std::int64_t m_customer = 0;
    // The signers' codes and registrations run an hour behind: registered
    // before anything they sign later at the system's time.
    ManualClock m_signClock{QDateTime::currentMSecsSinceEpoch() - 3'600'000};
    std::unique_ptr<TestSigners> m_signers;
    security::Actor m_admin; // root, whose key the vault pins, with a confirmed code
    security::Actor m_clerk; // sam, who requests (signed)
};

void TestPayoutWorker::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_customer = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    QVERIFY(wallets::WalletRepository(m_db->connection(), m_db->dialect())
                .add({0, Chain::Algorand, wallets::WalletTier::Hot, "ALGO", kHot, {}, {}, false, {}, 0}, 1)
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers = std::make_unique<TestSigners>(*m_db, m_signClock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_signers->add("sam", security::Role::Operator);
    m_signers->trustVault(*m_vault, "root", kPassphrase); // pins root's key
    m_signers->registerKey("root", "sam");
    m_admin = m_signers->confirmed("root");
    m_clerk = m_signers->confirmed("sam");
    QVERIFY(exchange::security::AuditedSettings(*m_db, m_clock)
                .change(m_admin, "ALGO", {{AssetSetting::WithdrawFee, "0.001"}, {AssetSetting::Limit24h, "1000"},
                                          {AssetSetting::Limit72h, "1000"}})
                .ok());
    QVERIFY(m_vault
                ->storeKey(m_admin, hotKeyName(Chain::Algorand), "algorand", kHot,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(kHotSeed.constData()),
                                                  static_cast<std::size_t>(kHotSeed.size())))
                .ok());
    m_vault->lock(m_admin);
    m_withdrawals = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_algod = std::make_unique<AlgodTestServer>();
    QVERIFY(m_algod->listen());
    QVERIFY(m_wallets->setChainSettings(m_admin, {Chain::Algorand, m_algod->url().toStdString(), m_algod->url().toStdString(), 1,
                                                  AlgodTestServer::genesisId().toStdString()})
                .ok());
    m_algod->setAccount(QString::fromStdString(kHot), 50'000'000);
    m_algod->setAccount(QString::fromStdString(kCustomerAddress), 1'000'000);
    // Ada's 20 ALGO were collected to hot.
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "ALGO"),
                                                         ledger::customerAccount(m_customer, "ALGO"),
                                                         Amount::fromBaseUnits(20'000'000)))
                .ok());

    // An interval far longer than the test: only changes and runPass() drive it.
    m_worker = new PayoutWorker(*m_db, *m_vault, m_notifier, 600'000);
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &PayoutWorker::statusChanged, this,
            [this](const QString &chain, const DutyStatus &status) {
                m_status.insert(chain, status.text);
                m_health.insert(chain, status.health);
            });
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(); });
}

void TestPayoutWorker::cleanup()
{
    if (m_worker) {
        QMetaObject::invokeMethod(m_worker, [w = m_worker] {
            w->stop();
            delete w;
        }, Qt::BlockingQueuedConnection);
        m_worker = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_algod.reset();
    m_withdrawals.reset();
    m_signers.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

// One pass on the worker's thread; this thread keeps serving the test algod.
void TestPayoutWorker::runPass()
{
    std::atomic<bool> done = false;
    QMetaObject::invokeMethod(m_worker, [this, &done] {
        m_worker->runOnce();
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCoreApplication::processEvents(); // the pass's status lines, queued to this thread
}

void TestPayoutWorker::paysOnItsOwnOnceTheVaultIsUnlocked()
{
    const auto requested = m_withdrawals->request(m_clerk, m_customer, "ALGO", kCustomerAddress, Amount::fromBaseUnits(5'000'000));
    QVERIFY(requested.ok());
    const std::int64_t id = requested.value().id;
    QCOMPARE(requested.value().state, WithdrawalState::Processing);

    runPass();
    QCOMPARE(state(id), WithdrawalState::Processing);
    QTRY_VERIFY2(m_status.value(QStringLiteral("algorand")).contains(QStringLiteral("vault is locked")),
                 qPrintable(m_status.value(QStringLiteral("algorand"))));

    // Unlocked, the change announced for the withdrawal is enough: no pass is asked for.
    QVERIFY(m_vault->unlock(m_admin, kPassphrase).ok());
    m_notifier.publish(ChangeNotifier::Topic::Withdrawal, QString::number(id));
    QTRY_COMPARE_WITH_TIMEOUT(state(id), WithdrawalState::Broadcast, 20000);

    runPass();
    QTRY_COMPARE_WITH_TIMEOUT(state(id), WithdrawalState::Succeeded, 20000);
    QTRY_VERIFY2(m_status.value(QStringLiteral("algorand")).contains(QStringLiteral("paid: 1")),
                 qPrintable(m_status.value(QStringLiteral("algorand"))));
    const WithdrawalRecord paid = m_withdrawals->find(id).value();
    QVERIFY(paid.txid.has_value());
    // Hot paid 5 ALGO and algod's fee; Ada 5 ALGO and the 0.001 withdrawal fee.
    QCOMPARE(m_ledger->account(ledger::customerAccount(m_customer, "ALGO")).value().balance(), Amount::fromBaseUnits(14'999'000));
    QVERIFY(m_ledger->account(ledger::walletAccount(ledger::owner::HotWallet, "ALGO")).value().balance()
            < Amount::fromBaseUnits(15'000'000));
}

// What BackgroundDuties relies on when this process loses the lead and
// later leads again: stopped, a change starts nothing; started again, it pays.
void TestPayoutWorker::stoppedItPaysNothingAndStartedAgainItDoes()
{
    QVERIFY(m_vault->unlock(m_admin, kPassphrase).ok());
    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->stop(); }, Qt::BlockingQueuedConnection);
    const auto requested = m_withdrawals->request(m_clerk, m_customer, "ALGO", kCustomerAddress, Amount::fromBaseUnits(3'000'000));
    QVERIFY(requested.ok());
    const std::int64_t id = requested.value().id;
    m_notifier.publish(ChangeNotifier::Topic::Withdrawal, QString::number(id));
    QTest::qWait(1500); // three times the delay after a change
    QCOMPARE(state(id), WithdrawalState::Processing);

    QMetaObject::invokeMethod(m_worker, [w = m_worker] { w->start(); });
    QTRY_COMPARE_WITH_TIMEOUT(state(id), WithdrawalState::Broadcast, 20000);
}

// Hot holds less on the chain than the payout needs: the worker sends
// nothing, puts the withdrawal to error (retried once hot is refilled),
// says by how much hot is short, and reports itself blocked (an operator
// must move funds from warm), which is neither running nor down.
void TestPayoutWorker::aHotWalletTooShortBlocksTheQueue()
{
    m_algod->setAccount(QString::fromStdString(kHot), 2'000'000); // 2 ALGO
    QVERIFY(m_vault->unlock(m_admin, kPassphrase).ok());
    const auto requested = m_withdrawals->request(m_clerk, m_customer, "ALGO", kCustomerAddress, Amount::fromBaseUnits(5'000'000));
    QVERIFY(requested.ok());
    runPass();
    QTRY_VERIFY2(m_status.value(QStringLiteral("algorand")).contains(QStringLiteral("hot is short by")),
                 qPrintable(m_status.value(QStringLiteral("algorand"))));
    QCOMPARE(m_health.value(QStringLiteral("algorand")), DutyStatus::Health::Blocked);
    QCOMPARE(state(requested.value().id), WithdrawalState::Error);
    QVERIFY(m_algod->txids().empty());
}

// The signer's journal and the database disagreed about a withdrawal
// (PayoutService held it): every pass says so and reports its chain down, and
// the rest of the queue is still paid.
void TestPayoutWorker::aWithdrawalHeldForIntegrityPutsPayoutsDown()
{
    const auto held = m_withdrawals->request(m_clerk, m_customer, "ALGO", kCustomerAddress, Amount::fromBaseUnits(2'000'000));
    QVERIFY(held.ok());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE withdrawals SET state = 'held_for_integrity' WHERE id = ?"),
                     {QVariant::fromValue<qint64>(held.value().id)})
                .ok());
    QVERIFY(m_vault->unlock(m_admin, kPassphrase).ok());
    const auto paid = m_withdrawals->request(m_clerk, m_customer, "ALGO", kCustomerAddress, Amount::fromBaseUnits(3'000'000));
    QVERIFY(paid.ok());
    runPass();
    QTRY_VERIFY2(m_status.value(QStringLiteral("algorand")).contains(QStringLiteral("held for integrity: 1")),
                 qPrintable(m_status.value(QStringLiteral("algorand"))));
    QCOMPARE(m_health.value(QStringLiteral("algorand")), DutyStatus::Health::Down);
    QCOMPARE(state(held.value().id), WithdrawalState::HeldForIntegrity);
    QCOMPARE(state(paid.value().id), WithdrawalState::Broadcast);
}

QTEST_MAIN(TestPayoutWorker)
#include "tst_payoutworker.moc"
