// Stellar transactions for tokens: a payment of a credit asset (ALPHANUM4
// and ALPHANUM12 codes), a change_trust (the trustline a wallet needs before
// a token arrives), a manage_data (SEP-29's config.memo_required, set and
// deleted) and an operation with its own source account. The
// known-answer envelopes were made once with @stellar/stellar-sdk 15.1.0
// (the version tests/interop pins) in node:
//   const sha = (t) => createHash('sha256').update(t).digest();
//   hot = Keypair.fromRawEd25519Seed(sha('stellar token test hot seed')), likewise
//   issuer ('… issuer seed'), dest ('… destination seed'), channel ('… channel seed');
//   new TransactionBuilder(new Account(hot.publicKey(), SEQ), {fee: '100', networkPassphrase,
//     timebounds: {minTime: 0, maxTime: 1700000300}, memo}).addOperation(OP).build(), signed by hot
//   (and channel), then tx.toEnvelope().toXDR('base64') and tx.hash().toString('hex').
// SEQ, memo and OP are given above each vector.

#include "core/chains/chainchecks.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/chains/stellar/stellarasset.h"
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

StellarAsset assetOf(const char *code)
{
    return StellarAsset::credit(code, accountIdFromSeed(seedOf("issuer"))).value();
}

// SEQ '123456789', Memo.text('withdrawal:42'), Operation.payment({destination: dest,
// asset: new Asset('USDC', issuer), amount: '12.3456789'}), test network.
const char *kPay4 =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAAAAB1vNFgAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAQAAAA13aXRoZHJhd2Fs"
    "OjQyAAAAAAAAAQAAAAAAAAABAAAAAIn1Yk9XVf9iWq3/LuqsZgur/1kPMvH1EXq4VS/J+q/RAAAAAVVTREMAAAAAwf0u4ZmHOS9GuJzxSC9HjUD8K6B/Sr0C"
    "Ast0nCSp+poAAAAAB1vNFQAAAAAAAAABlUJkHgAAAEB0Jd+WWHOePcU6Y5kXzpfoWTuxU5Vo6QqvOX0l2QUhP+H6MgADicyETi/9VPxAF2P9HtBaSHxnNhWF"
    "mZttvtID";
const char *kPay4Hash = "04290db95e048b88d5788cbe38ba9e882efc62ab673aed9f7d4934799d75f361";

// SEQ '987654321000', Memo.id('18446744073709551615'), Operation.payment({destination:
// dest muxed with id 1234567890123, asset: new Asset('EURTOKEN1234', issuer), amount:
// '922337203685.4775807', source: channel}), public network, signed by hot then channel.
const char *kPay12 =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAADl9MjzaQAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAv//////////AAAAAQAA"
    "AAEAAAAArg5cN5ep1NlaEGYlJ/3dJMaoIjRZFqVH89HTt77SgyAAAAABAAABAAAAAR9x+wTLifViT1dV/2Jarf8u6qxmC6v/WQ8y8fURerhVL8n6r9EAAAAC"
    "RVVSVE9LRU4xMjM0AAAAAMH9LuGZhzkvRric8UgvR41A/Cugf0q9AgLLdJwkqfqaf/////////8AAAAAAAAAApVCZB4AAABASxr9mkV2ONiPrIb2VTJONM/V"
    "WcOiG0lylrgvSjUYKZqc8ynPgLLgeLFJBwDMJrMiPl6fZchbBv6AZRGTAj1BAr7SgyAAAABAZqjrEmA1JnarF6ctqqxY7d7WZffINHkyka89UyDkRR18gKia"
    "Y1yU+z8c475Lggk60WSN38+h2+d2eueldqjrCA==";
const char *kPay12Hash = "d7589507b8f7b7c0573ec4f7145377c290ac3851abb57d8cf4ba7b8e13755a8c";

