// PayoutService with the real Stellar and Algorand payers, against a local
// Horizon and algod that check what they are sent and apply it: payouts in
// a row take consecutive sequence numbers (Stellar) or share a round with
// distinct txids (Algorand), reach the chain, and settle the ledger with
// the fee the network charged; a destination that does not exist yet is
// created; a payout lost on the way goes to error, is kept, and the retry
// sends the same bytes; the books stay balanced throughout. An ASA (as root
// signed it) is paid by an axfer, the asset out of hot and the fee in ALGO;
// a destination that has not opted in, hot without the ALGO for the fee
// and an ASA row changed in SQL each keep it from being sent. The vault
// pins root's key and sam's requests are signed, as on a real exchange.
// A Stellar token (USDC of an issuer, its identity signed by root) is paid
// from hot's trustline in the same queue as XLM: the token leaves hot's
// line and the ledger's hot USDC, the fee is XLM. A destination the chain
// would refuse (no trustline) and hot without the XLM for the fee each put
// the withdrawal to error saying why, with nothing sent; a token whose row
// was changed in SQL is not paid at all (its payouts wait, XLM goes on).

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/stellar/horizonclient.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/crypto/base64.h"
#include "core/crypto/hashes.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/manualclock.h"
#include "core/security/auditedassets.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/algorandpayer.h"
#include "core/withdrawals/payoutrepository.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/stellarpayer.h"
#include "core/withdrawals/withdrawalservice.h"
#include "algodtestserver.h"
#include "horizontestserver.h"
#include "testdatabase.h"
#include "testsigners.h"
#include "testtoken.h"

#include <QTest>

#include <algorithm>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;

namespace {

// Test keys only: seeds hashed from labels.
const QByteArray kStellarHotSeed = crypto::sha256("chain payouts test stellar hot");
const QByteArray kAlgorandHotSeed = crypto::sha256("chain payouts test algorand hot");
const std::string kStellarHot = stellar::accountIdFromSeed(kStellarHotSeed);
const std::string kAlgorandHot = algorand::addressFromSeed(kAlgorandHotSeed);
const std::string kStellarCustomer = stellar::accountIdFromSeed(crypto::sha256("chain payouts test stellar customer"));
const std::string kStellarNewcomer = stellar::accountIdFromSeed(crypto::sha256("chain payouts test stellar newcomer"));
const std::string kStellarIssuer = stellar::accountIdFromSeed(crypto::sha256("chain payouts test stellar issuer"));
const std::string kStellarOtherIssuer = stellar::accountIdFromSeed(crypto::sha256("chain payouts test stellar other issuer"));
const std::string kAlgorandCustomer = algorand::addressFromSeed(crypto::sha256("chain payouts test algorand customer"));
constexpr std::int64_t kHotSequence = 8'589'934'592;
constexpr std::uint64_t kAsaId = 31566704; // USDA, a test ASA

} // namespace

class TestChainPayouts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void stellarPayoutsTakeConsecutiveSequencesAndSettle();
    void aLostStellarPayoutIsSentAgainAsTheSameBytes();
    void algorandPayoutsInOneRoundReachTheChainAndSettle();
    void anAsaPayoutMovesTheAsaAndPaysItsFeeInAlgo();
    void anAsaPayoutToADestinationNotOptedInGoesToErrorUnsent();
    void hotWithTheAsaButNotTheAlgoFeeSaysAlgo();
    void anAsaRowChangedInSqlWaitsUnsigned();
    void aStellarTokenLeavesHotsTrustlineAndItsFeeIsLumens();
    void aDestinationWithoutTrustlineIsRefusedSayingSo();
    void hotWithTheTokenButNotTheLumensForTheFeeSaysXlm();
    void aTokenRowChangedInSqlIsNotPaid();

