// Python's json.dumps form (known answers from
// CPython 3: json.dumps(json.loads(text))), and the trade request checks.
#include "core/api/pythonjson.h"
#include "core/encoding/exactjson.h"
#include "core/api/traderequest.h"

#include <QTest>

using namespace exchange;
using namespace exchange::api;
using namespace exchange::encoding;

void pythonDumpsDataRows();
void tradeRequestChecksDataRows();

class TestApiJson final : public QObject
{
    Q_OBJECT

private slots:
    void pythonDumps_data() { pythonDumpsDataRows(); }

    void pythonDumps()
    {
        QFETCH(QString, input);
        QFETCH(QString, python);
        const std::string text = input.toStdString();
        // A literal tab inside a JSON string is invalid; the row above uses it
        // to check refusal instead.
        auto doc = parseJson(text);
        if (input.contains(u'\t')) {
            QVERIFY(!doc.ok());
            return;
        }
        QVERIFY2(doc.ok(), doc.ok() ? "" : doc.error().message.c_str());
        auto out = api::pythonDumps(doc.value());
        QVERIFY(out.ok());
        QCOMPARE(QString::fromStdString(out.value()), python);
    }

    // 1e+16 XLM is 10^23 stroops and 5e-05 ETH 5 * 10^13 wei: exact, where a
    // double would have had to round.
    void exponentAmountsAreReadExactly()
    {
        const QByteArray body = QByteArrayLiteral(
            R"({"sig": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", )"
            R"("payload": {"sender_pk": "GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6", )"
            R"("receiver_pk": "0x4a62316623ad457F02cDC5D997deD67a383EC569", "buy_currency": "Ethereum", )"
            R"("sell_currency": "Stellar", "buy_amount": 5e-05, "sell_amount": 1e+16, )"
            R"("tx_id": "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}})");
        auto r = parseTradeRequest(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->order.sellAmount.toBaseUnitString(), std::string("100000000000000000000000"));
        QCOMPARE(r->order.buyAmount.toBaseUnitString(), std::string("50000000000000"));
        // What is verified is still the payload's text: as sent, and as
        // json.dumps prints it (the same here, as a Python client sent it).
        QVERIFY(r->signedPayload.payloadRaw.find("\"sell_amount\": 1e+16") != std::string::npos);
        QCOMPARE(r->signedPayload.payloadPython, r->signedPayload.payloadRaw);
    }

    void tradeRequestChecks_data() { tradeRequestChecksDataRows(); }

    void tradeRequestChecks()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(QString, mentions);
        auto r = parseTradeRequest(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QCOMPARE(r->order.sellCurrency, std::string("ALGO"));
            QCOMPARE(r->order.buyCurrency, std::string("ETH"));
            QCOMPARE(r->order.sellAmount, Amount::fromBaseUnits(257000000));          // microalgos
            QCOMPARE(r->order.buyAmount, Amount::fromBaseUnits(50000000000000000LL)); // wei
            return;
        }
        QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        QVERIFY2(QString::fromStdString(r.error().message).contains(mentions), r.error().message.c_str());
    }
};

void pythonDumpsDataRows()
{
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("python");
        QTest::newRow("separators") << QStringLiteral(R"({"b":1,"a":"x"})") << QStringLiteral(R"({"b": 1, "a": "x"})");
        QTest::newRow("float keeps .0") << QStringLiteral(R"({"a":1245.00})") << QStringLiteral(R"({"a": 1245.0})");
        QTest::newRow("short repr") << QStringLiteral(R"([2342.31, 0.050, 100.0])") << QStringLiteral("[2342.31, 0.05, 100.0]");
        QTest::newRow("exponent from 1e16") << QStringLiteral("[1e16, 1e15, 1.5e300]")
                                            << QStringLiteral("[1e+16, 1000000000000000.0, 1.5e+300]");
        QTest::newRow("small") << QStringLiteral("[0.0001, 0.00001, 1.25E-7]") << QStringLiteral("[0.0001, 1e-05, 1.25e-07]");
        QTest::newRow("ints as written") << QStringLiteral("[123456789012345678901234567890, -0, -5]")
                                         << QStringLiteral("[123456789012345678901234567890, 0, -5]");
        QTest::newRow("zero floats") << QStringLiteral("[0.0, -0.0]") << QStringLiteral("[0.0, -0.0]");
        QTest::newRow("ensure_ascii") << QString::fromUtf8(R"(["é", "😀", "a\/b", "\u0001", "tab	"])")
                                      << QStringLiteral(R"(["\u00e9", "\ud83d\ude00", "a/b", "\u0001", "tab\t"])");
        QTest::newRow("empty") << QStringLiteral(R"({"a":{},"b":[],"c":null,"d":true})")
                               << QStringLiteral(R"({"a": {}, "b": [], "c": null, "d": true})");
}