// SEQ '5', Operation.changeTrust({asset: new Asset('yUSDC', issuer)}) (the SDK's default
// limit), test network.
const char *kTrust5 =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAAAAAAAABgAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAABgAA"
    "AAJ5VVNEQwAAAAAAAAAAAAAAwf0u4ZmHOS9GuJzxSC9HjUD8K6B/Sr0CAst0nCSp+pp//////////wAAAAAAAAABlUJkHgAAAEDv6Gja6HeWOFUP3yGYNSnK"
    "izdUvMT+xsEuVR4oH4j57G8qach5pLKOc4GigekLGS4l94QJHG/nrjgBcspkBdkC";
const char *kTrust5Hash = "172322fb659ec86c8ee0f50d278a3124360883b0ab40d88df552bc91a6c59e74";

// SEQ '6', Memo.text('trust'), Operation.changeTrust({asset: new Asset('A', issuer),
// limit: '1000'}), public network.
const char *kTrust1 =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAAAAAAAABwAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAQAAAAV0cnVzdAAAAAAA"
    "AAEAAAAAAAAABgAAAAFBAAAAAAAAAMH9LuGZhzkvRric8UgvR41A/Cugf0q9AgLLdJwkqfqaAAAAAlQL5AAAAAAAAAAAAZVCZB4AAABAS1POZyWGy3ck4STl"
    "sTtNAZbBunxLdcwoEI2HV5WgDFWHK9AS+4G7UbVkFLQaMnj5XBGYFOVDSDgEvTMKYIErBA==";
const char *kTrust1Hash = "31c6a06e41cb959e808627d380b2d46814a7258ceca287bb9196ec3172d69321";

// SEQ '7', Operation.changeTrust({asset: new Asset('USDC', issuer), limit: '0'}) (removes
// the trustline), test network.
const char *kUntrust =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAAAAAAAACAAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAABgAA"
    "AAFVU0RDAAAAAMH9LuGZhzkvRric8UgvR41A/Cugf0q9AgLLdJwkqfqaAAAAAAAAAAAAAAAAAAAAAZVCZB4AAABAbF6NNCymiqfzeRUO0QSo2BrkJ0La4vMJ"
    "+J9Sdi1QW3PbjJieLVTUWyQhZZpD85Bv+BB6PvZKzzy9wRCQWaDICA==";
const char *kUntrustHash = "384916f1744be835420d2057e5c96a1e1b088473e9659aac465f1569abd3a09b";

// Operations this type cannot represent, made by the SDK with SEQ '8', '9', '10':
// Operation.changeTrust({asset: new LiquidityPoolAsset(Asset.native(), USDC, 30)}),
// Operation.createClaimableBalance({asset: USDC, amount: '1', claimants: [new Claimant(dest)]}),
// Operation.pathPaymentStrictReceive({sendAsset: Asset.native(), sendMax: '5', destination: dest,
// destAsset: USDC, destAmount: '1', path: []}).
const char *kPoolShareTrust =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAAAAAAAACQAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAABgAA"
    "AAMAAAAAAAAAAAAAAAFVU0RDAAAAAMH9LuGZhzkvRric8UgvR41A/Cugf0q9AgLLdJwkqfqaAAAAHn//////////AAAAAAAAAAGVQmQeAAAAQPKmt7T2S2Rh"
    "Mb0BTNT31kvU4WeONnAvWS6x31b5vHim1LmEHwPqBi1xlYVUHafN/R1TTdzirCL/9meCPFlffwk=";
const char *kClaimableBalance =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAAAAAAAACgAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAADgAA"
    "AAFVU0RDAAAAAMH9LuGZhzkvRric8UgvR41A/Cugf0q9AgLLdJwkqfqaAAAAAACYloAAAAABAAAAAAAAAACJ9WJPV1X/Ylqt/y7qrGYLq/9ZDzLx9RF6uFUv"
    "yfqv0QAAAAAAAAAAAAAAAZVCZB4AAABA5N2Q0ZNA0EmTIUlolSJzZd7BZ1iqTvQDx+45n9va+4lkUU+bAox1QmP92uHjX3gjblKuiDIXZlM0DxSYN/uLBQ==";
