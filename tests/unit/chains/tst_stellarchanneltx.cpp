// Stellar channel accounts' transactions: a payment whose transaction source
// is a channel (its sequence number, its fee) and whose operation source is
// hot (the money), signed by both; and a channel's account_merge back to hot
// (G… and M…). The known-answer envelopes were made once with
// @stellar/stellar-sdk 15.1.0 (the version tests/interop pins) in node:
//   const sha = (t) => createHash('sha256').update(t).digest();
//   hot = Keypair.fromRawEd25519Seed(sha('stellar token test hot seed')), likewise
//   dest ('… destination seed'), channel ('… channel seed');
//   new TransactionBuilder(new Account(channel.publicKey(), SEQ), {fee: '100', networkPassphrase,
//     timebounds: {minTime: 0, maxTime: 1700000300}}).addOperation(OP).build(), signed as said,
//   then tx.toEnvelope().toXDR('base64') and tx.hash().toString('hex').

#include "core/chains/chainchecks.h"
#include "core/chains/stellar/horizonresult.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/chains/stellar/xdrwriter.h"
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

StellarAccount accountOf(const char *name)
{
    return StellarAccount::fromString(accountIdFromSeed(seedOf(name))).value();
}

// SEQ '41', Operation.payment({destination: dest, asset: Asset.native(), amount: '25',
// source: hot}), test network, signed by channel then hot.
const char *kChannelPayment =
    "AAAAAgAAAACuDlw3l6nU2VoQZiUn/d0kxqgiNFkWpUfz0dO3vtKDIAAAAGQAAAAAAAAAKgAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAABAAAAAGG3"
    "qpXRl/5Fb7mpvoT/VbZD7vUIzfU1zGvqxdSVQmQeAAAAAQAAAACJ9WJPV1X/Ylqt/y7qrGYLq/9ZDzLx9RF6uFUvyfqv0QAAAAAAAAAADuaygAAAAAAAAAAC"
    "vtKDIAAAAECVubj4XNe9ClKDUfSz6LJJnhpZ7ozsyU1H3878yczuYzGTH9bUF7/MLoe6pHpqI7Eq691wgI+S5hELnutN0VgDlUJkHgAAAEC+3zjw+OnWgpy6"
    "+zndukmbQGd2d1b+VlUD5yMQNiEzyHw/DK860z6beRaYnHKheB3gqjlrqCF8t+0iJbNHLpoK";
const char *kChannelPaymentHash = "bb3e88bb7d7644839ee531c84a45e9f59c944c2e02fa29887f7e40f6b3943e1a";

// SEQ '42', Operation.accountMerge({destination: hot}), public network, signed by channel.
const char *kMerge =
    "AAAAAgAAAACuDlw3l6nU2VoQZiUn/d0kxqgiNFkWpUfz0dO3vtKDIAAAAGQAAAAAAAAAKwAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAACAAA"
    "AABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAAAAAAABvtKDIAAAAECiHi/ugDLZVQdsTzECALi9jrnIm1MJXVUfTUIB4KJZe48s5MoCReaU"
    "JNCLlWDaf18GCoicpTbhmQc81QHvaU4N";
const char *kMergeHash = "34c1da6b358e3ac447d6c2173c4a49962eb7c5afecf0710a6f4fc979402c3faa";

// SEQ '43', Operation.accountMerge({destination: hot muxed with id 7}), test network,
// signed by channel.
const char *kMergeMuxed =
    "AAAAAgAAAACuDlw3l6nU2VoQZiUn/d0kxqgiNFkWpUfz0dO3vtKDIAAAAGQAAAAAAAAALAAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAACAAA"
    "AQAAAAAAAAAAB2G3qpXRl/5Fb7mpvoT/VbZD7vUIzfU1zGvqxdSVQmQeAAAAAAAAAAG+0oMgAAAAQK6z2oS3KgUOOAw7TRU88V4trZjmORHBWSHEz+0LR6HL"
    "RNwSfrVeWI+M40TzWrymJb8vyXFHOtBu2IjfeAMFHQM=";
