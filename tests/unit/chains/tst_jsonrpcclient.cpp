// JsonRpcClient and the QUANTITY reader against a JSON-RPC node played by
// QHttpServer on 127.0.0.1 that answers with the exact bytes a test gives:
// answers are read by the exact JSON reader (a "result", an "error" or a
// member inside the result given twice is an error for that call, never the
// last value silently), quantities follow the spec's QUANTITY rule ("0x41",
// "0x400", "0x0"; not "0x", "0x0400", "ff"), and a uint256 balance is read
// exactly. A result carries its call's id; batches are matched by id.
#include "core/chains/ethereum/jsonrpcclient.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::ethereum;

namespace {
// 2^256 - 1 in decimal, the largest uint256 (a common ERC-20 allowance).
constexpr const char *kUint256Max = "115792089237316195423570985008687907853269984665640564039457584007913129639935";
const std::string kAllF = "0x" + std::string(64, 'f');
}

class TestJsonRpcClient final : public QObject
{
    Q_OBJECT

    QHttpServer m_node;
    quint16 m_port = 0;
    // The next answer: {ID} is replaced with the call's id.
    QByteArray m_answer;

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)); }

    Result<QJsonValue> answered(const QByteArray &answer)
    {
        m_answer = answer;
        JsonRpcClient client(url());
        return client.callAndWait(QStringLiteral("eth_getBalance"), QJsonArray{QStringLiteral("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), QStringLiteral("latest")});
    }

private slots:
    void initTestCase()
    {
        m_node.route(QStringLiteral("/"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
            const QJsonDocument call = QJsonDocument::fromJson(request.body());
            QByteArray body = m_answer;
            if (call.isObject())
                body.replace("{ID}", QByteArray::number(call.object().value(QStringLiteral("id")).toInteger()));
            return QHttpServerResponse(QByteArray("application/json"), body);
        });
        m_port = m_node.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    // The spec's examples (ethereum.org JSON-RPC, hex value encoding).
    void quantityFollowsTheSpec()
    {
        QCOMPARE(parseQuantityText("0x41").value(), int128(65));
        QCOMPARE(parseQuantityText("0x400").value(), int128(1024));
        QCOMPARE(parseQuantityText("0x0").value(), int128(0));
        QCOMPARE(parseQuantityText("0x1BC16D674EC80000").value(), int128(2000000000000000000LL));
        for (const char *wrong : {"0x", "0x0400", "0x00", "ff", "400", "0X41", "0x-1", " 0x41", "0x41 ", "0x4g", ""}) {
            const auto parsed = parseQuantity256(wrong);
            QVERIFY2(!parsed, wrong);
            QVERIFY2(parsed.error().message.find("is not a QUANTITY") != std::string::npos, parsed.error().message.c_str());
            QVERIFY2(!parseQuantityText(wrong), wrong);
        }
        QVERIFY(parseQuantity256("0x" + std::string(64, '1')).ok());
        QVERIFY(!parseQuantity256("0x1" + std::string(64, '0'))); // 65 digits
        // A JSON number is never a quantity, however plain.
        QVERIFY(!parseQuantity(QJsonValue(65)));
        QVERIFY(!parseQuantity(QJsonValue()));
        QCOMPARE(parseQuantity(QJsonValue(QStringLiteral("0x41"))).value(), int128(65));
        QCOMPARE(quantity(0), QStringLiteral("0x0"));
        QCOMPARE(quantity(1024), QStringLiteral("0x400"));
    }

    void uint256BalanceIsReadExactly()
    {
        const auto balance = answered(QByteArray(R"({"jsonrpc":"2.0","id":{ID},"result":")") + kAllF.c_str() + "\"}");
        QVERIFY2(balance.ok(), balance.ok() ? "" : balance.error().message.c_str());
        QCOMPARE(balance.value().toString().toStdString(), kAllF);
        const auto exact = parseQuantity256(balance.value().toString().toStdString());
        QVERIFY(exact.ok());
        QCOMPARE(exact.value().toDecimal(), std::string(kUint256Max));
        // Beyond what an Amount counts: refused, never cut to 128 bits.
        const auto counted = parseQuantity(balance.value());
        QVERIFY(!counted);
        QVERIFY2(counted.error().message.find("beyond what the exchange counts") != std::string::npos, counted.error().message.c_str());
        QCOMPARE(parseQuantityText("0x" + std::string(31, 'f')).value(), (int128(1) << 124) - 1);
        QVERIFY(!parseQuantityText("0x1" + std::string(31, '0'))); // 2^124
    }

    void duplicateResultIsRefused()
    {
        const auto twice = answered(R"({"jsonrpc":"2.0","id":{ID},"result":"0x1","result":"0xde0b6b3a7640000"})");
        QVERIFY(!twice);
        QCOMPARE(twice.error().code, ErrorCode::Unavailable);
        QVERIFY2(twice.error().message.find("eth_getBalance") != std::string::npos, twice.error().message.c_str());
        QVERIFY2(twice.error().message.find("\"result\" given twice") != std::string::npos, twice.error().message.c_str());
    }

    void duplicateErrorOrMemberIsRefused()
    {
        QVERIFY(!answered(R"({"jsonrpc":"2.0","id":{ID},"error":{"code":-32000,"message":"a"},"error":null,"result":"0x1"})"));
        QVERIFY(!answered(R"({"jsonrpc":"2.0","id":{ID},"error":null,"result":"0x1","error":{"code":-32000,"message":"a"}})"));
        const auto inner = answered(R"({"jsonrpc":"2.0","id":{ID},"result":{"value":"0x1","value":"0x3635c9adc5dea00000"}})");
        QVERIFY(!inner);
        QVERIFY2(inner.error().message.find("\"value\" given twice") != std::string::npos, inner.error().message.c_str());
    }

    void errorObjectIsTheNodesRefusal()
    {
        const auto refused = answered(R"({"jsonrpc":"2.0","id":{ID},"error":{"code":-32000,"message":"nonce too low"}})");
        QVERIFY(!refused);
        QCOMPARE(refused.error().message, std::string("eth_getBalance: the node refused it (-32000: nonce too low)"));
        QVERIFY(!answered(R"({"jsonrpc":"2.0","id":{ID}})"));
        QVERIFY(!answered(R"({"jsonrpc":"2.0","id":{ID},"error":"no"})"));
        QVERIFY(!answered(R"(["not", "a", "response"])"));
        QVERIFY(!answered("not json"));
        // A result for another call (or with an id that is text) is not this call's.
        QVERIFY(!answered(R"({"jsonrpc":"2.0","id":999,"result":"0x1"})"));
        QVERIFY(!answered(R"({"jsonrpc":"2.0","id":"{ID}","result":"0x1"})"));
        // A plain answer still reads.
        QCOMPARE(answered(R"({"jsonrpc":"2.0","id":{ID},"result":null})").value(), QJsonValue(QJsonValue::Null));
    }

    void batchIsMatchedByIdAndReadExactly()
    {
        JsonRpcClient client(url());
        const std::vector<RpcCall> calls{{QStringLiteral("eth_blockNumber"), QJsonArray{}}, {QStringLiteral("eth_gasPrice"), QJsonArray{}}};
        const auto run = [&](const QByteArray &answer) {
            m_answer = answer;
            std::optional<Result<std::vector<QJsonValue>>> result;
            client.batch(calls, [&](Result<std::vector<QJsonValue>> r) { result = std::move(r); });
            [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
            return result.value_or(Error{ErrorCode::Internal, "no answer"});
        };
        // Ids 1 and 2 (the client's first), answered in reverse order.
        auto both = run(R"([{"jsonrpc":"2.0","id":2,"result":"0x3b9aca00"},{"jsonrpc":"2.0","id":1,"result":"0x64"}])");
        QVERIFY2(both.ok(), both.ok() ? "" : both.error().message.c_str());
        QCOMPARE(both.value()[0].toString(), QStringLiteral("0x64"));
        QCOMPARE(both.value()[1].toString(), QStringLiteral("0x3b9aca00"));
        // Ids 3 and 4: one response gives its result twice.
        const auto twice = run(R"([{"jsonrpc":"2.0","id":4,"result":"0x1"},{"jsonrpc":"2.0","id":3,"result":"0x64","result":"0x65"}])");
        QVERIFY(!twice);
        QVERIFY2(twice.error().message.find("given twice") != std::string::npos, twice.error().message.c_str());
        // Ids 5 and 6: an id that is not the integer sent.
        QVERIFY(!run(R"([{"jsonrpc":"2.0","id":"5","result":"0x1"},{"jsonrpc":"2.0","id":6,"result":"0x1"}])"));
    }
};

QTEST_GUILESS_MAIN(TestJsonRpcClient)
#include "tst_jsonrpcclient.moc"
