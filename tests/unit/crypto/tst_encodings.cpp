// Hex, base64, base32 and base58: RFC 4648 section 10 vectors and the
// strictness rules (odd length, padding, trailing bits, alphabet).

#include "core/crypto/base32.h"
#include "core/crypto/base58.h"
#include "core/crypto/base64.h"
#include "core/crypto/hex.h"
#include "core/crypto/uint256.h"

#include <QTest>

using namespace exchange;

class TestEncodings final : public QObject
{
    Q_OBJECT

private slots:
    void hexRoundTripsAndIsStrict()
    {
        QCOMPARE(hex::encode(QByteArray::fromHex("00ff10ab")), std::string("00ff10ab"));
        QCOMPARE(hex::decode("00FF10ab").value(), QByteArray::fromHex("00ff10ab"));
        QVERIFY(hex::decode("").ok());
        QVERIFY(!hex::decode("abc").ok());
        QVERIFY(!hex::decode("0g").ok());
        QVERIFY(!hex::decode(" 00").ok());
        QVERIFY(!hex::decode("0x00").ok());
        QCOMPARE(hex::decodePrefixed("0x0a").value(), QByteArray(1, '\n'));
        QVERIFY(!hex::decodePrefixed("0a").ok());
    }

    // RFC 4648 section 10.
    void base64MatchesRfc4648()
    {
        const char *cases[][2] = {{"", ""}, {"f", "Zg=="}, {"fo", "Zm8="}, {"foo", "Zm9v"},
                                  {"foob", "Zm9vYg=="}, {"fooba", "Zm9vYmE="}, {"foobar", "Zm9vYmFy"}};
        for (const auto &c : cases) {
            QCOMPARE(base64::encode(QByteArray(c[0])), std::string(c[1]));
            QCOMPARE(base64::decode(c[1]).value(), QByteArray(c[0]));
        }
    }

    void base64RefusesNonCanonicalText()
    {
        QVERIFY(!base64::decode("Zg").ok());     // missing padding
        QVERIFY(!base64::decode("Zh==").ok());   // non-zero unused bits
        QVERIFY(!base64::decode("Zm9v\n").ok()); // whitespace
        QVERIFY(!base64::decode("Zm=v").ok());   // misplaced padding
        QVERIFY(!base64::decode("Zm9-").ok());   // url alphabet
    }

    // RFC 4648 section 10, without the padding StrKey and Algorand omit.
    void base32MatchesRfc4648()
    {
        const char *cases[][2] = {{"", ""}, {"f", "MY"}, {"fo", "MZXQ"}, {"foo", "MZXW6"},
                                  {"foob", "MZXW6YQ"}, {"fooba", "MZXW6YTB"}, {"foobar", "MZXW6YTBOI"}};
        for (const auto &c : cases) {
            QCOMPARE(base32::encode(QByteArray(c[0])), std::string(c[1]));
            QCOMPARE(base32::decode(c[1]).value(), QByteArray(c[0]));
        }
    }

    void base32RefusesNonCanonicalText()
    {
        QVERIFY(!base32::decode("MY======").ok()); // padding
        QVERIFY(!base32::decode("MZ").ok());       // non-zero trailing bits
        QVERIFY(!base32::decode("M").ok());        // length 1 mod 8
        QVERIFY(!base32::decode("MZX").ok());      // length 3 mod 8
        QVERIFY(!base32::decode("MZXW6Y").ok());   // length 6 mod 8
        QVERIFY(!base32::decode("my").ok());       // lower case
        QVERIFY(!base32::decode("M1").ok());       // outside the alphabet
    }

    // Bitcoin's base58 test vectors (src/test/data/base58_encode_decode.json).
    void base58MatchesBitcoinVectors()
    {
        const char *cases[][2] = {{"", ""}, {"61", "2g"}, {"626262", "a3gV"}, {"636363", "aPEr"},
                                  {"00000000000000000000", "1111111111"},
                                  {"516b6fcd0f", "ABnLTmg"}, {"00eb15231dfceb60925886b67d065299925915aeb172c06647", "1NS17iag9jJgTHD1VXjvLCEnZuQ3rJDE9L"}};
        for (const auto &c : cases) {
            const QByteArray bytes = QByteArray::fromHex(c[0]);
            QCOMPARE(base58::encode(bytes), std::string(c[1]));
            QCOMPARE(base58::decode(c[1]).value(), bytes);
        }
        QVERIFY(!base58::decode("0OIl").ok());
    }

    void uint256ConvertsExactly()
    {
        const std::string max = "115792089237316195423570985008687907853269984665640564039457584007913129639935";
        auto value = UInt256::fromDecimal(max);
        QVERIFY(value.ok());
        QCOMPARE(value.value().toDecimal(), max);
        QCOMPARE(value.value().toMinimalBigEndian(), QByteArray(32, '\xff'));
        QVERIFY(!UInt256::fromDecimal("115792089237316195423570985008687907853269984665640564039457584007913129639936").ok());
        QVERIFY(!UInt256::fromDecimal("01").ok());
        QVERIFY(!UInt256::fromDecimal("-1").ok());
        QCOMPARE(UInt256::fromDecimal("1000000000000000000").value().toMinimalBigEndian(),
                 QByteArray::fromHex("0de0b6b3a7640000"));
        QVERIFY(UInt256().toMinimalBigEndian().isEmpty());
        QVERIFY(!UInt256::fromBigEndian(QByteArray(33, '\x01')).ok());
    }
};

QTEST_APPLESS_MAIN(TestEncodings)
#include "tst_encodings.moc"
