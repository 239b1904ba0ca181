// The trade API end to end on 127.0.0.1: orders signed over the payload as
// sent and over json.dumps(payload) are accepted and matched; a bad
// signature, every kind of bad input, a replayed tx_id, an unfunded or
// unreachable payment each store nothing but one Log row and get the
// expected status with a JSON error. A token is named by its asset code,
// as its admin signed it.
#include "core/api/tradeapiserver.h"
#include "core/base/manualclock.h"
#include "core/chains/algorand/address.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/algorand/messagesignature.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/personalsign.h"
#include "core/chains/fakepaymentlookup.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/messagesignature.h"
#include "core/crypto/base64.h"
#include "core/crypto/hex.h"
#include "core/wallets/tokensinforce.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedassets.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/metarepository.h"
#include "core/store/sql.h"
#include "core/trade/tradeservice.h"
#include "testdatabase.h"
#include "testsigners.h"
#include "testtoken.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

#include <set>

using namespace exchange;

namespace {

const QByteArray kEthKey(32, '\x11');
const QByteArray kAlgoSeed(32, '\x22');
const std::string kExchangeEth = "0x4a62316623ad457F02cDC5D997deD67a383EC569";
const std::string kExchangeAlgo = "5JFGYY7CTRJAVPXVKB5RGLWF7GKUO5VOX27HXESCD3VGSFCG2IWAKDM5YU";
const QByteArray kXlmSeed(32, '\x33');
const std::string kExchangeXlm = "GBXFXNDLV4LSWA4VB7YIL5GBD7BVNR22SGBTDKMO2SBZZHDXSKZYCP7L";
// EIP-55's first two examples as token contracts.
const std::string kContract = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const std::string kOtherContract = "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359";

std::string ethAddress() { return ethereum::checksumAddress(ethereum::addressFromSecretKey(kEthKey).value()); }
std::string algoAddress() { return algorand::addressFromSeed(kAlgoSeed); }
std::string xlmAddress() { return stellar::accountIdFromSeed(kXlmSeed); }
std::string ethTx(char c) { return "0x" + std::string(64, c); }
std::string algoTx(char c) { return algorand::encodeTxId(QByteArray(32, c)); }

struct Reply {
    int status = 0;
    QJsonDocument json;
    QByteArray link; // the Link header
};

} // namespace

class TestTradeApi final : public QObject
{
    Q_OBJECT

    TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1700000000000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<trade::TradeService> m_trades;
    chains::FakePaymentLookup m_payments;
    std::unique_ptr<api::TradeApiServer> m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;

    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {})
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll());
        r.link = reply->rawHeader("Link");
        reply->deleteLater();
        return r;
    }

    std::size_t logRows() { return m_trades->log(100000).value().size(); }
    std::size_t orderRows() { return m_trades->allOrders().value().size(); }

    // 001's clients sign json.dumps(payload); this is that text for our fields.
    static QByteArray pythonPayload(const std::string &sender, const std::string &receiver, const char *buy,
                                    const char *sell, const char *buyAmount, const char *sellAmount,
                                    const std::string &tx)
    {
        return QStringLiteral(R"({"sender_pk": "%1", "receiver_pk": "%2", "buy_currency": "%3", "sell_currency": "%4", "buy_amount": %5, "sell_amount": %6, "tx_id": "%7"})")
            .arg(QString::fromStdString(sender), QString::fromStdString(receiver), QString::fromLatin1(buy),
                 QString::fromLatin1(sell), QString::fromLatin1(buyAmount), QString::fromLatin1(sellAmount),
                 QString::fromStdString(tx))
            .toUtf8();
    }
    static QByteArray envelope(const std::string &sig, const QByteArray &payload)
    {
        return "{\"sig\": \"" + QByteArray::fromStdString(sig) + "\", \"payload\": " + payload + "}";
    }
    static std::string ethSign(const QByteArray &message)
    {
        return "0x" + hex::encode(ethereum::signPersonalMessage(kEthKey, message).value());
    }
    static std::string algoSign(const QByteArray &message)
    {
        return base64::encode(algorand::signBytes(kAlgoSeed, message));
    }
    void fund(Chain chain, const std::string &tx, const std::string &from, const std::string &to, Amount amount,
              bool confirmed = true)
    {
        chains::Payment payment;
        payment.from = from;
        payment.to = to;
        payment.amount = amount;
        payment.confirmed = confirmed;
        m_payments.add(chain, tx, payment);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_TEST_DATABASE(m_testDb);
        m_db = m_testDb.open();
        QVERIFY(m_db);
        // A new database has no receiving addresses; this test's are the
        // published all-0x07 keys' (as the demo's), set as the store keeps them.
        MetaRepository meta(m_db->connection());
        QVERIFY(meta.set(QStringLiteral("trade.address.ethereum"), QString::fromStdString(kExchangeEth)).ok());
        QVERIFY(meta.set(QStringLiteral("trade.address.algorand"), QString::fromStdString(kExchangeAlgo)).ok());
        QVERIFY(meta.set(QStringLiteral("trade.address.stellar"), QString::fromStdString(kExchangeXlm)).ok());
        m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
        m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
        m_trades = std::make_unique<trade::TradeService>(*m_db, *m_ledger, m_clock, *m_audit);
        QVERIFY(m_trades->start().ok());
        // Every refusal here comes from 127.0.0.1 within one minute (the
        // clock stands still): a row each, so that each can be checked.
        trade::RefusalLogPolicy policy = m_trades->refusalLogPolicy();
        policy.repeatThreshold = 1000000;
        m_trades->setRefusalLogPolicy(policy);
        m_server = std::make_unique<api::TradeApiServer>(*m_trades, m_payments);
        auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_port = port.value();
    }

    void addressAnswersPerPlatform()
    {
        Reply get = send("GET", QStringLiteral("/address?platform=Ethereum"));
        QCOMPARE(get.status, 200);
        QCOMPARE(get.json.object().value(QStringLiteral("address")).toString().toStdString(), kExchangeEth);
        Reply post = send("POST", QStringLiteral("/address"), R"({"platform": "Algorand"})");
        QCOMPARE(post.status, 200);
        QCOMPARE(post.json.object().value(QStringLiteral("address")).toString().toStdString(), kExchangeAlgo);
        QCOMPARE(post.json.object().value(QStringLiteral("public_key")).toString().toStdString(), kExchangeAlgo);
        QCOMPARE(send("GET", QStringLiteral("/address?platform=Dogecoin")).status, 400);
        QCOMPARE(send("POST", QStringLiteral("/address"), "not json").status, 400);
    }

    void signedOrdersAreAcceptedAndMatched()
    {
        // Alice (Algorand) sells 100 ALGO for 0.05 ETH, signing the exact
        // bytes she sends (compact JSON, amounts with trailing zeros).
        const std::string tx1 = algoTx('\x01');
        fund(Chain::Algorand, tx1, algoAddress(), kExchangeAlgo, Amount::fromBaseUnits(100000000));
        const QByteArray raw = QStringLiteral(R"({"sender_pk":"%1","receiver_pk":"%2","buy_currency":"Ethereum","sell_currency":"Algorand","buy_amount":0.050,"sell_amount":100.000000,"tx_id":"%3"})")
                                   .arg(QString::fromStdString(algoAddress()), QString::fromStdString(ethAddress()),
                                        QString::fromStdString(tx1))
                                   .toUtf8();
        Reply a = send("POST", QStringLiteral("/trade"), envelope(algoSign(raw), raw));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("open"));

        // Bob (Ethereum) signs json.dumps(payload) as 001's Python client
        // does, but sends compact JSON with 0.050: the server rebuilds the
        // Python text ("buy_amount": 100, "sell_amount": 0.05) to verify.
        const std::string tx2 = ethTx('2');
        fund(Chain::Ethereum, tx2, ethAddress(), kExchangeEth, Amount::fromBaseUnits(50000000000000000LL));
        const QByteArray signedText = pythonPayload(ethAddress(), algoAddress(), "Algorand", "Ethereum", "100", "0.05", tx2);
        const QByteArray sent = QStringLiteral(R"({"sender_pk":"%1","receiver_pk":"%2","buy_currency":"Algorand","sell_currency":"Ethereum","buy_amount":100,"sell_amount":0.050,"tx_id":"%3"})")
                                    .arg(QString::fromStdString(ethAddress()), QString::fromStdString(algoAddress()),
                                         QString::fromStdString(tx2))
                                    .toUtf8();
        Reply b = send("POST", QStringLiteral("/trade"), envelope(ethSign(signedText), sent));
        QCOMPARE(b.status, 200);
        QCOMPARE(b.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("filled"));

        Reply book = send("GET", QStringLiteral("/order_book"));
        QCOMPARE(book.status, 200);
        const QJsonArray orders = book.json.array();
        QCOMPARE(orders.size(), 2);
        QVERIFY(book.link.isEmpty()); // no next page
        // Newest first: Bob's order, then Alice's.
        QCOMPARE(orders.at(0).toObject().value(QStringLiteral("tx_id")).toString().toStdString(), tx2);
        const QJsonObject first = orders.at(1).toObject();
        for (const char *key : {"sender_pk", "receiver_pk", "buy_currency", "sell_currency", "buy_amount",
                                "sell_amount", "tx_id", "status"})
            QVERIFY2(first.contains(QString::fromLatin1(key)), key);
        QCOMPARE(first.value(QStringLiteral("sell_currency")).toString(), QStringLiteral("Algorand"));
        QCOMPARE(first.value(QStringLiteral("sell_amount")).toString(), QStringLiteral("100"));
        QCOMPARE(first.value(QStringLiteral("buy_amount")).toString(), QStringLiteral("0.05"));
        QCOMPARE(first.value(QStringLiteral("status")).toString(), QStringLiteral("filled"));
        QCOMPARE(first.value(QStringLiteral("tx_id")).toString().toStdString(), tx1);
        QVERIFY(ledger::LedgerChecker(*m_db, m_clock).check()->clean());
    }

    // Clients of 001 as they really are: Python's eth_account prints the
    // signature without 0x, json.dumps writes 5e-05 and 1e+16, and Stellar
    // wallets sign SEP-53. Accepted, the amounts exact, the scheme logged.
    void pythonAndSep53ClientsAreAccepted()
    {
        const std::string tx1 = std::string(64, 'c');
        fund(Chain::Stellar, tx1, xlmAddress(), kExchangeXlm, Amount::fromBaseUnits(int128FromString("100000000000000000000000").value()));
        const QByteArray xlmPayload = pythonPayload(xlmAddress(), ethAddress(), "Ethereum", "Stellar", "5e-05", "1e+16", tx1);
        const std::string sep53 = base64::encode(stellar::signSep53Message(kXlmSeed, xlmPayload));
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^order \\d+ placed; its signature verified as sep53 over the payload as sent$")));
        Reply a = send("POST", QStringLiteral("/trade"), envelope(sep53, xlmPayload));
        QCOMPARE(a.status, 200);
        const auto sold = m_trades->order(a.json.object().value(QStringLiteral("id")).toInteger()).value();
        QVERIFY(sold.has_value());
        QCOMPARE(sold->sellAmount.toBaseUnitString(), std::string("100000000000000000000000")); // 10^16 XLM in stroops
        QCOMPARE(sold->buyAmount.toBaseUnitString(), std::string("50000000000000"));            // 5e-05 ETH in wei

        const std::string tx2 = ethTx('e');
        fund(Chain::Ethereum, tx2, ethAddress(), kExchangeEth, Amount::fromBaseUnits(50000000000000LL));
        const QByteArray ethPayload = pythonPayload(ethAddress(), xlmAddress(), "Stellar", "Ethereum", "1e+16", "5e-05", tx2);
        const std::string bare = ethSign(ethPayload).substr(2);
        QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("^order \\d+ placed; its signature verified as personal_sign over the payload as sent$")));
        Reply b = send("POST", QStringLiteral("/trade"), envelope(bare, ethPayload));
        QCOMPARE(b.status, 200);
        QCOMPARE(b.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("filled"));

        // More decimals than the asset has, in exponent form: refused, named.
        const std::string tx3 = std::string(64, 'd');
        const QByteArray tooFine = pythonPayload(xlmAddress(), ethAddress(), "Ethereum", "Stellar", "5e-05", "1e-08", tx3);
        Reply c = send("POST", QStringLiteral("/trade"),
                       envelope(base64::encode(stellar::signSep53Message(kXlmSeed, tooFine)), tooFine));
        QCOMPARE(c.status, 400);
        QCOMPARE(c.json.object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("field sell_amount: amount has more than 7 decimal places"));
        // A SEP-53 signature of other bytes is no signature of these.
        const QByteArray other = pythonPayload(xlmAddress(), ethAddress(), "Ethereum", "Stellar", "5e-05", "2", tx3);
        QCOMPARE(send("POST", QStringLiteral("/trade"), envelope(sep53, other)).status, 403);
        QVERIFY(ledger::LedgerChecker(*m_db, m_clock).check()->clean());
    }

    void refusalsStoreOnlyALogRow_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const std::string tx = ethTx('9');
        const QByteArray good = pythonPayload(ethAddress(), algoAddress(), "Algorand", "Ethereum", "10", "0.01", tx);
        const QByteArray otherSigner = pythonPayload(ethAddress(), algoAddress(), "Algorand", "Ethereum", "10", "0.02", tx);
        QTest::newRow("signature over other bytes") << envelope(ethSign(otherSigner), good) << 403;
        QTest::newRow("signature by another key") << envelope(algoSign(good), good) << 400; // not an Ethereum signature
        QTest::newRow("garbage") << QByteArray("{{{") << 400;
        QTest::newRow("missing field") << envelope(ethSign(good), QByteArray(good).replace("\"tx_id\"", "\"tx\"")) << 400;
        QTest::newRow("zero") << envelope(ethSign(good), QByteArray(good).replace("0.01", "0")) << 400;
        QTest::newRow("negative") << envelope(ethSign(good), QByteArray(good).replace("0.01", "-0.01")) << 400;
        QTest::newRow("over-precise") << envelope(ethSign(good), QByteArray(good).replace("\"buy_amount\": 10", "\"buy_amount\": 10.0000001")) << 400;
        QTest::newRow("same currency") << envelope(ethSign(good), QByteArray(good).replace("Algorand", "Ethereum")) << 400;
        QTest::newRow("unfunded") << envelope(ethSign(good), good) << 422;
    }

    void refusalsStoreOnlyALogRow()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const std::size_t orders = orderRows();
        const std::size_t logs = logRows();
        Reply r = send("POST", QStringLiteral("/trade"), body);
        QCOMPARE(r.status, status);
        QVERIFY(r.json.object().value(QStringLiteral("error")).isString());
        QCOMPARE(orderRows(), orders);
        QCOMPARE(logRows(), logs + 1);
        // The row says where the request came from and what it was answered.
        const trade::LogEntry row = m_trades->log(1).value().front();
        QCOMPARE(row.source, std::string("127.0.0.1"));
        QCOMPARE(row.endpoint, std::string("/trade"));
        QCOMPARE(row.status, status);
        QCOMPARE(row.reason, r.json.object().value(QStringLiteral("error")).toString().toStdString());
        QVERIFY(row.message.size() <= 1024);
        QCOMPARE(row.payloadSha256.size(), std::size_t(64));
    }

    void anOversizedBodyIsRefusedUnreadAndStoresNothing()
    {
        // Refused by the HTTP server from its Content-Length, before a byte
        // of it is read: no Log row either (there is no payload to log).
        const std::string tx = ethTx('6');
        const QByteArray good = pythonPayload(ethAddress(), algoAddress(), "Algorand", "Ethereum", "10", "0.01", tx);
        const std::size_t orders = orderRows();
        const std::size_t logs = logRows();
        Reply r = send("POST", QStringLiteral("/trade"), QByteArray(20000, ' ') + envelope(ethSign(good), good));
        QCOMPARE(r.status, 413);
        QVERIFY(r.json.object().value(QStringLiteral("error")).isString());
        QCOMPARE(orderRows(), orders);
        QCOMPARE(logRows(), logs);
    }

    void badSignatureLogsThePythonPayload()
    {
        const std::string tx = ethTx('8');
        const QByteArray payload = pythonPayload(ethAddress(), algoAddress(), "Algorand", "Ethereum", "10", "0.01", tx);
        Reply r = send("POST", QStringLiteral("/trade"), envelope(ethSign("something else"), payload));
        QCOMPARE(r.status, 403);
        QCOMPARE(QByteArray::fromStdString(m_trades->log(1).value().front().message), payload);
    }

    void fundingIsChecked()
    {
        const std::string tx = ethTx('7');
        const QByteArray payload = pythonPayload(ethAddress(), algoAddress(), "Algorand", "Ethereum", "10", "0.01", tx);
        const QByteArray body = envelope(ethSign(payload), payload);
        const Amount sell = Amount::fromBaseUnits(10000000000000000LL);
        // Unreachable node: 503, nothing stored but the Log row.
        m_payments.setUnavailable(true);
        const std::size_t orders = orderRows();
        QCOMPARE(send("POST", QStringLiteral("/trade"), body).status, 503);
        m_payments.setUnavailable(false);
        // Paid to someone else, paid too little, not confirmed: 422.
        fund(Chain::Ethereum, tx, ethAddress(), ethAddress(), sell);
        QCOMPARE(send("POST", QStringLiteral("/trade"), body).status, 422);
        fund(Chain::Ethereum, tx, ethAddress(), kExchangeEth, Amount::fromBaseUnits(9999999999999999LL));
        QCOMPARE(send("POST", QStringLiteral("/trade"), body).status, 422);
        fund(Chain::Ethereum, tx, ethAddress(), kExchangeEth, sell, false);
        QCOMPARE(send("POST", QStringLiteral("/trade"), body).status, 422);
        QCOMPARE(orderRows(), orders);
        // Funded: accepted once; the same tx_id again is a replay.
        fund(Chain::Ethereum, tx, ethAddress(), kExchangeEth, sell);
        QCOMPARE(send("POST", QStringLiteral("/trade"), body).status, 200);
        const int lookups = m_payments.lookups();
        QCOMPARE(send("POST", QStringLiteral("/trade"), body).status, 409);
        QCOMPARE(m_payments.lookups(), lookups); // refused before asking the chain
    }

    void senderCancelsWithASignature()
    {
        const std::string tx = ethTx('6');
        fund(Chain::Ethereum, tx, ethAddress(), kExchangeEth, Amount::fromBaseUnits(30000000000000000LL));
        const QByteArray payload = pythonPayload(ethAddress(), algoAddress(), "Algorand", "Ethereum", "1000", "0.03", tx);
        Reply placed = send("POST", QStringLiteral("/trade"), envelope(ethSign(payload), payload));
        QCOMPARE(placed.status, 200);
        const qint64 id = placed.json.object().value(QStringLiteral("resting_id")).toInteger();
        QVERIFY(id > 0);
        const QByteArray cancel = QStringLiteral(R"({"order_id": %1, "sender_pk": "%2", "platform": "Ethereum"})")
                                      .arg(id)
                                      .arg(QString::fromStdString(ethAddress()))
                                      .toUtf8();
        QCOMPARE(send("POST", QStringLiteral("/cancel"), envelope(ethSign("not it"), cancel)).status, 403);
        Reply ok = send("POST", QStringLiteral("/cancel"), envelope(ethSign(cancel), cancel));
        QCOMPARE(ok.status, 200);
        QCOMPARE(m_trades->order(id).value()->status, trade::OrderStatus::Cancelled);
        QCOMPARE(send("POST", QStringLiteral("/cancel"), envelope(ethSign(cancel), cancel)).status, 422);
        QVERIFY(ledger::LedgerChecker(*m_db, m_clock).check()->clean());
    }

    void orderBookIsPaged()
    {
        // 1,100 more orders that do not match (all sell ALGO for ETH).
        std::vector<trade::NewOrder> many;
        for (int i = 0; i < 1100; ++i)
            many.push_back(trade::NewOrder{algoAddress(), ethAddress(), "ETH", "ALGO", Amount::fromBaseUnits(1000000000000000000LL),
                                           Amount::fromBaseUnits(1000000 + i), "PAGE" + std::to_string(i), "sig"});
        auto placed = m_trades->placeAll(many);
        QVERIFY(placed.ok());
        const std::size_t total = orderRows();
        QVERIFY(total > 1100);
        const qint64 newest = m_trades->orders(1).value().front().id;

        // Without parameters: the newest 100, newest first, and a link to the next.
        Reply first = send("GET", QStringLiteral("/order_book"));
        QCOMPARE(first.status, 200);
        const QJsonArray page = first.json.array();
        QCOMPARE(page.size(), 100);
        QCOMPARE(page.at(0).toObject().value(QStringLiteral("id")).toInteger(), newest);
        for (qsizetype i = 1; i < page.size(); ++i)
            QVERIFY(page.at(i).toObject().value(QStringLiteral("id")).toInteger()
                    < page.at(i - 1).toObject().value(QStringLiteral("id")).toInteger());
        const qint64 last = page.last().toObject().value(QStringLiteral("id")).toInteger();
        QCOMPARE(QString::fromLatin1(first.link),
                 QStringLiteral("</order_book?limit=100&before=%1>; rel=\"next\"").arg(last));

        // The cursor: the next page starts just below the last id.
        Reply second = send("GET", QStringLiteral("/order_book?before=%1").arg(last));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.json.array().size(), 100);
        QVERIFY(second.json.array().at(0).toObject().value(QStringLiteral("id")).toInteger() < last);

        // At most 1,000 a page; following the links visits every order once.
        Reply big = send("GET", QStringLiteral("/order_book?limit=5000"));
        QCOMPARE(big.status, 200);
        QCOMPARE(big.json.array().size(), 1000);
        std::set<qint64> seen;
        QString next = QStringLiteral("/order_book?limit=1000");
        while (!next.isEmpty()) {
            Reply r = send("GET", next);
            QCOMPARE(r.status, 200);
            for (const QJsonValue &o : r.json.array())
                QVERIFY(seen.insert(o.toObject().value(QStringLiteral("id")).toInteger()).second);
            next = r.link.isEmpty() ? QString() : QString::fromLatin1(r.link.mid(1, r.link.indexOf('>') - 1));
        }
        QCOMPARE(seen.size(), total);

        QCOMPARE(send("GET", QStringLiteral("/order_book?limit=0")).status, 400);
        QCOMPARE(send("GET", QStringLiteral("/order_book?before=abc")).status, 400);
        QCOMPARE(send("GET", QStringLiteral("/order_book?before=-3")).status, 400);

        // A new order is on the first page at once; a cancel shows too.
        auto one = m_trades->place(trade::NewOrder{algoAddress(), ethAddress(), "ETH", "ALGO", Amount::fromBaseUnits(1000000000000000000LL),
                                                   Amount::fromBaseUnits(5), "PAGE-NEW", "sig"});
        QVERIFY(one.ok());
        QJsonObject top = send("GET", QStringLiteral("/order_book?limit=1")).json.array().at(0).toObject();
        QCOMPARE(top.value(QStringLiteral("id")).toInteger(), one->orderId);
        QCOMPARE(top.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QVERIFY(m_trades->cancelBySender(one->orderId, algoAddress()).ok());
        top = send("GET", QStringLiteral("/order_book?limit=1")).json.array().at(0).toObject();
        QCOMPARE(top.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
    }

    // A token is named by its asset code and trusted as the admin signed
    // it: Bob sells USDC (an ERC-20 of Ethereum: his Ethereum key signs, the
    // funding is a Transfer of that contract) for ALGO; Alice's ALGO for
    // "USDC" matches it. Funding in ether, an unknown code, a sender of
    // another chain are refused; while the vault is locked, or once the
    // row is changed in SQL, a token is no currency that can be checked.
    void tokensAreNamedByTheirAssetCodes()
    {
        TestSigners signers(*m_db, m_clock, *m_audit);
        signers.addFirstAdmin("root");
        security::KeyVault vault(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
        signers.trustVault(vault, "root", "token-test-passphrase");
        const AssetIdentity usdc = AssetIdentity::erc20(kContract);
        auto added = security::AuditedAssets(*m_db, m_clock).add(signers.confirmed("root"),
                                                                  testToken("USDC", Chain::Ethereum, usdc, 6), 6);
        QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
        m_server->setTokenSource([this, &vault](Chain chain) {
            return wallets::tokensInForce(m_db->connection(), m_db->dialect(), chain, [&vault] { return vault.pinnedAdminKey(); });
        });
        const std::size_t logs = logRows();

        const std::string tx1 = ethTx('a');
        chains::Payment transfer;
        transfer.from = ethAddress();
        transfer.to = kExchangeEth;
        transfer.amount = Amount::parse("250", 6).value();
        transfer.confirmed = true;
        m_payments.add(Chain::Ethereum, tx1, transfer, usdc);
        const QByteArray bob = pythonPayload(ethAddress(), algoAddress(), "Algorand", "USDC", "100", "250", tx1);
        Reply a = send("POST", QStringLiteral("/trade"), envelope(ethSign(bob), bob));
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("open"));

        const std::string tx2 = algoTx('\x75');
        fund(Chain::Algorand, tx2, algoAddress(), kExchangeAlgo, Amount::parse("100", 6).value());
        const QByteArray alice = pythonPayload(algoAddress(), ethAddress(), "USDC", "Algorand", "250", "100", tx2);
        Reply b = send("POST", QStringLiteral("/trade"), envelope(algoSign(alice), alice));
        QCOMPARE(b.status, 200);
        QCOMPARE(b.json.object().value(QStringLiteral("status")).toString(), QStringLiteral("filled"));
        const QJsonObject bought = send("GET", QStringLiteral("/order_book?limit=1")).json.array().at(0).toObject();
        QCOMPARE(bought.value(QStringLiteral("buy_currency")).toString(), QStringLiteral("USDC"));
        QCOMPARE(bought.value(QStringLiteral("buy_amount")).toString(), QStringLiteral("250"));
        QCOMPARE(bought.value(QStringLiteral("sell_currency")).toString(), QStringLiteral("Algorand"));
        // Alice is owed 250 USDC on Ethereum, at the address she named.
        const std::vector<trade::Payout> payouts = m_trades->payouts(2).value();
        const auto toAlice = std::find_if(payouts.begin(), payouts.end(), [](const trade::Payout &p) { return p.asset == "USDC"; });
        QVERIFY(toAlice != payouts.end());
        const trade::Payout owed = *toAlice;
        QCOMPARE(owed.receiverPk, ethAddress());
        QCOMPARE(owed.platform, std::string("ethereum"));
        QCOMPARE(owed.amount, Amount::parse("250", 6).value());
        QVERIFY(ledger::LedgerChecker(*m_db, m_clock).check()->clean());
        QCOMPARE(logRows(), logs);

        const auto refused = [&](const QByteArray &payload, const std::string &sig, int status, const QString &says) {
            const std::size_t orders = orderRows();
            Reply r = send("POST", QStringLiteral("/trade"), envelope(sig, payload));
            QCOMPARE(r.status, status);
            QCOMPARE(r.json.object().value(QStringLiteral("error")).toString(), says);
            QCOMPARE(orderRows(), orders);
        };
        // Ether paid where USDC was sold.
        const std::string tx3 = ethTx('b');
        fund(Chain::Ethereum, tx3, ethAddress(), kExchangeEth, Amount::parse("250", 18).value());
        const QByteArray inEther = pythonPayload(ethAddress(), algoAddress(), "Algorand", "USDC", "100", "250", tx3);
        refused(inEther, ethSign(inEther), 422, QStringLiteral("the funding transaction moved the chain's coin, not the sell_currency"));
        const QByteArray usdt = pythonPayload(ethAddress(), algoAddress(), "Algorand", "USDT", "100", "250", tx3);
        refused(usdt, ethSign(usdt), 400,
                QStringLiteral("unknown sell_currency (use Ethereum, Algorand, Stellar or a listed token's asset code)"));
        const QByteArray algoSender = pythonPayload(algoAddress(), algoAddress(), "Algorand", "USDC", "100", "250", tx3);
        refused(algoSender, algoSign(algoSender), 400, QStringLiteral("sender_pk is not a valid Ethereum address"));

        // The vault locked: a token cannot be checked (try again); the coins
        // are as they were (this one is unfunded: 422, not 503).
        const QString unavailable = QStringLiteral("sell_currency names no coin, and the exchange's tokens cannot be checked now; try again later");
        vault.lock(signers.confirmed("root"));
        m_server->refreshCurrencies();
        const std::string tx4 = ethTx('f');
        m_payments.add(Chain::Ethereum, tx4, transfer, usdc);
        const QByteArray later = pythonPayload(ethAddress(), algoAddress(), "Algorand", "USDC", "100", "250", tx4);
        refused(later, ethSign(later), 503, unavailable);
        const QByteArray coin = pythonPayload(ethAddress(), algoAddress(), "Algorand", "Ethereum", "100", "250", ethTx('3'));
        QCOMPARE(send("POST", QStringLiteral("/trade"), envelope(ethSign(coin), coin)).status, 422);

        // Unlocked again, but the row names another contract than the admin
        // signed: not trusted, whatever the row says.
        QVERIFY(vault.unlock(signers.confirmed("root"), "token-test-passphrase").ok());
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET token_contract = ? WHERE code = 'USDC'"),
                         {QString::fromStdString(kOtherContract)})
                    .ok());
        m_server->refreshCurrencies();
        refused(later, ethSign(later), 503, unavailable);
        QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE assets SET token_contract = ? WHERE code = 'USDC'"),
                         {QString::fromStdString(kContract)})
                    .ok());
        m_server->refreshCurrencies();
        QCOMPARE(send("POST", QStringLiteral("/trade"), envelope(ethSign(later), later)).status, 200);
        m_server->setTokenSource({});
    }

    void cleanupTestCase()
    {
        m_server.reset();
        m_trades.reset();
    }
};

QTEST_GUILESS_MAIN(TestTradeApi)
#include "tst_tradeapi.moc"
