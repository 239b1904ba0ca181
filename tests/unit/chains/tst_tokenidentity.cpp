// A token's identity as an operator types it: ERC-20 contracts by the
// EIP-55 specification's own vectors (any case in, the checksummed spelling
// out, a broken checksum refused); Stellar issuers by SEP-0023's account id
// and its refusals; ASA ids as whole numbers 1 … 2^64 - 1; the kind must
// belong to the chain. And the statement an admin signs of an asset's
// identity reads back as written, for every kind.

#include "core/chains/tokenidentity.h"
#include "core/security/assetidentitystatement.h"
#include "core/security/auditedassets.h"

#include <QTest>

#include <cctype>

using namespace exchange;

namespace {

// EIP-55's examples (all of them mixed case).
const char *const kEip55[] = {
    "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed",
    "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
    "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB",
    "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb",
};
// SEP-0023's valid account id.
constexpr auto kIssuer = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

Asset token(std::string code, Chain chain, AssetIdentity identity, int decimals, int display = 2)
{
    Asset a;
    a.code = std::move(code);
    a.name = "Test token";
    a.chain = chain;
    a.decimals = decimals;
    a.displayDecimals = display;
    a.identity = std::move(identity);
    return a;
}

} // namespace

class TestTokenIdentity : public QObject
{
    Q_OBJECT
private slots:
    void erc20ContractsComeOutInEip55Spelling()
    {
        for (const char *vector : kEip55) {
            const std::string checksummed(vector);
            std::string lower = checksummed;
            std::string upper = checksummed;
            for (size_t i = 2; i < lower.size(); ++i) {
                lower[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[i])));
                upper[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(upper[i])));
            }
            for (const std::string &typed : {checksummed, lower, upper}) {
                auto identity = chains::canonicalTokenIdentity(Chain::Ethereum, AssetIdentity::erc20(typed));
                QVERIFY2(identity.ok(), typed.c_str());
                QCOMPARE(identity.value().contract, checksummed);
                QVERIFY(identity.value().kind == AssetKind::Erc20);
            }
        }
    }

    void erc20ContractsThatAreNoAddressAreRefused_data()
    {
        QTest::addColumn<QString>("typed");
        // One letter's case flipped: the checksum no longer matches.
        QTest::newRow("checksum") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD";
        QTest::newRow("short") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeA";
        QTest::newRow("no 0x") << "5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        QTest::newRow("not hex") << "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeg";
        QTest::newRow("zero") << "0x0000000000000000000000000000000000000000";
        QTest::newRow("empty") << "";
    }
    void erc20ContractsThatAreNoAddressAreRefused()
    {
        QFETCH(QString, typed);
        auto identity = chains::canonicalTokenIdentity(Chain::Ethereum, AssetIdentity::erc20(typed.toStdString()));
        QVERIFY(!identity.ok());
        QVERIFY(identity.error().code == ErrorCode::InvalidInput);
        QVERIFY2(identity.error().message.find("ERC-20 contract") != std::string::npos, identity.error().message.c_str());
    }

    void stellarIssuersAreAccountIdsWithAGoodChecksum()
    {
        auto identity = chains::canonicalTokenIdentity(Chain::Stellar, AssetIdentity::stellarCredit("USDC", kIssuer));
        QVERIFY(identity.ok());
        QCOMPARE(identity.value().issuer, std::string(kIssuer));
        QCOMPARE(identity.value().stellarCode, std::string("USDC"));
        QCOMPARE(identity.value().describe(), std::string("stellar_credit USDC:") + kIssuer);

        const std::pair<const char *, const char *> refused[] = {
            {"USDC", "GA7RYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"},  // one letter changed: checksum
            {"USDC", "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZA"}, // SEP-0023: too long
            {"USDC", "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK"}, // muxed, not G…
            {"USDC", "ga7qynf7sowq3glr2bgmzehxavirza4kvwltjjfc7mgxua74p7ujvsgz"},  // lower case
            {"USDC", ""},
            {"", kIssuer},
            {"TOOLONGCODE13", kIssuer},
            {"US-D", kIssuer},
        };
        for (const auto &[code, issuer] : refused) {
            auto refusal = chains::canonicalTokenIdentity(Chain::Stellar, AssetIdentity::stellarCredit(code, issuer));
            QVERIFY2(!refusal.ok(), issuer);
            QVERIFY(refusal.error().code == ErrorCode::InvalidInput);
        }
        auto bad = chains::canonicalTokenIdentity(Chain::Stellar, AssetIdentity::stellarCredit("USDC", refused[0].second));
        QVERIFY2(bad.error().message.find("not a valid Stellar account id") != std::string::npos, bad.error().message.c_str());
    }

    void asaIdsAreWholeNumbersAboveZero()
    {
        QCOMPARE(chains::parseAsaId("31566704").value(), std::uint64_t{31566704});
        QCOMPARE(chains::parseAsaId("18446744073709551615").value(), std::uint64_t{18446744073709551615ULL});
        for (const char *typed : {"0", "-1", "1e3", "18446744073709551616", "", " 5", "012", "0x10"})
            QVERIFY2(!chains::parseAsaId(typed).ok(), typed);
        QVERIFY(chains::canonicalTokenIdentity(Chain::Algorand, AssetIdentity::algorandAsa(31566704)).ok());
        QVERIFY(!chains::canonicalTokenIdentity(Chain::Algorand, AssetIdentity::algorandAsa(0)).ok());
    }

    void aKindBelongsToItsChainAndNativeIsNoToken()
    {
        QVERIFY(!chains::canonicalTokenIdentity(Chain::Stellar, AssetIdentity::erc20(kEip55[0])).ok());
        QVERIFY(!chains::canonicalTokenIdentity(Chain::Ethereum, AssetIdentity::algorandAsa(5)).ok());
        QVERIFY(!chains::canonicalTokenIdentity(Chain::Algorand, AssetIdentity::stellarCredit("USDC", kIssuer)).ok());
        auto native = chains::canonicalTokenIdentity(Chain::Ethereum, AssetIdentity::native());
        QVERIFY(!native.ok());
        QVERIFY2(native.error().message.find("only ethereum's built-in asset is native") != std::string::npos,
                 native.error().message.c_str());
    }

    void kindNamesRoundTrip()
    {
        for (AssetKind kind : {AssetKind::Native, AssetKind::Erc20, AssetKind::StellarCredit, AssetKind::AlgorandAsa})
            QVERIFY(assetKindFromName(assetKindName(kind)) == kind);
        QCOMPARE(std::string(assetKindName(AssetKind::StellarCredit)), std::string("stellar_credit"));
        QVERIFY(!assetKindFromName("ERC20"));
        // The three coins are native, and each chain's is the one nativeAssetOf answers.
        QCOMPARE(nativeAssetOf(Chain::Ethereum).code, std::string("ETH"));
        QCOMPARE(nativeAssetOf(Chain::Stellar).code, std::string("XLM"));
        QCOMPARE(nativeAssetOf(Chain::Algorand).code, std::string("ALGO"));
        for (const Asset &a : nativeAssets())
            QVERIFY(a.identity.isNative());
    }

    void theChecksOfANewAsset()
    {
        const auto usdc = token("USDC", Chain::Ethereum, AssetIdentity::erc20("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), 6);
        auto checked = security::AuditedAssets::check(usdc);
        QVERIFY(checked.ok());
        QCOMPARE(checked.value().identity.contract, std::string(kEip55[0]));

        const std::pair<Asset, const char *> refused[] = {
            {token("usdc", Chain::Ethereum, usdc.identity, 6), "capital letters"},
            {token("", Chain::Ethereum, usdc.identity, 6), "capital letters"},
            {token("ABCDEFGHIJKLM", Chain::Ethereum, usdc.identity, 6), "capital letters"},
            {token("USDC", Chain::Ethereum, usdc.identity, 39), "decimals are 0 to 38"},
            {token("USDC", Chain::Ethereum, usdc.identity, 6, 7), "display decimals"},
            {token("USDC", Chain::Stellar, AssetIdentity::stellarCredit("USDC", kIssuer), 6), "counts in 7 decimals"},
            {token("USDA", Chain::Algorand, AssetIdentity::algorandAsa(7), 20), "at most 19"},
        };
        for (const auto &[asset, reason] : refused) {
            auto r = security::AuditedAssets::check(asset);
            QVERIFY2(!r.ok(), reason);
            QVERIFY2(r.error().message.find(reason) != std::string::npos, r.error().message.c_str());
            QVERIFY2(r.error().message.find("nothing changed") != std::string::npos, r.error().message.c_str());
        }
    }

    void anIdentityStatementReadsBackAsWritten()
    {
        const Asset assets[] = {
            token("USDC", Chain::Ethereum, AssetIdentity::erc20(kEip55[1]), 6),
            token("EURS", Chain::Stellar, AssetIdentity::stellarCredit("EURS", kIssuer), 7),
            token("USDA", Chain::Algorand, AssetIdentity::algorandAsa(18446744073709551615ULL), 6),
        };
        for (const Asset &a : assets) {
            const security::Statement statement = security::assetIdentityStatement(a);
            auto parsed = security::Statement::parse(statement.canonical());
            QVERIFY(parsed.ok());
            const auto back = security::assetIdentityFrom(parsed.value());
            QVERIFY(back);
            QCOMPARE(back->code, a.code);
            QVERIFY(back->chain == a.chain);
            QCOMPARE(back->decimals, a.decimals);
            QVERIFY(back->identity == a.identity);
        }
        // Exactly these lines, in this order.
        QCOMPARE(security::assetIdentityStatement(assets[0]).canonical(),
                 QByteArray("exchange-console statement 1\nkind=asset.identity\nasset=USDC\nchain=ethereum\n"
                            "token_kind=erc20\ncontract=0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359\nstellar_code=\n"
                            "issuer=\nasa_id=\ndecimals=6\n"));
        // Incomplete or malformed: not an identity.
        security::Statement missing(security::kAssetIdentityKind);
        missing.add("asset", std::string("USDC"));
        QVERIFY(!security::assetIdentityFrom(missing));
        security::Statement zeroAsa = security::assetIdentityStatement(assets[2]);
        security::Statement rebuilt(security::kAssetIdentityKind);
        for (const auto &[key, value] : zeroAsa.fields())
            rebuilt.add(key, key == "asa_id" ? std::string("0") : value);
        QVERIFY(!security::assetIdentityFrom(rebuilt));
    }
};

QTEST_GUILESS_MAIN(TestTokenIdentity)
#include "tst_tokenidentity.moc"
