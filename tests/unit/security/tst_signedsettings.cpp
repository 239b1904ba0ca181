// Money settings signed by the admin who changes them, on this run's
// backend: a change of an asset's amounts or four-eyes amount by an admin
// whose code opened their key stores, in the change's transaction, one
// asset.settings statement that TrustChain traces to the vault's pin and
// that states the old and new values and the whole set in force; a change
// of a chain's node URL stores a chain.settings statement. SignedSettings
// reads the settings in force from the signatures alone: rows changed in
// SQL afterwards are reported as differing, and statements signed by a
// non-admin or by a key no admin registered are not taken.
// SignedChainSettings does the same for a chain's node. The review of new
// destinations is one of the money settings: signed when it changes, kept
// by a later change of the amounts, compared with the rows.

#include "core/base/manualclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyregistration.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/security/settingsstatement.h"
#include "core/security/signedsettings.h"
#include "core/security/signedstatements.h"
#include "core/security/trustchain.h"
#include "core/settings/withdrawalsettingsrepository.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/chainsettingsstatement.h"
#include "core/wallets/signedchainsettings.h"
#include "core/wallets/walletservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testsigners.h"

#include <QTest>

using namespace exchange;
using namespace exchange::security;

namespace {
const Actor kCli = Actor::cli("tester");
} // namespace

class TestSignedSettings : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anAdminsChangeIsSignedWithOldAndNew();
    void rowsChangedInSqlDifferFromTheSignedSettings();
    void nonAdminsAndUnknownKeysAreNotTaken();
    void anAdminDemotedLaterStillSignedWhileAdmin();
    void whatWasInForceAtAMoment();
    void aChainsNodeUrlIsSigned();
    void theNewDestinationsReviewIsSignedAndKept();

private:
    // root creates the vault (pinned); adam is an admin and olga an
    // approver, both registered by root; eve is enrolled but registered
    // by no one.
    void setUpTrust();
    AssetRecord xlm() const;
    SignedSettings signedSettings() const;
    std::optional<Amount> fourEyes() const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<withdrawals::WithdrawalService> m_withdrawals;
};

void TestSignedSettings::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<KeyVault>(*m_db, m_clock, *m_audit, nullptr, KeyVault::Strength::Interactive);
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_withdrawals = std::make_unique<withdrawals::WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_signers->addFirstAdmin("root");
    setUpTrust();
}

void TestSignedSettings::cleanup()
{
    m_withdrawals.reset();
    m_ledger.reset();
    m_vault.reset();
    m_signers.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}




void TestSignedSettings::setUpTrust()
{
    m_signers->trustVault(*m_vault, "root", "a vault passphrase");
    for (const auto &[name, role] : {std::pair{"adam", Role::Admin}, std::pair{"olga", Role::Approver}}) {
        m_signers->add(name, role);
        m_signers->registerKey("root", name);
    }
    m_signers->add("eve", Role::Admin);
}

AssetRecord TestSignedSettings::xlm() const
{
    auto record = AssetRepository(m_db->connection(), m_db->dialect()).find("XLM");
    if (!record)
        qFatal("XLM: %s", record.error().message.c_str());
    return record.value();
}

std::optional<Amount> TestSignedSettings::fourEyes() const
{
    auto threshold = m_withdrawals->twoApproversAbove("XLM");
    if (!threshold)
        qFatal("four-eyes: %s", threshold.error().message.c_str());
    return threshold.value();
}

SignedSettings TestSignedSettings::signedSettings() const
{
    auto pinned = m_vault->pinnedAdminKey();
    if (!pinned || !pinned.value())
        qFatal("no pinned admin key");
    auto read = SignedSettings::read(m_db->connection(), *pinned.value());
    if (!read)
        qFatal("signed settings: %s", read.error().message.c_str());
    return std::move(read).value();
}