const char *kPathPayment =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAAAAAAAACwAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAAAgAA"
    "AAAAAAAAAvrwgAAAAACJ9WJPV1X/Ylqt/y7qrGYLq/9ZDzLx9RF6uFUvyfqv0QAAAAFVU0RDAAAAAMH9LuGZhzkvRric8UgvR41A/Cugf0q9AgLLdJwkqfqa"
    "AAAAAACYloAAAAAAAAAAAAAAAAGVQmQeAAAAQN++oyV6Xtngz6F9zTYYjEQXwOGkI5l6b61ojicQl6reBsUFwBgqySv98C0SbdDp5i5qveg+LJznO5ZpsCor"
    "EAU=";

// OP = Operation.manageData({name, value}): SEP-29's entry set to '1' (SEQ 9,
// TESTNET), deleted with value null (SEQ 10, PUBLIC), and a 64-byte name
// ('n' x 64) with a 64-byte value (Buffer of i * 4, SEQ 11, TESTNET).
const char *kDataSet =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAAAAAAAACQAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAACgAAABRj"
    "b25maWcubWVtb19yZXF1aXJlZAAAAAEAAAABMQAAAAAAAAAAAAABlUJkHgAAAECyR/oW15d3Y/FiTrC9aR73JpTo1TaCrYp61OND3UhdRLGMU0TJzwPtIIlC"
    "gHIrgKevQV6js2Y4w1j2Oaa0tS8M";
const char *kDataSetHash = "92609386bba2f51b535b421338d46bd5b07b706bbb218a4c6d5c0cc4667fd42f";
const char *kDataDelete =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAAAAAAAACgAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAACgAAABRj"
    "b25maWcubWVtb19yZXF1aXJlZAAAAAAAAAAAAAAAAZVCZB4AAABABZk5dLNwL+eN8f0TytYcF9XiNZkYC6X4hET6Oyk8HTz5xqQBp5YLiEoxzJlBzijgIZPJ"
    "vW3BMLqA/F5GRjFDAA==";
const char *kDataDeleteHash = "2b1d9f9b9b6894cb4e62b6d43cd1f81f42b03bfe4b8b98ce0249386aa6a1051c";
const char *kData64 =
    "AAAAAgAAAABht6qV0Zf+RW+5qb6E/1W2Q+71CM31Ncxr6sXUlUJkHgAAAGQAAAAAAAAACwAAAAEAAAAAAAAAAAAAAABlU/IsAAAAAAAAAAEAAAAAAAAACgAAAEBu"
    "bm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5ubm5uAAAAAQAAAEAABAgMEBQYHCAkKCwwNDg8QERITFBUW"
    "FxgZGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8AAAAAAAAAAGVQmQeAAAAQNtDPmXVyIMaYeD9/IH/BCdZqANW8PlMeJbU5vJ/rNMYhKqHp"
    "lGMqbRZ9s3TdTXnZMfa1iMBDqYrSnZl1GLfGAI=";
const char *kData64Hash = "663ea5a3959862d7e8395036c22977ce35dadc239504320d35b1abd0b5dec4df";

PaymentTransaction fromHot(std::int64_t sequence)
{
    PaymentTransaction tx;
    tx.source = accountOf("hot");
    tx.fee = 100;
    tx.sequence = sequence;
    tx.timeBounds = TimeBounds{0, 1700000300};
    return tx;
}

QByteArray xdrOf(const char *envelope)
{
    return base64::decode(envelope).value();
}

// `xdr` with `from` (found once) replaced by `to` of the same length.
QByteArray patched(const QByteArray &xdr, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = xdr.indexOf(from);
    if (at < 0 || xdr.indexOf(from, at + 1) >= 0 || from.size() != to.size())
        return {};
    QByteArray out = xdr;
    out.replace(at, from.size(), to);
    return out;
}