void tradeRequestChecksDataRows()
{
        const QString eth = QStringLiteral("0x4a62316623ad457F02cDC5D997deD67a383EC569");
        const QString algo = QStringLiteral("5JFGYY7CTRJAVPXVKB5RGLWF7GKUO5VOX27HXESCD3VGSFCG2IWAKDM5YU");
        const QString algoTx = QStringLiteral("LR2CL4OXAMQ2EQVNLMTLV5KYAMPLOVXR6BR2ZJTW5ZVJMIBXTIVQ");
        const QString sig = QStringLiteral("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==");
        auto order = [&](const QString &fields) {
            return QStringLiteral(R"({"sig":"%1","payload":{%2}})").arg(sig, fields).toUtf8();
        };
        const QString good = QStringLiteral(R"("sender_pk":"%1","receiver_pk":"%2","buy_currency":"Ethereum","sell_currency":"Algorand","buy_amount":0.05,"sell_amount":257,"tx_id":"%3")")
                                 .arg(algo, eth, algoTx);
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("good") << order(good) << true << QString();
        QTest::newRow("not json") << QByteArray("sell everything") << false << QStringLiteral("invalid JSON");
        QTest::newRow("not an object") << QByteArray("[1]") << false << QStringLiteral("object");
        QTest::newRow("missing sig") << QByteArray(R"({"payload":{}})") << false << QStringLiteral("sig");
        QTest::newRow("extra top-level") << QByteArray(R"({"sig":"","payload":{},"x":1})") << false << QStringLiteral("unknown field");
        QTest::newRow("missing tx_id") << order(QString(good).replace(QStringLiteral(",\"tx_id\":\"") + algoTx + u'"', QString()))
                                       << false << QStringLiteral("tx_id");
        QTest::newRow("extra payload field") << order(good + QStringLiteral(R"(,"fee":1)")) << false << QStringLiteral("unknown payload field fee");
        QTest::newRow("amount as bool") << order(QString(good).replace(QStringLiteral("257"), QStringLiteral("true")))
                                        << false << QStringLiteral("sell_amount must be a number");
        QTest::newRow("pk as number") << order(QString(good).replace(u'"' + algo + u'"', QStringLiteral("5")))
                                      << false << QStringLiteral("sender_pk must be a string");
        QTest::newRow("unknown currency") << order(QString(good).replace(QStringLiteral("\"Ethereum\""), QStringLiteral("\"Dogecoin\"")))
                                          << false << QStringLiteral("buy_currency");
        QTest::newRow("same currency") << order(QString(good).replace(QStringLiteral("\"Ethereum\""), QStringLiteral("\"Algorand\"")))
                                       << false << QStringLiteral("must differ");
        QTest::newRow("zero") << order(QString(good).replace(QStringLiteral("257"), QStringLiteral("0")))
                              << false << QStringLiteral("more than zero");
        QTest::newRow("negative") << order(QString(good).replace(QStringLiteral("257"), QStringLiteral("-257")))
                                  << false << QStringLiteral("sell_amount");
        QTest::newRow("over-precise") << order(QString(good).replace(QStringLiteral("257"), QStringLiteral("1.0000001")))
                                      << false << QStringLiteral("sell_amount");
        // Python's json.dumps writes floats below 1e-4 and from 1e16 with an
        // exponent: read exactly, and held to the asset's decimals.
        QTest::newRow("exponent") << order(QString(good).replace(QStringLiteral("257"), QStringLiteral("2.57e2")))
                                  << true << QString();
        QTest::newRow("exponent as json.dumps writes it")
            << order(QString(good).replace(QStringLiteral("0.05"), QStringLiteral("5e-02"))) << true << QString();
        QTest::newRow("exponent over-precise") << order(QString(good).replace(QStringLiteral("257"), QStringLiteral("2.57e-7")))
                                               << false << QStringLiteral("sell_amount: amount has more than 6 decimal places");
        QTest::newRow("exponent malformed") << order(QString(good).replace(QStringLiteral("257"), QStringLiteral("257e")))
                                            << false << QStringLiteral("invalid JSON");
        QTest::newRow("exponent in a string") << order(QString(good).replace(QStringLiteral("257"), QStringLiteral("\"2.57e2\"")))
                                              << false << QStringLiteral("exponent");
        QTest::newRow("bad sender") << order(QString(good).replace(algo, QStringLiteral("ALGO")))
                                    << false << QStringLiteral("sender_pk is not a valid Algorand address");
        QTest::newRow("receiver on wrong chain") << order(QString(good).replace(eth, algo))
                                                 << false << QStringLiteral("receiver_pk");
        QTest::newRow("bad tx_id") << order(QString(good).replace(algoTx, QStringLiteral("0xabc")))
                                   << false << QStringLiteral("tx_id");
        QTest::newRow("too large") << order(good + QStringLiteral(",\"pad\":\"") + QString(20000, u'x') + u'"')
                                   << false << QStringLiteral("larger than");
}

QTEST_APPLESS_MAIN(TestApiJson)
#include "tst_apijson.moc"