void TestSignedSettings::anAdminsChangeIsSignedWithOldAndNew()
{
    const AssetRecord before = xlm();
    QVERIFY(signedSettings().compare(before, fourEyes()).match == SignedSettings::Match::Unsigned);
    QVERIFY(!signedSettings().inForce("XLM"));

    QVERIFY(AuditedSettings(*m_db, m_clock)
                .change(m_signers->confirmed("root"), "XLM", {{AssetSetting::Limit24h, "100"}, {AssetSetting::Limit72h, "200"}})
                .ok());
    const AssetRecord after = xlm();
    QVERIFY(after.settings.limit24h != before.settings.limit24h);

    auto stored = SignedStatements(m_db->connection()).forObject("asset", "XLM");
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), std::size_t{1});
    const SignedStatementRecord &record = stored.value().front();
    QCOMPARE(record.kind, std::string("asset.settings"));
    // Traced to the pin: root signed it.
    const TrustChain chain(*m_vault->pinnedAdminKey().value(),
                           SignedStatements(m_db->connection()).ofKind(KeyRegistration::kKind).value());
    const auto signer = chain.signerOf(record);
    QVERIFY2(signer.registration, signer.problem.c_str());
    QCOMPARE(signer.registration->username, std::string("root"));
    // Old and new of what changed, in base units; nothing about what did not.
    const Statement statement = Statement::parse(record.statement).value();
    QCOMPARE(statement.value("asset"), std::optional<std::string>("XLM"));
    QCOMPARE(statement.value("old.limit_24h_units"), std::optional(before.settings.limit24h.toBaseUnitString()));
    QCOMPARE(statement.value("new.limit_24h_units"), std::optional(Amount::parse("100", 7).value().toBaseUnitString()));
    QCOMPARE(statement.value("old.limit_72h_units"), std::optional(before.settings.limit72h.toBaseUnitString()));
    QCOMPARE(statement.value("new.limit_72h_units"), std::optional(Amount::parse("200", 7).value().toBaseUnitString()));
    QVERIFY(!statement.value("old.min_deposit_units"));
    QCOMPARE(statement.value("hot_max_units"), std::optional(after.settings.hotMax.toBaseUnitString()));

    // What is in force, from the signatures alone: the rows as they are now.
    auto inForce = signedSettings().inForce("XLM");
    QVERIFY(inForce);
    QCOMPARE(inForce->signer, std::string("root"));
    QCOMPARE(inForce->statementId, record.id);
    QVERIFY(inForce->settings.amounts == after.settings);
    QCOMPARE(inForce->settings.twoApproversAbove, fourEyes());
    const auto verdict = signedSettings().compare(after, fourEyes());
    QVERIFY(verdict.match == SignedSettings::Match::Matches);
    QCOMPARE(verdict.describe(), std::string("signed by root"));

    // The four-eyes amount is signed by adam, with the amounts unchanged.
    QVERIFY(m_withdrawals->setTwoApproversAbove(m_signers->confirmed("adam"), "XLM", Amount::parse("50", 7).value()).ok());
    stored = SignedStatements(m_db->connection()).forObject("asset", "XLM");
    QCOMPARE(stored.value().size(), std::size_t{2});
    const Statement fourEyesStatement = Statement::parse(stored.value().back().statement).value();
    QCOMPARE(fourEyesStatement.value("old.two_approvers_above_units"), std::optional<std::string>("none"));
    QCOMPARE(fourEyesStatement.value("new.two_approvers_above_units"), std::optional<std::string>("500000000"));
    QVERIFY(!fourEyesStatement.value("old.limit_24h_units"));
    inForce = signedSettings().inForce("XLM");
    QCOMPARE(inForce->signer, std::string("adam"));
    QCOMPARE(inForce->settings.twoApproversAbove, std::optional(Amount::parse("50", 7).value()));
    QVERIFY(inForce->settings.amounts == xlm().settings);
    QVERIFY(signedSettings().compare(xlm(), fourEyes()).match == SignedSettings::Match::Matches);
    QVERIFY(signedSettings().problems().empty());

    // What the screens read while the vault is locked (the pin as the
    // vault lists it): the same verdict.
    m_vault->lock(kCli);
    auto all = SignedSettings::compareAll(m_db->connection(), m_db->dialect(), {xlm()});
    QVERIFY(all.ok());
    QVERIFY(all.value().at("XLM").match == SignedSettings::Match::Matches);

    // A refused change signs nothing.
    QVERIFY(!AuditedSettings(*m_db, m_clock).change(m_signers->confirmed("root"), "XLM", {{AssetSetting::Limit24h, "-1"}}).ok());
    QCOMPARE(SignedStatements(m_db->connection()).forObject("asset", "XLM").value().size(), std::size_t{2});
}