std::string errorOf(const Result<PaymentTransaction> &r)
{
    return r.ok() ? std::string("accepted") : r.error().message;
}

} // namespace

class TestStellarTokenTx final : public QObject
{
    Q_OBJECT

private slots:
    void paymentOfAnAlphanum4AssetMatchesTheSdk()
    {
        PaymentTransaction tx = fromHot(123456790);
        tx.memo = {Memo::Type::Text, "withdrawal:42", 0};
        tx.destination = accountOf("destination");
        tx.asset = assetOf("USDC");
        tx.amount = 123456789;
        tx.sign(seedOf("hot"), TestNetworkPassphrase);
        QCOMPARE(tx.envelopeBase64(), std::string(kPay4));
        QCOMPARE(tx.hashHex(TestNetworkPassphrase), std::string(kPay4Hash));

        auto decoded = PaymentTransaction::fromEnvelopeBase64(kPay4);
        QVERIFY2(decoded.ok(), errorOf(decoded).c_str());
        QCOMPARE(decoded.value(), tx);
        QCOMPARE(decoded.value().asset.toString(), std::string("USDC:GDA72LXBTGDTSL2GXCOPCSBPI6GUB7BLUB7UVPICALFXJHBEVH5JUSFJ"));
        QVERIFY(decoded.value().isSignedBy(accountOf("hot").publicKey, TestNetworkPassphrase));
    }

    void paymentOfAnAlphanum12AssetByAChannelMatchesTheSdk()
    {
        PaymentTransaction tx = fromHot(987654321001);
        tx.memo = {Memo::Type::Id, {}, 18446744073709551615ULL};
        tx.operationSource = accountOf("channel");
        tx.destination = StellarAccount{accountOf("destination").publicKey, 1234567890123};
        tx.asset = assetOf("EURTOKEN1234");
        tx.amount = MaxTrustLimit;
        tx.sign(seedOf("hot"), PublicNetworkPassphrase);
        tx.sign(seedOf("channel"), PublicNetworkPassphrase);
        QCOMPARE(tx.destination.toString(), std::string("MCE7KYSPK5K76YS2VX7S52VMMYF2X72ZB4ZPD5IRPK4FKL6J7KX5CAAAAEPXD6YEZPLPQ"));
        QCOMPARE(tx.envelopeBase64(), std::string(kPay12));
        QCOMPARE(tx.hashHex(PublicNetworkPassphrase), std::string(kPay12Hash));

        auto decoded = PaymentTransaction::fromEnvelopeBase64(kPay12);
        QVERIFY2(decoded.ok(), errorOf(decoded).c_str());
        QCOMPARE(decoded.value(), tx);
        QVERIFY(decoded.value().isSignedBy(accountOf("channel").publicKey, PublicNetworkPassphrase));
        QVERIFY(!decoded.value().isSignedBy(accountOf("channel").publicKey, TestNetworkPassphrase));
    }

