// Stellar: SEP-0023 StrKey (valid and invalid cases), SEP-0005 key
// derivation, message signatures and the payment transaction encoding.

#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/messagesignature.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/chains/stellar/strkey.h"
#include "core/crypto/ed25519.h"

#include <QTest>

using namespace exchange;
using namespace exchange::stellar;

class TestStellar final : public QObject
{
    Q_OBJECT

private slots:
    // SEP-0023 "Valid test cases" 1-3.
    void sep23Valid()
    {
        const QByteArray key = QByteArray::fromHex("3f0c34bf93ad0d9971d04ccc90f705511c838aad9734a4a2fb0d7a03fc7fe89a");
        QCOMPARE(strkey::decodeAccountId("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ").value(), key);
        QCOMPARE(strkey::encodeAccountId(key), std::string("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"));
        QCOMPARE(strkey::decodeMuxedAccount("MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ").value(),
                 (MuxedAccount{key, 0}));
        QCOMPARE(strkey::encodeMuxedAccount({key, 0}), std::string("MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ"));
        QCOMPARE(strkey::decodeMuxedAccount("MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK").value(),
                 (MuxedAccount{key, 9223372036854775808ull}));
    }

    // SEP-0023 "Invalid test cases" that concern G and M keys; each must be
    // refused by whichever decoder its first letter selects.
    void sep23Invalid_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *text : {"GAAAAAAAACGC6",
                                 "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUR",
                                 "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZA",
                                 "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUACUSI",
                                 "G47QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVP2I",
                                 "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLKA",
                                 "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAAV75I",
                                 "M47QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ",
                                 "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUK===",
                                 "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUO"})
            QTest::newRow(text) << QString::fromLatin1(text);
    }

    void sep23Invalid()
    {
        QFETCH(QString, text);
        const std::string value = text.toStdString();
        QVERIFY(!strkey::decodeAccountId(value).ok());
        QVERIFY(!strkey::decodeMuxedAccount(value).ok());
        QVERIFY(!StellarAccount::fromString(value).ok());
    }

    void seedsAreNotAccountIdsAndViceVersa()
    {
        // SEP-0005 test 1, m/44'/148'/0'.
        QVERIFY(strkey::decodeSeed("SBGWSG6BTNCKCOB3DIFBGCVMUPQFYPA2G4O34RMTB343OYPXU5DJDVMN").ok());
        QVERIFY(!strkey::decodeAccountId("SBGWSG6BTNCKCOB3DIFBGCVMUPQFYPA2G4O34RMTB343OYPXU5DJDVMN").ok());
        QVERIFY(!strkey::decodeSeed("GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6").ok());
    }

    void sep5_data()
    {
        QTest::addColumn<QString>("mnemonic");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("accountId");
        QTest::addColumn<QString>("secret");
        // stellar-protocol ecosystem/sep-0005.md, tests 1-4.
        const QString m1 = QStringLiteral("illness spike retreat truth genius clock brain pass fit cave bargain toe");
        QTest::newRow("1/0") << m1 << QString() << 0 << QStringLiteral("GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6") << QStringLiteral("SBGWSG6BTNCKCOB3DIFBGCVMUPQFYPA2G4O34RMTB343OYPXU5DJDVMN");
        QTest::newRow("1/9") << m1 << QString() << 9 << QStringLiteral("GBTVYYDIYWGUQUTKX6ZMLGSZGMTESJYJKJWAATGZGITA25ZB6T5REF44") << QStringLiteral("SCJGVMJ66WAUHQHNLMWDFGY2E72QKSI3XGSBYV6BANDFUFE7VY4XNXXR");
        const QString m2 = QStringLiteral("resource asthma orphan phone ice canvas fire useful arch jewel impose vague theory cushion top");
        QTest::newRow("2/0") << m2 << QString() << 0 << QStringLiteral("GAVXVW5MCK7Q66RIBWZZKZEDQTRXWCZUP4DIIFXCCENGW2P6W4OA34RH") << QStringLiteral("SAKS7I2PNDBE5SJSUSU2XLJ7K5XJ3V3K4UDFAHMSBQYPOKE247VHAGDB");
        QTest::newRow("2/5") << m2 << QString() << 5 << QStringLiteral("GDKWYAJE3W6PWCXDZNMFNFQSPTF6BUDANE6OVRYMJKBYNGL62VKKCNCC") << QStringLiteral("SAVS4CDQZI6PSA5DPCC42S5WLKYIPKXPCJSFYY4N3VDK25T2XX2BTGVX");
        const QString m3 = QStringLiteral("bench hurt jump file august wise shallow faculty impulse spring exact slush thunder author capable act festival slice deposit sauce coconut afford frown better");
        QTest::newRow("3/0") << m3 << QString() << 0 << QStringLiteral("GC3MMSXBWHL6CPOAVERSJITX7BH76YU252WGLUOM5CJX3E7UCYZBTPJQ") << QStringLiteral("SAEWIVK3VLNEJ3WEJRZXQGDAS5NVG2BYSYDFRSH4GKVTS5RXNVED5AX7");
        QTest::newRow("3/7") << m3 << QString() << 7 << QStringLiteral("GBJ646Q524WGBN5X5NOAPIF5VQCR2WZCN6QZIDOSY6VA2PMHJ2X636G4") << QStringLiteral("SC2QO2K2B4EBNBJMBZIKOYSHEX4EZAZNIF4UNLH63AQYV6BE7SMYWC6E");
        const QString m4 = QStringLiteral("cable spray genius state float twenty onion head street palace net private method loan turn phrase state blanket interest dry amazing dress blast tube");
        QTest::newRow("4/0") << m4 << QStringLiteral("p4ssphr4se") << 0 << QStringLiteral("GDAHPZ2NSYIIHZXM56Y36SBVTV5QKFIZGYMMBHOU53ETUSWTP62B63EQ") << QStringLiteral("SAFWTGXVS7ELMNCXELFWCFZOPMHUZ5LXNBGUVRCY3FHLFPXK4QPXYP2X");
        QTest::newRow("4/9") << m4 << QStringLiteral("p4ssphr4se") << 9 << QStringLiteral("GBOSMFQYKWFDHJWCMCZSMGUMWCZOM4KFMXXS64INDHVCJ2A2JAABCYRR") << QStringLiteral("SDXDYPDNRMGOF25AWYYKPHFAD3M54IT7LCLG7RWTGR3TS32A4HTUXNOS");
    }

    void sep5()
    {
        QFETCH(QString, mnemonic);
        QFETCH(QString, passphrase);
        QFETCH(int, index);
        QFETCH(QString, accountId);
        QFETCH(QString, secret);
        auto seed = sep5Seed(mnemonic.toStdString(), passphrase.toStdString(), static_cast<std::uint32_t>(index));
        QVERIFY(seed.ok());
        QCOMPARE(QString::fromStdString(accountIdFromSeed(seed.value())), accountId);
        QCOMPARE(QString::fromStdString(strkey::encodeSeed(seed.value())), secret);
        QCOMPARE(seedFromSecret(secret.toStdString()).value(), seed.value());
    }

    void messageSignatures()
    {
        const QByteArray seed = seedFromSecret("SBGWSG6BTNCKCOB3DIFBGCVMUPQFYPA2G4O34RMTB343OYPXU5DJDVMN").value();
        const QByteArray message = QByteArrayLiteral("{\"sell\":\"XLM\",\"amount\":\"10\"}");
        const QByteArray signature = signMessage(seed, message);
        // Plain Ed25519 over the bytes, as Keypair.sign does.
        QCOMPARE(signature, crypto::ed25519::sign(seed, message));
        const char *signer = "GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6";
        QVERIFY(verifyMessage(signer, message, signature).ok());
        QVERIFY(!verifyMessage(signer, message + ' ', signature).ok());
        QVERIFY(!verifyMessage("GBAW5XGWORWVFE2XTJYDTLDHXTY2Q2MO73HYCGB3XMFMQ562Q2W2GJQX", message, signature).ok());
        QVERIFY(!verifyMessage(signer, message, signature.left(63)).ok());
    }

    // SEP-53's own test cases (sep-0053.md, "Test cases"), signed by the
    // SEP's seed: the signature is Ed25519 over SHA-256 of the prefix and
    // the message, in both directions.
    void sep53Vectors_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("ascii") << QByteArrayLiteral("Hello, World!")
                               << QByteArray::fromHex("7cee5d6d885752104c85eea421dfdcb95abf01f1271d11c4bec3fcbd7874dccd"
                                                      "6e2e98b97b8eb23b643cac4073bb77de5d07b0710139180ae9f3cbba78f2ba04");
        QTest::newRow("japanese") << QStringView(u"\u3053\u3093\u306b\u3061\u306f\u3001\u4e16\u754c\uff01").toUtf8()
                                  << QByteArray::fromHex("083536eb95ecf32dce59b07fe7a1fd8cf814b2ce46f40d2a16e4ea1f6cecd980"
                                                         "e04e6fbef9d21f98011c785a81edb85f3776a6e7d942b435eb0adc07da4d4604");
        QTest::newRow("binary") << QByteArray::fromBase64("2zZDP1sa1BVBfLP7TeeMk3sUbaxAkUhBhDiNdrksaFo=")
                                << QByteArray::fromBase64("VA1+7hefNwv2NKScH6n+Sljj15kLAge+M2wE7fzFOf+L0MMbssA1mwfJZRyyrhBO"
                                                          "RQRle10X1Dxpx+UOI4EbDQ==");
    }

    void sep53Vectors()
    {
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const QByteArray seed = seedFromSecret("SAKICEVQLYWGSOJS4WW7HZJWAHZVEEBS527LHK5V4MLJALYKICQCJXMW").value();
        const char *signer = "GBXFXNDLV4LSWA4VB7YIL5GBD7BVNR22SGBTDKMO2SBZZHDXSKZYCP7L";
        QCOMPARE(QString::fromStdString(accountIdFromSeed(seed)), QString::fromLatin1(signer));
        QCOMPARE(signSep53Message(seed, message).toHex(), signature.toHex());
        QVERIFY(verifySep53Message(signer, message, signature).ok());
        QVERIFY(!verifySep53Message(signer, message + ' ', signature).ok());
        // Not a plain signature of the message: the two schemes stay apart.
        QVERIFY(!verifyMessage(signer, message, signature).ok());
        QVERIFY(!verifySep53Message(signer, message, signMessage(seed, message)).ok());
    }

    void paymentRoundTripsAndHashDependsOnNetwork()
    {
        const QByteArray seed = seedFromSecret("SBGWSG6BTNCKCOB3DIFBGCVMUPQFYPA2G4O34RMTB343OYPXU5DJDVMN").value();
        PaymentTransaction tx;
        tx.source = StellarAccount::fromString("GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6").value();
        tx.fee = 100;
        tx.sequence = 4294967297;
        tx.timeBounds = TimeBounds{0, 1700000000};
        tx.memo = {Memo::Type::Text, "customer 42", 0};
        tx.destination = StellarAccount::fromString("MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVAAAAAAAAAAAAAJLK").value();
        tx.amount = 12345678;
        QVERIFY(tx.validate().ok());
        tx.sign(seed, TestNetworkPassphrase);
        QVERIFY(tx.isSignedBy(tx.source.publicKey, TestNetworkPassphrase));
        QVERIFY(!tx.isSignedBy(tx.source.publicKey, PublicNetworkPassphrase));
        QVERIFY(tx.hash(TestNetworkPassphrase) != tx.hash(PublicNetworkPassphrase));

        auto parsed = PaymentTransaction::fromEnvelopeBase64(tx.envelopeBase64());
        QVERIFY(parsed.ok());
        QVERIFY(parsed.value() == tx);
        QCOMPARE(parsed.value().envelopeXdr(), tx.envelopeXdr());

        tx.memo = {Memo::Type::Text, std::string(29, 'x'), 0};
        QVERIFY(!tx.validate().ok());
    }

    void envelopeParsingIsStrict()
    {
        PaymentTransaction tx;
        tx.source = StellarAccount::fromString("GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6").value();
        tx.destination = tx.source;
        tx.amount = 1;
        tx.memo = {Memo::Type::Id, {}, 7};
        const QByteArray good = tx.envelopeXdr();
        QVERIFY(PaymentTransaction::fromEnvelopeXdr(good).ok());
        QVERIFY(!PaymentTransaction::fromEnvelopeXdr(good + QByteArray(4, '\0')).ok()); // trailing
        QVERIFY(!PaymentTransaction::fromEnvelopeXdr(good.left(good.size() - 1)).ok()); // truncated
        QByteArray v0 = good;
        v0[3] = 0; // ENVELOPE_TYPE_TX_V0
        QVERIFY(!PaymentTransaction::fromEnvelopeXdr(v0).ok());
        tx.amount = 0;
        QVERIFY(!PaymentTransaction::fromEnvelopeXdr(tx.envelopeXdr()).ok());
    }
};

QTEST_APPLESS_MAIN(TestStellar)
#include "tst_stellar.moc"