private:
    // USDC of kStellarIssuer as root signs it, with signed limits; 5000 of it
    // in hot (the ledger's and hot's trustline), the customer trusting it.
    void addStellarUsdc();
    // One payout run with the real StellarPayer against the test Horizon.
    Result<PayoutRunReport> runStellarPayouts()
    {
        stellar::HorizonClient horizon{QUrl(m_horizon->url())};
        StellarPayer payer(horizon, *m_wallets, m_clock);
        return PayoutService(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, payer).run(*m_vault);
    }
    QString account(const std::string &address) const { return QString::fromStdString(address); }
    std::int64_t request(const std::string &asset, const std::string &to, const char *amount);
    void storeKey(Chain chain, const QByteArray &seed, const std::string &address);
    WithdrawalState state(std::int64_t id) { return m_withdrawals->find(id).value().state; }
    std::string note(std::int64_t id) { return m_withdrawals->find(id).value().note; }
    std::vector<PayoutRecord> payouts(std::int64_t id)
    {
        return PayoutRepository(m_db->connection(), m_db->dialect()).ofWithdrawal(id).value();
    }
    Amount ledgerBalance(const ledger::AccountKey &key) { return m_ledger->account(key).value().balance(); }
    // One payout run with AlgorandPayer against the test algod.
    Result<PayoutRunReport> runAlgorand()
    {
        algorand::AlgodClient algod{QUrl(m_algod->url())};
        AlgorandPayer payer(algod, &algod, *m_wallets);
        PayoutService service(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, payer);
        return service.run(*m_vault);
    }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<WithdrawalService> m_withdrawals;
    std::unique_ptr<HorizonTestServer> m_horizon;
    std::unique_ptr<AlgodTestServer> m_algod;
    std::int64_t m_ada = 0;
    std::unique_ptr<TestSigners> m_signers;
    Actor m_admin; // root, whose key the vault pins, with a confirmed code
    Actor m_clerk; // sam, who requests (signed)
};

void TestChainPayouts::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    wallets::WalletRepository walletRows(m_db->connection(), m_db->dialect());
    QVERIFY(walletRows.add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kStellarHot, {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(walletRows.add({0, Chain::Algorand, wallets::WalletTier::Hot, "ALGO", kAlgorandHot, {}, {}, false, {}, 0}, 1).ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_signers->add("sam", security::Role::Operator);
    m_signers->trustVault(*m_vault, "root", "chain payouts test passphrase"); // pins root's key
    m_signers->registerKey("root", "sam");
    m_admin = m_signers->confirmed("root");
    m_clerk = m_signers->confirmed("sam");
    // USDA: an ASA, its identity signed by root.
    auto usda = security::AuditedAssets(*m_db, m_clock).add(m_admin, testToken("USDA", Chain::Algorand, AssetIdentity::algorandAsa(kAsaId), 6), 6);
    QVERIFY2(usda.ok(), usda.ok() ? "" : usda.error().message.c_str());
    exchange::security::AuditedSettings settings(*m_db, m_clock);
    for (const char *asset : {"XLM", "ALGO", "USDA"})
        QVERIFY(settings.change(m_admin, asset, {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "100000"},
                                                 {AssetSetting::Limit72h, "100000"}})
                    .ok());
    storeKey(Chain::Stellar, kStellarHotSeed, kStellarHot);
    storeKey(Chain::Algorand, kAlgorandHotSeed, kAlgorandHot);
    m_withdrawals = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);

    m_horizon = std::make_unique<HorizonTestServer>(stellar::TestNetworkPassphrase);
    QVERIFY(m_horizon->listen());
    m_horizon->setCloseTime(m_clock.nowMs() / 1000);
    m_horizon->setAccount(QString::fromStdString(kStellarHot), 1000'0000000, kHotSequence);
    m_horizon->setAccount(QString::fromStdString(kStellarCustomer), 10'0000000, 5);
    QVERIFY(m_wallets->setChainSettings(m_admin, {Chain::Stellar, m_horizon->url().toStdString(), {}, 1, stellar::TestNetworkPassphrase})
                .ok());
    m_algod = std::make_unique<AlgodTestServer>();
    QVERIFY(m_algod->listen());
    m_algod->setAccount(QString::fromStdString(kAlgorandHot), 1000'000000);
    m_algod->setAccount(QString::fromStdString(kAlgorandCustomer), 1'000000);
    QVERIFY(m_wallets->setChainSettings(m_admin, {Chain::Algorand, m_algod->url().toStdString(), m_algod->url().toStdString(), 1,
                                                  AlgodTestServer::genesisId().toStdString()})
                .ok());

    // Ada's 5000 of each arrived in hot (collected): the ledger's hot holds them.
    for (const char *asset : {"XLM", "ALGO", "USDA"}) {
        const int decimals = std::string(asset) == "XLM" ? 7 : 6;
        QVERIFY(m_ledger
                    ->submit(ledger::TransferRequest::posted(std::string("test:deposit:") + asset, ledger::TransferCode::Deposit,
                                                             ledger::walletAccount(ledger::owner::HotWallet, asset),
                                                             ledger::customerAccount(m_ada, asset), Amount::parse("5000", decimals).value()))
                    .ok());
    }
}

void TestChainPayouts::cleanup()
{
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_algod.reset();
    m_horizon.reset();
    m_withdrawals.reset();
    m_signers.reset();
    m_vault.reset();
    m_wallets.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestChainPayouts::storeKey(Chain chain, const QByteArray &seed, const std::string &address)
{
    QVERIFY(m_vault
                ->storeKey(m_admin, hotKeyName(chain), std::string(chainName(chain)), address,
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(seed.constData()),
                                                  static_cast<std::size_t>(seed.size())))
                .ok());
}

std::int64_t TestChainPayouts::request(const std::string &asset, const std::string &to, const char *amount)
{
    auto w = m_withdrawals->request(m_clerk, m_ada, asset, to, Amount::parse(amount, asset == "XLM" || asset == "USDC" ? 7 : 6).value());
    if (!w)
        qFatal("request failed: %s", w.error().message.c_str());
    m_clock.advance(1000);
    return w.value().id;
}

void TestChainPayouts::stellarPayoutsTakeConsecutiveSequencesAndSettle()
{
    const std::int64_t a = request("XLM", kStellarCustomer, "10");
    const std::int64_t b = request("XLM", kStellarCustomer, "20.5");
    const std::int64_t c = request("XLM", kStellarNewcomer, "3"); // does not exist yet: created
    stellar::HorizonClient horizon{QUrl(m_horizon->url())};
    StellarPayer payer(horizon, *m_wallets, m_clock);
    PayoutService service(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, payer);
    auto run = service.run(*m_vault);
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 3);
    QCOMPARE(run.value().broadcast, 3);
    QVERIFY2(run.value().problems.empty(), run.value().problems.empty() ? "" : run.value().problems.front().c_str());
    QCOMPARE(payouts(a).front().sequence, kHotSequence + 1);
    QCOMPARE(payouts(b).front().sequence, kHotSequence + 2);
    QCOMPARE(payouts(c).front().sequence, kHotSequence + 3);
    QVERIFY(stellar::PaymentTransaction::fromEnvelopeBase64(payouts(c).front().rawTx).value().operation
            == stellar::OperationType::CreateAccount);
    QCOMPARE(m_horizon->account(QString::fromStdString(kStellarCustomer)).balance, 10'0000000 + 30'5000000);
    QCOMPARE(m_horizon->account(QString::fromStdString(kStellarNewcomer)).balance, 3'0000000);

    auto followed = service.follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 3);
    for (std::int64_t id : {a, b, c}) {
        QCOMPARE(state(id), WithdrawalState::Succeeded);
        QCOMPARE(payouts(id).front().fee, std::optional<Amount>(Amount::fromBaseUnits(100))); // the base fee charged
    }
    // Hot paid 33.5 XLM and 3 x 100 stroops.
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), Amount::parse("4966.49997", 7).value());
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "XLM")), Amount::fromBaseUnits(300));
}