void TestSignedSettings::rowsChangedInSqlDifferFromTheSignedSettings()
{
    QVERIFY(AuditedSettings(*m_db, m_clock).change(m_signers->confirmed("root"), "XLM", {{AssetSetting::Limit24h, "100"}, {AssetSetting::Limit72h, "200"}}).ok());
    QVERIFY(signedSettings().compare(xlm(), fourEyes()).match == SignedSettings::Match::Matches);

    // Someone with database access raises the 24h limit to 10000 XLM.
    const auto setLimitInSql = [this](const char *limit) {
        return sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET limit_24h = ? WHERE code = 'XLM'"),
                        {m_db->dialect().amountToSql(Amount::parse(limit, 7).value())})
            .ok();
    };
    QVERIFY(setLimitInSql("10000"));
    const AssetRecord tampered = xlm();
    QCOMPARE(tampered.settings.limit24h, Amount::parse("10000", 7).value());
    auto verdict = signedSettings().compare(tampered, fourEyes());
    QVERIFY(verdict.match == SignedSettings::Match::Differs);
    QCOMPARE(verdict.differences.size(), std::size_t{1});
    QCOMPARE(verdict.differences.front(), std::string("limit_24h 10000 vs signed 100"));
    QCOMPARE(verdict.describe(), std::string("rows differ from the signed settings: limit_24h 10000 vs signed 100"));
    // The signer decides with the signed value, not the row's.
    QCOMPARE(signedSettings().inForce("XLM")->settings.amounts.limit24h, Amount::parse("100", 7).value());

    // Put back, the rows match again; a four-eyes amount written in SQL
    // (no service, no signature) differs.
    QVERIFY(setLimitInSql("100"));
    QVERIFY(signedSettings().compare(xlm(), fourEyes()).match == SignedSettings::Match::Matches);
    QVERIFY(WithdrawalSettingsRepository(m_db->connection(), m_db->dialect())
                .setTwoApproversAbove("XLM", Amount::parse("5", 7).value())
                .ok());
    verdict = signedSettings().compare(xlm(), fourEyes());
    QVERIFY(verdict.match == SignedSettings::Match::Differs);
    QCOMPARE(verdict.differences, std::vector<std::string>{"two_approvers_above 5 vs signed none"});

    // An admin whose key no one opened (no confirmed code's signer) still
    // changes the setting, as before; nothing is signed, so the rows differ.
    Actor unsignedRoot = m_signers->confirmed("root");
    unsignedRoot.signer.reset();
    QVERIFY(AuditedSettings(*m_db, m_clock).change(unsignedRoot, "XLM", {{AssetSetting::Limit72h, "300"}}).ok());
    QCOMPARE(SignedStatements(m_db->connection()).forObject("asset", "XLM").value().size(), std::size_t{1});
    verdict = signedSettings().compare(xlm(), fourEyes());
    QCOMPARE(verdict.differences.size(), std::size_t{2});
    QCOMPARE(verdict.differences.front(), std::string("limit_72h 300 vs signed 200"));
}

