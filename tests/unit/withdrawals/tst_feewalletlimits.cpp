// The fee wallet's limits on this run's backend: an admin sets a chain's
// fee wallet max balance and low-balance alert with its other settings, and
// they are signed with them (chain.settings); a statement signed before the
// limits existed states none; limits on Stellar (no fee wallet), negative
// ones and an alert above the max are refused and change nothing; a row
// changed in SQL is not what a funding is sized by. A funding from warm
// (replenishment to the fee tier) fills the fee wallet exactly to the max
// root signed, counting what is on its way, is refused for a token or
// without a max, and is booked once when it confirms: the ALGO from warm
// to the fee wallet, the network fee from warm, also when someone had
// booked its txid as a funding already (exctl collect fund-fee). The
// Dashboard's report raises the fee wallet below its alert.

#include "core/base/manualclock.h"
#include "core/chains/algorand/keys.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedassets.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/signedstatements.h"
#include "core/security/trustanchor.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/chainsettingsstatement.h"
#include "core/wallets/signedchainsettings.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/feewalletrefill.h"
#include "core/withdrawals/replenishmentservice.h"
#include "scriptedreplenishmentchain.h"
#include "testdatabase.h"
#include "testsigners.h"
#include "testtoken.h"

#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::wallets::WalletTier;
using exchange::withdrawals::test::ScriptedChain;

namespace {

Amount algo(const char *text)
{
    return Amount::parse(text, 6).value();
}

Amount eth(const char *text)
{
    return Amount::parse(text, 18).value();
}

std::string address(char fill)
{
    return algorand::addressFromSeed(QByteArray(32, fill));
}

} // namespace

class TestFeeWalletLimits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void limitsAreSignedWithTheChainsSettings();
    void aStatementSignedBeforeTheLimitsStatesNone();
    void badLimitsAreRefusedAndChangeNothing();
    void theRefillFillsToTheMaxExactly();
    void aFundingFromWarmFillsTheFeeWalletToTheSignedMax();
    void aFundingAlreadyBookedByItsTxidIsBookedOnce();
    void aFundingIsRefusedForATokenOrWithoutAMax();

private:
    Result<wallets::ChainSettings> setLimits(Chain chain, std::optional<Amount> max, std::optional<Amount> low);
    std::int64_t count(const QString &statement);
    Amount balance(std::string_view owner, const std::string &asset);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
    std::unique_ptr<ReplenishmentService> m_service;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<security::KeyVault> m_vault;
    ScriptedChain m_chain;
    security::Actor m_admin; // root, whose key the vault pins, with a confirmed code
    const std::string m_warm = address('\x12');
    const std::string m_fee = address('\x14');
};

void TestFeeWalletLimits::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers->trustVault(*m_vault, "root", "fee wallet test passphrase");
    m_admin = m_signers->confirmed("root");
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
    for (const auto &[tier, at] : {std::pair{WalletTier::Warm, m_warm}, {WalletTier::Fee, m_fee}}) {
        wallets::Wallet w;
        w.chain = Chain::Algorand;
        w.tier = tier;
        w.asset = "ALGO";
        w.address = at;
        auto added = m_wallets->add(m_admin, w);
        QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
    }
    // What the books say warm and the fee wallet hold.
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:opening:warm", ledger::TransferCode::Adjustment,
                                                         ledger::walletAccount(ledger::owner::WarmWallet, "ALGO"),
                                                         ledger::equityAccount("opening_balance", "ALGO"), algo("1000")))
                .ok());
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:opening:fee", ledger::TransferCode::Adjustment,
                                                         ledger::walletAccount("fee", "ALGO"),
                                                         ledger::equityAccount("opening_balance", "ALGO"), algo("1.5")))
                .ok());
    m_chain = ScriptedChain{};
    m_chain.onChain = Chain::Algorand;
    m_chain.fee = algo("0.001");
    m_chain.charged = algo("0.001");
    m_chain.balances[m_warm] = algo("1000");
    m_chain.balances[m_fee] = algo("1.5");
    m_service = std::make_unique<ReplenishmentService>(*m_db, m_clock, *m_ledger, *m_audit, *m_wallets,
                                                       [this](Chain c) -> ReplenishmentChain * {
                                                           return c == m_chain.onChain ? &m_chain : nullptr;
                                                       });
}

