// Ed25519 against RFC 8032 section 7.1, tests 1-3.

#include "core/crypto/ed25519.h"

#include <QTest>

using namespace exchange::crypto;

class TestEd25519 final : public QObject
{
    Q_OBJECT

private slots:
    void rfc8032_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        // RFC 8032, 7.1 TEST 1, TEST 2, TEST 3.
        QTest::newRow("test 1") << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
                                << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
                                << QByteArray()
                                << QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("test 2") << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
                                << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
                                << QByteArray::fromHex("72")
                                << QByteArray::fromHex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("test 3") << QByteArray::fromHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
                                << QByteArray::fromHex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
                                << QByteArray::fromHex("af82")
                                << QByteArray::fromHex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    }

    void rfc8032()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        QCOMPARE(ed25519::publicKeyFromSeed(seed), publicKey);
        QCOMPARE(ed25519::sign(seed, message), signature);
        QVERIFY(ed25519::verify(publicKey, message, signature));
        QVERIFY(!ed25519::verify(publicKey, message + 'x', signature));
        QByteArray tampered = signature;
        tampered[10] = static_cast<char>(tampered[10] ^ 1);
        QVERIFY(!ed25519::verify(publicKey, message, tampered));
        QVERIFY(!ed25519::verify(publicKey, message, signature.left(63)));
    }

    void randomSeedsDiffer()
    {
        QVERIFY(ed25519::randomSeed() != ed25519::randomSeed());
    }
};

QTEST_APPLESS_MAIN(TestEd25519)
#include "tst_ed25519.moc"