    void changeTrustMatchesTheSdk_data()
    {
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<qint64>("sequence");
        QTest::addColumn<QString>("memo");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("publicNetwork");
        QTest::addColumn<QByteArray>("envelope");
        QTest::addColumn<QByteArray>("hash");
        QTest::newRow("5 characters: ALPHANUM12, the SDK's default limit")
            << QByteArray("yUSDC") << qint64(6) << QString() << qint64(MaxTrustLimit) << false << QByteArray(kTrust5)
            << QByteArray(kTrust5Hash);
        QTest::newRow("1 character, limit 1000") << QByteArray("A") << qint64(7) << QStringLiteral("trust")
                                                 << qint64(10'000'000'000) << true << QByteArray(kTrust1)
                                                 << QByteArray(kTrust1Hash);
        QTest::newRow("limit 0 removes the trustline") << QByteArray("USDC") << qint64(8) << QString() << qint64(0) << false
                                                       << QByteArray(kUntrust) << QByteArray(kUntrustHash);
    }

    void changeTrustMatchesTheSdk()
    {
        QFETCH(QByteArray, code);
        QFETCH(qint64, sequence);
        QFETCH(QString, memo);
        QFETCH(qint64, limit);
        QFETCH(bool, publicNetwork);
        QFETCH(QByteArray, envelope);
        QFETCH(QByteArray, hash);
        const char *passphrase = publicNetwork ? PublicNetworkPassphrase : TestNetworkPassphrase;
        PaymentTransaction tx = fromHot(sequence);
        if (!memo.isEmpty())
            tx.memo = {Memo::Type::Text, memo.toStdString(), 0};
        tx.operation = OperationType::ChangeTrust;
        tx.asset = assetOf(code.constData());
        tx.amount = limit;
        QVERIFY(tx.validate().ok());
        tx.sign(seedOf("hot"), passphrase);
        QCOMPARE(QByteArray::fromStdString(tx.envelopeBase64()), envelope);
        QCOMPARE(QByteArray::fromStdString(tx.hashHex(passphrase)), hash);

        auto decoded = PaymentTransaction::fromEnvelopeBase64(envelope.toStdString());
        QVERIFY2(decoded.ok(), errorOf(decoded).c_str());
        QCOMPARE(decoded.value(), tx);
        QVERIFY(decoded.value().operation == OperationType::ChangeTrust);
        QCOMPARE(decoded.value().asset.code, code.toStdString());
        QCOMPARE(decoded.value().amount, limit);
    }

    void manageDataMatchesTheSdk_data()
    {
        QTest::addColumn<qint64>("sequence");
        QTest::addColumn<bool>("publicNetwork");
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("hasValue");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("envelope");
        QTest::addColumn<QByteArray>("hash");
        QByteArray bytes;
        for (int i = 0; i < 64; ++i)
            bytes.append(static_cast<char>(i * 4));
        QTest::newRow("SEP-29's entry set") << qint64(9) << false << QByteArray("config.memo_required") << true << QByteArray("1")
                                            << QByteArray(kDataSet) << QByteArray(kDataSetHash);
        QTest::newRow("deleted: no value") << qint64(10) << true << QByteArray("config.memo_required") << false << QByteArray()
                                           << QByteArray(kDataDelete) << QByteArray(kDataDeleteHash);
        QTest::newRow("64-byte name and value") << qint64(11) << false << QByteArray(64, 'n') << true << bytes
                                                << QByteArray(kData64) << QByteArray(kData64Hash);
    }

    void manageDataMatchesTheSdk()
    {
        QFETCH(qint64, sequence);
        QFETCH(bool, publicNetwork);
        QFETCH(QByteArray, name);
        QFETCH(bool, hasValue);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, envelope);
        QFETCH(QByteArray, hash);
        const char *passphrase = publicNetwork ? PublicNetworkPassphrase : TestNetworkPassphrase;
        PaymentTransaction tx = fromHot(sequence);
        tx.operation = OperationType::ManageData;
        tx.dataName = name.toStdString();
        if (hasValue)
            tx.dataValue = value;
        QVERIFY(tx.validate().ok());
        tx.sign(seedOf("hot"), passphrase);
        QCOMPARE(QByteArray::fromStdString(tx.envelopeBase64()), envelope);
        QCOMPARE(QByteArray::fromStdString(tx.hashHex(passphrase)), hash);

        auto decoded = PaymentTransaction::fromEnvelopeBase64(envelope.toStdString());
        QVERIFY2(decoded.ok(), errorOf(decoded).c_str());
        QCOMPARE(decoded.value(), tx);
        QVERIFY(decoded.value().operation == OperationType::ManageData);
        QCOMPARE(decoded.value().dataName, name.toStdString());
        QCOMPARE(decoded.value().dataValue.has_value(), hasValue);
    }

