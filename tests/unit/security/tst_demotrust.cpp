// The demo data set trusts nobody's word but its admin's, on this run's
// backend: its key vault pins the demo admin's key (the sealed pin and the
// listed one, opened with the demo's published passphrase), the admin
// registered the approver's key, every approval the demo made counts as a
// verified signature, every asset's money settings and every chain's
// settings are the ones the admin signed, and a payout run on the demo
// pays an approved withdrawal without a word about rows taken on trust.
// Its tokens are Circle's USDC on each chain, in force as the admin signed
// them, with deposits, balances and a withdrawal waiting for review.
// What it did reaches webhook receivers in time order per object, as
// their events would in a real exchange's history.

#include "core/base/manualclock.h"
#include "core/demo/demodata.h"
#include "core/demo/demotrust.h"
#include "core/wallets/tokensinforce.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/security/keyregistration.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/security/signedsettings.h"
#include "core/security/signedstatements.h"
#include "core/security/trustanchor.h"
#include "core/security/trustchain.h"
#include "core/store/assetrepository.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/signedchainsettings.h"
#include "core/wallets/signedwallets.h"
#include "core/wallets/walletrepository.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/payoutauthorization.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalservice.h"
#include "scriptedpayer.h"
#include "testdatabase.h"

#include <QTemporaryDir>

#include <map>
#include <QTest>

using namespace exchange;
using namespace exchange::security;

class TestDemoTrust : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void theVaultPinsTheDemoAdmin();
    void everyDemoApprovalIsVerified();
    void everySettingIsSignedByTheAdmin();
    void aPayoutRunTakesNothingOnTrust();
    void theDemoTokensAreCirclesUsdcAsSigned();
    void theDemosEventsComeInTimeOrderPerObject();

private:
    QByteArray listedPin() const;
    std::vector<withdrawals::WithdrawalRecord> withdrawals() const;

    std::unique_ptr<QTemporaryDir> m_journalDir;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    // The demo's "now"; the checks run an hour later.
    ManualClock m_clock{1'700'000'000'000};
};

void TestDemoTrust::init()
{
    m_journalDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_journalDir->isValid());
    qputenv("EXCHANGE_SIGNER_JOURNAL_DIR", m_journalDir->path().toUtf8());
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    auto added = addDemoData(*m_db, m_clock);
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
    QVERIFY(added.value());
    m_clock.advance(3600 * 1000);
}

void TestDemoTrust::cleanup()
{
    m_db.reset();
    m_testDb.reset();
    m_journalDir.reset();
}

QByteArray TestDemoTrust::listedPin() const
{
    auto pin = listedPinnedAdminKey(m_db->connection());
    if (!pin)
        qFatal("pin: %s", pin.error().message.c_str());
    return pin.value();
}

std::vector<withdrawals::WithdrawalRecord> TestDemoTrust::withdrawals() const
{
    auto all = withdrawals::WithdrawalRepository(m_db->connection(), m_db->dialect()).list({});
    if (!all)
        qFatal("withdrawals: %s", all.error().message.c_str());
    return all.value();
}

void TestDemoTrust::theVaultPinsTheDemoAdmin()
{
    const QByteArray pin = listedPin();
    QCOMPARE(pin.size(), 32);
    const TrustChain chain(pin, SignedStatements(m_db->connection()).ofKind(KeyRegistration::kKind).value());
    QVERIFY(chain.problems().empty());
    const auto owner = chain.registrationAt(pin, m_clock.nowMs());
    QVERIFY(owner);
    QCOMPARE(owner->username, std::string("admin"));
    QVERIFY(owner->role == Role::Admin);

    // The sealed pin, which the payout signer goes by, is the same key; the
    // README's passphrase opens the vault, without any other prompt.
    AuditLog audit(*m_db, m_clock);
    OperatorService operators(*m_db, m_clock, audit);
    KeyVault vault(*m_db, m_clock, audit, nullptr, KeyVault::Strength::Interactive);
    QVERIFY(!vault.isUnlocked());
    auto admin = demoConfirmed(operators, m_clock, "admin");
    QVERIFY2(admin.ok(), admin.ok() ? "" : admin.error().message.c_str());
    QVERIFY(vault.unlock(admin.value(), QByteArray(kDemoVaultPassphrase)).ok());
    auto sealed = vault.pinnedAdminKey();
    QVERIFY(sealed.ok() && sealed.value());
    QCOMPARE(*sealed.value(), pin);
    QCOMPARE(admin.value().signer->publicKey(), pin);
}

