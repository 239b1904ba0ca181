// secp256k1 wrapper: deterministic low-s signing, recovery, and refusal of
// malleable or malformed signatures.

#include "core/crypto/hashes.h"
#include "core/crypto/secp256k1.h"

#include <QTest>

using namespace exchange::crypto;

class TestSecp256k1 final : public QObject
{
    Q_OBJECT

private slots:
    // The private key 1 maps to the generator point G (SEC 2, 2.4.1).
    void keyOneIsTheGenerator()
    {
        QByteArray one(32, '\0');
        one[31] = 1;
        QCOMPARE(secp256k1::publicKey(one, true).value().toHex(),
                 QByteArray("0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"));
        QVERIFY(!secp256k1::isValidSecretKey(QByteArray(32, '\0')));
        // The group order n itself is not a valid key.
        QVERIFY(!secp256k1::isValidSecretKey(QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141")));
    }

    void signThenRecoverRoundTripsAndHighSIsRefused()
    {
        const QByteArray key = secp256k1::randomSecretKey();
        const QByteArray hash = sha256("message");
        auto signature = secp256k1::sign(key, hash);
        QVERIFY(signature.ok());
        QCOMPARE(secp256k1::recover(hash, signature.value()).value(), secp256k1::publicKey(key, false).value());

        // s' = n - s verifies mathematically but is the malleable twin.
        const QByteArray n = QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
        QByteArray highS(32, '\0');
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            int d = static_cast<unsigned char>(n[i]) - static_cast<unsigned char>(signature.value().s[i]) - borrow;
            borrow = d < 0 ? 1 : 0;
            highS[i] = static_cast<char>(d < 0 ? d + 256 : d);
        }
        auto twin = signature.value();
        twin.s = highS;
        twin.recoveryId ^= 1;
        QVERIFY(!secp256k1::recover(hash, twin).ok());

        auto zero = signature.value();
        zero.r = QByteArray(32, '\0');
        QVERIFY(!secp256k1::recover(hash, zero).ok());
        auto badId = signature.value();
        badId.recoveryId = 2;
        QVERIFY(!secp256k1::recover(hash, badId).ok());
    }
};

QTEST_APPLESS_MAIN(TestSecp256k1)
#include "tst_secp256k1.moc"