void TestChainPayouts::aLostStellarPayoutIsSentAgainAsTheSameBytes()
{
    const std::int64_t id = request("XLM", kStellarCustomer, "7");
    stellar::HorizonClient horizon{QUrl(m_horizon->url())};
    StellarPayer payer(horizon, *m_wallets, m_clock);
    PayoutService service(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, payer);
    m_horizon->holdSubmissions(true);
    auto run = service.run(*m_vault);
    QVERIFY(run.ok());
    QCOMPARE(state(id), WithdrawalState::Error);
    const PayoutRecord kept = payouts(id).front();
    QCOMPARE(kept.state, PayoutState::Signed);

    m_horizon->holdSubmissions(false);
    QVERIFY(m_withdrawals->retry(m_admin, id).ok());
    auto again = service.run(*m_vault);
    QVERIFY2(again.ok(), again.ok() ? "" : again.error().message.c_str());
    QCOMPARE(again.value().signedNew, 0);
    QCOMPARE(payouts(id).size(), std::size_t(1));
    QCOMPARE(payouts(id).front().rawTx, kept.rawTx);
    QCOMPARE(m_horizon->ledgerTransactions().count(QByteArray::fromStdString(kept.txid)), std::size_t(1));
    QVERIFY(service.follow().ok());
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(m_horizon->account(QString::fromStdString(kStellarCustomer)).balance, 17'0000000);
}

void TestChainPayouts::algorandPayoutsInOneRoundReachTheChainAndSettle()
{
    const std::int64_t a = request("ALGO", kAlgorandCustomer, "12");
    const std::int64_t b = request("ALGO", kAlgorandCustomer, "12");
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    AlgorandPayer payer(algod, &algod, *m_wallets);
    PayoutService service(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, payer);
    auto run = service.run(*m_vault);
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().broadcast, 2);
    const PayoutRecord pa = payouts(a).front();
    const PayoutRecord pb = payouts(b).front();
    QCOMPARE(pa.sequence, pb.sequence); // one round
    QVERIFY(pa.txid != pb.txid);
    QCOMPARE(pa.lastValid, std::optional<std::int64_t>(pa.sequence + 1000));

    auto followed = service.follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 2);
    QCOMPARE(state(a), WithdrawalState::Succeeded);
    QCOMPARE(state(b), WithdrawalState::Succeeded);
    QCOMPARE(m_algod->account(QString::fromStdString(kAlgorandCustomer)).amount, std::uint64_t(25'000000));
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "ALGO")), Amount::parse("4975.998", 6).value());
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "ALGO")), Amount::fromBaseUnits(2000));
}