void TestDemoTrust::everyDemoApprovalIsVerified()
{
    const QByteArray pin = listedPin();
    QVERIFY(!pin.isEmpty());
    withdrawals::PayoutAuthorization signer(m_db->connection(), m_db->dialect(), pin,
                                            withdrawals::PayoutAuthorization::limitsFromRows(m_db->connection(), m_db->dialect()));
    int approvals = 0;
    for (const withdrawals::WithdrawalRecord &w : withdrawals()) {
        auto standings = signer.approvalStandings(w);
        QVERIFY(standings.ok());
        for (const auto &a : standings.value()) {
            ++approvals;
            QCOMPARE(a.approver, std::string("approver"));
            QVERIFY2(a.standing == withdrawals::PayoutAuthorization::Standing::Counts,
                     qPrintable(QStringLiteral("withdrawal %1: standing %2").arg(w.id).arg(static_cast<int>(a.standing))));
        }
    }
    QVERIFY(approvals > 0);
    // The rejection is a signed decision too, by the registered approver.
    auto rejections = SignedStatements(m_db->connection()).ofKind("withdrawal.reject");
    QVERIFY(rejections.ok());
    QCOMPARE(rejections.value().size(), std::size_t{2}); // Ada's XLM and her USDC
    const TrustChain chain(pin, SignedStatements(m_db->connection()).ofKind(KeyRegistration::kKind).value());
    const auto rejectedBy = chain.signerOf(rejections.value().front());
    QVERIFY2(rejectedBy.registration, rejectedBy.problem.c_str());
    QCOMPARE(rejectedBy.registration->username, std::string("approver"));
}

void TestDemoTrust::everySettingIsSignedByTheAdmin()
{
    const QByteArray pin = listedPin();
    QVERIFY(!pin.isEmpty());
    auto signedSettings = SignedSettings::read(m_db->connection(), pin);
    QVERIFY(signedSettings.ok());
    QVERIFY(signedSettings.value().problems().empty());
    auto assets = AssetRepository(m_db->connection(), m_db->dialect()).list();
    QVERIFY(assets.ok());
    QVERIFY(assets.value().size() >= 3);
    withdrawals::WithdrawalRepository rows(m_db->connection(), m_db->dialect());
    for (const AssetRecord &asset : assets.value()) {
        const auto verdict = signedSettings.value().compare(asset, rows.twoApproversAbove(asset.asset.code).value());
        QVERIFY2(verdict.match == SignedSettings::Match::Matches,
                 qPrintable(QString::fromStdString(asset.asset.code + ": " + verdict.describe())));
        QCOMPARE(verdict.signedSettings->signer, std::string("admin"));
        // In force before the first of the demo's open withdrawals was asked for.
        QVERIFY(verdict.signedSettings->signedAtMs < m_clock.nowMs() - 6LL * 3600 * 1000);
    }
    QCOMPARE(signedSettings.value().inForce("XLM")->settings.twoApproversAbove,
             std::optional(Amount::parse("5000", 7).value()));

    AuditLog audit(*m_db, m_clock);
    wallets::WalletService wallets(*m_db, m_clock, audit);
    auto signedChains = wallets::SignedChainSettings::read(m_db->connection(), pin);
    QVERIFY(signedChains.ok());
    for (const Chain chain : {Chain::Stellar, Chain::Ethereum, Chain::Algorand}) {
        const auto inForce = signedChains.value().inForce(chain);
        QVERIFY2(inForce, std::string(chainName(chain)).c_str());
        QCOMPARE(inForce->signer, std::string("admin"));
        const wallets::ChainSettings rowsNow = wallets.chainSettings(chain).value();
        QCOMPARE(inForce->settings.nodeUrl, rowsNow.nodeUrl);
        QCOMPARE(inForce->settings.confirmations, rowsNow.confirmations);
        QCOMPARE(inForce->settings.network, rowsNow.network);
    }

    // Warm and cold, where collections and replenishments send money: each
    // address as the row has it, signed by the admin.
    auto signedWallets = wallets::SignedWallets::read(m_db->connection(), pin);
    QVERIFY(signedWallets.ok());
    auto rowsOfWallets = wallets::WalletRepository(m_db->connection(), m_db->dialect()).list();
    QVERIFY(rowsOfWallets.ok());
    int watchOnly = 0;
    for (const wallets::Wallet &w : rowsOfWallets.value()) {
        if (w.tier != wallets::WalletTier::Warm && w.tier != wallets::WalletTier::Cold)
            continue;
        ++watchOnly;
        const auto inForce = signedWallets.value().inForce(w.chain, w.tier, w.asset);
        QVERIFY2(inForce, w.address.c_str());
        QCOMPARE(inForce->address, w.address);
        QCOMPARE(inForce->signer, std::string("admin"));
    }
    QCOMPARE(watchOnly, 6); // warm and cold on each of the three chains
}