const char *kMergeMuxedHash = "2aa34d245b83a9a784c2f6c6160e3e5943dc0de9f3fb486e8a51d4a7e208fa39";

PaymentTransaction fromChannel(std::int64_t sequence)
{
    PaymentTransaction tx;
    tx.source = accountOf("channel");
    tx.fee = 100;
    tx.sequence = sequence;
    tx.timeBounds = TimeBounds{0, 1700000300};
    return tx;
}

PaymentTransaction mergeIntoHot(std::int64_t sequence)
{
    PaymentTransaction tx = fromChannel(sequence);
    tx.operation = OperationType::AccountMerge;
    tx.destination = accountOf("hot");
    return tx;
}

std::string errorOf(const Result<PaymentTransaction> &r)
{
    return r.ok() ? std::string("accepted") : r.error().message;
}

} // namespace

class TestStellarChannelTx final : public QObject
{
    Q_OBJECT

private slots:
    void aChannelPaymentFromHotMatchesTheSdk()
    {
        PaymentTransaction tx = fromChannel(42);
        tx.operationSource = accountOf("hot");
        tx.destination = accountOf("destination");
        tx.amount = 250'000'000;
        QVERIFY(tx.validate().ok());
        tx.sign(seedOf("channel"), TestNetworkPassphrase);
        tx.sign(seedOf("hot"), TestNetworkPassphrase);
        QCOMPARE(tx.envelopeBase64(), std::string(kChannelPayment));
        QCOMPARE(tx.hashHex(TestNetworkPassphrase), std::string(kChannelPaymentHash));

        auto decoded = PaymentTransaction::fromEnvelopeBase64(kChannelPayment);
        QVERIFY2(decoded.ok(), errorOf(decoded).c_str());
        QCOMPARE(decoded.value(), tx);
        QCOMPARE(decoded.value().source, accountOf("channel"));
        QCOMPARE(*decoded.value().operationSource, accountOf("hot"));
        QVERIFY(decoded.value().isSignedBy(accountOf("channel").publicKey, TestNetworkPassphrase));
        QVERIFY(decoded.value().isSignedBy(accountOf("hot").publicKey, TestNetworkPassphrase));
        QVERIFY(!decoded.value().isSignedBy(accountOf("hot").publicKey, PublicNetworkPassphrase));
    }

    void anAccountMergeMatchesTheSdk_data()
    {
        QTest::addColumn<qint64>("sequence");
        QTest::addColumn<bool>("publicNetwork");
        QTest::addColumn<bool>("muxed");
        QTest::addColumn<QByteArray>("envelope");
        QTest::addColumn<QByteArray>("hash");
        QTest::newRow("into hot's G… account") << qint64(43) << true << false << QByteArray(kMerge) << QByteArray(kMergeHash);
        QTest::newRow("into hot muxed with id 7") << qint64(44) << false << true << QByteArray(kMergeMuxed)
                                                  << QByteArray(kMergeMuxedHash);
    }

    void anAccountMergeMatchesTheSdk()
    {
        QFETCH(qint64, sequence);
        QFETCH(bool, publicNetwork);
        QFETCH(bool, muxed);
        QFETCH(QByteArray, envelope);
        QFETCH(QByteArray, hash);
        const char *passphrase = publicNetwork ? PublicNetworkPassphrase : TestNetworkPassphrase;
        PaymentTransaction tx = mergeIntoHot(sequence);
        if (muxed)
            tx.destination.muxedId = 7;
        QVERIFY(tx.validate().ok());
        tx.sign(seedOf("channel"), passphrase);
        QCOMPARE(QByteArray::fromStdString(tx.envelopeBase64()), envelope);
        QCOMPARE(QByteArray::fromStdString(tx.hashHex(passphrase)), hash);

        auto decoded = PaymentTransaction::fromEnvelopeBase64(envelope.toStdString());
        QVERIFY2(decoded.ok(), errorOf(decoded).c_str());
        QCOMPARE(decoded.value(), tx);
        QVERIFY(decoded.value().operation == OperationType::AccountMerge);
        QCOMPARE(decoded.value().amount, std::int64_t(0));
        QVERIFY(decoded.value().isSignedBy(accountOf("channel").publicKey, passphrase));
    }

