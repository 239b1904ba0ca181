// Stellar fee-bump transactions (CAP-15): a channel's signed payment wrapped,
// unchanged, in a fee bump paid by the channel (G… and M… fee source). The
// known-answer envelopes were made once with @stellar/stellar-sdk 15.1.0
// (the version tests/interop pins) in node, from tst_stellarchanneltx's
// channel payment (test network, SEQ '41', fee 100):
//   const sha = (t) => createHash('sha256').update(t).digest();
//   channel = Keypair.fromRawEd25519Seed(sha('stellar token test channel seed'));
//   inner = TransactionBuilder.fromXDR(kChannelPayment, Networks.TESTNET);
//   bump = TransactionBuilder.buildFeeBumpTransaction(FEE_SOURCE, BASE_FEE, inner, NETWORK); bump.sign(channel);
//   then bump.toEnvelope().toXDR('base64') and bump.hash().toString('hex').

#include "core/chains/stellar/feebumptransaction.h"
#include "core/chains/stellar/keys.h"
#include "core/crypto/base64.h"
#include "core/crypto/hashes.h"

#include <QTest>

using namespace exchange;
using namespace exchange::stellar;

namespace {

QByteArray seedOf(const char *name)
{
    return crypto::sha256(QByteArray("stellar token test ") + name + " seed");
}

const char *kChannelPayment =
    "AAAAAgAAAACuDlw3l6nU2VoQZiUn/d0kxqgiNFkWpUfz0dO3vtKDIAAAAGQAAAAAAAAAKgAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAABAAAAAGG3"
    "qpXRl/5Fb7mpvoT/VbZD7vUIzfU1zGvqxdSVQmQeAAAAAQAAAACJ9WJPV1X/Ylqt/y7qrGYLq/9ZDzLx9RF6uFUvyfqv0QAAAAAAAAAADuaygAAAAAAAAAAC"
    "vtKDIAAAAECVubj4XNe9ClKDUfSz6LJJnhpZ7ozsyU1H3878yczuYzGTH9bUF7/MLoe6pHpqI7Eq691wgI+S5hELnutN0VgDlUJkHgAAAEC+3zjw+OnWgpy6"
    "+zndukmbQGd2d1b+VlUD5yMQNiEzyHw/DK860z6beRaYnHKheB3gqjlrqCF8t+0iJbNHLpoK";
const char *kChannelPaymentHash = "bb3e88bb7d7644839ee531c84a45e9f59c944c2e02fa29887f7e40f6b3943e1a";

// FEE_SOURCE channel.publicKey(), BASE_FEE '1000' (fee 2000), Networks.TESTNET.
const char *kBump =
    "AAAABQAAAACuDlw3l6nU2VoQZiUn/d0kxqgiNFkWpUfz0dO3vtKDIAAAAAAAAAfQAAAAAgAAAACuDlw3l6nU2VoQZiUn/d0kxqgiNFkWpUfz0dO3vtKDIAAA"
    "AGQAAAAAAAAAKgAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAABAAAAAGG3qpXRl/5Fb7mpvoT/VbZD7vUIzfU1zGvqxdSVQmQeAAAAAQAAAACJ9WJP"
    "V1X/Ylqt/y7qrGYLq/9ZDzLx9RF6uFUvyfqv0QAAAAAAAAAADuaygAAAAAAAAAACvtKDIAAAAECVubj4XNe9ClKDUfSz6LJJnhpZ7ozsyU1H3878yczuYzGT"
    "H9bUF7/MLoe6pHpqI7Eq691wgI+S5hELnutN0VgDlUJkHgAAAEC+3zjw+OnWgpy6+zndukmbQGd2d1b+VlUD5yMQNiEzyHw/DK860z6beRaYnHKheB3gqjlr"
    "qCF8t+0iJbNHLpoKAAAAAAAAAAG+0oMgAAAAQET67by12S33AxJoyQxfE0w66TETDq1DsZ/2NRJc0A4VvxHyv9BsO/Cvqw0EqAMgFlaq+d05WU60q2jSxm/m"
    "hwQ=";
const char *kBumpHash = "b33c3d5d345d3cb437f25678291c3c7a3039bd7e365a9905e95ead8c6f340cf9";

// FEE_SOURCE new MuxedAccount(new Account(channel.publicKey(), '0'), '7').accountId(), BASE_FEE '150'
// (fee 300), Networks.PUBLIC.
const char *kMuxedBump =
    "AAAABQAAAQAAAAAAAAAAB64OXDeXqdTZWhBmJSf93STGqCI0WRalR/PR07e+0oMgAAAAAAAAASwAAAACAAAAAK4OXDeXqdTZWhBmJSf93STGqCI0WRalR/PR"
    "07e+0oMgAAAAZAAAAAAAAAAqAAAAAQAAAAAAAAAAAAAAAGVT8iwAAAAAAAAAAQAAAAEAAAAAYbeqldGX/kVvuam+hP9VtkPu9QjN9TXMa+rF1JVCZB4AAAAB"
    "AAAAAIn1Yk9XVf9iWq3/LuqsZgur/1kPMvH1EXq4VS/J+q/RAAAAAAAAAAAO5rKAAAAAAAAAAAK+0oMgAAAAQJW5uPhc170KUoNR9LPoskmeGlnujOzJTUff"
    "zvzJzO5jMZMf1tQXv8wuh7qkemojsSrr3XCAj5LmEQue603RWAOVQmQeAAAAQL7fOPD46daCnLr7Od26SZtAZ3Z3Vv5WVQPnIxA2ITPIfD8MrzrTPpt5Fpic"
    "cqF4HeCqOWuoIXy37SIls0cumgoAAAAAAAAAAb7SgyAAAABAuuN96t6/WzA7qsZ0LVdYqzlz8HLZF0UUuIIl8C62mcY8VzLXHBAEI9KDLFsd4ZARy7xpXCwm"
    "ckXITb0GKBFMCg==";
const char *kMuxedBumpHash = "47a776f30578346ead4ab127be23a884eb20f8d8cc0327a6892350885e793878";
const char *kMuxedFeeSource = "MCXA4XBXS6U5JWK2CBTCKJ753USMNKBCGRMRNJKH6PI5HN562KBSAAAAAAAAAAAAA5IP2";

FeeBumpTransaction bumpOf(const char *feeSource, std::int64_t fee)
{
    FeeBumpTransaction bump;
    bump.feeSource = StellarAccount::fromString(feeSource).value();
    bump.fee = fee;
    bump.inner = PaymentTransaction::fromEnvelopeBase64(kChannelPayment).value();
    return bump;
}

} // namespace

