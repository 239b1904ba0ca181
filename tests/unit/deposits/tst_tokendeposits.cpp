// Token deposits, on this run's backend: a payment of a token is credited
// as exactly that token only when the asset's row is the identity an admin
// signed, traced from the key vault's pin. Without the pin (no vault here,
// the vault locked) or with a row changed in SQL, the chain's tokens cannot
// be trusted: tokensInForce says why, and a batch holding a token payment
// records nothing (the watcher reads it again later, so nothing is lost). A
// token deposit then follows the rules of a coin, in its own decimals: min
// deposit, the customer's account of the token, collection planned at min
// collection; on Stellar a credit asset paid into the base account is in
// hot already.

#include "core/base/manualclock.h"
#include "core/deposits/depositservice.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedassets.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "testdatabase.h"
#include "testdepositxpub.h"
#include "testsigners.h"
#include "testtoken.h"

#include <QTest>

using namespace exchange;
using namespace exchange::deposits;

namespace {

// EIP-55's first example as the token; SEP-0023's account ids as the base
// account and the credit asset's issuer.
const std::string kContract = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const std::string kOtherContract = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";
const std::string kBase = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const std::string kIssuer = "GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7";
const std::string &kAdaEth = kTestEthDeposit0;

Amount usdc(const char *text)
{
    return Amount::parse(text, 6).value();
}

ObservedPayment usdcTransfer(std::string txid, int logIndex, const char *amount, const std::string &contract = kContract)
{
    ObservedPayment p{Chain::Ethereum, std::move(txid), logIndex, "USDC", kAdaEth, "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb",
                      usdc(amount), {}, true, 5000};
    p.token = AssetIdentity::erc20(contract);
    return p;
}

} // namespace

class TestTokenDeposits : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anErc20DepositIsCreditedAsTheSignedToken();
    void withoutThePinNoTokenIsTrusted();
    void aRowChangedInSqlStopsTheChainsTokens();
    void aPaymentOfAnotherContractIsRefused();
    void anOperatorRecordsATokenPaymentByItsAsset();
    void aStellarCreditAssetArrivesInHot();
    void theCursorMovesOnlyWithTheTokensItWasReadWith();

private:
    Amount balance(const ledger::AccountKey &key) { return m_ledger->account(key).value().balance(); }
    int deposits() { return static_cast<int>(m_deposits->list({}).value().size()); }
    void trustThePin();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<DepositService> m_deposits;
    std::int64_t m_ada = 0;
};

void TestTokenDeposits::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers->addFirstAdmin("root");
    m_signers->trustVault(*m_vault, "root", "a vault passphrase");

    security::AuditedAssets assets(*m_db, m_clock);
    auto added = assets.add(m_signers->confirmed("root"), testToken("USDC", Chain::Ethereum, AssetIdentity::erc20(kContract), 6), 6);
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
    added = assets.add(m_signers->confirmed("root"), testToken("USDS", Chain::Stellar, AssetIdentity::stellarCredit("USDC", kIssuer), 7),
                       std::nullopt);
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
    security::AuditedSettings settings(*m_db, m_clock);
    QVERIFY(settings.change(m_signers->confirmed("root"), "USDC", {{AssetSetting::MinDeposit, "1"}, {AssetSetting::MinCollection, "10"}}).ok());
    auto usds = settings.change(m_signers->confirmed("root"), "USDS", {{AssetSetting::MinDeposit, "1"}, {AssetSetting::MinCollection, "1"}});
    QVERIFY2(usds.ok(), usds.ok() ? "" : usds.error().message.c_str());

    m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    QVERIFY(recordTestEthereumXpub(*m_db).ok());
    wallets::WalletRepository walletRepo(m_db->connection(), m_db->dialect());
    QVERIFY(walletRepo.add({0, Chain::Ethereum, wallets::WalletTier::Deposit, "ETH", kAdaEth, m_ada, 0, false, {}, 0}, 1).ok());
    QVERIFY(walletRepo.add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kBase, {}, {}, false, {}, 0}, 1).ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_deposits = std::make_unique<DepositService>(*m_db, m_clock, *m_ledger, *m_audit);
}

