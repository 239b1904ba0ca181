// BIP-32 (test vectors 1-3 of the BIP) and SLIP-0010 Ed25519 (test vector 1
// of the SLIP), plus derivation path parsing.

#include "core/crypto/bip32key.h"
#include "core/crypto/derivationpath.h"
#include "core/crypto/slip10ed25519key.h"

#include <QTest>

using namespace exchange::crypto;

class TestHdKeys final : public QObject
{
    Q_OBJECT

private slots:
    void bip32_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("xpub");
        QTest::addColumn<QString>("xprv");
        // bitcoin/bips bip-0032.mediawiki, "Test Vectors".
        const QByteArray seed1 = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        QTest::newRow("1 m") << seed1 << QStringLiteral("m")
            << QStringLiteral("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8")
            << QStringLiteral("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi");
        QTest::newRow("1 m/0H") << seed1 << QStringLiteral("m/0'")
            << QStringLiteral("xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw")
            << QStringLiteral("xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7");
        QTest::newRow("1 m/0H/1") << seed1 << QStringLiteral("m/0'/1")
            << QStringLiteral("xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ")
            << QStringLiteral("xprv9wTYmMFdV23N2TdNG573QoEsfRrWKQgWeibmLntzniatZvR9BmLnvSxqu53Kw1UmYPxLgboyZQaXwTCg8MSY3H2EU4pWcQDnRnrVA1xe8fs");
        QTest::newRow("1 m/0H/1/2H") << seed1 << QStringLiteral("m/0'/1/2'")
            << QStringLiteral("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5")
            << QStringLiteral("xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM");
        QTest::newRow("1 m/0H/1/2H/2") << seed1 << QStringLiteral("m/0'/1/2'/2")
            << QStringLiteral("xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV")
            << QStringLiteral("xprvA2JDeKCSNNZky6uBCviVfJSKyQ1mDYahRjijr5idH2WwLsEd4Hsb2Tyh8RfQMuPh7f7RtyzTtdrbdqqsunu5Mm3wDvUAKRHSC34sJ7in334");
        QTest::newRow("1 m/0H/1/2H/2/1000000000") << seed1 << QStringLiteral("m/0'/1/2'/2/1000000000")
            << QStringLiteral("xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy")
            << QStringLiteral("xprvA41z7zogVVwxVSgdKUHDy1SKmdb533PjDz7J6N6mV6uS3ze1ai8FHa8kmHScGpWmj4WggLyQjgPie1rFSruoUihUZREPSL39UNdE3BBDu76");
        const QByteArray seed2 = QByteArray::fromHex("fffcf9f6f3f0edeae7e4e1dedbd8d5d2cfccc9c6c3c0bdbab7b4b1aeaba8a5a29f9c999693908d8a8784817e7b7875726f6c696663605d5a5754514e4b484542");
        QTest::newRow("2 m") << seed2 << QStringLiteral("m")
            << QStringLiteral("xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduB")
            << QStringLiteral("xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U");
        QTest::newRow("2 m/0") << seed2 << QStringLiteral("m/0")
            << QStringLiteral("xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDznezpbZb7ap6r1D3tgFxHmwMkQTPH")
            << QStringLiteral("xprv9vHkqa6EV4sPZHYqZznhT2NPtPCjKuDKGY38FBWLvgaDx45zo9WQRUT3dKYnjwih2yJD9mkrocEZXo1ex8G81dwSM1fwqWpWkeS3v86pgKt");
        QTest::newRow("2 m/0/2147483647H") << seed2 << QStringLiteral("m/0/2147483647'")
            << QStringLiteral("xpub6ASAVgeehLbnwdqV6UKMHVzgqAG8Gr6riv3Fxxpj8ksbH9ebxaEyBLZ85ySDhKiLDBrQSARLq1uNRts8RuJiHjaDMBU4Zn9h8LZNnBC5y4a")
            << QStringLiteral("xprv9wSp6B7kry3Vj9m1zSnLvN3xH8RdsPP1Mh7fAaR7aRLcQMKTR2vidYEeEg2mUCTAwCd6vnxVrcjfy2kRgVsFawNzmjuHc2YmYRmagcEPdU9");
        QTest::newRow("2 m/0/2147483647H/1") << seed2 << QStringLiteral("m/0/2147483647'/1")
            << QStringLiteral("xpub6DF8uhdarytz3FWdA8TvFSvvAh8dP3283MY7p2V4SeE2wyWmG5mg5EwVvmdMVCQcoNJxGoWaU9DCWh89LojfZ537wTfunKau47EL2dhHKon")
            << QStringLiteral("xprv9zFnWC6h2cLgpmSA46vutJzBcfJ8yaJGg8cX1e5StJh45BBciYTRXSd25UEPVuesF9yog62tGAQtHjXajPPdbRCHuWS6T8XA2ECKADdw4Ef");
        QTest::newRow("2 m/0/2147483647H/1/2147483646H") << seed2 << QStringLiteral("m/0/2147483647'/1/2147483646'")
            << QStringLiteral("xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcEL")
            << QStringLiteral("xprvA1RpRA33e1JQ7ifknakTFpgNXPmW2YvmhqLQYMmrj4xJXXWYpDPS3xz7iAxn8L39njGVyuoseXzU6rcxFLJ8HFsTjSyQbLYnMpCqE2VbFWc");
        QTest::newRow("2 m/0/2147483647H/1/2147483646H/2") << seed2 << QStringLiteral("m/0/2147483647'/1/2147483646'/2")
            << QStringLiteral("xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdSnLFbdpq8p9HmGsApME5hQTZ3emM2rnY5agb9rXpVGyy3bdW6EEgAtqt")
            << QStringLiteral("xprvA2nrNbFZABcdryreWet9Ea4LvTJcGsqrMzxHx98MMrotbir7yrKCEXw7nadnHM8Dq38EGfSh6dqA9QWTyefMLEcBYJUuekgW4BYPJcr9E7j");
        // Vector 3: retention of leading zeros.
        const QByteArray seed3 = QByteArray::fromHex("4b381541583be4423346c643850da4b320e46a87ae3d2a4e6da11eba819cd4acba45d239319ac14f863b8d5ab5a0d0c64d2e8a1e7d1457df2e5a3c51c73235be");
        QTest::newRow("3 m") << seed3 << QStringLiteral("m")
            << QStringLiteral("xpub661MyMwAqRbcEZVB4dScxMAdx6d4nFc9nvyvH3v4gJL378CSRZiYmhRoP7mBy6gSPSCYk6SzXPTf3ND1cZAceL7SfJ1Z3GC8vBgp2epUt13")
            << QStringLiteral("xprv9s21ZrQH143K25QhxbucbDDuQ4naNntJRi4KUfWT7xo4EKsHt2QJDu7KXp1A3u7Bi1j8ph3EGsZ9Xvz9dGuVrtHHs7pXeTzjuxBrCmmhgC6");
        QTest::newRow("3 m/0H") << seed3 << QStringLiteral("m/0'")
            << QStringLiteral("xpub68NZiKmJWnxxS6aaHmn81bvJeTESw724CRDs6HbuccFQN9Ku14VQrADWgqbhhTHBaohPX4CjNLf9fq9MYo6oDaPPLPxSb7gwQN3ih19Zm4Y")
            << QStringLiteral("xprv9uPDJpEQgRQfDcW7BkF7eTya6RPxXeJCqCJGHuCJ4GiRVLzkTXBAJMu2qaMWPrS7AANYqdq6vcBcBUdJCVVFceUvJFjaPdGZ2y9WACViL4L");
    }

    void bip32()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QString, path);
        QFETCH(QString, xpub);
        QFETCH(QString, xprv);
        auto master = Bip32Key::fromSeed(seed);
        QVERIFY(master.ok());
        auto key = master.value().derive(path.toStdString());
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().message.c_str());
        QCOMPARE(QString::fromStdString(key.value().extendedPublicKey()), xpub);
        QCOMPARE(QString::fromStdString(key.value().extendedPrivateKey()), xprv);
    }

    void slip10Ed25519_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("chainCode");
        QTest::addColumn<QByteArray>("privateKey");
        QTest::addColumn<QByteArray>("publicKey");
        // satoshilabs/slips slip-0010.md, "Test vector 1 for ed25519" (public
        // keys there carry a 0x00 prefix, dropped here).
        QTest::newRow("m") << QStringLiteral("m")
            << QByteArray::fromHex("90046a93de5380a72b5e45010748567d5ea02bbf6522f979e05c0d8d8ca9fffb")
            << QByteArray::fromHex("2b4be7f19ee27bbf30c667b642d5f4aa69fd169872f8fc3059c08ebae2eb19e7")
            << QByteArray::fromHex("a4b2856bfec510abab89753fac1ac0e1112364e7d250545963f135f2a33188ed");
        QTest::newRow("m/0H") << QStringLiteral("m/0'")
            << QByteArray::fromHex("8b59aa11380b624e81507a27fedda59fea6d0b779a778918a2fd3590e16e9c69")
            << QByteArray::fromHex("68e0fe46dfb67e368c75379acec591dad19df3cde26e63b93a8e704f1dade7a3")
            << QByteArray::fromHex("8c8a13df77a28f3445213a0f432fde644acaa215fc72dcdf300d5efaa85d350c");
        QTest::newRow("m/0H/1H") << QStringLiteral("m/0'/1'")
            << QByteArray::fromHex("a320425f77d1b5c2505a6b1b27382b37368ee640e3557c315416801243552f14")
            << QByteArray::fromHex("b1d0bad404bf35da785a64ca1ac54b2617211d2777696fbffaf208f746ae84f2")
            << QByteArray::fromHex("1932a5270f335bed617d5b935c80aedb1a35bd9fc1e31acafd5372c30f5c1187");
        QTest::newRow("m/0H/1H/2H") << QStringLiteral("m/0'/1'/2'")
            << QByteArray::fromHex("2e69929e00b5ab250f49c3fb1c12f252de4fed2c1db88387094a0f8c4c9ccd6c")
            << QByteArray::fromHex("92a5b23c0b8a99e37d07df3fb9966917f5d06e02ddbd909c7e184371463e9fc9")
            << QByteArray::fromHex("ae98736566d30ed0e9d2f4486a64bc95740d89c7db33f52121f8ea8f76ff0fc1");
        QTest::newRow("m/0H/1H/2H/2H") << QStringLiteral("m/0'/1'/2'/2'")
            << QByteArray::fromHex("8f6d87f93d750e0efccda017d662a1b31a266e4a6f5993b15f5c1f07f74dd5cc")
            << QByteArray::fromHex("30d1dc7e5fc04c31219ab25a27ae00b50f6fd66622f6e9c913253d6511d1e662")
            << QByteArray::fromHex("8abae2d66361c879b900d204ad2cc4984fa2aa344dd7ddc46007329ac76c429c");
    }

    void slip10Ed25519()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, chainCode);
        QFETCH(QByteArray, privateKey);
        QFETCH(QByteArray, publicKey);
        const auto master = Slip10Ed25519Key::fromSeed(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"));
        auto key = master.derive(path.toStdString());
        QVERIFY(key.ok());
        QCOMPARE(key.value().chainCode(), chainCode);
        QCOMPARE(key.value().secretKey(), privateKey);
        QCOMPARE(key.value().publicKey(), publicKey);
    }

    void slip10Ed25519DeepPath()
    {
        // SLIP-0010 test vector 1, chain m/0H/1H/2H/2H/1000000000H.
        const auto master = Slip10Ed25519Key::fromSeed(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"));
        QCOMPARE(master.derive("m/0'/1'/2'/2'/1000000000'").value().secretKey().toHex(),
                 QByteArray("8f94d394a8e8fd6b1bc2f3f49f5c47e385281d5c17e65324b0f62483e37e8793"));
        QVERIFY(!master.derive("m/0'/1").ok());
    }

    void pathsAreParsedStrictly()
    {
        QCOMPARE(parseDerivationPath("m/44'/60'/0'/0/7").value(),
                 (std::vector<std::uint32_t>{44 | HardenedBit, 60 | HardenedBit, HardenedBit, 0, 7}));
        QCOMPARE(parseDerivationPath("m/0h").value().front(), HardenedBit);
        for (const char *bad : {"", "44'/0", "m/", "m//1", "m/01", "m/2147483648", "m/1x", "m/-1", "n/1"})
            QVERIFY2(!parseDerivationPath(bad).ok(), bad);
        QCOMPARE(formatDerivationPath(parseDerivationPath("m/44'/148'/3'").value()), std::string("m/44'/148'/3'"));
    }
};

QTEST_APPLESS_MAIN(TestHdKeys)
#include "tst_hdkeys.moc"
