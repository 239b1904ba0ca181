// Algorand: go-algorand-sdk's payment transaction vector (TestMakePaymentTxn),
// addresses, the 25-word mnemonic, signBytes and msgpack strictness.

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/algorand/messagesignature.h"
#include "core/chains/algorand/paymenttransaction.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"

#include <QTest>

using namespace exchange;
using namespace exchange::algorand;

namespace {

// go-algorand-sdk transaction/transaction_test.go, TestMakePaymentTxn.
constexpr char FromAddress[] = "47YPQTIGQEO7T4Y4RWDYWEKV6RTR2UNBQXBABEEGM72ESWDQNCQ52OPASU";
constexpr char ToAddress[] = "PNWOET7LLOWMBMLE4KOCELCX6X3D3Q4H2Q4QJASYIEOF7YIPPQBG3YQ5YI";
constexpr char CloseAddress[] = "IDUTJEUIEVSMXTU4LGTJWZ2UE2E6TIODUKU6UW3FU3UKIQQ77RLUBBBFLA";
constexpr char ReferenceTxId[] = "5FJDJD5LMZC3EHUYYJNH5I23U4X6H2KXABNDGPIL557ZMJ33GZHQ";
constexpr char Mnemonic[] = "advice pudding treat near rule blouse same whisper inner electric quit surface sunny dismiss leader blood seat clown cost exist hospital century reform able sponsor";
constexpr char Golden[] = "gqNzaWfEQPhUAZ3xkDDcc8FvOVo6UinzmKBCqs0woYSfodlmBMfQvGbeUx3Srxy3dyJDzv7rLm26BRv9FnL2/AuT7NYfiAWjdHhui6NhbXTNA+ilY2xvc2XEIEDpNJKIJWTLzpxZpptnVCaJ6aHDoqnqW2Wm6KRCH/xXo2ZlZc0EmKJmds0wsqNnZW6sZGV2bmV0LXYzMy4womdoxCAmCyAJoJOohot5WHIvpeVG7eftF+TYXEx4r7BFJpDt0qJsds00mqRub3RlxAjqABVHQ2y/lqNyY3bEIHts4k/rW6zAsWTinCIsV/X2PcOH1DkEglhBHF/hD3wCo3NuZMQg5/D4TQaBHfnzHI2HixFV9GcdUaGFwgCQhmf0SVhwaKGkdHlwZaNwYXk=";

PaymentTransaction goSdkPayment()
{
    PaymentTransaction tx;
    tx.sender = decodeAddress(FromAddress).value();
    tx.receiver = decodeAddress(ToAddress).value();
    tx.amount = 1000;
    // The SDK computed 4 microalgos per byte of the signed size; the golden
    // encoding carries the resulting flat fee, 1176.
    tx.fee = 1176;
    tx.firstValid = 12466;
    tx.lastValid = 13466;
    tx.note = base64::decode("6gAVR0Nsv5Y=").value();
    tx.closeRemainderTo = decodeAddress(CloseAddress).value();
    tx.genesisId = "devnet-v33.0";
    tx.genesisHash = base64::decode("JgsgCaCTqIaLeVhyL6XlRu3n7Rfk2FxMeK+wRSaQ7dI=").value();
    return tx;
}

} // namespace

