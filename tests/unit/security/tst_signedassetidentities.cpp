// Tokens as assets, on this run's backend. An admin adds one (a Stellar
// credit asset, an ERC-20 whose decimals the node confirmed, an ASA): the
// row with every setting at zero, an audit record and the admin's signed
// asset.identity statement commit together. A refused addition (not an
// admin, a code or token taken, decimals the node disagrees with) writes
// nothing. SignedAssetIdentities answers the identity in force from the
// signatures: the three native coins need none, and a row whose contract,
// issuer, ASA id, chain, decimals or kind was changed in SQL is refused, as
// is a token row nobody signed. The database keeps codes unique, one native
// coin per chain and a token (an ERC-20 in any letter case) to one asset.

#include "core/base/manualclock.h"
#include "core/security/assetidentitystatement.h"
#include "core/security/auditedassets.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/signedassetidentities.h"
#include "core/security/signedstatements.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"
#include "testsigners.h"
#include "testtoken.h"

#include <QTest>

#include <cctype>

using namespace exchange;
using namespace exchange::security;

namespace {

// SEP-0023's account id; EIP-55's first example.
constexpr auto kIssuer = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
constexpr auto kContract = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";

} // namespace

class TestSignedAssetIdentities : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anAdminAddsATokenSignedAndAudited();
    void theNativeCoinsNeedNoSignature();
    void aTamperedTokenRowIsRefused();
    void refusedAdditionsWriteNothing();
    void codesAndTokensAreUnique();

private:
    AssetRecord row(const std::string &code) const;
    SignedAssetIdentities identities() const;
    // Rows of table, or of those that match `where`.
    int count(const QString &table, const QString &where = QString()) const;
    // A row written in SQL, past every service: true when the database took it.
    bool insertInSql(const QString &code, const QString &chain, const QString &kind, const QString &contract,
                     const QString &asaId = QString()) const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<KeyVault> m_vault;
};

void TestSignedAssetIdentities::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<KeyVault>(*m_db, m_clock, *m_audit, nullptr, KeyVault::Strength::Interactive);
    m_signers->addFirstAdmin("root");
    m_signers->trustVault(*m_vault, "root", "a vault passphrase");
    m_signers->add("olga", Role::Approver);
    m_signers->registerKey("root", "olga");
}