    void anAccountMergeRefusesWhatStellarCoreRefuses()
    {
        const auto refused = [](const PaymentTransaction &tx, const char *why) {
            auto valid = tx.validate();
            QVERIFY2(!valid.ok(), why);
            QVERIFY2(valid.error().message.find(why) != std::string::npos, valid.error().message.c_str());
        };
        PaymentTransaction bad = mergeIntoHot(43);
        bad.destination = accountOf("channel");
        refused(bad, "merged into itself");
        bad.destination.muxedId = 9; // the same account, muxed
        refused(bad, "merged into itself");
        bad = mergeIntoHot(43);
        bad.operationSource = accountOf("hot"); // hot merging into hot
        refused(bad, "merged into itself");
        bad = mergeIntoHot(43);
        bad.amount = 1;
        refused(bad, "no asset or amount");
        bad = mergeIntoHot(43);
        bad.destination = StellarAccount{};
        refused(bad, "32 bytes");
    }

    void decodingIsStrict()
    {
        const QByteArray wire = base64::decode(kMerge).value();
        // A trailing byte, and a cut envelope, are refused.
        QVERIFY(!PaymentTransaction::fromEnvelopeXdr(wire + QByteArray(1, '\0')).ok());
        QVERIFY(!PaymentTransaction::fromEnvelopeXdr(wire.left(wire.size() - 70)).ok());
        // The same merge with an amount after the destination (as a payment
        // would have) does not read as a merge: the bytes are off.
        QByteArray withAmount = wire;
        const qsizetype afterDestination = wire.indexOf(QByteArray::fromHex("00000008")) + 4 + 4 + 32;
        withAmount.insert(afterDestination, QByteArray(8, '\0'));
        QVERIFY(!PaymentTransaction::fromEnvelopeXdr(withAmount).ok());
    }

    void theOperatorSeesTheMerge()
    {
        PaymentTransaction tx = mergeIntoHot(43);
        tx.sign(seedOf("channel"), PublicNetworkPassphrase);
        auto described = chains::decodeTransaction(Chain::Stellar, tx.envelopeBase64(), PublicNetworkPassphrase);
        QVERIFY(described.ok());
        QCOMPARE(described.value().value(QStringLiteral("operation")).toString(), QStringLiteral("account_merge"));
        QCOMPARE(described.value().value(QStringLiteral("destination")).toString(),
                 QString::fromStdString(accountOf("hot").toString()));
    }

    void aMergeResultIsRead()
    {
        // TransactionResult: fee 100, txSUCCESS, one opINNER ACCOUNT_MERGE
        // success with the merged balance; then one that failed with
        // ACCOUNT_MERGE_HAS_SUB_ENTRIES (-4).
        XdrWriter ok;
        ok.int64(100);
        ok.int32(0);
        ok.uint32(1);
        ok.int32(0);
        ok.int32(8);
        ok.int32(0);
        ok.int64(49'999'900);
        ok.int32(0);
        auto success = decodeTransactionResult(ok.data().toBase64().toStdString());
        QVERIFY(success.ok());
        QCOMPARE(success.value().operations, std::vector<std::string>{"op_success"});
        XdrWriter failed;
        failed.int64(100);
        failed.int32(-1);
        failed.uint32(1);
        failed.int32(0);
        failed.int32(8);
        failed.int32(-4);
        failed.int32(0);
        auto refused = decodeTransactionResult(failed.data().toBase64().toStdString());
        QVERIFY(refused.ok());
        QCOMPARE(refused.value().operations, std::vector<std::string>{"op_has_sub_entries"});
        QVERIFY(describeResultCodes(refused.value()).find("trustlines, offers or data entries") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestStellarChannelTx)
#include "tst_stellarchanneltx.moc"