void TestFeeWalletLimits::cleanup()
{
    m_service.reset();
    m_vault.reset();
    m_signers.reset();
    m_wallets.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

Result<wallets::ChainSettings> TestFeeWalletLimits::setLimits(Chain chain, std::optional<Amount> max, std::optional<Amount> low)
{
    auto settings = m_wallets->chainSettings(chain);
    if (!settings)
        return settings.error();
    settings.value().feeWalletMax = max;
    settings.value().feeWalletLow = low;
    return m_wallets->setChainSettings(m_admin, settings.value());
}

std::int64_t TestFeeWalletLimits::count(const QString &statement)
{
    auto q = sql::run(m_db->connection(), statement);
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toLongLong();
}

Amount TestFeeWalletLimits::balance(std::string_view owner, const std::string &asset)
{
    return m_ledger->account(ledger::walletAccount(owner, asset)).value().balance();
}

void TestFeeWalletLimits::limitsAreSignedWithTheChainsSettings()
{
    auto saved = setLimits(Chain::Ethereum, eth("2"), eth("0.5"));
    QVERIFY2(saved.ok(), saved.ok() ? "" : saved.error().message.c_str());
    const wallets::ChainSettings stored = m_wallets->chainSettings(Chain::Ethereum).value();
    QCOMPARE(stored.feeWalletMax, std::optional<Amount>(eth("2")));
    QCOMPARE(stored.feeWalletLow, std::optional<Amount>(eth("0.5")));

    // One statement, by root, naming the change and the whole set in wei.
    auto statements = security::SignedStatements(m_db->connection()).forObject("chain", "ethereum");
    QVERIFY(statements.ok());
    QCOMPARE(statements.value().size(), std::size_t{1});
    const std::string text = statements.value().front().statement.toStdString();
    QVERIFY2(text.find("\nold.fee_wallet_max_units=none\nnew.fee_wallet_max_units=2000000000000000000\n") != std::string::npos,
             text.c_str());
    QVERIFY(text.find("\nfee_wallet_low_units=500000000000000000") != std::string::npos);

    // In force as signed; a node change later keeps them in the full set.
    auto node = m_wallets->chainSettings(Chain::Ethereum).value();
    node.nodeUrl = "http://127.0.0.1:8545";
    QVERIFY(m_wallets->setChainSettings(m_admin, node).ok());
    const QByteArray pin = security::listedPinnedAdminKey(m_db->connection()).value();
    auto inForce = wallets::SignedChainSettings::read(m_db->connection(), pin).value().inForce(Chain::Ethereum);
    QVERIFY(inForce);
    QCOMPARE(inForce->settings.nodeUrl, std::string("http://127.0.0.1:8545"));
    QCOMPARE(inForce->settings.feeWalletMax, std::optional<Amount>(eth("2")));
    QCOMPARE(inForce->settings.feeWalletLow, std::optional<Amount>(eth("0.5")));

    // Cleared with none: signed as none.
    QVERIFY(setLimits(Chain::Ethereum, std::nullopt, std::nullopt).ok());
    inForce = wallets::SignedChainSettings::read(m_db->connection(), pin).value().inForce(Chain::Ethereum);
    QVERIFY(inForce && !inForce->settings.feeWalletMax && !inForce->settings.feeWalletLow);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chain_settings WHERE fee_wallet_max IS NULL AND fee_wallet_low IS NULL")),
             3);
}

void TestFeeWalletLimits::aStatementSignedBeforeTheLimitsStatesNone()
{
    const auto statement = [](std::optional<std::string> max) {
        security::Statement s(wallets::kChainSettingsKind);
        s.add("chain", "algorand");
        s.add("node_url", "http://127.0.0.1:4001");
        s.add("indexer_url", "");
        s.add("confirmations", "1");
        s.add("network", "");
        if (max)
            s.add("fee_wallet_max_units", *max);
        return s;
    };
    auto old = wallets::chainSettingsFrom(statement(std::nullopt));
    QVERIFY(old);
    QCOMPARE(old->nodeUrl, std::string("http://127.0.0.1:4001"));
    QVERIFY(!old->feeWalletMax && !old->feeWalletLow);
    auto none = wallets::chainSettingsFrom(statement(std::string("none")));
    QVERIFY(none && !none->feeWalletMax);
    auto set = wallets::chainSettingsFrom(statement(std::string("7000000")));
    QVERIFY(set);
    QCOMPARE(set->feeWalletMax, std::optional<Amount>(algo("7")));
    // Not a well-formed set: nothing is in force from it.
    for (const char *bad : {"-1", "7 ALGO", "", "0x10"})
        QVERIFY2(!wallets::chainSettingsFrom(statement(std::string(bad))), bad);
    // What is signed reads back as itself.
    wallets::ChainSettings a{Chain::Algorand, "http://127.0.0.1:4001", "http://127.0.0.1:8980", 1, ""};
    wallets::ChainSettings b = a;
    b.feeWalletMax = algo("10");
    b.feeWalletLow = algo("2");
    QCOMPARE(wallets::chainSettingsFrom(wallets::chainSettingsStatement(a, b)), std::optional<wallets::ChainSettings>(b));
}