void TestDemoTrust::aPayoutRunTakesNothingOnTrust()
{
    // Alan's 20,000 XLM has the approver's approval; the admin gives the
    // second one the four-eyes amount asks for, and unlocks the vault.
    AuditLog audit(*m_db, m_clock);
    OperatorService operators(*m_db, m_clock, audit);
    ledger::LedgerService ledger(*m_db, m_clock);
    withdrawals::WithdrawalService service(*m_db, m_clock, ledger, audit);
    std::int64_t alans = 0;
    for (const withdrawals::WithdrawalRecord &w : withdrawals())
        if (w.state == withdrawals::WithdrawalState::UnderReview && w.asset == "XLM")
            alans = w.id;
    QVERIFY(alans != 0);
    auto admin = demoConfirmed(operators, m_clock, "admin");
    QVERIFY(admin.ok());
    auto approved = service.approve(admin.value(), alans);
    QVERIFY2(approved.ok(), approved.ok() ? "" : approved.error().message.c_str());
    QVERIFY(approved.value().state == withdrawals::WithdrawalState::Approved);
    KeyVault vault(*m_db, m_clock, audit, nullptr, KeyVault::Strength::Interactive);
    admin = demoConfirmed(operators, m_clock, "admin");
    QVERIFY(vault.unlock(admin.value(), QByteArray(kDemoVaultPassphrase)).ok());

    wallets::WalletService wallets(*m_db, m_clock, audit);
    withdrawals::ScriptedPayer chain;
    chain.hotBalance = Amount::parse("50000", 7).value();
    withdrawals::PayoutService payouts(*m_db, m_clock, ledger, audit, wallets, chain);
    auto run = payouts.run(vault);
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().held, 0);
    QCOMPARE(run.value().signedNew, 1);
    QCOMPARE(run.value().warnings, std::vector<std::string>());
    QVERIFY(service.find(alans).value().state == withdrawals::WithdrawalState::Broadcast);
}