void TestTokenDeposits::cleanup()
{
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_deposits.reset();
    m_ledger.reset();
    m_vault.reset();
    m_signers.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestTokenDeposits::trustThePin()
{
    m_deposits->setPinnedKeySource([this] { return m_vault->pinnedAdminKey(); });
}

void TestTokenDeposits::anErc20DepositIsCreditedAsTheSignedToken()
{
    trustThePin();
    auto tokens = m_deposits->tokensInForce(Chain::Ethereum);
    QVERIFY2(tokens.ok(), tokens.ok() ? "" : tokens.error().message.c_str());
    QCOMPARE(tokens.value().size(), std::size_t{1});
    QCOMPARE(tokens.value().front().asset, std::string("USDC"));
    QVERIFY(tokens.value().front().identity == AssetIdentity::erc20(kContract));
    QCOMPARE(tokens.value().front().decimals, 6);

    // One transaction, two transfers to Ada (a multisend): two deposits,
    // and 0.5 below the minimum is held but credits nobody.
    auto report = m_deposits->ingest({usdcTransfer("0xt1", 2, "4.000001"), usdcTransfer("0xt1", 5, "0.5")}, std::nullopt);
    QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
    QCOMPARE(report.value().recorded, 2);
    QCOMPARE(report.value().credited, 1);
    QCOMPARE(report.value().ignored, 1);
    QCOMPARE(balance(ledger::customerAccount(m_ada, "USDC")), usdc("4.000001"));
    QCOMPARE(balance(ledger::walletAccount("deposit", "USDC")), usdc("4.500001"));
    QCOMPARE(balance(ledger::customerAccount(m_ada, "ETH")), Amount::zero());
    // Below min collection (10) it stays credited; the next one reaches it.
    QCOMPARE(m_deposits->list({DepositState::Credited, {}, {}, 10, 0}).value().size(), std::size_t{1});
    report = m_deposits->ingest({usdcTransfer("0xt2", 0, "6")}, std::nullopt);
    QCOMPARE(report.value().plannedForCollection, 2);
    QCOMPARE(balance(ledger::customerAccount(m_ada, "USDC")), usdc("10.000001"));
    // Seen again: nothing doubles.
    report = m_deposits->ingest({usdcTransfer("0xt1", 2, "4.000001"), usdcTransfer("0xt2", 0, "6")}, std::nullopt);
    QCOMPARE(report.value().duplicates, 2);
    QCOMPARE(deposits(), 3);
}

void TestTokenDeposits::withoutThePinNoTokenIsTrusted()
{
    // No vault here: the tokens cannot be traced to a signature.
    auto none = m_deposits->tokensInForce(Chain::Ethereum);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, ErrorCode::WrongState);
    QVERIFY2(none.error().message.find("USDC") != std::string::npos, none.error().message.c_str());
    auto refused = m_deposits->ingest({usdcTransfer("0xt1", 0, "5")}, std::nullopt);
    QVERIFY(!refused.ok());
    QCOMPARE(deposits(), 0);
    // A chain without tokens needs no pin.
    QVERIFY(m_deposits->tokensInForce(Chain::Algorand).ok());
    QVERIFY(m_deposits->tokensInForce(Chain::Algorand).value().empty());

    // The vault locked: the same, and it says to unlock it.
    trustThePin();
    m_vault->lock(security::Actor::cli("tester"));
    auto locked = m_deposits->tokensInForce(Chain::Ethereum);
    QVERIFY(!locked.ok());
    QVERIFY2(locked.error().message.find("locked") != std::string::npos, locked.error().message.c_str());
    QVERIFY(!m_deposits->ingest({usdcTransfer("0xt1", 0, "5")}, CursorUpdate{"ethereum", "77"}).ok());
    QCOMPARE(deposits(), 0);
    QVERIFY(!m_deposits->cursor("ethereum").value()); // the cursor stays: the block is read again

    // Unlocked, the same payment is credited once.
    QVERIFY(m_vault->unlock(security::Actor::cli("tester"), "a vault passphrase").ok());
    auto credited = m_deposits->ingest({usdcTransfer("0xt1", 0, "5")}, CursorUpdate{"ethereum", "77"});
    QVERIFY2(credited.ok(), credited.ok() ? "" : credited.error().message.c_str());
    QCOMPARE(credited.value().credited, 1);
    QCOMPARE(balance(ledger::customerAccount(m_ada, "USDC")), usdc("5"));
}

