// Stellar fee bumps, exactly once under SIGKILL: a child process pays a
// queue of withdrawals through a pool of three channels (PayoutService with
// the real StellarPayer, bumping a payout that waited 30 ms) against the
// test Horizon of this process, whose surge fee this process moves at
// random (none, above the payouts' fee, above a first bump's too), so that
// inners go in plainly, first bumps and second bumps go in, and a bump is
// stored but never sent; the test kills the child at random moments, over
// and over, then lets one run to its end. Then every withdrawal succeeded
// with one confirmed payout, the chain holds exactly one successful payment
// of each amount to the customer (an inner and its bumps count once: never
// two payouts in a ledger for one withdrawal), hot paid the amounts and no
// fee, and the ledger check is clean.

#include "core/base/manualclock.h"
#include "core/base/systemclock.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/feebumptransaction.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/hashes.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/schema.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payoutreplacement.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/stellarchannels.h"
#include "core/withdrawals/stellarpayer.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalservice.h"
#include "horizontestserver.h"
#include "testdatabase.h"
#include "testsigners.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace exchange;
using namespace exchange::withdrawals;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kHotSeed = crypto::sha256("stellar fee bump kill test hot");
const std::string kHot = stellar::accountIdFromSeed(kHotSeed);
const std::string kCustomer = stellar::accountIdFromSeed(crypto::sha256("stellar fee bump kill test customer"));
const QByteArray kPassphrase = "stellar fee bump kill test passphrase";
constexpr int kWithdrawals = 60; // of 1, 2, … 60 XLM
constexpr std::int64_t kHotXlm = 10'000'0000000;
constexpr std::int64_t kCustomerXlm = 10'0000000;

bool allSucceeded(Database &db)
{
    WithdrawalFilter filter;
    filter.state = WithdrawalState::Succeeded;
    filter.limit = 1000;
    auto done = WithdrawalRepository(db.connection(), db.dialect()).list(filter);
    return done && static_cast<int>(done.value().size()) == kWithdrawals;
}

// The child: unlock the vault, then run and follow until all are paid.
int runChild(const QString &url, const QString &horizonUrl)
{
    auto db = Database::open(url);
    if (!db || !db.value()->migrate(allMigrations()))
        return 3;
    SystemClock clock;
    ledger::LedgerService ledger(*db.value(), clock);
    security::AuditLog audit(*db.value(), clock);
    wallets::WalletService wallets(*db.value(), clock, audit);
    security::KeyVault vault(*db.value(), clock, audit);
    if (!vault.unlock(security::Actor::cli("killtest"), kPassphrase))
        return 4;
    stellar::HorizonClient horizon{QUrl(horizonUrl)};
    StellarPayer payer(horizon, wallets, clock);
    PayoutService payouts(*db.value(), clock, ledger, audit, wallets, payer);
    ReplacementPolicy policy = ReplacementPolicy::forChain(Chain::Stellar);
    policy.stuckAfterMs = 30;
    payouts.setReplacementPolicy(policy);
    for (int round = 0; round < 200; ++round) {
        if (!payouts.run(vault))
            return 5;
        if (allSucceeded(*db.value()))
            return 0;
    }
    return 6;
}

} // namespace

class TestStellarFeeBumpKill : public QObject
{
    Q_OBJECT
private slots:
    void killedAtRandomEachWithdrawalIsPaidOnce();
};

