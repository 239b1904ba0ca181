// ASA collection on Algorand against a local algod that checks what it is
// sent (signature, validity, fee, the sender's minimum balance, raised by
// each opt-in; an asset transfer to an account that has not opted in is
// refused) and applies it. A new deposit address is first funded by the fee
// wallet with exactly what its opt-in needs, then opts in with its own key;
// an ASA deposit there is split hot/warm/cold and swept as asset transfers
// whose fees the fee wallet sends first. Each refuel, opt-in and sweep is
// stored before it is sent; a lost send is sent again as the same bytes,
// never a second refuel; the books match the chain to the microalgo. A fee
// wallet short in the ledger or on chain signs nothing and says what it
// lacks; an ASA whose row was changed in SQL is never opted in to nor swept.

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/algorand/paymenttransaction.h"
#include "core/deposits/algorandcollector.h"
#include "core/deposits/algorandrefueler.h"
#include "core/deposits/collectionrepository.h"
#include "core/deposits/depositservice.h"
#include "core/deposits/feewalletfunding.h"
#include "core/deposits/refuelrepository.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/manualclock.h"
#include "core/base/systemclock.h"
#include "core/security/auditedassets.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletaddressstatement.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/replenishmentrepository.h"
#include "algodtestserver.h"
#include "testdatabase.h"
#include "testsigners.h"
#include "testtoken.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QTest>

using namespace exchange;
using namespace exchange::deposits;

namespace {

// Test seeds only: a "BIP-39 seed" made of a hash of a label, and the
// other addresses from constant 32-byte seeds.
QByteArray masterSeed()
{
    return QCryptographicHash::hash("algorand token collection test seed", QCryptographicHash::Sha512);
}
std::string tierAddress(int seed)
{
    return algorand::addressFromSeed(QByteArray(32, static_cast<char>(seed)));
}

const std::string kDeposit = algorand::addressFromSeed(algorand::depositSeed(masterSeed(), 0).value());
const std::string kHot = tierAddress(3);
const std::string kWarm = tierAddress(4);
const std::string kCold = tierAddress(5);
const QByteArray kFeeSeed(32, '\x07');
const std::string kFee = algorand::addressFromSeed(kFeeSeed);
const std::string kPayer = tierAddress(9);
const QByteArray kPassphrase = "token collection test passphrase";
constexpr std::uint64_t kAsaId = 31566704;
constexpr std::uint64_t kFeeWalletFunds = 5'000'000;

} // namespace

class TestAlgorandTokenCollection : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void refuelsOptsInAndSweepsWithExactBooks();
    void aLostRefuelIsSentAgainNeverASecond();
    void aShortFeeWalletSignsNothingAndSaysWhatItLacks();
    void anAsaChangedInSqlIsNeverOptedInToNorSwept();
    void theOptInIsTheTransactionAlgorandDefines();
    void theFeeWalletsFundingIsBookedOnceFromTheIndexer();
    void theAlgoOwedToCustomersIsNeverSpentOnFees();
    void aTierNotOptedInReceivesNothing();

private:
    std::unique_ptr<AlgorandCollector> collector(algorand::AlgodClient &algod);
    CollectionRunReport run(AlgorandCollector &c);
    void fundFeeWalletInLedger(std::uint64_t microalgos);
    void depositUsda(const char *txid, std::uint64_t baseUnits);
    int128 balance(std::string_view tier, const std::string &asset) const;
    int128 feesBooked() const;
    std::vector<RefuelRecord> refuels() const;
    bool ledgerClean() const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<DepositService> m_deposits;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    ManualClock m_signClock{QDateTime::currentMSecsSinceEpoch() - 3'600'000};
    std::unique_ptr<TestSigners> m_signers;
    security::Actor m_admin;
    std::unique_ptr<AlgodTestServer> m_algod;
};