void TestChainPayouts::anAsaPayoutMovesTheAsaAndPaysItsFeeInAlgo()
{
    const QString hot = QString::fromStdString(kAlgorandHot);
    const QString customer = QString::fromStdString(kAlgorandCustomer);
    m_algod->setHolding(hot, kAsaId, 1000'000000);
    m_algod->setHolding(customer, kAsaId, 0);
    const std::uint64_t hotAlgos = m_algod->account(hot).amount;
    const std::int64_t id = request("USDA", kAlgorandCustomer, "250");
    algorand::AlgodClient algod{QUrl(m_algod->url())};
    AlgorandPayer payer(algod, &algod, *m_wallets);
    PayoutService service(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, payer);
    auto run = service.run(*m_vault);
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QVERIFY2(run.value().problems.empty(), run.value().problems.empty() ? "" : run.value().problems.front().c_str());
    QCOMPARE(run.value().broadcast, 1);
    const PayoutRecord p = payouts(id).front();
    QCOMPARE(p.asset, std::string("USDA"));
    auto tx = algorand::AssetTransferTransaction::decodeSigned(base64::decode(p.rawTx).value());
    QVERIFY(tx.ok());
    QCOMPARE(tx.value().assetId, kAsaId); // the signed identity's
    QCOMPARE(tx.value().amount, std::uint64_t(250'000000));
    QCOMPARE(algorand::encodeAddress(tx.value().receiver), kAlgorandCustomer);

    auto followed = service.follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 1);
    QCOMPARE(state(id), WithdrawalState::Succeeded);
    QCOMPARE(payouts(id).front().fee, std::optional<Amount>(Amount::fromBaseUnits(1000)));
    // On the chain: the ASA moved, hot paid the fee in ALGO.
    QCOMPARE(m_algod->holding(customer, kAsaId)->amount, std::uint64_t(250'000000));
    QCOMPARE(m_algod->holding(hot, kAsaId)->amount, std::uint64_t(750'000000));
    QCOMPARE(m_algod->account(hot).amount, hotAlgos - 1000);
    // In the books, exactly the same.
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "USDA")), Amount::parse("4750", 6).value());
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "ALGO")), Amount::parse("4999.999", 6).value());
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "ALGO")), Amount::fromBaseUnits(1000));
}

void TestChainPayouts::anAsaPayoutToADestinationNotOptedInGoesToErrorUnsent()
{
    m_algod->setHolding(QString::fromStdString(kAlgorandHot), kAsaId, 1000'000000);
    const std::int64_t id = request("USDA", kAlgorandCustomer, "5");
    auto run = runAlgorand();
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(state(id), WithdrawalState::Error);
    QVERIFY2(note(id).find("cannot be paid from hot: the destination " + kAlgorandCustomer + " has not opted in to USDA (ASA 31566704)")
                 != std::string::npos,
             note(id).c_str());
    QVERIFY(payouts(id).empty());
    QCOMPARE(m_algod->posts(), 0);
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "USDA")), Amount::parse("5000", 6).value());
}