    void manageDataRefusesWhatStellarCoreRefuses()
    {
        const auto refused = [](PaymentTransaction tx, const char *why) {
            auto valid = tx.validate();
            QVERIFY2(!valid.ok(), why);
            QVERIFY2(valid.error().message.find(why) != std::string::npos, valid.error().message.c_str());
        };
        PaymentTransaction tx = fromHot(9);
        tx.operation = OperationType::ManageData;
        tx.dataName = "config.memo_required";
        tx.dataValue = QByteArray("1");
        QVERIFY(tx.validate().ok());
        PaymentTransaction bad = tx;
        bad.dataName.clear();
        refused(bad, "name has 1 to 64 bytes");
        bad.dataName = std::string(65, 'n');
        refused(bad, "name has 1 to 64 bytes");
        bad.dataName = "config\nmemo";
        refused(bad, "printable ASCII");
        bad = tx;
        bad.dataValue = QByteArray(65, 'v');
        refused(bad, "at most 64 bytes");
        bad = tx;
        bad.amount = 1;
        refused(bad, "no destination, asset or amount");
        // A payment carries no data entry.
        bad = tx;
        bad.operation = OperationType::Payment;
        bad.destination = accountOf("destination");
        bad.amount = 1;
        refused(bad, "only a Stellar manage_data has a data entry");
        // A name of 65 bytes on the wire is refused by the reader.
        const QByteArray wire = xdrOf(kData64);
        QVERIFY(!PaymentTransaction::fromEnvelopeXdr(wire.left(wire.indexOf(QByteArray(64, 'n')) - 4) + QByteArray::fromHex("00000041")
                                                     + wire.mid(wire.indexOf(QByteArray(64, 'n'))))
                     .ok());
    }

    // 1-4 characters are an ALPHANUM4, 5-12 an ALPHANUM12, NUL-padded; each
    // decodes back to the same code.
    void theCodeLengthChoosesTheAssetType()
    {
        const std::string letters = "Ab3DeF7hIjK9";
        for (std::size_t length = 1; length <= 12; ++length) {
            PaymentTransaction tx = fromHot(2);
            tx.destination = accountOf("destination");
            tx.asset = assetOf(letters.substr(0, length).c_str());
            tx.amount = 1;
            const QByteArray xdr = tx.envelopeXdr();
            const QByteArray width = length <= 4 ? QByteArray::fromHex("00000001") : QByteArray::fromHex("00000002");
            QByteArray padded = QByteArray::fromStdString(letters.substr(0, length));
            padded.append(QByteArray((length <= 4 ? 4 : 12) - static_cast<qsizetype>(length), '\0'));
            QVERIFY2(xdr.contains(width + padded + QByteArray::fromHex("00000000") + tx.asset.issuer),
                     std::to_string(length).c_str());
            auto decoded = PaymentTransaction::fromEnvelopeXdr(xdr);
            QVERIFY2(decoded.ok(), errorOf(decoded).c_str());
            QCOMPARE(decoded.value(), tx);
        }
    }