void TestFeeWalletLimits::badLimitsAreRefusedAndChangeNothing()
{
    QVERIFY(setLimits(Chain::Algorand, algo("10"), algo("2")).ok());
    const std::int64_t statements = count(QStringLiteral("SELECT COUNT(*) FROM signed_statements"));
    const std::int64_t audits = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const auto refused = [&](Chain chain, std::optional<Amount> max, std::optional<Amount> low, const char *why) {
        auto r = setLimits(chain, max, low);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QCOMPARE(QString::fromStdString(r.error().message), QString::fromUtf8(why));
    };
    refused(Chain::Stellar, Amount::parse("5", 7).value(), std::nullopt,
            "stellar has no fee wallet: its deposits need no coin to be collected");
    refused(Chain::Algorand, algo("10"), Amount::fromBaseUnits(-1),
            "the fee wallet's max balance and low-balance alert cannot be negative");
    refused(Chain::Algorand, algo("1"), algo("2"), "the fee wallet's low-balance alert cannot be above its max balance");
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM signed_statements")), statements);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audits);
    const wallets::ChainSettings stored = m_wallets->chainSettings(Chain::Algorand).value();
    QCOMPARE(stored.feeWalletMax, std::optional<Amount>(algo("10")));
    QCOMPARE(stored.feeWalletLow, std::optional<Amount>(algo("2")));
    QVERIFY(!m_wallets->chainSettings(Chain::Stellar).value().feeWalletMax);
    // An alert without a max, and the alert at the max, are fine.
    QVERIFY(setLimits(Chain::Algorand, std::nullopt, algo("2")).ok());
    QVERIFY(setLimits(Chain::Algorand, algo("2"), algo("2")).ok());
}

void TestFeeWalletLimits::theRefillFillsToTheMaxExactly()
{
    const Asset &coin = nativeAssetOf(Chain::Algorand);
    const auto none = FeeWalletRefill::plan(coin, algo("1"), std::nullopt, algo("2"));
    QVERIFY(none.amount.isZero());
    QVERIFY2(none.why.find("--fee-wallet-max") != std::string::npos, none.why.c_str());
    const auto full = FeeWalletRefill::plan(coin, algo("10"), algo("10"), algo("2"));
    QVERIFY(full.amount.isZero());
    const auto over = FeeWalletRefill::plan(coin, algo("12"), algo("10"), std::nullopt);
    QVERIFY(over.amount.isZero());
    // Unrounded: 10 - 1.234567 is what fills it, no more.
    const auto low = FeeWalletRefill::plan(coin, algo("1.234567"), algo("10"), algo("2"));
    QCOMPARE(low.amount, algo("8.765433"));
    QVERIFY2(low.why.find("below its low-balance alert of 2") != std::string::npos, low.why.c_str());
    const auto aboveAlert = FeeWalletRefill::plan(coin, algo("3"), algo("10"), algo("2"));
    QCOMPARE(aboveAlert.amount, algo("7"));
    QVERIFY(aboveAlert.why.find("low-balance") == std::string::npos);
}

void TestFeeWalletLimits::aFundingFromWarmFillsTheFeeWalletToTheSignedMax()
{
    QVERIFY(setLimits(Chain::Algorand, algo("10"), algo("2")).ok());
    // Someone writes a larger max into the row: the funding is sized by
    // what root signed.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE chain_settings SET fee_wallet_max = ? WHERE chain = 'algorand'"),
                     {m_db->dialect().amountToSql(algo("5000"))})
                .ok());
    auto plans = m_service->plan();
    QVERIFY(plans.ok());
    for (const AssetReplenishment &p : plans.value()) {
        if (p.asset.code != "ALGO") {
            QVERIFY2(!p.warmToFee, p.asset.code.c_str()); // the coin only, of a chain with a fee wallet
            continue;
        }
        QVERIFY(p.warmToFee);
        QCOMPARE(p.warmToFee->have, algo("1.5"));
        QCOMPARE(p.warmToFee->max, std::optional<Amount>(algo("10")));
        QCOMPARE(p.warmToFee->amount, algo("8.5"));
    }
    auto exported = m_service->exportTransfer(m_admin, ExportRequest{"ALGO", WalletTier::Fee, std::nullopt});
    QVERIFY2(exported.ok(), exported.ok() ? "" : exported.error().message.c_str());
    QCOMPARE(exported.value().record.fromTier, WalletTier::Warm);
    QCOMPARE(exported.value().record.toTier, WalletTier::Fee);
    QCOMPARE(exported.value().record.toAddress, m_fee);
    QCOMPARE(exported.value().record.amount, algo("8.5"));
    QCOMPARE(exported.value().contents, QByteArray::fromStdString(m_warm + "|" + m_fee + "|8500000"));
    // On its way: not proposed again.
    auto again = m_service->exportTransfer(m_admin, ExportRequest{"ALGO", WalletTier::Fee, std::nullopt});
    QVERIFY(!again.ok());
    QVERIFY2(again.error().message.find("nothing to move to the fee wallet") == 0, again.error().message.c_str());

    auto imported = m_service->importSigned(m_admin, exported.value().contents + "|sig:" + QByteArray::fromStdString(m_warm));
    QVERIFY2(imported.ok(), imported.ok() ? "" : imported.error().message.c_str());
    QCOMPARE(m_chain.broadcasts, 1);
    QVERIFY(m_service->follow().ok());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments WHERE state = 'confirmed' AND to_tier = 'fee'")), 1);
    QCOMPARE(balance("fee", "ALGO"), algo("10"));
    QCOMPARE(balance(ledger::owner::WarmWallet, "ALGO"), algo("991.499"));
    QCOMPARE(m_ledger->account(ledger::expenseAccount(ledger::owner::NetworkFees, "ALGO")).value().balance(), algo("0.001"));
    QVERIFY(m_service->follow().ok());
    QCOMPARE(balance("fee", "ALGO"), algo("10"));
}

