// Python's json.dumps form (known answers from
// CPython 3: json.dumps(json.loads(text))), and the trade request checks.
#include "core/api/pythonjson.h"
#include "core/encoding/exactjson.h"
#include "core/api/tradecurrencies.h"
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

    // A token is named by its asset code, exactly; its chain gives the
    // decimals, the addresses, the tx_id and the signature's form.
    void aTokenIsNamedByItsAssetCode_data() { tokenRequestDataRows(); }

    void aTokenIsNamedByItsAssetCode()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(QString, mentions);
        auto r = parseTradeRequest(std::string_view(body.constData(), static_cast<std::size_t>(body.size())), tokens());
        if (code < 0) {
            QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
            QCOMPARE(r->order.sellCurrency, std::string("USDC"));
            QVERIFY(r->sellChain == Chain::Ethereum);
            QVERIFY(r->sellAsset.identity == AssetIdentity::erc20(kUsdcContract));
            QCOMPARE(r->order.sellAmount, Amount::fromBaseUnits(12500000)); // 12.5 in 6 decimals
            return;
        }
        QVERIFY(!r.ok());
        QCOMPARE(static_cast<int>(r.error().code), code);
        QVERIFY2(QString::fromStdString(r.error().message).contains(mentions), r.error().message.c_str());
    }

    void aTokenTradesAgainstItsOwnChainsCoin()
    {
        const QByteArray body = tokenOrder(QStringLiteral("Ethereum"), kEthSender);
        auto r = parseTradeRequest(std::string_view(body.constData(), static_cast<std::size_t>(body.size())), tokens());
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r->order.buyCurrency, std::string("ETH"));
        QVERIFY(r->buyChain == Chain::Ethereum && r->sellChain == Chain::Ethereum);
        QVERIFY(r->buyAsset.identity.isNative());
    }

    // Without the list of tokens in force a token's name is no currency;
    // while a chain's tokens cannot be checked, a name that is no coin's is
    // unavailable (try again), and the coins trade as before.
    void tokensNeedTheSignedList()
    {
        const QByteArray body = tokenOrder(QStringLiteral("Algorand"), kEthSender);
        auto none = parseTradeRequest(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, ErrorCode::InvalidInput);
        QVERIFY(QString::fromStdString(none.error().message).startsWith(QStringLiteral("unknown sell_currency")));

        const TradeCurrencies locked = TradeCurrencies::read([](Chain chain) -> Result<std::vector<wallets::WatchedToken>> {
            if (chain == Chain::Ethereum)
                return Error{ErrorCode::WrongState, "the key vault is locked"};
            return std::vector<wallets::WatchedToken>{};
        });
        auto waits = parseTradeRequest(std::string_view(body.constData(), static_cast<std::size_t>(body.size())), locked);
        QVERIFY(!waits.ok());
        QCOMPARE(waits.error().code, ErrorCode::Unavailable);
        QCOMPARE(waits.error().message,
                 std::string("sell_currency names no coin, and the exchange's tokens cannot be checked now; try again later"));
        const QByteArray coin = QByteArray(body).replace("\"sell_currency\":\"USDC\"", "\"sell_currency\":\"ethereum\"");
        QVERIFY(parseTradeRequest(std::string_view(coin.constData(), static_cast<std::size_t>(coin.size())), locked).ok());
    }

private:
    static TradeCurrencies tokens()
    {
        return TradeCurrencies::read([](Chain chain) -> Result<std::vector<wallets::WatchedToken>> {
            switch (chain) {
            case Chain::Ethereum: return std::vector<wallets::WatchedToken>{{"USDC", AssetIdentity::erc20(kUsdcContract), 6}};
            case Chain::Stellar:
                return std::vector<wallets::WatchedToken>{{"USDCXLM", AssetIdentity::stellarCredit("USDC", kIssuer), 7}};
            case Chain::Algorand: break;
            }
            return std::vector<wallets::WatchedToken>{};
        });
    }
    static QByteArray tokenOrder(const QString &buy, const QString &sender)
    {
        return QStringLiteral(R"({"sig":"0x%1","payload":{"sender_pk":"%2","receiver_pk":"%3","buy_currency":"%4","sell_currency":"USDC","buy_amount":0.05,"sell_amount":12.5,"tx_id":"0x%5"}})")
            .arg(QString(130, u'1'), sender, buy == QStringLiteral("Algorand") ? kAlgoReceiver : kEthSender, buy, QString(64, u'a'))
            .toUtf8();
    }
    void tokenRequestDataRows();

public:
    // EIP-55's first example as the contract; SEP-23's account id as the issuer.
    static constexpr const char *kUsdcContract = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    static constexpr const char *kIssuer = "GAAZI4TCR3TY5OJHCTJC2A4QSY6CJWJH5IAJTGKIN2ER7LBNVKOCCWN7";
    static inline const QString kEthSender = QStringLiteral("0x4a62316623ad457F02cDC5D997deD67a383EC569");
    static inline const QString kAlgoReceiver = QStringLiteral("5JFGYY7CTRJAVPXVKB5RGLWF7GKUO5VOX27HXESCD3VGSFCG2IWAKDM5YU");
};

void TestApiJson::tokenRequestDataRows()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("code"); // the refusal's ErrorCode; -1 accepted
    QTest::addColumn<QString>("mentions");
    const QByteArray good = tokenOrder(QStringLiteral("Algorand"), kEthSender);
    const int invalid = static_cast<int>(ErrorCode::InvalidInput);
    QTest::newRow("USDC for ALGO") << good << -1 << QString();
    QTest::newRow("code in another case") << QByteArray(good).replace("\"USDC\"", "\"usdc\"") << invalid
                                          << QStringLiteral("unknown sell_currency");
    QTest::newRow("no such token") << QByteArray(good).replace("\"USDC\"", "\"USDT\"") << invalid
                                   << QStringLiteral("unknown sell_currency");
    QTest::newRow("the token's decimals") << QByteArray(good).replace("12.5", "12.5000001") << invalid
                                          << QStringLiteral("sell_amount: amount has more than 6 decimal places");
    QTest::newRow("sender of another chain") << QByteArray(good).replace(kEthSender.toUtf8(), kAlgoReceiver.toUtf8()) << invalid
                                             << QStringLiteral("sender_pk is not a valid Ethereum address");
    QTest::newRow("tx_id of another chain")
        << QByteArray(good).replace("0x" + QByteArray(64, 'a'), "LR2CL4OXAMQ2EQVNLMTLV5KYAMPLOVXR6BR2ZJTW5ZVJMIBXTIVQ") << invalid
        << QStringLiteral("tx_id");
    QTest::newRow("receiver of the token's chain") << QByteArray(good).replace("\"Algorand\"", "\"USDCXLM\"") << invalid
                                                   << QStringLiteral("receiver_pk is not a valid Stellar address");
    QTest::newRow("the same token") << QByteArray(good).replace("\"Algorand\"", "\"USDC\"") << invalid
                                    << QStringLiteral("must differ");
}

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