void TestAlgorandTokenCollection::init()
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
    m_signers->trustVault(*m_vault, "root", kPassphrase);
    m_admin = m_signers->confirmed("root");
    auto usda = security::AuditedAssets(*m_db, m_signClock)
                    .add(m_signers->confirmed("root"), testToken("USDA", Chain::Algorand, AssetIdentity::algorandAsa(kAsaId), 6), 6);
    QVERIFY2(usda.ok(), usda.ok() ? "" : usda.error().message.c_str());
    // USDA: hot up to 10, warm up to 5, collected from 1.
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(m_signers->confirmed("root"), "USDA",
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
    QVERIFY(wallets.add({0, Chain::Algorand, wallets::WalletTier::Fee, "ALGO", kFee, {}, {}, false, {}, 0}, 1).ok());
    for (const auto &[tier, address] : {std::pair{wallets::WalletTier::Hot, kHot}, {wallets::WalletTier::Warm, kWarm},
                                        {wallets::WalletTier::Cold, kCold}}) {
        wallets::Wallet w;
        w.chain = Chain::Algorand;
        w.tier = tier;
        w.asset = "ALGO";
        w.address = address;
        QVERIFY(wallets::signWalletAddress(m_db->connection(), m_admin, w, std::nullopt, m_clock.nowMs()).value() > 0);
    }
    const QByteArray seed = masterSeed();
    QVERIFY(m_vault
                ->storeKey(security::Actor::cli("tester"), AlgorandCollector::kSeedKey, "any", "test",
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(seed.constData()),
                                                  static_cast<std::size_t>(seed.size())))
                .ok());
    QVERIFY(m_vault
                ->storeKey(security::Actor::cli("tester"), feeKeyName(Chain::Algorand), "algorand", kFee,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(kFeeSeed.constData()),
                                                  static_cast<std::size_t>(kFeeSeed.size())))
                .ok());
    m_deposits = std::make_unique<DepositService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_deposits->setPinnedKeySource([this] { return m_vault->pinnedAdminKey(); });
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);

    m_algod = std::make_unique<AlgodTestServer>();
    QVERIFY(m_algod->listen());
    QVERIFY(m_wallets->setChainSettings(m_admin, {Chain::Algorand, m_algod->url().toStdString(), {}, 1,
                                                  AlgodTestServer::genesisId().toStdString()})
                .ok());
    m_algod->setAsset(kAsaId, {6, QStringLiteral("USDA"), QStringLiteral("USD on Algorand"), 1'000'000'000'000});
    m_algod->setConfirmAfterPolls(1);
    // The tiers have opted in: hot holds 8 USDA (max 10), warm 1 (max 5).
    for (const std::string &tier : {kHot, kWarm, kCold})
        m_algod->setAccount(QString::fromStdString(tier), 1'000'000);
    m_algod->setHolding(QString::fromStdString(kHot), kAsaId, 8'000'000);
    m_algod->setHolding(QString::fromStdString(kWarm), kAsaId, 1'000'000);
    if (qstrcmp(QTest::currentTestFunction(), "aTierNotOptedInReceivesNothing") != 0)
        m_algod->setHolding(QString::fromStdString(kCold), kAsaId, 0);
    m_algod->setAccount(QString::fromStdString(kFee), kFeeWalletFunds);
    // The deposit address is new: algod has never seen it.
}

