// BIP-32 public derivation (CKDpub) and extended public keys, against the
// BIP's test vectors 1 and 2: each non-hardened step derived from the
// parent's xpub alone must give the child's published xpub; parsing and
// serialising an xpub is the identity; a bad xpub is refused.

#include "core/crypto/bip32key.h"
#include "core/crypto/bip32publickey.h"
#include "core/crypto/derivationpath.h"

#include <QTest>

using namespace exchange::crypto;

class TestBip32PublicKey final : public QObject
{
    Q_OBJECT

private slots:
    void publicChild_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<quint32>("index");
        QTest::addColumn<QString>("child");
        // bitcoin/bips bip-0032.mediawiki, "Test Vectors": every step of
        // vectors 1 and 2 whose index is not hardened.
        QTest::newRow("v1 m/0H -> m/0H/1")
            << QStringLiteral("xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw")
            << 1u
            << QStringLiteral("xpub6ASuArnXKPbfEwhqN6e3mwBcDTgzisQN1wXN9BJcM47sSikHjJf3UFHKkNAWbWMiGj7Wf5uMash7SyYq527Hqck2AxYysAA7xmALppuCkwQ");
        QTest::newRow("v1 m/0H/1/2H -> m/0H/1/2H/2")
            << QStringLiteral("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5")
            << 2u
            << QStringLiteral("xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV");
        QTest::newRow("v1 m/0H/1/2H/2 -> .../1000000000")
            << QStringLiteral("xpub6FHa3pjLCk84BayeJxFW2SP4XRrFd1JYnxeLeU8EqN3vDfZmbqBqaGJAyiLjTAwm6ZLRQUMv1ZACTj37sR62cfN7fe5JnJ7dh8zL4fiyLHV")
            << 1000000000u
            << QStringLiteral("xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy");
        QTest::newRow("v2 m -> m/0")
            << QStringLiteral("xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduB")
            << 0u
            << QStringLiteral("xpub69H7F5d8KSRgmmdJg2KhpAK8SR3DjMwAdkxj3ZuxV27CprR9LgpeyGmXUbC6wb7ERfvrnKZjXoUmmDznezpbZb7ap6r1D3tgFxHmwMkQTPH");
        QTest::newRow("v2 m/0/2147483647H -> .../1")
            << QStringLiteral("xpub6ASAVgeehLbnwdqV6UKMHVzgqAG8Gr6riv3Fxxpj8ksbH9ebxaEyBLZ85ySDhKiLDBrQSARLq1uNRts8RuJiHjaDMBU4Zn9h8LZNnBC5y4a")
            << 1u
            << QStringLiteral("xpub6DF8uhdarytz3FWdA8TvFSvvAh8dP3283MY7p2V4SeE2wyWmG5mg5EwVvmdMVCQcoNJxGoWaU9DCWh89LojfZ537wTfunKau47EL2dhHKon");
        QTest::newRow("v2 m/0/2147483647H/1/2147483646H -> .../2")
            << QStringLiteral("xpub6ERApfZwUNrhLCkDtcHTcxd75RbzS1ed54G1LkBUHQVHQKqhMkhgbmJbZRkrgZw4koxb5JaHWkY4ALHY2grBGRjaDMzQLcgJvLJuZZvRcEL")
            << 2u
            << QStringLiteral("xpub6FnCn6nSzZAw5Tw7cgR9bi15UV96gLZhjDstkXXxvCLsUXBGXPdSnLFbdpq8p9HmGsApME5hQTZ3emM2rnY5agb9rXpVGyy3bdW6EEgAtqt");
    }

    void publicChild()
    {
        QFETCH(QString, parent);
        QFETCH(quint32, index);
        QFETCH(QString, child);
        auto key = Bip32PublicKey::parse(parent.toStdString());
        QVERIFY2(key.ok(), key.ok() ? "" : key.error().message.c_str());
        QCOMPARE(QString::fromStdString(key.value().serialise()), parent);
        auto derived = key.value().child(index);
        QVERIFY2(derived.ok(), derived.ok() ? "" : derived.error().message.c_str());
        QCOMPARE(QString::fromStdString(derived.value().serialise()), child);
        QCOMPARE(derived.value().depth(), key.value().depth() + 1);
        QCOMPARE(derived.value().childNumber(), index);
    }

    // The public half of every private key derived along vector 1 equals
    // the key derived publicly, 20 children deep at the account level.
    void publicEqualsPrivateDerivation()
    {
        const auto master = Bip32Key::fromSeed(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f")).value();
        const auto account = master.derive("m/44'/60'/0'/0").value();
        const auto xpub = Bip32PublicKey::fromPrivate(account);
        QCOMPARE(xpub.serialise(), account.extendedPublicKey());
        for (std::uint32_t i = 0; i < 20; ++i) {
            const auto priv = account.child(i).value();
            const auto pub = xpub.child(i).value();
            QCOMPARE(pub.publicKey().toHex(), priv.publicKey().toHex());
            QCOMPARE(pub.serialise(), priv.extendedPublicKey());
        }
    }

    void hardenedChildRefused()
    {
        auto key = Bip32PublicKey::parse(
            "xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduB");
        QVERIFY(key.ok());
        QVERIFY(!key.value().child(HardenedBit).ok());
        QVERIFY(!key.value().child(HardenedBit | 5).ok());
    }

    void malformedRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        // The last character changed: the checksum no longer matches.
        QTest::newRow("checksum")
            << QStringLiteral("xpub661MyMwAqRbcFW31YEwpkMuc5THy2PSt5bDMsktWQcFF8syAmRUapSCGu8ED9W6oDMSgv6Zz8idoc4a6mr8BDzTJY47LJhkJ8UB7WEGuduC");
        // A private key is not a public one.
        QTest::newRow("xprv")
            << QStringLiteral("xprv9s21ZrQH143K31xYSDQpPDxsXRTUcvj2iNHm5NUtrGiGG5e2DtALGdso3pGz6ssrdK4PFmM8NSpSBHNqPqm55Qn3LqFtT2emdEXVYsCzC2U");
        // BIP-32 test vector 5: pubkey version / invalid pubkey prefix 04.
        QTest::newRow("prefix 04")
            << QStringLiteral("xpub661MyMwAqRbcftXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EBzXoXyqu");
        // BIP-32 test vector 5: zero depth with non-zero parent fingerprint.
        QTest::newRow("depth 0 with parent")
            << QStringLiteral("xpub661no6RGEX3uJkY4bNnPcw4URcQTrSibUZ4NqJEw5eBkv7ovTwgiT91XX27VbEXGENhYRCf7hyEbWrR3FewATdCEebj6znwMfQkhRYHRLpJ");
        // BIP-32 test vector 5: invalid pubkey (not on the curve).
        QTest::newRow("not on curve")
            << QStringLiteral("xpub661MyMwAqRbcEYS8w7XLSVeEsBXy79zSzH1J8vCdxAZningWLdN3zgtU6Q5JXayek4PRsn35jii4veMimro1xefsM58PgBMrvdYre8QyULY");
    }

    void malformedRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!Bip32PublicKey::parse(text.toStdString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestBip32PublicKey)
#include "tst_bip32publickey.moc"