void TestDemoTrust::theDemoTokensAreCirclesUsdcAsSigned()
{
    // Circle's published identities of USDC: the Ethereum contract, the
    // Stellar issuer, the Algorand ASA.
    const std::map<Chain, std::pair<std::string, AssetIdentity>> circle{
        {Chain::Ethereum, {"USDC", AssetIdentity::erc20("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")}},
        {Chain::Stellar, {"USDCXLM", AssetIdentity::stellarCredit("USDC", "GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN")}},
        {Chain::Algorand, {"USDCALGO", AssetIdentity::algorandAsa(31566704)}},
    };
    const QByteArray pin = listedPin();
    for (const auto &[chain, token] : circle) {
        auto inForce = wallets::tokensInForce(m_db->connection(), m_db->dialect(), chain,
                                               [pin]() -> Result<std::optional<QByteArray>> { return std::optional<QByteArray>(pin); });
        QVERIFY2(inForce.ok(), inForce.ok() ? "" : inForce.error().message.c_str());
        QCOMPARE(inForce.value().size(), std::size_t{1});
        QCOMPARE(inForce.value().front().asset, token.first);
        QVERIFY(inForce.value().front().identity == token.second);
        QCOMPARE(inForce.value().front().decimals, chain == Chain::Stellar ? 7 : 6);
    }

    // Grace's 25,000 USDC deposit is credited, hot holds USDC on every
    // chain, and the books balance.
    ledger::LedgerService ledger(*m_db, m_clock);
    const auto grace = CustomerRepository(m_db->connection()).list().value().at(1).id;
    QCOMPARE(ledger.account(ledger::customerAccount(grace, "USDC")).value().balance(), Amount::parse("25000", 6).value());
    for (const char *code : {"USDC", "USDCXLM", "USDCALGO"})
        QVERIFY2(ledger.account(ledger::walletAccount(ledger::owner::HotWallet, code)).value().balance().isPositive(), code);
    auto check = ledger::LedgerChecker(*m_db, m_clock).check();
    QVERIFY(check.ok() && check.value().clean());
    // What the chains "last reported" of each token is what the ledger
    // says, tier by tier (a deposit below the minimum too, which credits
    // nobody but sits at its address).
    AuditLog audit(*m_db, m_clock);
    auto overview = wallets::WalletService(*m_db, m_clock, audit).overview();
    QVERIFY(overview.ok());
    int tokenTiers = 0;
    for (const wallets::TierOverview &row : overview.value()) {
        if (row.asset.rfind("USDC", 0) != 0 || row.wallets == 0)
            continue;
        ++tokenTiers;
        QVERIFY2(row.difference() && row.difference()->isZero(),
                 (row.asset + " " + std::string(wallets::walletTierName(row.tier))).c_str());
    }
    QCOMPARE(tokenTiers, 11); // hot, warm and cold of each, and the deposit addresses of Ethereum and Algorand

    // Barbara's 30,000 USDC on Stellar is over the 24h limit: it waits;
    // Ada's on Ethereum was rejected, Grace's on Algorand cancelled.
    std::map<std::string, withdrawals::WithdrawalState> tokenWithdrawals;
    for (const withdrawals::WithdrawalRecord &w : withdrawals()) {
        if (w.asset.rfind("USDC", 0) == 0)
            QVERIFY2(tokenWithdrawals.emplace(w.asset, w.state).second, w.asset.c_str());
    }
    const std::map<std::string, withdrawals::WithdrawalState> expected{
        {"USDCXLM", withdrawals::WithdrawalState::UnderReview},
        {"USDC", withdrawals::WithdrawalState::Rejected},
        {"USDCALGO", withdrawals::WithdrawalState::Cancelled},
    };
    QVERIFY(tokenWithdrawals == expected);
}

void TestDemoTrust::theDemosEventsComeInTimeOrderPerObject()
{
    // A receiver is told of each object's changes in the outbox's order:
    // a later event of an object never carries an earlier time (Donald's
    // freeze an hour ago after his sign-up, say).
    auto backwards = sql::run(m_db->connection(),
                              QStringLiteral("SELECT a.object_type, a.object_id, a.type, b.type FROM webhook_events a"
                                             " JOIN webhook_events b ON b.object_type = a.object_type AND b.object_id = a.object_id"
                                             " AND b.seq > a.seq AND b.created_at < a.created_at"));
    QVERIFY(backwards.ok());
    QSqlQuery &q = backwards.value();
    if (q.next())
        QFAIL(qPrintable(QStringLiteral("%1 %2: %3 after a later %4")
                             .arg(q.value(0).toString(), q.value(1).toString(), q.value(3).toString(), q.value(2).toString())));
    auto events = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE object_type = 'customer'"));
    QVERIFY(events.ok() && events.value().next());
    QVERIFY(events.value().value(0).toInt() >= 7); // every customer's sign-up and Donald's freeze
}

QTEST_GUILESS_MAIN(TestDemoTrust)
#include "tst_demotrust.moc"
