// BIP-39 against the Trezor reference vectors (passphrase "TREZOR") and the
// SEP-0005 seeds; the embedded wordlist against its published SHA-256.

#include "core/crypto/bip39.h"
#include "core/crypto/bip39wordlist.h"
#include "core/crypto/hashes.h"

#include <QTest>

using namespace exchange::crypto;

class TestBip39 final : public QObject
{
    Q_OBJECT

private slots:
    // sha256(bip-0039/english.txt) as published for the BIP-39 repository
    // file (one word per line, trailing newline).
    void wordlistMatchesPublishedHash()
    {
        QByteArray text;
        for (std::string_view word : bip39EnglishWords()) {
            text.append(word.data(), static_cast<qsizetype>(word.size()));
            text.append('\n');
        }
        QCOMPARE(sha256(text).toHex(), QByteArray("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda"));
        QCOMPARE(bip39WordIndex("abandon"), 0);
        QCOMPARE(bip39WordIndex("zoo"), 2047);
        QCOMPARE(bip39WordIndex("zooo"), -1);
    }

    void trezorVectors_data()
    {
        QTest::addColumn<QByteArray>("entropy");
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QByteArray>("seed");
        // trezor/python-mnemonic vectors.json, "english", passphrase "TREZOR".
        QTest::newRow("zeros") << QByteArray::fromHex("00000000000000000000000000000000")
                               << QStringLiteral("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about")
                               << QByteArray::fromHex("c55257c360c07c72029aebc1b53c05ed0362ada38ead3e3e9efa3708e53495531f09a6987599d18264c1e1c92f2cf141630c7a3c4ab7c81b2f001698e7463b04");
        QTest::newRow("7f") << QByteArray::fromHex("7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f7f")
                            << QStringLiteral("legal winner thank year wave sausage worth useful legal winner thank yellow")
                            << QByteArray::fromHex("2e8905819b8723fe2c1d161860e5ee1830318dbf49a83bd451cfb8440c28bd6fa457fe1296106559a3c80937a1c1069be3a3a5bd381ee6260e8d9739fce1f607");
        QTest::newRow("80") << QByteArray::fromHex("80808080808080808080808080808080")
                            << QStringLiteral("letter advice cage absurd amount doctor acoustic avoid letter advice cage above")
                            << QByteArray::fromHex("d71de856f81a8acc65e6fc851a38d4d7ec216fd0796d0a6827a3ad6ed5511a30fa280f12eb2e47ed2ac03b5c462a0358d18d69fe4f985ec81778c1b370b652a8");
        QTest::newRow("ff") << QByteArray::fromHex("ffffffffffffffffffffffffffffffff")
                            << QStringLiteral("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong")
                            << QByteArray::fromHex("ac27495480225222079d7be181583751e86f571027b0497b5b5d11218e0a8a13332572917f0f8e5a589620c6f15b11c61dee327651a14c34e18231052e48c069");
    }

    void trezorVectors()
    {
        QFETCH(QByteArray, entropy);
        QFETCH(QString, mnemonic);
        QFETCH(QByteArray, seed);
        QCOMPARE(QString::fromStdString(bip39::mnemonicFromEntropy(entropy)), mnemonic);
        QCOMPARE(bip39::entropyFromMnemonic(mnemonic.toStdString()).value(), entropy);
        QCOMPARE(bip39::seedFromMnemonic(mnemonic.toStdString(), "TREZOR").value(), seed);
    }

    // SEP-0005 test cases 1-4 give the BIP-39 seed of each mnemonic.
    void sep5Seeds()
    {
        QCOMPARE(bip39::seedFromMnemonic("illness spike retreat truth genius clock brain pass fit cave bargain toe").value().toHex(),
                 QByteArray("e4a5a632e70943ae7f07659df1332160937fad82587216a4c64315a0fb39497ee4a01f76ddab4cba68147977f3a147b6ad584c41808e8238a07f6cc4b582f186"));
        QCOMPARE(bip39::seedFromMnemonic("resource asthma orphan phone ice canvas fire useful arch jewel impose vague theory cushion top").value().toHex(),
                 QByteArray("7b36d4e725b48695c3ffd2b4b317d5552cb157c1a26c46d36a05317f0d3053eb8b3b6496ba39ebd9312d10e3f9937b47a6790541e7c577da027a564862e92811"));
        QCOMPARE(bip39::seedFromMnemonic("cable spray genius state float twenty onion head street palace net private method loan turn phrase state blanket interest dry amazing dress blast tube", "p4ssphr4se").value().toHex(),
                 QByteArray("d425d39998fb42ce4cf31425f0eaec2f0a68f47655ea030d6d26e70200d8ff8bd4326b4bdf562ea8640a1501ae93ccd0fd7992116da5dfa24900e570a742a489"));
    }

    void refusesBadMnemonics()
    {
        // A wrong checksum word, an unknown word, a bad word count.
        QVERIFY(!bip39::entropyFromMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon").ok());
        QVERIFY(!bip39::entropyFromMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abaut").ok());
        QVERIFY(!bip39::entropyFromMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about").ok());
        QVERIFY(!bip39::seedFromMnemonic("").ok());
        const auto error = bip39::entropyFromMnemonic("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abaut");
        QVERIFY(error.error().message.find("word 12") != std::string::npos);
    }

    void acceptsSloppySpacingAndCaseButSeedsTheCanonicalPhrase()
    {
        const auto sloppy = bip39::seedFromMnemonic("  Abandon abandon abandon abandon abandon abandon\tabandon abandon abandon abandon abandon   ABOUT ", "TREZOR");
        QCOMPARE(sloppy.value().toHex().left(16), QByteArray("c55257c360c07c72"));
    }
};

QTEST_APPLESS_MAIN(TestBip39)
#include "tst_bip39.moc"