class TestStellarFeeBumpTx : public QObject
{
    Q_OBJECT
private slots:
    void wrapsTheInnerAsTheSdkDoes()
    {
        const QByteArray channel = seedOf("channel");
        FeeBumpTransaction bump = bumpOf(accountIdFromSeed(channel).c_str(), 2000);
        QVERIFY(bump.validate().ok());
        bump.sign(channel, TestNetworkPassphrase);
        QCOMPARE(bump.envelopeBase64(), std::string(kBump));
        QCOMPARE(bump.hashHex(TestNetworkPassphrase), std::string(kBumpHash));
        // The inner goes in unchanged: its own hash.
        QCOMPARE(bump.inner.hashHex(TestNetworkPassphrase), std::string(kChannelPaymentHash));
        QVERIFY(bump.isSignedBy(StellarAccount::fromString(accountIdFromSeed(channel)).value().publicKey, TestNetworkPassphrase));
        QVERIFY(!bump.isSignedBy(StellarAccount::fromString(accountIdFromSeed(channel)).value().publicKey, PublicNetworkPassphrase));
    }

    void aMuxedFeeSourceOnThePublicNetwork()
    {
        FeeBumpTransaction bump = bumpOf(kMuxedFeeSource, 300);
        bump.sign(seedOf("channel"), PublicNetworkPassphrase);
        QCOMPARE(bump.envelopeBase64(), std::string(kMuxedBump));
        QCOMPARE(bump.hashHex(PublicNetworkPassphrase), std::string(kMuxedBumpHash));
    }

    void readsTheSdksEnvelopesBackToTheSameBytes()
    {
        for (const auto &[envelope, hash, network] : {std::tuple{kBump, kBumpHash, TestNetworkPassphrase},
                                                      std::tuple{kMuxedBump, kMuxedBumpHash, PublicNetworkPassphrase}}) {
            QVERIFY(FeeBumpTransaction::isFeeBumpEnvelope(envelope));
            auto read = FeeBumpTransaction::fromEnvelopeBase64(envelope);
            QVERIFY2(read.ok(), read.ok() ? "" : read.error().message.c_str());
            QCOMPARE(read.value().envelopeBase64(), std::string(envelope));
            QCOMPARE(read.value().hashHex(network), std::string(hash));
            QCOMPARE(read.value().inner.envelopeBase64(), std::string(kChannelPayment));
            QCOMPARE(read.value().signatures.size(), std::size_t(1));
        }
        QCOMPARE(FeeBumpTransaction::fromEnvelopeBase64(kBump).value().fee, std::int64_t(2000));
        QCOMPARE(FeeBumpTransaction::fromEnvelopeBase64(kMuxedBump).value().feeSource.toString(), std::string(kMuxedFeeSource));
        // A plain envelope is not a fee bump, and a fee bump is not a plain one.
        QVERIFY(!FeeBumpTransaction::isFeeBumpEnvelope(kChannelPayment));
        QVERIFY(!FeeBumpTransaction::fromEnvelopeBase64(kChannelPayment).ok());
        QVERIFY(!PaymentTransaction::fromEnvelopeBase64(kBump).ok());
    }

    void refusesWhatStellarCoreWould()
    {
        // Below the inner's rate (100 a operation: 200 for two).
        QVERIFY(!bumpOf(kMuxedFeeSource, 199).validate().ok());
        QVERIFY(bumpOf(kMuxedFeeSource, 200).validate().ok());
        QVERIFY(!bumpOf(kMuxedFeeSource, -1).validate().ok());
        // Truncated, or with trailing bytes.
        const QByteArray bytes = base64::decode(kBump).value();
        QVERIFY(!FeeBumpTransaction::fromEnvelopeXdr(bytes.left(bytes.size() - 4)).ok());
        QVERIFY(!FeeBumpTransaction::fromEnvelopeXdr(bytes + QByteArray(4, '\0')).ok());
        // An inner that is not an ENVELOPE_TYPE_TX envelope (a fee bump's).
        QByteArray nested = bytes;
        nested[4 + 4 + 32 + 8 + 3] = 5;
        QVERIFY(!FeeBumpTransaction::fromEnvelopeXdr(nested).ok());
    }
};

QTEST_GUILESS_MAIN(TestStellarFeeBumpTx)
#include "tst_stellarfeebumptx.moc"