class TestAlgorand final : public QObject
{
    Q_OBJECT

private slots:
    void goSdkPaymentVector()
    {
        const QByteArray seed = seedFromMnemonic(Mnemonic).value();
        QCOMPARE(QString::fromStdString(addressFromSeed(seed)), QString::fromLatin1(FromAddress));
        PaymentTransaction tx = goSdkPayment();
        QVERIFY(tx.validate().ok());
        tx.sign(seed);
        QCOMPARE(QString::fromStdString(base64::encode(tx.encodeSigned())), QString::fromLatin1(Golden));
        QCOMPARE(QString::fromStdString(tx.id()), QString::fromLatin1(ReferenceTxId));
        QVERIFY(tx.hasValidSignature());

        auto parsed = PaymentTransaction::decodeSigned(base64::decode(Golden).value());
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value() == tx);
        QCOMPARE(QString::fromStdString(parsed.value().id()), QString::fromLatin1(ReferenceTxId));
    }

    void mnemonicRoundTripsAndIsChecked()
    {
        const QByteArray seed = seedFromMnemonic(Mnemonic).value();
        QCOMPARE(QString::fromStdString(mnemonicFromSeed(seed)), QString::fromLatin1(Mnemonic));
        std::string wrongChecksum(Mnemonic);
        wrongChecksum.replace(wrongChecksum.rfind("sponsor"), 7, "abandon");
        QVERIFY(!seedFromMnemonic(wrongChecksum).ok());
        QVERIFY(!seedFromMnemonic("advice pudding treat").ok());
        std::string unknownWord(Mnemonic);
        unknownWord.replace(0, 6, "advise");
        QVERIFY(!seedFromMnemonic(unknownWord).ok());
    }

    void addressesAreChecked()
    {
        QVERIFY(decodeAddress(FromAddress).ok());
        std::string typo(FromAddress);
        typo[5] = typo[5] == 'A' ? 'B' : 'A';
        QVERIFY(!decodeAddress(typo).ok());
        QVERIFY(!decodeAddress(std::string(FromAddress).substr(1)).ok());
        QVERIFY(!decodeAddress(QString::fromLatin1(FromAddress).toLower().toStdString()).ok());
        QVERIFY(decodeTxId(ReferenceTxId).ok());
        QVERIFY(!decodeTxId("5FJDJD5LMZC3EHUYYJNH5I23U4X6H2KXABNDGPIL557ZMJ33GZH").ok());
    }

    void signBytesUsesTheMxPrefix()
    {
        const QByteArray seed = seedFromMnemonic(Mnemonic).value();
        const QByteArray message = QByteArrayLiteral("{\"sell\":\"ALGO\"}");
        const QByteArray signature = signBytes(seed, message);
        QCOMPARE(signature, crypto::ed25519::sign(seed, QByteArrayLiteral("MX") + message));
        QVERIFY(verifyBytes(FromAddress, message, signature).ok());
        QVERIFY(!verifyBytes(FromAddress, message + 'x', signature).ok());
        QVERIFY(!verifyBytes(ToAddress, message, signature).ok());
        // A raw Ed25519 signature over the message alone is not an Algorand
        // signBytes signature.
        QVERIFY(!verifyBytes(FromAddress, message, crypto::ed25519::sign(seed, message)).ok());
    }

    void decodingRefusesNonCanonicalMsgpack()
    {
        const QByteArray golden = base64::decode(Golden).value();
        QVERIFY(!PaymentTransaction::decodeSigned(golden + '\0').ok());
        QVERIFY(!PaymentTransaction::decodeSigned(golden.left(golden.size() - 1)).ok());
        // The txn map with "amt" 1000 re-encoded as uint32 (0xce) instead of
        // uint16 (0xcd) is non-canonical.
        QByteArray wide = golden;
        const QByteArray amt = QByteArray("\xa3" "amt" "\xcd\x03\xe8", 7);
        const qsizetype at = wide.indexOf(amt);
        QVERIFY(at > 0);
        wide.replace(at, amt.size(), QByteArray("\xa3" "amt" "\xce\x00\x00\x03\xe8", 9));
        QVERIFY(!PaymentTransaction::decodeSigned(wide).ok());

        // A zero amount must be omitted, not written as 0.
        PaymentTransaction tx = goSdkPayment();
        tx.amount = 0;
        tx.signature = QByteArray(64, '\x01');
        QByteArray encoded = tx.encodeSigned();
        QVERIFY(PaymentTransaction::decodeSigned(encoded).ok());
        QVERIFY(encoded.indexOf(QByteArray("\xa3" "amt", 4)) < 0);
    }

    void depositKeysAreDeterministicAndDistinct()
    {
        const QByteArray master = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        QCOMPARE(depositSeed(master, 5).value(), depositSeed(master, 5).value());
        QVERIFY(depositSeed(master, 5).value() != depositSeed(master, 6).value());
        QVERIFY(!depositSeed(QByteArray(8, '\0'), 0).ok());
    }
};

QTEST_APPLESS_MAIN(TestAlgorand)
#include "tst_algorand.moc"