    void decodingRefusesWhatItCannotRepresent_data()
    {
        QTest::addColumn<QByteArray>("xdr");
        QTest::addColumn<QString>("reason");
        const QByteArray pay4 = xdrOf(kPay4);
        const QByteArray trust5 = xdrOf(kTrust5);
        QTest::newRow("liquidity pool share trustline") << xdrOf(kPoolShareTrust) << QStringLiteral("liquidity pool");
        QTest::newRow("create_claimable_balance") << xdrOf(kClaimableBalance) << QStringLiteral("only payment");
        QTest::newRow("path payment") << xdrOf(kPathPayment) << QStringLiteral("only payment");
        QTest::newRow("byte after a NUL") << patched(pay4, "USDC", QByteArray("US\0C", 4)) << QStringLiteral("after its NUL");
        QTest::newRow("empty ALPHANUM4") << patched(pay4, "USDC", QByteArray(4, '\0')) << QStringLiteral("empty");
        QTest::newRow("not a letter or digit") << patched(pay4, "USDC", "US-C") << QStringLiteral("letter or digit");
        QTest::newRow("not ASCII") << patched(pay4, "USDC", "US\xc3\x9c") << QStringLiteral("letter or digit");
        QTest::newRow("ALPHANUM12 of 4 characters") << patched(trust5, "yUSDC", QByteArray("yUSD\0", 5))
                                                    << QStringLiteral("fewer than 5");
        QTest::newRow("unknown asset type") << patched(pay4, QByteArray::fromHex("00000001") + "USDC",
                                                       QByteArray::fromHex("00000004") + "USDC")
                                            << QStringLiteral("unknown Stellar asset type");
        QTest::newRow("issuer not Ed25519") << patched(pay4, "USDC" + QByteArray::fromHex("00000000c1fd"),
                                                       "USDC" + QByteArray::fromHex("00000001c1fd"))
                                            << QStringLiteral("issuer is not an Ed25519");
        QTest::newRow("negative trust limit") << patched(trust5, QByteArray::fromHex("7fffffffffffffff"),
                                                         QByteArray::fromHex("ffffffffffffffff"))
                                              << QStringLiteral("limit cannot be negative");
        QTest::newRow("negative token payment") << patched(pay4, QByteArray::fromHex("00000000075bcd15"),
                                                           QByteArray::fromHex("fffffffff8a432eb"))
                                                << QStringLiteral("must be positive");
        QTest::newRow("trustline to XLM") << patched(trust5, QByteArray::fromHex("00000002") + "yUSDC",
                                                     QByteArray::fromHex("00000000") + "yUSDC")
                                          << QStringLiteral("");
        QTest::newRow("truncated") << pay4.left(pay4.size() - 1) << QStringLiteral("");
        QTest::newRow("trailing") << pay4 + QByteArray(4, '\0') << QStringLiteral("trailing");
    }

    void decodingRefusesWhatItCannotRepresent()
    {
        QFETCH(QByteArray, xdr);
        QFETCH(QString, reason);
        QVERIFY(!xdr.isEmpty()); // the patch found its bytes once
        auto decoded = PaymentTransaction::fromEnvelopeXdr(xdr);
        QVERIFY(!decoded.ok());
        QVERIFY2(QString::fromStdString(decoded.error().message).contains(reason), decoded.error().message.c_str());
    }

    void lowerCaseCodesAreValid()
    {
        const QByteArray lower = patched(xdrOf(kPay4), "USDC", "usdc");
        auto decoded = PaymentTransaction::fromEnvelopeXdr(lower);
        QVERIFY2(decoded.ok(), errorOf(decoded).c_str());
        QCOMPARE(decoded.value().asset.code, std::string("usdc"));
        QCOMPARE(decoded.value().envelopeXdr(), lower);
    }

    void validateRefusesWhatStellarCoreCallsMalformed()
    {
        PaymentTransaction trust = fromHot(2);
        trust.operation = OperationType::ChangeTrust;
        trust.asset = assetOf("USDC");
        trust.amount = MaxTrustLimit;
        QVERIFY(trust.validate().ok());

        PaymentTransaction bad = trust;
        bad.asset = StellarAsset::native();
        QVERIFY(!bad.validate().ok()); // a trustline to XLM
        bad = trust;
        bad.amount = -1;
        QVERIFY(!bad.validate().ok());
        bad = trust;
        bad.destination = accountOf("destination");
        QVERIFY(!bad.validate().ok()); // change_trust has no destination
        bad = trust;
        bad.source = accountOf("issuer");
        QVERIFY(!bad.validate().ok()); // the issuer trusting itself
        bad.operationSource = accountOf("hot");
        QVERIFY(bad.validate().ok()); // … unless the operation's source is another account
        bad = trust;
        bad.asset.code = "US-D";
        QVERIFY(!bad.validate().ok());
        bad.asset.code = "THIRTEENCHARS";
        QVERIFY(!bad.validate().ok());
        bad = trust;
        bad.asset.issuer.chop(1);
        QVERIFY(!bad.validate().ok());

        PaymentTransaction create = fromHot(2);
        create.operation = OperationType::CreateAccount;
        create.destination = accountOf("destination");
        create.amount = 25'000'000;
        QVERIFY(create.validate().ok());
        create.asset = assetOf("USDC");
        QVERIFY(!create.validate().ok()); // accounts are created with XLM

        PaymentTransaction pay = fromHot(2);
        pay.destination = accountOf("destination");
        pay.asset = assetOf("USDC");
        pay.amount = 0;
        QVERIFY(!pay.validate().ok());
        pay.amount = 1;
        QVERIFY(pay.validate().ok());
    }

