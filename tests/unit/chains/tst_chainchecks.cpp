// The chain-neutral checks behind exctl: address, txid and signature
// validation with their reasons.

#include "core/base/chain.h"
#include "core/chains/chainchecks.h"

#include <QTest>

using namespace exchange;

class TestChainChecks final : public QObject
{
    Q_OBJECT

private slots:
    void chainNames()
    {
        QCOMPARE(chainFromName("Ethereum"), std::optional<Chain>(Chain::Ethereum));
        QCOMPARE(chainFromName("STELLAR"), std::optional<Chain>(Chain::Stellar));
        QCOMPARE(chainFromName("algorand"), std::optional<Chain>(Chain::Algorand));
        QVERIFY(!chainFromName("eth"));
        QVERIFY(!chainFromName(""));
        QCOMPARE(chainName(Chain::Algorand), std::string_view("algorand"));
    }

    void txIds()
    {
        // EIP-155 example transaction hash; go-algorand-sdk's reference id.
        QCOMPARE(chains::validateTxId(Chain::Ethereum, "0x33469B22e9f636356c4160a87eb19df52b7412e8eac32a4a55ffe88ea8350788").value(),
                 std::string("0x33469b22e9f636356c4160a87eb19df52b7412e8eac32a4a55ffe88ea8350788"));
        QVERIFY(!chains::validateTxId(Chain::Ethereum, "33469b22e9f636356c4160a87eb19df52b7412e8eac32a4a55ffe88ea8350788").ok());
        QVERIFY(!chains::validateTxId(Chain::Ethereum, "0x33469b22").ok());
        QVERIFY(chains::validateTxId(Chain::Algorand, "5FJDJD5LMZC3EHUYYJNH5I23U4X6H2KXABNDGPIL557ZMJ33GZHQ").ok());
        QVERIFY(!chains::validateTxId(Chain::Algorand, "5fjdjd5lmzc3ehuyyjnh5i23u4x6h2kxabndgpil557zmj33gzhq").ok());
        QVERIFY(!chains::validateTxId(Chain::Algorand, "5FJDJD5LMZC3EHUYYJNH5I23U4X6H2KXABNDGPIL557ZMJ33GZH1").ok());
        QVERIFY(chains::validateTxId(Chain::Stellar, std::string(64, 'a')).ok());
        auto prefixed = chains::validateTxId(Chain::Stellar, "0x" + std::string(64, 'a'));
        QVERIFY(!prefixed.ok());
        QVERIFY(prefixed.error().message.find("without 0x") != std::string::npos);
        QVERIFY(!chains::validateTxId(Chain::Stellar, std::string(63, 'a')).ok());
    }

    void addresses()
    {
        QCOMPARE(chains::validateAddress(Chain::Ethereum, "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed").value(),
                 std::string("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        QVERIFY(chains::validateAddress(Chain::Stellar, "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ").ok());
        QVERIFY(!chains::validateAddress(Chain::Stellar, "SBGWSG6BTNCKCOB3DIFBGCVMUPQFYPA2G4O34RMTB343OYPXU5DJDVMN").ok());
        QVERIFY(chains::validateAddress(Chain::Algorand, "47YPQTIGQEO7T4Y4RWDYWEKV6RTR2UNBQXBABEEGM72ESWDQNCQ52OPASU").ok());
        QVERIFY(!chains::validateAddress(Chain::Algorand, "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ").ok());
    }

    void signatures()
    {
        const char *sig = "0xb91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c";
        QVERIFY(chains::verifyMessage(Chain::Ethereum, "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", "Some data", sig).ok());
        QVERIFY(!chains::verifyMessage(Chain::Ethereum, "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", "Some data!", sig).ok());
        QVERIFY(!chains::verifyMessage(Chain::Ethereum, "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23", "Some data", "zz").ok());
        QVERIFY(!chains::parseSignature(Chain::Stellar, "not base64!").ok());
    }

    void ethereumSignaturesWithoutPrefix()
    {
        // The same signature as eth_account's signature.hex() prints it
        // since hexbytes 1.0: no 0x. Either way it names personal_sign.
        const std::string sig = "b91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c";
        const char *signer = "0x2c7536E3605D9C16a7a3D7b1898e529396a65c23";
        auto bare = chains::verifyMessage(Chain::Ethereum, signer, "Some data", sig);
        QVERIFY2(bare.ok(), bare.ok() ? "" : bare.error().message.c_str());
        QCOMPARE(bare.value(), chains::MessageScheme::PersonalSign);
        QVERIFY(chains::verifyMessage(Chain::Ethereum, signer, "Some data", "0X" + sig).ok());
        QVERIFY(!chains::verifyMessage(Chain::Ethereum, signer, "Some data!", sig).ok());
        QVERIFY(!chains::parseSignature(Chain::Ethereum, sig.substr(1)).ok()); // odd length
        QVERIFY(!chains::parseSignature(Chain::Ethereum, "0x" + sig.substr(2) + "zz").ok());
    }

    // A Stellar signature verifies as plain Ed25519 or as SEP-53 (the SEP's
    // first test case) and says which; neither is refused.
    void stellarSchemes()
    {
        const char *signer = "GBXFXNDLV4LSWA4VB7YIL5GBD7BVNR22SGBTDKMO2SBZZHDXSKZYCP7L";
        const char *sep53 = "fO5dbYhXUhBMhe6kId/cuVq/AfEnHRHEvsP8vXh03M1uLpi5e46yO2Q8rEBzu3feXQewcQE5GArp88u6ePK6BA==";
        auto verified = chains::verifyMessage(Chain::Stellar, signer, "Hello, World!", sep53);
        QVERIFY2(verified.ok(), verified.ok() ? "" : verified.error().message.c_str());
        QCOMPARE(verified.value(), chains::MessageScheme::StellarSep53);
        QCOMPARE(chains::messageSchemeName(verified.value()), std::string_view("sep53"));
        const std::string hex = "7cee5d6d885752104c85eea421dfdcb95abf01f1271d11c4bec3fcbd7874dccd6e2e98b97b8eb23b643cac4073bb77de5d07b0710139180ae9f3cbba78f2ba04";
        QCOMPARE(chains::verifyMessage(Chain::Stellar, signer, "Hello, World!", hex).value(), chains::MessageScheme::StellarSep53);
        auto other = chains::verifyMessage(Chain::Stellar, signer, "Hello, World?", sep53);
        QVERIFY(!other.ok());
        QVERIFY2(QString::fromStdString(other.error().message).contains(QStringLiteral("SEP-53")), other.error().message.c_str());
        QVERIFY(!chains::verifyMessage(Chain::Stellar, "GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6", "Hello, World!", sep53).ok());
    }
};

QTEST_APPLESS_MAIN(TestChainChecks)
#include "tst_chainchecks.moc"