void TestStellarFeeBumpKill::killedAtRandomEachWithdrawalIsPaidOnce()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    HorizonTestServer chain(stellar::TestNetworkPassphrase);
    QVERIFY(chain.listen());
    ManualClock clock(QDateTime::currentMSecsSinceEpoch());
    chain.setCloseTime(clock.nowMs() / 1000);
    chain.setAccount(QString::fromStdString(kHot), kHotXlm, 8'589'934'592);
    chain.setAccount(QString::fromStdString(kCustomer), kCustomerXlm, 5);
    std::int64_t hotBefore = 0;
    {
        auto db = t.open();
        QVERIFY(db);
        ledger::LedgerService ledger(*db, clock);
        security::AuditLog audit(*db, clock);
        wallets::WalletService wallets(*db, clock, audit);
        security::KeyVault vault(*db, clock, audit, nullptr, security::KeyVault::Strength::Interactive);
        TestSigners signers(*db, clock, audit);
        signers.addFirstAdmin("root");
        signers.add("sam", security::Role::Operator);
        signers.trustVault(vault, "root", kPassphrase);
        signers.registerKey("root", "sam");
        const security::Actor admin = signers.confirmed("root");
        const security::Actor clerk = signers.confirmed("sam");
        const std::int64_t ada = CustomerRepository(db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
        QVERIFY(wallets::WalletRepository(db->connection(), db->dialect())
                    .add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kHot, {}, {}, false, {}, 0}, 1)
                    .ok());
        QVERIFY(security::AuditedSettings(*db, clock)
                    .change(admin, "XLM", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "100000"},
                                           {AssetSetting::Limit72h, "100000"}})
                    .ok());
        QVERIFY(vault
                    .storeKey(admin, "hot:stellar", "stellar", kHot,
                              security::SecureBuffer(reinterpret_cast<const unsigned char *>(kHotSeed.constData()),
                                                     static_cast<std::size_t>(kHotSeed.size())))
                    .ok());
        QVERIFY(wallets.setChainSettings(admin, {Chain::Stellar, chain.url().toStdString(), {}, 1, stellar::TestNetworkPassphrase}).ok());
        QVERIFY(ledger
                    .submit(ledger::TransferRequest::posted("test:deposit:XLM", ledger::TransferCode::Deposit,
                                                            ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                            ledger::customerAccount(ada, "XLM"), Amount::parse("5000", 7).value()))
                    .ok());
        stellar::HorizonClient client{QUrl(chain.url())};
        auto made = StellarChannels(*db, clock, audit, wallets, client, stellar::TestNetworkPassphrase).create(admin, 3, vault);
        QVERIFY2(made.ok(), made.ok() ? "" : made.error().message.c_str());
        QCOMPARE(made.value().activated, 3);
        WithdrawalService withdrawals(*db, clock, ledger, audit);
        for (int i = 1; i <= kWithdrawals; ++i)
            QVERIFY(withdrawals.request(clerk, ada, "XLM", kCustomer, Amount::fromBaseUnits(i * 1'0000000)).ok());
        hotBefore = chain.account(QString::fromStdString(kHot)).balance;
    }

    int kills = 0, runs = 0, failures = 0;
    auto *random = QRandomGenerator::global();
    for (;;) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), t.url(), chain.url()});
        QVERIFY(child.waitForStarted(10000));
        ++runs;
        // Kill it after a random while for the first 30 runs, then let it
        // finish; this process serves the chain meanwhile.
        const int wait = runs > 30 ? 120000 : static_cast<int>(random->bounded(5, 250));
        // A surge now and then: none, above the payouts' 100 stroops, above
        // a first bump's 1,000 too; none for the last run.
        const std::int64_t surges[] = {0, 500, 5000};
        chain.setSurgeFee(runs > 30 ? 0 : surges[random->bounded(3)]);
        QElapsedTimer waited;
        waited.start();
        while (child.state() != QProcess::NotRunning && waited.elapsed() < wait)
            QTest::qWait(2);
        if (child.state() == QProcess::NotRunning) {
            QCOMPARE(child.exitStatus(), QProcess::NormalExit);
            if (child.exitCode() == 0)
                break;
            // A transient refusal (the database busy while it recovers from
            // the last kill) ends a run like a crash does; it must stay rare.
            qWarning("paying run %d ended with code %d", runs, child.exitCode());
            QVERIFY2(++failures <= 3, "the paying process keeps failing");
            continue;
        }
        child.kill(); // SIGKILL: no cleanup, no rollback but the database's own
        while (child.state() != QProcess::NotRunning)
            QTest::qWait(2);
        ++kills;
    }
    qInfo("killed the paying process %d times in %d runs", kills, runs);
    QVERIFY2(kills >= 10, "the child finished too fast to be killed");

    auto db = t.open();
    QVERIFY(db);
    QVERIFY(allSucceeded(*db));
    WithdrawalFilter filter;
    filter.limit = 1000;
    for (const WithdrawalRecord &w : WithdrawalRepository(db->connection(), db->dialect()).list(filter).value()) {
        const auto tries = PayoutRepository(db->connection(), db->dialect()).ofWithdrawal(w.id).value();
        QCOMPARE(std::count_if(tries.begin(), tries.end(), [](const PayoutRecord &p) { return p.state == PayoutState::Confirmed; }), 1);
    }
    // On the chain: one successful payment of each amount, through a
    // channel, plainly or in a fee bump.
    std::vector<std::int64_t> paid;
    int bumps = 0;
    for (const auto &[hash, tx] : chain.ledgerTransactions()) {
        const std::string envelope = tx.envelope.toStdString();
        const bool bumped = stellar::FeeBumpTransaction::isFeeBumpEnvelope(envelope);
        auto decoded = bumped ? Result<stellar::PaymentTransaction>(stellar::FeeBumpTransaction::fromEnvelopeBase64(envelope).value().inner)
                              : stellar::PaymentTransaction::fromEnvelopeBase64(envelope);
        QVERIFY(decoded.ok());
        bumps += bumped && tx.successful ? 1 : 0;
        if (!tx.successful || decoded.value().operation != stellar::OperationType::Payment
            || decoded.value().destination.toString() != kCustomer)
            continue;
        QVERIFY(decoded.value().operationSource);
        QCOMPARE(decoded.value().operationSource->toString(), kHot);
        QVERIFY(decoded.value().source.toString() != kHot);
        paid.push_back(decoded.value().amount);
    }
    qInfo("%d of the %d payouts went in inside a fee bump", bumps, kWithdrawals);
    QVERIFY2(bumps > 0, "no payout was bumped");
    std::sort(paid.begin(), paid.end());
    QCOMPARE(static_cast<int>(paid.size()), kWithdrawals);
    for (int i = 0; i < kWithdrawals; ++i)
        QCOMPARE(paid[static_cast<std::size_t>(i)], std::int64_t(i + 1) * 1'0000000);
    const std::int64_t total = std::int64_t(kWithdrawals) * (kWithdrawals + 1) / 2 * 1'0000000;
    QCOMPARE(chain.account(QString::fromStdString(kCustomer)).balance, kCustomerXlm + total);
    QCOMPARE(chain.account(QString::fromStdString(kHot)).balance, hotBefore - total); // and no fee: the channels paid the bumps
    SystemClock now;
    auto report = ledger::LedgerChecker(*db, now).check();
    QVERIFY(report.ok());
    QVERIFY(report.value().clean());
}

int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    }
    QCoreApplication app(argc, argv);
    TestStellarFeeBumpKill test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_stellarfeebumpkill.moc"