void TestSignedSettings::nonAdminsAndUnknownKeysAreNotTaken()
{
    QVERIFY(AuditedSettings(*m_db, m_clock).change(m_signers->confirmed("root"), "XLM", {{AssetSetting::Limit24h, "100"}, {AssetSetting::Limit72h, "200"}}).ok());
    const std::int64_t roots = SignedStatements(m_db->connection()).forObject("asset", "XLM").value().back().id;
    const MoneySettings signedByRoot{xlm().settings, fourEyes()};
    MoneySettings raised = signedByRoot;
    raised.amounts.limit24h = Amount::parse("999999", 7).value();
    raised.amounts.limit72h = Amount::parse("999999", 7).value();
    const Statement raising = assetSettingsStatement("XLM", signedByRoot, raised);

    // olga is an approver: the service refuses her, and a statement she
    // signs anyway (her key is registered, as an approver's) is not taken.
    QCOMPARE(AuditedSettings(*m_db, m_clock).change(m_signers->confirmed("olga"), "XLM", {{AssetSetting::Limit24h, "999999"}})
                 .error()
                 .code,
             ErrorCode::Unauthorized);
    SignedStatements store(m_db->connection());
    auto byOlga = store.sign(m_signers->confirmed("olga"), "asset", "XLM", raising, m_clock.nowMs());
    QVERIFY(byOlga.ok());
    // eve is an admin in the rows, but no admin registered her key: the
    // service takes her change (the rows say admin) and her signature is
    // not trusted.
    QVERIFY(AuditedSettings(*m_db, m_clock).change(m_signers->confirmed("eve"), "XLM", {{AssetSetting::Limit24h, "999999"}, {AssetSetting::Limit72h, "999999"}}).ok());
    const std::int64_t eves = store.forObject("asset", "XLM").value().back().id;
    QVERIFY(eves > byOlga.value().id);
    // root's own statement filed under another asset is not ETH's.
    auto misfiled = store.sign(m_signers->confirmed("root"), "asset", "ETH", raising, m_clock.nowMs());
    QVERIFY(misfiled.ok());

    const SignedSettings settings = signedSettings();
    auto inForce = settings.inForce("XLM");
    QVERIFY(inForce);
    QCOMPARE(inForce->statementId, roots);
    QVERIFY(inForce->settings == signedByRoot);
    QVERIFY(!settings.inForce("ETH"));
    std::map<std::int64_t, std::string> problems;
    for (const SignedSettings::Problem &p : settings.problems())
        problems[p.statementId] = p.reason;
    QCOMPARE(problems.size(), std::size_t{3});
    QCOMPARE(problems[byOlga.value().id], std::string("signed by olga, who was not an admin then"));
    QCOMPARE(problems[eves], std::string("signed by a key no admin had registered then"));
    QCOMPARE(problems[misfiled.value().id], std::string("the statement names another asset than it is stored for"));
    // The rows say eve's limit: they differ from what root signed.
    QVERIFY(settings.compare(xlm(), fourEyes()).match == SignedSettings::Match::Differs);

    // A statement whose bytes were changed after signing: bad signature.
    auto roots_ = store.forObject("asset", "XLM").value().front();
    roots_.statement.replace(QByteArray("limit_24h_units=1000000000"), QByteArray("limit_24h_units=9000000000"));
    QVERIFY(roots_.statement.contains("limit_24h_units=9000000000"));
    const TrustChain chain(*m_vault->pinnedAdminKey().value(), store.ofKind(KeyRegistration::kKind).value());
    const SignedSettings forged(chain, {roots_});
    QVERIFY(!forged.inForce("XLM"));
    QCOMPARE(forged.problems().size(), std::size_t{1});
    QCOMPARE(forged.problems().front().reason, std::string("bad signature"));
    // Without a pin nothing is trusted.
    QVERIFY(!SignedSettings::read(m_db->connection(), QByteArray()).value().inForce("XLM"));
}

void TestSignedSettings::anAdminDemotedLaterStillSignedWhileAdmin()
{
    QVERIFY(AuditedSettings(*m_db, m_clock).change(m_signers->confirmed("adam"), "XLM", {{AssetSetting::Limit24h, "100"}, {AssetSetting::Limit72h, "200"}}).ok());
    const std::int64_t adams = SignedStatements(m_db->connection()).forObject("asset", "XLM").value().back().id;
    // root makes adam an approver, signed: the chain knows it from now on.
    QVERIFY(m_signers->operators().setRole(m_signers->confirmed("root"), "adam", Role::Approver).ok());
    QCOMPARE(signedSettings().inForce("XLM")->statementId, adams);
    QCOMPARE(signedSettings().inForce("XLM")->signer, std::string("adam"));
    // What adam signs now is not taken.
    MoneySettings now{xlm().settings, fourEyes()};
    MoneySettings raised = now;
    raised.amounts.limit24h = Amount::parse("150", 7).value();
    auto late = SignedStatements(m_db->connection())
                    .sign(m_signers->confirmed("adam"), "asset", "XLM", assetSettingsStatement("XLM", now, raised), m_clock.nowMs());
    QVERIFY(late.ok());
    const SignedSettings settings = signedSettings();
    QCOMPARE(settings.inForce("XLM")->statementId, adams);
    QCOMPARE(settings.problems().size(), std::size_t{1});
    QCOMPARE(settings.problems().front().statementId, late.value().id);
}