void TestChainPayouts::hotWithTheAsaButNotTheAlgoFeeSaysAlgo()
{
    const QString hot = QString::fromStdString(kAlgorandHot);
    m_algod->setHolding(hot, kAsaId, 1000'000000);
    m_algod->setHolding(QString::fromStdString(kAlgorandCustomer), kAsaId, 0);
    m_algod->setAccount(hot, 200'500, 200'000); // 0.0005 ALGO above its minimum balance: less than a fee
    const std::int64_t id = request("USDA", kAlgorandCustomer, "5");
    auto run = runAlgorand();
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(state(id), WithdrawalState::Error);
    QVERIFY2(note(id).find("hot holds the USDA but not the network fee") != std::string::npos, note(id).c_str());
    QVERIFY2(note(id).find("send ALGO to hot") != std::string::npos, note(id).c_str());
    QCOMPARE(run.value().hotShortBy.count("ALGO"), std::size_t(1));
    QCOMPARE(run.value().hotShortBy.count("USDA"), std::size_t(0));
    QVERIFY(payouts(id).empty());
    QCOMPARE(m_algod->posts(), 0);
}

void TestChainPayouts::anAsaRowChangedInSqlWaitsUnsigned()
{
    m_algod->setHolding(QString::fromStdString(kAlgorandHot), kAsaId, 1000'000000);
    m_algod->setHolding(QString::fromStdString(kAlgorandCustomer), kAsaId, 0);
    m_algod->setHolding(QString::fromStdString(kAlgorandHot), 999, 1000'000000);
    m_algod->setHolding(QString::fromStdString(kAlgorandCustomer), 999, 0);
    const std::int64_t id = request("USDA", kAlgorandCustomer, "5");
    // Someone with SQL points USDA at another ASA.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET token_asset_id = ? WHERE code = 'USDA'"), {QStringLiteral("999")})
                .ok());
    auto run = runAlgorand();
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 0);
    const auto &problems = run.value().problems;
    QVERIFY2(std::any_of(problems.begin(), problems.end(),
                         [](const std::string &p) { return p.find("token payouts wait") != std::string::npos && p.find("USDA") != std::string::npos; }),
             problems.empty() ? "no problem said" : problems.front().c_str());
    QCOMPARE(state(id), WithdrawalState::Processing); // waits, as it is
    QVERIFY(payouts(id).empty());
    QCOMPARE(m_algod->posts(), 0);
}

void TestChainPayouts::addStellarUsdc()
{
    security::AuditedAssets assets(*m_db, m_clock);
    auto added = assets.add(m_admin, testToken("USDC", Chain::Stellar, AssetIdentity::stellarCredit("USDC", kStellarIssuer), 7),
                            std::nullopt);
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
    auto limits = security::AuditedSettings(*m_db, m_clock)
                      .change(m_admin, "USDC", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "100000"},
                                                {AssetSetting::Limit72h, "100000"}});
    QVERIFY2(limits.ok(), limits.ok() ? "" : limits.error().message.c_str());
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit:USDC", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "USDC"),
                                                         ledger::customerAccount(m_ada, "USDC"), Amount::parse("5000", 7).value()))
                .ok());
    m_horizon->setAccount(account(kStellarIssuer), 10'0000000, 3);
    HorizonTestServer::Trustline line;
    line.code = "USDC";
    line.issuer = kStellarIssuer;
    line.balance = 5000'0000000;
    m_horizon->setTrustline(account(kStellarHot), line);
    line.balance = 0;
    m_horizon->setTrustline(account(kStellarCustomer), line);
}

void TestChainPayouts::aStellarTokenLeavesHotsTrustlineAndItsFeeIsLumens()
{
    addStellarUsdc();
    const std::int64_t token = request("USDC", kStellarCustomer, "250.5");
    const std::int64_t coin = request("XLM", kStellarCustomer, "1");
    stellar::HorizonClient horizon{QUrl(m_horizon->url())};
    StellarPayer payer(horizon, *m_wallets, m_clock);
    PayoutService service(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets, payer);
    auto run = service.run(*m_vault);
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QVERIFY2(run.value().problems.empty(), run.value().problems.empty() ? "" : run.value().problems.front().c_str());
    QCOMPARE(run.value().signedNew, 2);
    QCOMPARE(run.value().broadcast, 2);
    // One queue: the token and the coin take hot's next sequence numbers.
    QCOMPARE(payouts(token).front().sequence, kHotSequence + 1);
    QCOMPARE(payouts(coin).front().sequence, kHotSequence + 2);
    const auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(payouts(token).front().rawTx);
    QVERIFY(tx.ok());
    QCOMPARE(tx.value().asset.toString(), "USDC:" + kStellarIssuer);
    QCOMPARE(tx.value().amount, std::int64_t(250'5000000));
    // On the chain: the token from hot's line to the customer's, the fees in XLM.
    QCOMPARE(m_horizon->trustline(account(kStellarCustomer), "USDC", kStellarIssuer)->balance, std::int64_t(250'5000000));
    QCOMPARE(m_horizon->trustline(account(kStellarHot), "USDC", kStellarIssuer)->balance, std::int64_t(4749'5000000));
    QCOMPARE(m_horizon->account(account(kStellarHot)).balance, std::int64_t(1000'0000000 - 1'0000000 - 200));

    auto followed = service.follow();
    QVERIFY(followed.ok());
    QCOMPARE(followed.value().succeeded, 2);
    QCOMPARE(state(token), WithdrawalState::Succeeded);
    QCOMPARE(state(coin), WithdrawalState::Succeeded);
    QCOMPARE(payouts(token).front().fee, std::optional<Amount>(Amount::fromBaseUnits(100)));
    // The ledger: hot's USDC less exactly the amount; both fees are XLM.
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "USDC")), Amount::parse("4749.5", 7).value());
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "XLM")), Amount::parse("4998.99998", 7).value());
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "XLM")), Amount::fromBaseUnits(200));
    QCOMPARE(ledgerBalance(ledger::expenseAccount(ledger::owner::NetworkFees, "USDC")), Amount::zero());
}