void TestSignedAssetIdentities::cleanup()
{
    m_vault.reset();
    m_signers.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

AssetRecord TestSignedAssetIdentities::row(const std::string &code) const
{
    auto record = AssetRepository(m_db->connection(), m_db->dialect()).find(code);
    if (!record)
        qFatal("%s: %s", code.c_str(), record.error().message.c_str());
    return record.value();
}

SignedAssetIdentities TestSignedAssetIdentities::identities() const
{
    auto pinned = m_vault->pinnedAdminKey();
    if (!pinned || !pinned.value())
        qFatal("no pinned admin key");
    auto read = SignedAssetIdentities::read(m_db->connection(), *pinned.value());
    if (!read)
        qFatal("identities: %s", read.error().message.c_str());
    return std::move(read).value();
}

int TestSignedAssetIdentities::count(const QString &table, const QString &where) const
{
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT COUNT(*) FROM ") + table + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    if (!q || !q.value().next())
        qFatal("count %s", qPrintable(table));
    return q.value().value(0).toInt();
}

bool TestSignedAssetIdentities::insertInSql(const QString &code, const QString &chain, const QString &kind,
                                            const QString &contract, const QString &asaId) const
{
    const QVariant zero = m_db->dialect().amountToSql(Amount::zero());
    return sql::run(m_db->connection(),
                    QStringLiteral("INSERT INTO assets (code, name, chain, decimals, display_decimals, min_deposit,"
                                   " min_collection, withdraw_fee, limit_24h, limit_72h, hot_max, warm_max, updated_at,"
                                   " kind, token_contract, token_asset_id)"
                                   " VALUES (?, 'x', ?, 6, 2, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"),
                    {code, chain, zero, zero, zero, zero, zero, zero, zero, kind, contract.isNull() ? QStringLiteral("") : contract,
                     asaId.isNull() ? QStringLiteral("") : asaId})
        .ok();
}

void TestSignedAssetIdentities::anAdminAddsATokenSignedAndAudited()
{
    AuditedAssets assets(*m_db, m_clock);
    auto eurs = assets.add(m_signers->confirmed("root"),
                           testToken("EURS", Chain::Stellar, AssetIdentity::stellarCredit("EURS", kIssuer), 7), std::nullopt);
    QVERIFY2(eurs.ok(), eurs.ok() ? "" : eurs.error().message.c_str());
    // Typed in lower case, stored (and signed) in EIP-55 spelling.
    std::string lower(kContract);
    for (char &c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto usdc = assets.add(m_signers->confirmed("root"), testToken("USDC", Chain::Ethereum, AssetIdentity::erc20(lower), 6), 6);
    QVERIFY2(usdc.ok(), usdc.ok() ? "" : usdc.error().message.c_str());
    auto asa = assets.add(m_signers->confirmed("root"),
                          testToken("USDA", Chain::Algorand, AssetIdentity::algorandAsa(18446744073709551615ULL), 6), 6);
    QVERIFY2(asa.ok(), asa.ok() ? "" : asa.error().message.c_str());

    const AssetRecord stored = row("USDC");
    QCOMPARE(stored.asset.identity.contract, std::string(kContract));
    QVERIFY(stored.asset.identity.kind == AssetKind::Erc20);
    QCOMPARE(stored.asset.decimals, 6);
    QVERIFY(stored.settings == AssetSettings{});
    QCOMPARE(row("USDA").asset.identity.asaId, std::uint64_t{18446744073709551615ULL});
    QCOMPARE(row("EURS").asset.identity.issuer, std::string(kIssuer));
    // One record each, and one signed statement each, by root.
    QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'asset.add'")), 3);
    QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'asset.add' AND object_id = 'USDC'")), 1);
    const auto signedUsdc = SignedStatements(m_db->connection()).forObject("asset", "USDC");
    QCOMPARE(signedUsdc.value().size(), std::size_t{1});
    QCOMPARE(signedUsdc.value().front().kind, std::string(kAssetIdentityKind));

    const SignedAssetIdentities inForce = identities();
    for (const char *code : {"USDC", "EURS", "USDA"}) {
        auto identity = inForce.identityInForce(row(code).asset);
        QVERIFY2(identity.ok(), identity.ok() ? code : identity.error().message.c_str());
        QVERIFY(identity.value() == row(code).asset.identity);
    }
    QVERIFY(inForce.problems().empty());
    // Listed beside the coins.
    QCOMPARE(AssetRepository(m_db->connection(), m_db->dialect()).list().value().size(), std::size_t{6});

    // Its money settings are set as a coin's are, in its own decimals.
    auto set = AuditedSettings(*m_db, m_clock)
                   .change(m_signers->confirmed("root"), "USDC",
                           {{AssetSetting::MinDeposit, "1.5"}, {AssetSetting::MinCollection, "10"}, {AssetSetting::Limit24h, "1000"},
                            {AssetSetting::Limit72h, "2000"}});
    QVERIFY2(set.ok(), set.ok() ? "" : set.error().message.c_str());
    QCOMPARE(row("USDC").settings.minDeposit, Amount::parse("1.5", 6).value());
    QVERIFY(!AuditedSettings(*m_db, m_clock)
                 .change(m_signers->confirmed("root"), "USDC", {{AssetSetting::MinDeposit, "0.0000001"}})
                 .ok()); // 7 decimals: more than USDC has
}

void TestSignedAssetIdentities::theNativeCoinsNeedNoSignature()
{
    const SignedAssetIdentities inForce = identities();
    for (const Asset &coin : nativeAssets()) {
        const AssetRecord stored = row(coin.code);
        QVERIFY(stored.asset == coin);
        auto identity = inForce.identityInForce(stored.asset);
        QVERIFY(identity.ok());
        QVERIFY(identity.value().isNative());
    }
    // ETH's row made an ERC-20, or given other decimals: refused.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET decimals = 6 WHERE code = 'ETH'")).ok());
    auto refused = inForce.identityInForce(row("ETH").asset);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().code == ErrorCode::Corrupted);
    QVERIFY2(refused.error().message.find("ETH is native on ethereum with 18 decimals") != std::string::npos,
             refused.error().message.c_str());
    QVERIFY(sql::run(m_db->connection(),
                     QStringLiteral("UPDATE assets SET decimals = 18, kind = 'erc20', token_contract = ? WHERE code = 'ETH'"),
                     {QString::fromLatin1(kContract)})
                .ok());
    QVERIFY(!inForce.identityInForce(row("ETH").asset).ok());
}

void TestSignedAssetIdentities::aTamperedTokenRowIsRefused()
{
    AuditedAssets assets(*m_db, m_clock);
    QVERIFY(assets.add(m_signers->confirmed("root"), testToken("USDC", Chain::Ethereum, AssetIdentity::erc20(kContract), 6), 6).ok());
    QVERIFY(assets.add(m_signers->confirmed("root"),
                       testToken("EURS", Chain::Stellar, AssetIdentity::stellarCredit("EURS", kIssuer), 7), std::nullopt)
                .ok());
    QVERIFY(identities().identityInForce(row("USDC").asset).ok());

    const auto tamper = [this](const char *update) {
        QVERIFY2(sql::run(m_db->connection(), QString::fromLatin1(update)).ok(), update);
    };
    // Someone with database access points USDC at another contract (EIP-55's second example).
    tamper("UPDATE assets SET token_contract = '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359' WHERE code = 'USDC'");
    auto refused = identities().identityInForce(row("USDC").asset);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().code == ErrorCode::Corrupted);
    QCOMPARE(refused.error().message,
             std::string("asset USDC: the row says erc20 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359 on ethereum with 6 "
                         "decimals, but root signed erc20 ")
                 + kContract + " on ethereum with 6 decimals; its money is not moved");
    // Put back, it is in force again; other decimals are refused too.
    tamper("UPDATE assets SET token_contract = '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed' WHERE code = 'USDC'");
    QVERIFY(identities().identityInForce(row("USDC").asset).ok());
    tamper("UPDATE assets SET decimals = 18 WHERE code = 'USDC'");
    QVERIFY(!identities().identityInForce(row("USDC").asset).ok());

    // Another issuer of the same code is another asset.
    tamper("UPDATE assets SET token_issuer = 'GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H' WHERE code = 'EURS'");
    QVERIFY(!identities().identityInForce(row("EURS").asset).ok());
    // A row that calls itself native is no coin: the database has one
    // native asset per chain, and a reader refuses any other.
    QVERIFY(!sql::run(m_db->connection(),
                      QStringLiteral("UPDATE assets SET kind = 'native', token_issuer = '', token_code = '' WHERE code = 'EURS'"))
                 .ok());
    Asset claimsNative = row("EURS").asset;
    claimsNative.identity = AssetIdentity::native();
    refused = identities().identityInForce(claimsNative);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.find("which only XLM is") != std::string::npos, refused.error().message.c_str());

    // A token row nobody signed: inserted in SQL.
    QVERIFY(insertInSql(QStringLiteral("FAKE"), QStringLiteral("algorand"), QStringLiteral("algorand_asa"), QString(),
                        QStringLiteral("42")));
    refused = identities().identityInForce(row("FAKE").asset);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.find("no admin signed which token it is") != std::string::npos,
             refused.error().message.c_str());

    // A statement signed by an approver is not taken.
    QVERIFY(SignedStatements(m_db->connection())
                .sign(m_signers->confirmed("olga"), "asset", "FAKE", assetIdentityStatement(row("FAKE").asset), m_clock.nowMs())
                .ok());
    QVERIFY(!identities().identityInForce(row("FAKE").asset).ok());
    QCOMPARE(identities().problems().size(), std::size_t{1});
}

