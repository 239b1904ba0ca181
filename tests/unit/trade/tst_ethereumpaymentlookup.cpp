// EthereumPaymentLookup against a JSON-RPC node played by QHttpServer on
// 127.0.0.1: sender, recipient and value of a payment, confirmations from
// the head, a reverted payment moving nothing, an unknown hash, and an
// unreachable or nonsensical node reported as Unavailable; for manual
// payouts also the gas paid (gasUsed × effectiveGasPrice), a reverted
// transaction as failed, and an ERC-20 transfer as another asset; when a
// token is asked for, its Transfer logs to the destination in the receipt
// (the contract's only, from one sender), and ether instead as another asset.
#include "core/chains/ethereum/erc20event.h"
#include "core/chains/ethereumpaymentlookup.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace exchange;
using namespace exchange::chains;

namespace {
const QString kHash = QStringLiteral("0x") + QString(64, u'a');
const QString kFrom = QStringLiteral("0x4a62316623ad457f02cdc5d997ded67a383ec569");
const QString kTo = QStringLiteral("0x90f8bf6a479f320ead074411a4b0e7944ea8c9c1");
// A customer's destination, and another token's contract (EIP-55's examples).
const QString kDest = QStringLiteral("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359");
const QString kOtherToken = QStringLiteral("0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb");

QJsonObject transferLog(const QString &contract, const QString &from, const QString &to, const QString &hexValue)
{
    return QJsonObject{{QStringLiteral("address"), contract},
                       {QStringLiteral("topics"), QJsonArray{QLatin1String(ethereum::kErc20TransferTopic),
                                                             ethereum::addressTopic(from.toStdString()),
                                                             ethereum::addressTopic(to.toStdString())}},
                       {QStringLiteral("data"), QStringLiteral("0x") + hexValue.rightJustified(64, u'0')}};
}
}

class TestEthereumPaymentLookup final : public QObject
{
    Q_OBJECT

    QHttpServer m_node;
    quint16 m_port = 0;
    QString m_head = QStringLiteral("0x6f"); // 111
    QString m_status = QStringLiteral("0x1");
    bool m_known = true;
    bool m_garbage = false;
    QString m_value = QStringLiteral("0x2386f26fc10000");
    QString m_input = QStringLiteral("0x");
    QByteArray m_rawTx; // when set, the exact answer to eth_getTransactionByHash
    QJsonArray m_logs;  // the receipt's

    Result<Payment> ask(quint16 port, const AssetIdentity &asset = AssetIdentity::native(), const QString &to = QString())
    {
        EthereumPaymentLookup lookup(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), 12);
        std::optional<Result<Payment>> answer;
        lookup.lookup(PaymentQuery{Chain::Ethereum, kHash.toStdString(), {}, to.toStdString(), asset},
                      [&](Result<Payment> r) { answer = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 15000); }();
        if (!answer)
            return Error{ErrorCode::Internal, "no answer"};
        return *answer;
    }