void TestChainPayouts::aDestinationWithoutTrustlineIsRefusedSayingSo()
{
    addStellarUsdc();
    m_horizon->setAccount(account(kStellarNewcomer), 2'0000000, 9); // exists, trusts no USDC
    const std::int64_t id = request("USDC", kStellarNewcomer, "10");
    auto run = runStellarPayouts();
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 0);
    QCOMPARE(state(id), WithdrawalState::Error);
    const std::string note = m_withdrawals->find(id).value().note;
    QVERIFY2(note.find("cannot be paid from hot") != std::string::npos, note.c_str());
    QVERIFY2(note.find("has no trustline to USDC (USDC:" + kStellarIssuer + ")") != std::string::npos, note.c_str());
    QVERIFY(payouts(id).empty());
    QCOMPARE(m_horizon->posts(), 0);
    QCOMPARE(m_horizon->trustline(account(kStellarHot), "USDC", kStellarIssuer)->balance, std::int64_t(5000'0000000));
    QCOMPARE(ledgerBalance(ledger::walletAccount(ledger::owner::HotWallet, "USDC")), Amount::parse("5000", 7).value());
}

void TestChainPayouts::hotWithTheTokenButNotTheLumensForTheFeeSaysXlm()
{
    addStellarUsdc();
    // 1.5 XLM is the reserve of an account with one trustline: nothing to spend.
    m_horizon->setAccount(account(kStellarHot), 1'5000000, kHotSequence, 1);
    const std::int64_t id = request("USDC", kStellarCustomer, "10");
    auto run = runStellarPayouts();
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 0);
    QCOMPARE(state(id), WithdrawalState::Error);
    const std::string note = m_withdrawals->find(id).value().note;
    QVERIFY2(note.find("hot holds the USDC but not the network fee") != std::string::npos, note.c_str());
    QVERIFY2(note.find("send XLM to hot") != std::string::npos, note.c_str());
    QVERIFY(payouts(id).empty());
    QCOMPARE(m_horizon->posts(), 0);
}

void TestChainPayouts::aTokenRowChangedInSqlIsNotPaid()
{
    addStellarUsdc();
    const std::int64_t token = request("USDC", kStellarCustomer, "10");
    const std::int64_t coin = request("XLM", kStellarCustomer, "2");
    // Someone with SQL points USDC at an issuer they control.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET token_issuer = ? WHERE code = 'USDC'"),
                     {QString::fromStdString(kStellarOtherIssuer)})
                .ok());
    auto run = runStellarPayouts();
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().signedNew, 1); // the XLM only
    const auto &problems = run.value().problems;
    const auto wait = std::find_if(problems.begin(), problems.end(), [](const std::string &p) {
        return p.find("stellar token payouts wait") != std::string::npos && p.find("USDC") != std::string::npos;
    });
    QVERIFY2(wait != problems.end(), problems.empty() ? "no problem said" : problems.front().c_str());
    QCOMPARE(state(token), WithdrawalState::Processing); // waits, as it is
    QVERIFY(payouts(token).empty());
    QCOMPARE(payouts(coin).size(), std::size_t(1));
    QCOMPARE(m_horizon->posts(), 1);
    QCOMPARE(m_horizon->trustline(account(kStellarCustomer), "USDC", kStellarIssuer)->balance, std::int64_t(0));
}

QTEST_GUILESS_MAIN(TestChainPayouts)
#include "tst_chainpayouts.moc"