void TestSignedSettings::whatWasInForceAtAMoment()
{
    const std::int64_t beforeAny = m_clock.nowMs();
    QVERIFY(AuditedSettings(*m_db, m_clock).change(m_signers->confirmed("root"), "XLM", {{AssetSetting::Limit24h, "100"}, {AssetSetting::Limit72h, "200"}}).ok());
    const std::int64_t first = SignedStatements(m_db->connection()).forObject("asset", "XLM").value().back().id;
    m_clock.advance(3'600'000);
    const std::int64_t between = m_clock.nowMs();
    m_clock.advance(3'600'000);
    QVERIFY(AuditedSettings(*m_db, m_clock).change(m_signers->confirmed("adam"), "XLM", {{AssetSetting::Limit24h, "50"}}).ok());
    const SignedStatementRecord second = SignedStatements(m_db->connection()).forObject("asset", "XLM").value().back();
    const std::int64_t secondAt = std::stoll(Statement::parse(second.statement).value().value("at").value());

    const SignedSettings settings = signedSettings();
    // Now: adam's lowering. Between the two: root's. At the very
    // millisecond adam signed: his.
    QCOMPARE(settings.inForce("XLM")->statementId, second.id);
    QCOMPARE(settings.inForceAt("XLM", between)->statementId, first);
    QCOMPARE(settings.inForceAt("XLM", between)->settings.amounts.limit24h, Amount::parse("100", 7).value());
    QCOMPARE(settings.inForceAt("XLM", secondAt - 1)->statementId, first);
    QCOMPARE(settings.inForceAt("XLM", secondAt)->statementId, second.id);
    QCOMPARE(settings.inForceAt("XLM", secondAt)->settings.amounts.limit24h, Amount::parse("50", 7).value());
    // Before anything was signed: nothing in force; the first signed is root's.
    QVERIFY(!settings.inForceAt("XLM", beforeAny));
    QCOMPARE(settings.firstSigned("XLM")->statementId, first);
    QVERIFY(!settings.inForceAt("ETH", m_clock.nowMs()));
    QVERIFY(!settings.firstSigned("ETH"));
}

void TestSignedSettings::aChainsNodeUrlIsSigned()
{
    wallets::WalletService wallets(*m_db, m_clock, *m_audit);
    const wallets::ChainSettings before = wallets.chainSettings(Chain::Stellar).value();
    wallets::ChainSettings changed = before;
    changed.nodeUrl = "https://horizon.example.org";
    QVERIFY(changed.nodeUrl != before.nodeUrl);
    QVERIFY(wallets.setChainSettings(m_signers->confirmed("root"), changed).ok());

    auto stored = SignedStatements(m_db->connection()).forObject("chain", "stellar");
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), std::size_t{1});
    const SignedStatementRecord &record = stored.value().front();
    QCOMPARE(record.kind, std::string("chain.settings"));
    const TrustChain chain(*m_vault->pinnedAdminKey().value(),
                           SignedStatements(m_db->connection()).ofKind(KeyRegistration::kKind).value());
    QCOMPARE(chain.signerOf(record).registration->username, std::string("root"));
    const Statement statement = Statement::parse(record.statement).value();
    QCOMPARE(statement.value("old.node_url"), std::optional(before.nodeUrl));
    QCOMPARE(statement.value("new.node_url"), std::optional(changed.nodeUrl));
    QCOMPARE(statement.value("node_url"), std::optional(changed.nodeUrl));
    QCOMPARE(statement.value("network"), std::optional(before.network));
    QVERIFY(!statement.value("old.network"));

    // Saving the same settings again signs nothing new.
    QVERIFY(wallets.setChainSettings(m_signers->confirmed("root"), changed).ok());
    QCOMPARE(SignedStatements(m_db->connection()).forObject("chain", "stellar").value().size(), std::size_t{1});

    // In force, from the signatures: root's node; no other chain was signed.
    const QByteArray pinned = *m_vault->pinnedAdminKey().value();
    const auto inForce = [&](Chain c) { return wallets::SignedChainSettings::read(m_db->connection(), pinned).value().inForce(c); };
    QVERIFY(inForce(Chain::Stellar));
    QCOMPARE(inForce(Chain::Stellar)->settings.nodeUrl, changed.nodeUrl);
    QCOMPARE(inForce(Chain::Stellar)->settings.network, before.network);
    QCOMPARE(inForce(Chain::Stellar)->settings.confirmations, before.confirmations);
    QCOMPARE(inForce(Chain::Stellar)->signer, std::string("root"));
    QVERIFY(!inForce(Chain::Ethereum));
    // A node written in SQL, or one an approver signs, is not what is in force.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE chain_settings SET node_url = 'https://evil.example' WHERE chain = 'stellar'"))
                .ok());
    QCOMPARE(wallets.chainSettings(Chain::Stellar).value().nodeUrl, std::string("https://evil.example"));
    wallets::ChainSettings evil = changed;
    evil.nodeUrl = "https://evil.example";
    auto byOlga = SignedStatements(m_db->connection())
                      .sign(m_signers->confirmed("olga"), "chain", "stellar", wallets::chainSettingsStatement(changed, evil), m_clock.nowMs());
    QVERIFY(byOlga.ok());
    const auto signedChains = wallets::SignedChainSettings::read(m_db->connection(), pinned);
    QCOMPARE(signedChains.value().inForce(Chain::Stellar)->statementId, record.id);
    QCOMPARE(signedChains.value().problems().size(), std::size_t{1});
    QCOMPARE(signedChains.value().problems().front().statementId, byOlga.value().id);
}