private slots:
    void initTestCase()
    {
        m_node.route(QStringLiteral("/"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            if (m_garbage)
                return QHttpServerResponse(QByteArray("not json"), QHttpServerResponse::StatusCode::Ok);
            const QJsonObject call = QJsonDocument::fromJson(request.body()).object();
            const QString method = call.value(QStringLiteral("method")).toString();
            if (method == u"eth_getTransactionByHash" && !m_rawTx.isEmpty())
                return QHttpServerResponse(QByteArray("application/json"), m_rawTx);
            QJsonValue result;
            if (method == u"eth_getTransactionByHash") {
                if (m_known)
                    result = QJsonObject{{QStringLiteral("hash"), kHash},
                                         {QStringLiteral("from"), kFrom},
                                         {QStringLiteral("to"), kTo},
                                         {QStringLiteral("value"), m_value},
                                         {QStringLiteral("input"), m_input},
                                         {QStringLiteral("blockNumber"), QStringLiteral("0x64")}};
            } else if (method == u"eth_getTransactionReceipt") {
                // 21000 gas at 1 gwei.
                result = QJsonObject{{QStringLiteral("status"), m_status},
                                     {QStringLiteral("gasUsed"), QStringLiteral("0x5208")},
                                     {QStringLiteral("effectiveGasPrice"), QStringLiteral("0x3b9aca00")},
                                     {QStringLiteral("logs"), m_logs}};
            } else if (method == u"eth_blockNumber") {
                result = m_head;
            }
            return QHttpServerResponse(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                                   {QStringLiteral("id"), call.value(QStringLiteral("id"))},
                                                   {QStringLiteral("result"), result}});
        });
        m_port = m_node.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void confirmedPayment()
    {
        // Block 100, head 111: 12 blocks include it.
        auto p = ask(m_port);
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        QCOMPARE(QString::fromStdString(p->from), kFrom);
        QCOMPARE(QString::fromStdString(p->to), kTo);
        QCOMPARE(p->amount, Amount::fromBaseUnits(10000000000000000LL)); // 0.01 ETH
        QVERIFY(p->confirmed);
        QVERIFY(p->succeeded);
        QVERIFY(p->otherAsset.empty());
        QCOMPARE(p->fee.value_or(Amount::zero()), Amount::fromBaseUnits(21000LL * 1000000000LL));
        QVERIFY(checkFunding(Chain::Ethereum, p.value(), kFrom.toStdString(), kTo.toStdString(),
                             Amount::fromBaseUnits(10000000000000000LL))
                    .ok());
    }

    void tooShallowIsNotConfirmed()
    {
        m_head = QStringLiteral("0x6e"); // 110: 11 blocks
        auto p = ask(m_port);
        m_head = QStringLiteral("0x6f");
        QVERIFY(p.ok());
        QVERIFY(!p->confirmed);
        QCOMPARE(checkFunding(Chain::Ethereum, p.value(), kFrom.toStdString(), kTo.toStdString(), p->amount).error().code,
                 ErrorCode::WrongState);
    }

    void revertedMovesNothing()
    {
        m_status = QStringLiteral("0x0");
        auto p = ask(m_port);
        m_status = QStringLiteral("0x1");
        QVERIFY(p.ok());
        QCOMPARE(p->amount, Amount::zero());
        QVERIFY(!p->succeeded);
        // It still cost its gas.
        QCOMPARE(p->fee.value_or(Amount::zero()), Amount::fromBaseUnits(21000LL * 1000000000LL));
    }

    void tokenTransferIsAnotherAsset()
    {
        // transfer(address,uint256) to the token contract kTo, no ether.
        m_value = QStringLiteral("0x0");
        m_input = QStringLiteral("0xa9059cbb") + QString(24, u'0') + kFrom.mid(2) + QString(63, u'0') + u'1';
        auto p = ask(m_port);
        m_value = QStringLiteral("0x2386f26fc10000");
        m_input = QStringLiteral("0x");
        QVERIFY(p.ok());
        QCOMPARE(p->amount, Amount::zero());
        QCOMPARE(QString::fromStdString(p->otherAsset), QStringLiteral("the ERC-20 token at ") + kTo);
    }

    void theTokenAskedForIsReadFromTheLogs()
    {
        // A batch from warm (kFrom) through the token kTo: 100 units (6
        // decimals: 100000000) to the destination, another token and
        // another receiver beside it.
        m_value = QStringLiteral("0x0");
        m_logs = QJsonArray{transferLog(kOtherToken, kFrom, kDest, QStringLiteral("ff")),
                            transferLog(kTo, kFrom, kDest, QStringLiteral("5f5e100")),
                            transferLog(kTo, kFrom, kOtherToken, QStringLiteral("1"))};
        // The contract in EIP-55 spelling, as the asset row keeps it.
        auto p = ask(m_port, AssetIdentity::erc20("0x90F8bf6A479f320ead074411a4B0e7944Ea8c9C1"), kDest);
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        QCOMPARE(QString::fromStdString(p->from), kFrom);
        QCOMPARE(QString::fromStdString(p->to), kDest);
        QCOMPARE(p->amount, Amount::fromBaseUnits(100000000));
        QVERIFY(p->otherAsset.empty());
        QVERIFY(p->confirmed && p->succeeded);
        QCOMPARE(p->fee.value_or(Amount::zero()), Amount::fromBaseUnits(21000LL * 1000000000LL)); // in ether

        // Two senders of the token to the destination pay nobody's withdrawal.
        m_logs.append(transferLog(kTo, kOtherToken, kDest, QStringLiteral("1")));
        auto two = ask(m_port, AssetIdentity::erc20(kTo.toStdString()), kDest);
        QVERIFY(!two.ok());
        QCOMPARE(two.error().code, ErrorCode::NotFound);

        // No Transfer of that token to the destination: nothing paid.
        m_logs = QJsonArray{transferLog(kOtherToken, kFrom, kDest, QStringLiteral("5f5e100"))};
        auto none = ask(m_port, AssetIdentity::erc20(kTo.toStdString()), kDest);
        QVERIFY(none.ok());
        QCOMPARE(none->amount, Amount::zero());
        QVERIFY(none->from.empty());
        m_logs = QJsonArray{};
        m_value = QStringLiteral("0x2386f26fc10000");
    }

    void etherIsAnotherAssetWhenATokenIsAsked()
    {
        auto p = ask(m_port, AssetIdentity::erc20(kTo.toStdString()), kDest);
        QVERIFY(p.ok());
        QCOMPARE(p->amount, Amount::zero());
        QCOMPARE(p->otherAsset, std::string("ether"));
    }

    void unknownHashIsNotFound()
    {
        m_known = false;
        auto p = ask(m_port);
        m_known = true;
        QCOMPARE(p.error().code, ErrorCode::NotFound);
    }

    // Read exactly: a member given twice, a quantity that is not the spec's
    // QUANTITY, or a result that is no transaction funds nothing.
    void ambiguousAnswersFundNothing()
    {
        // The transaction of confirmedPayment with `value` as given.
        const auto answer = [](const QByteArray &value, const QByteArray &after = "") {
            return "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"hash\":\"" + kHash.toLatin1() + "\",\"from\":\""
                + kFrom.toLatin1() + "\",\"to\":\"" + kTo.toLatin1() + "\",\"input\":\"0x\",\"blockNumber\":\"0x64\","
                + value + "}" + after + "}";
        };
        const QByteArray cases[] = {
            // The last "value" (1000 ETH) would win in QJsonDocument.
            answer("\"value\":\"0x2386f26fc10000\",\"value\":\"0x3635c9adc5dea00000\""),
            answer("\"value\":\"0x2386f26fc10000\"", ",\"result\":null"),
            answer("\"value\":\"0x02386f26fc10000\""), // a leading zero
            answer("\"value\":\"2386f26fc10000\""),    // no 0x
            answer("\"value\":10000000000000000"),       // a JSON number
            answer("\"value\":\"0x1" + QByteArray(64, '0') + "\""), // wider than 256 bits
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":\"0x2386f26fc10000\"}", // not a transaction
        };
        for (const QByteArray &body : cases) {
            m_rawTx = body;
            auto p = ask(m_port);
            m_rawTx.clear();
            QVERIFY2(!p.ok(), body.constData());
            QCOMPARE(p.error().code, ErrorCode::Unavailable);
        }
        // The same transaction, well formed, is read.
        m_rawTx = answer("\"value\":\"0x2386f26fc10000\"");
        auto p = ask(m_port);
        m_rawTx.clear();
        QVERIFY2(p.ok(), p.ok() ? "" : p.error().message.c_str());
        QCOMPARE(p->amount, Amount::fromBaseUnits(10000000000000000LL));
    }

    void brokenNodesAreUnavailable()
    {
        m_garbage = true;
        auto p = ask(m_port);
        m_garbage = false;
        QCOMPARE(p.error().code, ErrorCode::Unavailable);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 deadPort = closed.serverPort();
        closed.close();
        QCOMPARE(ask(deadPort).error().code, ErrorCode::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestEthereumPaymentLookup)
#include "tst_ethereumpaymentlookup.moc"