void TestTokenDeposits::aRowChangedInSqlStopsTheChainsTokens()
{
    trustThePin();
    // Someone with SQL points USDC at a contract they control.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET token_contract = ? WHERE code = 'USDC'"),
                     {QString::fromStdString(kOtherContract)})
                .ok());
    auto tokens = m_deposits->tokensInForce(Chain::Ethereum);
    QVERIFY(!tokens.ok());
    QCOMPARE(tokens.error().code, ErrorCode::Corrupted);
    QVERIFY2(tokens.error().message.find("USDC") != std::string::npos, tokens.error().message.c_str());
    // Neither the contract the row now names nor the signed one is credited.
    QVERIFY(!m_deposits->ingest({usdcTransfer("0xt1", 0, "5", kOtherContract)}, std::nullopt).ok());
    QVERIFY(!m_deposits->ingest({usdcTransfer("0xt2", 0, "5")}, std::nullopt).ok());
    QCOMPARE(deposits(), 0);
    QCOMPARE(balance(ledger::customerAccount(m_ada, "USDC")), Amount::zero());
    // The other chains' tokens are unaffected.
    QVERIFY(m_deposits->tokensInForce(Chain::Stellar).ok());
}

void TestTokenDeposits::aPaymentOfAnotherContractIsRefused()
{
    trustThePin();
    // A watcher's mistake or a forged report: the payment names USDC but
    // another contract moved. The whole batch records nothing.
    auto refused = m_deposits->ingest({usdcTransfer("0xt1", 0, "5"), usdcTransfer("0xt2", 0, "5", kOtherContract)}, std::nullopt);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::Corrupted);
    QCOMPARE(deposits(), 0);
    // Ether named as USDC, or USDC named as ether: the same.
    ObservedPayment asEther = usdcTransfer("0xt3", 0, "5");
    asEther.token = AssetIdentity::native();
    QVERIFY(!m_deposits->ingest({asEther}, std::nullopt).ok());
    ObservedPayment asToken = usdcTransfer("0xt4", 0, "5");
    asToken.asset = "ETH";
    QVERIFY(!m_deposits->ingest({asToken}, std::nullopt).ok());
    QCOMPARE(deposits(), 0);
}

void TestTokenDeposits::anOperatorRecordsATokenPaymentByItsAsset()
{
    trustThePin();
    ObservedPayment typed = usdcTransfer("0xmanual", 7, "12.5");
    typed.token = AssetIdentity::native(); // an operator names the asset only
    auto recorded = m_deposits->ingestManually(m_signers->confirmed("root"), typed);
    QVERIFY2(recorded.ok(), recorded.ok() ? "" : recorded.error().message.c_str());
    QCOMPARE(recorded.value().asset, std::string("USDC"));
    QCOMPARE(recorded.value().state, DepositState::CollectionPlanned);
    QCOMPARE(balance(ledger::customerAccount(m_ada, "USDC")), usdc("12.5"));
}

void TestTokenDeposits::aStellarCreditAssetArrivesInHot()
{
    trustThePin();
    ObservedPayment p{Chain::Stellar, std::string(64, 'c'), 0, "USDS", kBase, kIssuer, Amount::parse("25.0000001", 7).value(),
                      std::to_string(m_ada), true, 100};
    p.token = AssetIdentity::stellarCredit("USDC", kIssuer);
    auto report = m_deposits->ingest({p}, std::nullopt);
    QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
    QCOMPARE(report.value().credited, 1);
    QCOMPARE(m_deposits->list({}).value().front().state, DepositState::Collected);
    QCOMPARE(balance(ledger::customerAccount(m_ada, "USDS")), Amount::parse("25.0000001", 7).value());
    QCOMPARE(balance(ledger::walletAccount("hot", "USDS")), Amount::parse("25.0000001", 7).value());
    QCOMPARE(balance(ledger::walletAccount("hot", "XLM")), Amount::zero());
}

void TestTokenDeposits::theCursorMovesOnlyWithTheTokensItWasReadWith()
{
    trustThePin();
    // A watcher read blocks before USDC was signed (no tokens): a transfer
    // of USDC in them was passed over, so its cursor may not move past them.
    auto stale = m_deposits->ingest({}, CursorUpdate{"ethereum", "41", Chain::Ethereum, {}});
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, ErrorCode::WrongState);
    QVERIFY2(stale.error().message.find("read again") != std::string::npos, stale.error().message.c_str());
    QVERIFY(!m_deposits->cursor("ethereum").value());
    // Read with the tokens in force (in any order): it moves.
    auto tokens = m_deposits->tokensInForce(Chain::Ethereum).value();
    auto read = m_deposits->ingest({usdcTransfer("0xt1", 0, "5")}, CursorUpdate{"ethereum", "41", Chain::Ethereum, tokens});
    QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
    QCOMPARE(m_deposits->cursor("ethereum").value().value_or(""), std::string("41"));
}

QTEST_GUILESS_MAIN(TestTokenDeposits)
#include "tst_tokendeposits.moc"