void TestAlgorandTokenCollection::cleanup()
{
    m_algod.reset();
    m_signers.reset();
    m_vault.reset();
    m_wallets.reset();
    m_deposits.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

std::unique_ptr<AlgorandCollector> TestAlgorandTokenCollection::collector(algorand::AlgodClient &algod)
{
    return std::make_unique<AlgorandCollector>(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, algod);
}

CollectionRunReport TestAlgorandTokenCollection::run(AlgorandCollector &c)
{
    auto report = c.run(security::Actor::cli("tester"), *m_vault);
    if (!report) {
        qWarning() << QString::fromStdString(report.error().message);
        return {};
    }
    return report.value();
}

void TestAlgorandTokenCollection::fundFeeWalletInLedger(std::uint64_t microalgos)
{
    // As exctl collect fund-fee books it: from outside the wallets.
    auto booked = m_ledger->submit(ledger::TransferRequest::posted(
        "fee-funding:test", ledger::TransferCode::Adjustment, ledger::walletAccount("fee", "ALGO"),
        ledger::equityAccount("fee_wallet_funding", "ALGO"), Amount::fromBaseUnits(static_cast<int128>(microalgos)), "test"));
    QVERIFY2(booked.ok(), booked ? "" : booked.error().message.c_str());
}

void TestAlgorandTokenCollection::depositUsda(const char *txid, std::uint64_t baseUnits)
{
    ObservedPayment p;
    p.chain = Chain::Algorand;
    p.txid = txid;
    p.asset = "USDA";
    p.to = kDeposit;
    p.from = kPayer;
    p.amount = Amount::fromBaseUnits(static_cast<int128>(baseUnits));
    p.height = 900;
    p.token = AssetIdentity::algorandAsa(kAsaId);
    auto ingested = m_deposits->ingest({p}, std::nullopt);
    QVERIFY2(ingested.ok(), ingested ? "" : ingested.error().message.c_str());
}

int128 TestAlgorandTokenCollection::balance(std::string_view tier, const std::string &asset) const
{
    auto account = m_ledger->account(ledger::walletAccount(tier, asset));
    return account ? account.value().balance().baseUnits() : 0;
}

int128 TestAlgorandTokenCollection::feesBooked() const
{
    auto account = m_ledger->account(ledger::expenseAccount("network_fees", "ALGO"));
    return account ? account.value().balance().baseUnits() : 0;
}

std::vector<RefuelRecord> TestAlgorandTokenCollection::refuels() const
{
    auto all = RefuelRepository(m_db->connection(), m_db->dialect()).recent(100);
    auto rows = all.value();
    std::reverse(rows.begin(), rows.end()); // oldest first
    return rows;
}

bool TestAlgorandTokenCollection::ledgerClean() const
{
    auto report = ledger::LedgerChecker(*m_db, m_clock).check();
    if (report && !report.value().clean())
        qWarning() << QString::fromStdString(report.value().discrepancies.front());
    return report && report.value().clean();
}

void TestAlgorandTokenCollection::refuelsOptsInAndSweepsWithExactBooks()
{
    fundFeeWalletInLedger(kFeeWalletFunds);
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto c = collector(algod);
    const QString deposit = QString::fromStdString(kDeposit);

    // The plan names the address's missing opt-in and signs nothing.
    auto plans = c->plan([this] { return m_vault->pinnedAdminKey(); });
    QVERIFY2(plans.ok(), plans ? "" : plans.error().message.c_str());
    QCOMPARE(plans.value().size(), size_t(1));
    QCOMPARE(plans.value().front().address, kDeposit);
    QCOMPARE(plans.value().front().asset, std::string("USDA"));
    QVERIFY(plans.value().front().waiting.find("not opted in to USDA") != std::string::npos);
    QCOMPARE(m_algod->posts(), 0);

    // 1. The fee wallet sends the base minimum balance of a new account,
    // the 0.1 ALGO the opt-in adds and its fee: 0.201 ALGO.
    CollectionRunReport first = run(*c);
    QVERIFY(first.problems.empty());
    QCOMPARE(first.refuels.size(), size_t(1));
    QCOMPARE(first.refuels.front().amount.baseUnits(), static_cast<int128>(201'000));
    QCOMPARE(first.refuels.front().forAssets, std::string("USDA"));
    QCOMPARE(refuels().size(), size_t(1));
    QCOMPARE(refuels().front().state, CollectionState::Broadcast);
    QCOMPARE(refuels().front().fromAddress, kFee);
    QCOMPARE(m_algod->posts(), 1);
    QVERIFY(!m_algod->holding(deposit, kAsaId)); // no opt-in before the refuel is confirmed

    // 2. The refuel is confirmed and booked; the address opts in, signed
    // with its own key.
    CollectionRunReport second = run(*c);
    QVERIFY(second.problems.empty());
    QCOMPARE(second.refuelsConfirmed, 1);
    QVERIFY(second.refuels.empty());
    QCOMPARE(refuels().size(), size_t(2));
    const RefuelRecord optIn = refuels().back();
    QVERIFY(isOptIn(optIn));
    QCOMPARE(optIn.fromAddress, kDeposit);
    QCOMPARE(optIn.forAssets, std::string("USDA"));
    QCOMPARE(optIn.state, CollectionState::Broadcast);
    QCOMPARE(balance("fee", "ALGO"), static_cast<int128>(kFeeWalletFunds - 201'000 - 1000));
    QCOMPARE(balance("deposit", "ALGO"), static_cast<int128>(201'000));

    // 3. The opt-in is confirmed: the address holds USDA (none yet).
    CollectionRunReport third = run(*c);
    QVERIFY(third.problems.empty());
    QCOMPARE(third.refuelsConfirmed, 1);
    QVERIFY(m_algod->holding(deposit, kAsaId));
    QCOMPARE(m_algod->account(deposit).amount, std::uint64_t(200'000));
    QCOMPARE(m_algod->account(deposit).minBalance, std::uint64_t(200'000));
    QCOMPARE(balance("deposit", "ALGO"), static_cast<int128>(200'000));
    QCOMPARE(feesBooked(), static_cast<int128>(2000));
    const int posts = m_algod->posts();
    QCOMPARE(run(*c).refuels.size(), size_t(0)); // nothing to do: nothing signed or sent
    QCOMPARE(m_algod->posts(), posts);

    // 4. 12 USDA arrive: hot to its max (2), warm to its max (4), cold 6.
    // The three sweeps' fees are what the address lacks: 0.003 ALGO.
    m_algod->setHolding(deposit, kAsaId, 12'000'000);
    depositUsda("USDA-DEPOSIT-1", 12'000'000);
    CollectionRunReport fourth = run(*c);
    QVERIFY(fourth.problems.empty());
    QCOMPARE(fourth.signedSweeps, 0);
    QCOMPARE(fourth.refuels.size(), size_t(1));
    QCOMPARE(fourth.refuels.front().amount.baseUnits(), static_cast<int128>(3000));

    // 5. The refuel confirmed, the sweeps are signed as asset transfers.
    CollectionRunReport fifth = run(*c);
    QVERIFY(fifth.problems.empty());
    QCOMPARE(fifth.signedSweeps, 3);
    const auto sweeps = CollectionRepository(m_db->connection(), m_db->dialect()).recent(10).value();
    QCOMPARE(sweeps.size(), size_t(3));
    for (const CollectionRecord &s : sweeps) {
        QCOMPARE(s.asset, std::string("USDA"));
        auto tx = algorand::AssetTransferTransaction::decodeSigned(QByteArray::fromHex(QByteArray::fromStdString(s.rawTx)));
        QVERIFY(tx.ok());
        QCOMPARE(tx.value().assetId, kAsaId);
        QCOMPARE(algorand::encodeAddress(tx.value().sender), kDeposit);
        QCOMPARE(tx.value().amount, static_cast<std::uint64_t>(s.amount.baseUnits()));
    }

    // 6. Confirmed: the deposit is collected, and the books match the chain.
    CollectionRunReport sixth;
    QVERIFY(c->follow(sixth).ok());
    QCOMPARE(sixth.confirmed, 3);
    QCOMPARE(m_deposits->list({}).value().front().state, DepositState::Collected);
    QCOMPARE(m_algod->holding(QString::fromStdString(kHot), kAsaId)->amount, std::uint64_t(10'000'000));
    QCOMPARE(m_algod->holding(QString::fromStdString(kWarm), kAsaId)->amount, std::uint64_t(5'000'000));
    QCOMPARE(m_algod->holding(QString::fromStdString(kCold), kAsaId)->amount, std::uint64_t(6'000'000));
    QCOMPARE(m_algod->holding(deposit, kAsaId)->amount, std::uint64_t(0));
    QCOMPARE(balance("hot", "USDA"), static_cast<int128>(2'000'000));
    QCOMPARE(balance("warm", "USDA"), static_cast<int128>(4'000'000));
    QCOMPARE(balance("cold", "USDA"), static_cast<int128>(6'000'000));
    QCOMPARE(balance("deposit", "USDA"), static_cast<int128>(0));
    // The address keeps its minimum balance, the exchange's ALGO.
    QCOMPARE(m_algod->account(deposit).amount, std::uint64_t(200'000));
    QCOMPARE(balance("deposit", "ALGO"), static_cast<int128>(200'000));
    // Two refuels and their fees left the fee wallet, on chain and in the books.
    QCOMPARE(m_algod->account(QString::fromStdString(kFee)).amount, std::uint64_t(kFeeWalletFunds - 201'000 - 3000 - 2 * 1000));
    QCOMPARE(balance("fee", "ALGO"), static_cast<int128>(kFeeWalletFunds - 201'000 - 3000 - 2 * 1000));
    QCOMPARE(feesBooked(), static_cast<int128>(2 * 1000 + 1000 + 3 * 1000));
    QVERIFY(ledgerClean());
}

void TestAlgorandTokenCollection::aLostRefuelIsSentAgainNeverASecond()
{
    fundFeeWalletInLedger(kFeeWalletFunds);
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto c = collector(algod);
    // A run stopped right after storing its refuel (a crash before the send).
    auto params = algod.params();
    QVERIFY(params.ok());
    auto stored = AlgorandRefueler(*m_db, m_clock, *m_ledger, *m_audit, algod)
                      .signRefuel(security::Actor::cli("tester"), *m_vault, kDeposit, "USDA", Amount::fromBaseUnits(201'000),
                                  params.value(), Amount::fromBaseUnits(1000));
    QVERIFY2(stored.ok(), stored ? "" : stored.error().message.c_str());
    QCOMPARE(m_algod->posts(), 0);
    QCOMPARE(refuels().size(), size_t(1));
    QCOMPARE(refuels().front().state, CollectionState::Signed);
    const std::string txid = refuels().front().txid;

    // The next run sends the stored bytes (and follows them to their
    // round) and signs no second refuel.
    CollectionRunReport second = run(*c);
    QVERIFY(second.problems.empty());
    QVERIFY(second.refuels.empty());
    QCOMPARE(second.refuelsConfirmed, 1);
    QCOMPARE(refuels().size(), size_t(1));
    QCOMPARE(refuels().front().txid, txid);
    QCOMPARE(refuels().front().state, CollectionState::Confirmed);
    QCOMPARE(m_algod->txids().size(), size_t(1));

    // Booked once; the address's opt-in follows, and no other refuel.
    CollectionRunReport third = run(*c);
    QVERIFY(third.refuels.empty());
    int payments = 0;
    for (const RefuelRecord &r : refuels())
        payments += isOptIn(r) ? 0 : 1;
    QCOMPARE(payments, 1); // the next row is the address's opt-in
    QCOMPARE(m_algod->account(QString::fromStdString(kFee)).amount, std::uint64_t(kFeeWalletFunds - 201'000 - 1000));
    QVERIFY(ledgerClean());
}

void TestAlgorandTokenCollection::aShortFeeWalletSignsNothingAndSaysWhatItLacks()
{
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto c = collector(algod);
    // Nothing booked for the fee wallet: the ledger says it holds nothing.
    CollectionRunReport unbooked = run(*c);
    QCOMPARE(unbooked.problems.size(), size_t(1));
    QVERIFY2(unbooked.problems.front().find("ledger balance is 0 microalgos, short of the 202000 microalgos")
                 != std::string::npos,
             unbooked.problems.front().c_str());
    // Booked, but on chain it can spend 0.05 ALGO only.
    fundFeeWalletInLedger(kFeeWalletFunds);
    m_algod->setAccount(QString::fromStdString(kFee), 150'000);
    CollectionRunReport poor = run(*c);
    QCOMPARE(poor.problems.size(), size_t(1));
    QVERIFY2(poor.problems.front().find("can spend 50000 microalgos above its minimum balance, short of the 202000")
                 != std::string::npos,
             poor.problems.front().c_str());
    QVERIFY(refuels().empty());
    QCOMPARE(m_algod->posts(), 0);
}

void TestAlgorandTokenCollection::anAsaChangedInSqlIsNeverOptedInToNorSwept()
{
    fundFeeWalletInLedger(kFeeWalletFunds);
    // Someone with SQL points USDA at another ASA: not the identity root signed.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET token_asset_id = ? WHERE code = 'USDA'"),
                     {QStringLiteral("999")})
                .ok());
    m_algod->setAsset(999, {0, QStringLiteral("BAD"), QStringLiteral("Not ours"), 1});
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto c = collector(algod);
    CollectionRunReport report = run(*c);
    QVERIFY(report.refuels.empty());
    QCOMPARE(report.signedSweeps, 0);
    bool said = false;
    for (const SweepPlan &p : report.plans)
        said = said || p.waiting.find("ASA collection waits") != std::string::npos;
    QVERIFY(said);
    QVERIFY(refuels().empty());
    QCOMPARE(m_algod->posts(), 0);
}

void TestAlgorandTokenCollection::theOptInIsTheTransactionAlgorandDefines()
{
    // The opt-in stored is an axfer of 0 units of the ASA from the deposit
    // address to itself, signed by the address (algod checks the
    // signature), with the fee the refuel paid for.
    fundFeeWalletInLedger(kFeeWalletFunds);
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto c = collector(algod);
    run(*c);
    run(*c);
    const RefuelRecord row = refuels().back();
    QVERIFY(isOptIn(row));
    auto tx = algorand::AssetTransferTransaction::decodeSigned(QByteArray::fromHex(QByteArray::fromStdString(row.rawTx)));
    QVERIFY(tx.ok());
    QVERIFY(tx.value().isOptIn());
    QCOMPARE(tx.value().assetId, kAsaId);
    QCOMPARE(algorand::encodeAddress(tx.value().sender), kDeposit);
    QCOMPARE(tx.value().fee, std::uint64_t(1000));
    QVERIFY(tx.value().hasValidSignature());
    QCOMPARE(tx.value().id(), row.txid);
}

void TestAlgorandTokenCollection::theFeeWalletsFundingIsBookedOnceFromTheIndexer()
{
    // Someone outside the wallets sends the fee wallet 2 ALGO.
    m_algod->setAccount(QString::fromStdString(kPayer), 10'000'000);
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto params = algod.params();
    QVERIFY(params.ok());
    algorand::PaymentTransaction tx;
    tx.sender = algorand::decodeAddress(kPayer).value();
    tx.receiver = algorand::decodeAddress(kFee).value();
    tx.amount = 2'000'000;
    tx.fee = 1000;
    tx.firstValid = params.value().lastRound;
    tx.lastValid = tx.firstValid + 1000;
    tx.genesisId = params.value().genesisId;
    tx.genesisHash = params.value().genesisHash;
    tx.sign(QByteArray(32, '\x09'));
    QVERIFY(algod.send(tx.encodeSigned()).ok());
    QVERIFY(algod.pending(tx.id()).value().confirmedRound > 0);

    FeeWalletFunding funding(*m_db, m_clock, *m_ledger, *m_audit, algod); // the test algod answers as the indexer too
    {
        // The same transaction as a replenishment from warm: booked, with
        // its network fee, when the replenishment confirms; never here.
        withdrawals::ReplenishmentRecord r;
        r.asset = "ALGO";
        r.chain = Chain::Algorand;
        r.toTier = wallets::WalletTier::Fee;
        r.fromAddress = kPayer;
        r.toAddress = kFee;
        r.amount = Amount::fromBaseUnits(2'000'000);
        r.maxFee = Amount::fromBaseUnits(1000);
        r.unsignedTx = QByteArrayLiteral("unsigned");
        r.exportedBy = "root";
        auto stored = withdrawals::ReplenishmentRepository(m_db->connection(), m_db->dialect()).insert(r);
        QVERIFY(stored.ok());
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE replenishments SET txid = ?, state = 'broadcast' WHERE id = ?"),
                         {QString::fromStdString(tx.id()), QVariant::fromValue(static_cast<qint64>(stored.value().id))})
                    .ok());
        auto refused = funding.recordAlgorand(m_admin, tx.id());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
        QVERIFY2(refused.error().message.find("is replenishment " + std::to_string(stored.value().id)) != std::string::npos,
                 refused.error().message.c_str());
        QCOMPARE(balance("fee", "ALGO"), static_cast<int128>(0));
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("DELETE FROM replenishments")).ok());
    }
    auto funded = funding.recordAlgorand(m_admin, tx.id());
    QVERIFY2(funded.ok(), funded ? "" : funded.error().message.c_str());
    QCOMPARE(funded.value().amount.baseUnits(), static_cast<int128>(2'000'000));
    QCOMPARE(funded.value().from, kPayer);
    QVERIFY(!funded.value().fromTier);
    QCOMPARE(balance("fee", "ALGO"), static_cast<int128>(2'000'000));
    // Recorded again: booked once.
    (void)funding.recordAlgorand(m_admin, tx.id());
    QCOMPARE(balance("fee", "ALGO"), static_cast<int128>(2'000'000));
    // A transaction the indexer does not know books nothing.
    auto unknown = funding.recordAlgorand(m_admin, std::string(52, 'A'));
    QVERIFY(!unknown.ok());
    QCOMPARE(balance("fee", "ALGO"), static_cast<int128>(2'000'000));
    QVERIFY(ledgerClean());
}

void TestAlgorandTokenCollection::theAlgoOwedToCustomersIsNeverSpentOnFees()
{
    // A customer's 0.5 ALGO waits on the address (below min collection):
    // the opt-in's 0.201 ALGO still comes from the fee wallet, all of it.
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(m_signers->confirmed("root"), "ALGO", {{AssetSetting::MinDeposit, "0.000001"}, {AssetSetting::MinCollection, "100"}})
                .ok());
    ObservedPayment p;
    p.chain = Chain::Algorand;
    p.txid = "ALGO-DEPOSIT-1";
    p.asset = "ALGO";
    p.to = kDeposit;
    p.from = kPayer;
    p.amount = Amount::fromBaseUnits(500'000);
    p.height = 900;
    QVERIFY(m_deposits->ingest({p}, std::nullopt).ok());
    QCOMPARE(m_deposits->list({}).value().front().state, DepositState::Credited);
    m_algod->setAccount(QString::fromStdString(kDeposit), 500'000);
    fundFeeWalletInLedger(kFeeWalletFunds);
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto c = collector(algod);
    CollectionRunReport first = run(*c);
    QCOMPARE(first.refuels.size(), size_t(1));
    QCOMPARE(first.refuels.front().amount.baseUnits(), static_cast<int128>(201'000));
    run(*c); // the refuel confirmed, the opt-in signed
    run(*c); // the opt-in confirmed
    QVERIFY(m_algod->holding(QString::fromStdString(kDeposit), kAsaId));
    // The customer's 0.5 ALGO is still there, above the raised minimum balance.
    QCOMPARE(m_algod->account(QString::fromStdString(kDeposit)).amount, std::uint64_t(700'000));
    QCOMPARE(m_algod->account(QString::fromStdString(kDeposit)).minBalance, std::uint64_t(200'000));
    QCOMPARE(balance("deposit", "ALGO"), static_cast<int128>(700'000));
    QVERIFY(ledgerClean());
}

void TestAlgorandTokenCollection::aTierNotOptedInReceivesNothing()
{
    // Cold never opted in to USDA (init leaves its holding out here); 12
    // USDA would send 6 to cold. The address holds its fees already.
    QVERIFY(!m_algod->holding(QString::fromStdString(kCold), kAsaId));
    m_algod->setHolding(QString::fromStdString(kDeposit), kAsaId, 12'000'000);
    m_algod->setAccount(QString::fromStdString(kDeposit), 400'000, 200'000);
    depositUsda("USDA-DEPOSIT-2", 12'000'000);
    fundFeeWalletInLedger(kFeeWalletFunds);
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    auto c = collector(algod);
    auto plans = c->plan([this] { return m_vault->pinnedAdminKey(); });
    QVERIFY(plans.ok());
    bool said = false;
    for (const SweepPlan &p : plans.value())
        said = said || (p.asset == "USDA" && !p.split && p.waiting.find("cold") != std::string::npos
                        && p.waiting.find("has not opted in to USDA") != std::string::npos);
    QVERIFY(said);
    CollectionRunReport report = run(*c);
    QCOMPARE(report.signedSweeps, 0);
    QVERIFY(report.refuels.empty());
    QCOMPARE(m_algod->posts(), 0);
}

QTEST_GUILESS_MAIN(TestAlgorandTokenCollection)
#include "tst_algorandtokencollection.moc"