    // What `exctl tx decode` shows of a token's transactions.
    void decodedForTheOperator()
    {
        auto trust = chains::decodeTransaction(Chain::Stellar, kTrust5, TestNetworkPassphrase);
        QVERIFY(trust.ok());
        QCOMPARE(trust.value().value(QStringLiteral("operation")).toString(), QStringLiteral("change_trust"));
        QCOMPARE(trust.value().value(QStringLiteral("asset")).toString(),
                 QStringLiteral("yUSDC:GDA72LXBTGDTSL2GXCOPCSBPI6GUB7BLUB7UVPICALFXJHBEVH5JUSFJ"));
        QCOMPARE(trust.value().value(QStringLiteral("limit")).toString(), QStringLiteral("9223372036854775807"));
        QVERIFY(!trust.value().contains(QStringLiteral("destination")));
        QCOMPARE(trust.value().value(QStringLiteral("hash")).toString(), QString::fromLatin1(kTrust5Hash));

        auto pay = chains::decodeTransaction(Chain::Stellar, kPay12, PublicNetworkPassphrase);
        QVERIFY(pay.ok());
        QCOMPARE(pay.value().value(QStringLiteral("operation")).toString(), QStringLiteral("payment"));
        QCOMPARE(pay.value().value(QStringLiteral("asset")).toString(),
                 QStringLiteral("EURTOKEN1234:GDA72LXBTGDTSL2GXCOPCSBPI6GUB7BLUB7UVPICALFXJHBEVH5JUSFJ"));
        QCOMPARE(pay.value().value(QStringLiteral("operationSource")).toString(),
                 QString::fromStdString(accountOf("channel").toString()));
        QCOMPARE(pay.value().value(QStringLiteral("amount")).toString(), QStringLiteral("9223372036854775807"));
    }

    void creditAssetsFromTextAndIdentity()
    {
        const std::string issuer = accountIdFromSeed(seedOf("issuer"));
        auto usdc = StellarAsset::credit("USDC", issuer);
        QVERIFY(usdc.ok());
        QCOMPARE(usdc.value().toString(), "USDC:" + issuer);
        QVERIFY(!usdc.value().isNative());
        QVERIFY(!StellarAsset::credit("", issuer).ok());
        QVERIFY(!StellarAsset::credit("TOOLONGCODE13", issuer).ok());
        QVERIFY(!StellarAsset::credit("US D", issuer).ok());
        QVERIFY(!StellarAsset::credit("USDC", "GDA72LXBTGDTSL2GXCOPCSBPI6GUB7BLUB7UVPICALFXJHBEVH5JUSFK").ok()); // checksum
        QVERIFY(!StellarAsset::credit("USDC", accountOf("destination").toString().replace(0, 1, "M")).ok());
        QCOMPARE(StellarAsset::fromIdentity(AssetIdentity::stellarCredit("USDC", issuer)).value(), usdc.value());
        QVERIFY(StellarAsset::fromIdentity(AssetIdentity::native()).value().isNative());
        QCOMPARE(StellarAsset::native().toString(), std::string("native"));
        QVERIFY(!StellarAsset::fromIdentity(AssetIdentity::erc20("0x5FbDB2315678afecb367f032d93F642f64180aa3")).ok());
        QVERIFY(!StellarAsset::fromIdentity(AssetIdentity::algorandAsa(31566704)).ok());
    }
};

QTEST_GUILESS_MAIN(TestStellarTokenTx)
#include "tst_stellartokentx.moc"