void TestSignedSettings::theNewDestinationsReviewIsSignedAndKept()
{
    QVERIFY(m_withdrawals->setReviewNewDestinations(m_signers->confirmed("adam"), "XLM", true).ok());
    auto stored = SignedSettings::read(m_db->connection(), *m_vault->pinnedAdminKey().value());
    QVERIFY(stored.ok());
    auto statements = SignedStatements(m_db->connection()).forObject("asset", "XLM");
    QCOMPARE(statements.value().size(), std::size_t{1});
    const Statement turnedOn = Statement::parse(statements.value().back().statement).value();
    QCOMPARE(turnedOn.value("old.review_new_destinations"), std::optional<std::string>("off"));
    QCOMPARE(turnedOn.value("new.review_new_destinations"), std::optional<std::string>("on"));
    QCOMPARE(turnedOn.value("review_new_destinations"), std::optional<std::string>("on"));
    QVERIFY(!turnedOn.value("old.limit_24h_units"));
    auto inForce = signedSettings().inForce("XLM");
    QVERIFY(inForce);
    QCOMPARE(inForce->signer, std::string("adam"));
    QVERIFY(inForce->settings.reviewNewDestinations);
    QVERIFY(signedSettings().compare(xlm(), fourEyes(), true).match == SignedSettings::Match::Matches);

    // A change of the amounts states it still on.
    QVERIFY(AuditedSettings(*m_db, m_clock)
                .change(m_signers->confirmed("root"), "XLM", {{AssetSetting::Limit24h, "100"}, {AssetSetting::Limit72h, "200"}})
                .ok());
    inForce = signedSettings().inForce("XLM");
    QCOMPARE(inForce->signer, std::string("root"));
    QVERIFY(inForce->settings.reviewNewDestinations);

    // Turned off in SQL, the rows differ from what was signed.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE withdrawal_settings SET review_new_destinations = 0")).ok());
    QVERIFY(!m_withdrawals->reviewNewDestinations("XLM").value());
    const auto verdict = signedSettings().compare(xlm(), fourEyes(), false);
    QVERIFY(verdict.match == SignedSettings::Match::Differs);
    QCOMPARE(verdict.differences, std::vector<std::string>{"review_new_destinations off vs signed on"});
    auto all = SignedSettings::compareAll(m_db->connection(), m_db->dialect(), {xlm()});
    QVERIFY(all.ok());
    QVERIFY(all.value().at("XLM").match == SignedSettings::Match::Differs);

    // An approver may not change it; nothing is signed.
    QVERIFY(!m_withdrawals->setReviewNewDestinations(m_signers->confirmed("olga"), "XLM", true).ok());
    QCOMPARE(SignedStatements(m_db->connection()).forObject("asset", "XLM").value().size(), std::size_t{2});
}

QTEST_GUILESS_MAIN(TestSignedSettings)
#include "tst_signedsettings.moc"