void TestFeeWalletLimits::aFundingAlreadyBookedByItsTxidIsBookedOnce()
{
    QVERIFY(setLimits(Chain::Algorand, algo("10"), algo("2")).ok());
    auto exported = m_service->exportTransfer(m_admin, ExportRequest{"ALGO", WalletTier::Fee, std::nullopt});
    QVERIFY(exported.ok());
    const QByteArray signedFile = exported.value().contents + "|sig:" + QByteArray::fromStdString(m_warm);
    const std::string txid = m_chain.readSigned(signedFile).value().txid;
    // Sent by hand and booked by its txid first, as exctl collect fund-fee
    // books it, then imported.
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("fee-funding:" + txid, ledger::TransferCode::Replenishment,
                                                         ledger::walletAccount("fee", "ALGO"),
                                                         ledger::walletAccount(ledger::owner::WarmWallet, "ALGO"), algo("8.5"), txid))
                .ok());
    QVERIFY(m_service->importSigned(m_admin, signedFile).ok());
    QVERIFY(m_service->follow().ok());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments WHERE state = 'confirmed'")), 1);
    // The amount once; the network fee, which the funding did not book.
    QCOMPARE(balance("fee", "ALGO"), algo("10"));
    QCOMPARE(balance(ledger::owner::WarmWallet, "ALGO"), algo("991.499"));
    QCOMPARE(m_ledger->account(ledger::expenseAccount(ledger::owner::NetworkFees, "ALGO")).value().balance(), algo("0.001"));
}

void TestFeeWalletLimits::aFundingIsRefusedForATokenOrWithoutAMax()
{
    const auto refusal = [this](const std::string &asset, std::optional<Amount> amount) {
        auto r = m_service->exportTransfer(m_admin, ExportRequest{asset, WalletTier::Fee, amount});
        return r.ok() ? std::string("exported") : r.error().message;
    };
    // No max signed: nothing proposed, and how to set one.
    const std::string noMax = refusal("ALGO", std::nullopt);
    QVERIFY2(noMax.find("no max balance an admin signed: exctl chain set algorand --fee-wallet-max") != std::string::npos,
             noMax.c_str());
    // Stellar has no fee wallet; a token is not what it holds.
    QCOMPARE(QString::fromStdString(refusal("XLM", std::nullopt)), QStringLiteral("stellar has no fee wallet"));
    const Asset usda = testToken("USDA", Chain::Algorand, AssetIdentity::algorandAsa(31566704), 6);
    QVERIFY(security::AuditedAssets(*m_db, m_clock).add(m_admin, usda, 6).ok());
    QCOMPARE(QString::fromStdString(refusal("USDA", algo("1"))),
             QStringLiteral("the fee wallet holds only ALGO: fund it with --asset ALGO"));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM replenishments")), 0);
    // With --amount it moves what the operator asked for.
    auto asked = m_service->exportTransfer(m_admin, ExportRequest{"ALGO", WalletTier::Fee, algo("3")});
    QVERIFY2(asked.ok(), asked.ok() ? "" : asked.error().message.c_str());
    QCOMPARE(asked.value().record.amount, algo("3"));
}

QTEST_GUILESS_MAIN(TestFeeWalletLimits)
#include "tst_feewalletlimits.moc"