void TestSignedAssetIdentities::refusedAdditionsWriteNothing()
{
    const int assetsBefore = count(QStringLiteral("assets"));
    const int signedBefore = count(QStringLiteral("signed_statements"));
    AuditedAssets assets(*m_db, m_clock);
    const Asset usdc = testToken("USDC", Chain::Ethereum, AssetIdentity::erc20(kContract), 6);

    // Not an admin; the command line's local admin decides nothing about money.
    QVERIFY(assets.add(m_signers->confirmed("olga"), usdc, 6).error().code == ErrorCode::Unauthorized);
    QVERIFY(assets.add(Actor::cli("tester"), usdc, 6).error().code == ErrorCode::Unauthorized);
    // An admin whose code opened no key cannot sign: an unsigned token is no money.
    Actor unsignedRoot = m_signers->confirmed("root");
    unsignedRoot.signer.reset();
    QVERIFY(!assets.add(unsignedRoot, usdc, 6).ok());
    // The node's decimals disagree, or the node was not asked.
    auto disagree = assets.add(m_signers->confirmed("root"), usdc, 18);
    QVERIFY(!disagree.ok());
    QCOMPARE(disagree.error().message, std::string("the token has 18 decimals, not 6 as typed; nothing changed"));
    QVERIFY(!assets.add(m_signers->confirmed("root"), usdc, std::nullopt).ok());
    // Malformed identity.
    QVERIFY(!assets.add(m_signers->confirmed("root"),
                        testToken("EURS", Chain::Stellar, AssetIdentity::stellarCredit("EURS", "GA7RYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"), 7),
                        std::nullopt)
                 .ok());

    QCOMPARE(count(QStringLiteral("assets")), assetsBefore);
    QCOMPARE(count(QStringLiteral("audit_log"), QStringLiteral("action = 'asset.add'")), 0);
    QCOMPARE(count(QStringLiteral("signed_statements")), signedBefore);
}

void TestSignedAssetIdentities::codesAndTokensAreUnique()
{
    AuditedAssets assets(*m_db, m_clock);
    QVERIFY(assets.add(m_signers->confirmed("root"), testToken("USDC", Chain::Ethereum, AssetIdentity::erc20(kContract), 6), 6).ok());
    const int assetsBefore = count(QStringLiteral("assets"));
    const int signedBefore = count(QStringLiteral("signed_statements"));

    // The code is taken (by a token, or by a coin).
    auto taken = assets.add(m_signers->confirmed("root"),
                            testToken("USDC", Chain::Algorand, AssetIdentity::algorandAsa(31566704), 6), 6);
    QVERIFY(taken.error().code == ErrorCode::Conflict);
    QVERIFY2(taken.error().message.find("asset codes are unique") != std::string::npos, taken.error().message.c_str());
    QVERIFY(assets.add(m_signers->confirmed("root"), testToken("ETH", Chain::Ethereum, AssetIdentity::erc20(kContract), 18), 18)
                .error()
                .code
            == ErrorCode::Conflict);
    // The same contract under another code, typed in upper case.
    std::string upper = kContract;
    for (size_t i = 2; i < upper.size(); ++i)
        upper[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[i])));
    auto twice = assets.add(m_signers->confirmed("root"), testToken("USDX", Chain::Ethereum, AssetIdentity::erc20(upper), 6), 6);
    QVERIFY(twice.error().code == ErrorCode::Conflict);
    QCOMPARE(twice.error().message, std::string("erc20 ") + kContract + " is asset USDC already; a token cannot be two assets");
    QCOMPARE(count(QStringLiteral("assets")), assetsBefore);
    QCOMPARE(count(QStringLiteral("signed_statements")), signedBefore);

    // The database says the same to whoever writes rows directly.
    const auto insert = [this](const QString &code, const QString &chain, const QString &kind, const QString &contract) {
        return insertInSql(code, chain, kind, contract);
    };
    QVERIFY(!insert(QStringLiteral("USDY"), QStringLiteral("ethereum"), QStringLiteral("erc20"), QString::fromStdString(upper)));
    QVERIFY(!insert(QStringLiteral("ETH2"), QStringLiteral("ethereum"), QStringLiteral("native"), QString()));
    QVERIFY(!insert(QStringLiteral("ABCDEFGHIJKLM"), QStringLiteral("ethereum"), QStringLiteral("erc20"),
                    QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")));
    QVERIFY(!insert(QStringLiteral("USDZ"), QStringLiteral("ethereum"), QStringLiteral("bep20"),
                    QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")));
    QVERIFY(insert(QStringLiteral("USDZ"), QStringLiteral("ethereum"), QStringLiteral("erc20"),
                   QStringLiteral("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359")));
    QCOMPARE(count(QStringLiteral("assets")), assetsBefore + 1);
}

QTEST_GUILESS_MAIN(TestSignedAssetIdentities)
#include "tst_signedassetidentities.moc"
