// POST /withdraw end to end on 127.0.0.1 and this run's backend: a request
// signed by the customer's registered key is held and answered with its id
// and state; with 2 of 3 keys required, one signature (or one key signing
// twice) is refused and two distinct ones are accepted, in either signed
// form (exact bytes, json.dumps); an unregistered signer, a signature over
// other bytes, a replayed request id, malformed input, an unknown asset or a
// balance that cannot cover amount plus fee each store nothing but one Log
// row: no withdrawal, no hold, no request id, no audit record.
#include "core/api/tradeapiserver.h"
#include "core/base/manualclock.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/algorand/messagesignature.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/personalsign.h"
#include "core/chains/fakepaymentlookup.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/messagesignature.h"
#include "core/crypto/base64.h"
#include "core/crypto/hex.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/manualclock.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/sql.h"
#include "core/trade/tradeservice.h"
#include "core/withdrawals/signedwithdrawalservice.h"
#include "core/withdrawals/withdrawalkeyservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace exchange;
using security::Actor;

namespace {

// Test keys only: every byte of each seed is the same.
const QByteArray kStellarSeed(32, '\x41');
const QByteArray kEthKey(32, '\x42');
const QByteArray kAlgoSeed(32, '\x43');
const QByteArray kStrangerSeed(32, '\x44');
// SEP-0023's example account: where the withdrawals go.
const std::string kDestination = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

std::string stellarKey() { return stellar::accountIdFromSeed(kStellarSeed); }
std::string ethKey() { return ethereum::checksumAddress(ethereum::addressFromSecretKey(kEthKey).value()); }
std::string algoKey() { return algorand::addressFromSeed(kAlgoSeed); }

struct Signature {
    std::string signer;
    std::string sig;
};

Signature byStellar(const QByteArray &text, const QByteArray &seed = kStellarSeed)
{
    return {stellar::accountIdFromSeed(seed), base64::encode(stellar::signMessage(seed, text))};
}
Signature byEth(const QByteArray &text)
{
    return {ethKey(), "0x" + hex::encode(ethereum::signPersonalMessage(kEthKey, text).value())};
}
Signature byAlgo(const QByteArray &text)
{
    return {algoKey(), base64::encode(algorand::signBytes(kAlgoSeed, text))};
}

// The payload as a compact client sends it, and as json.dumps prints it.
QByteArray compact(qint64 customer, const char *requestId, const char *asset, const char *amount)
{
    return QStringLiteral(R"({"customer_id":%1,"request_id":"%2","asset":"%3","destination":"%4","amount":"%5"})")
        .arg(customer)
        .arg(QString::fromLatin1(requestId), QString::fromLatin1(asset), QString::fromStdString(kDestination),
             QString::fromLatin1(amount))
        .toUtf8();
}
QByteArray pythonForm(qint64 customer, const char *requestId, const char *asset, const char *amount)
{
    return QStringLiteral(R"({"customer_id": %1, "request_id": "%2", "asset": "%3", "destination": "%4", "amount": "%5"})")
        .arg(customer)
        .arg(QString::fromLatin1(requestId), QString::fromLatin1(asset), QString::fromStdString(kDestination),
             QString::fromLatin1(amount))
        .toUtf8();
}

QByteArray body(const QByteArray &payload, const std::vector<Signature> &signatures)
{
    QByteArray list;
    for (const Signature &s : signatures)
        list += QByteArray(list.isEmpty() ? "" : ",") + "{\"signer\":\"" + QByteArray::fromStdString(s.signer)
                + "\",\"sig\":\"" + QByteArray::fromStdString(s.sig) + "\"}";
    return "{\"payload\":" + payload + ",\"signatures\":[" + list + "]}";
}

struct Reply {
    int status = 0;
    QJsonObject json;
};

} // namespace

class TestWithdrawApi final : public QObject
{
    Q_OBJECT

    TestDatabase m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1700000000000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<trade::TradeService> m_trades;
    std::unique_ptr<withdrawals::WithdrawalService> m_withdrawals;
    std::unique_ptr<withdrawals::WithdrawalKeyService> m_keys;
    std::unique_ptr<withdrawals::SignedWithdrawalService> m_signed;
    chains::FakePaymentLookup m_payments;
    std::unique_ptr<api::TradeApiServer> m_server;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    std::int64_t m_ada = 0;
    std::int64_t m_bob = 0;
    Actor m_admin; // an admin operator row (testAdmin), made with the database

    Reply post(const QByteArray &content)
    {
        QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1/withdraw").arg(m_port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, content);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.json = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return r;
    }

    std::int64_t count(const char *table)
    {
        auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
        if (!q || !q.value().next())
            return -1;
        return q.value().value(0).toLongLong();
    }
    Amount available(std::int64_t customer)
    {
        return m_ledger->account(ledger::customerAccount(customer, "XLM")).value().available();
    }
    // Refusals the Log recorded: a row each, or one more repeat on the row of
    // a source over the threshold (every request here comes from 127.0.0.1
    // within one minute, the clock standing still).
    std::size_t logRows()
    {
        std::size_t refusals = 0;
        for (const trade::LogEntry &e : m_trades->log(100000).value())
            refusals += static_cast<std::size_t>(e.repeats);
        return refusals;
    }

    // What a refusal may leave behind: one Log row (or repeat), nothing else.
    struct Snapshot {
        std::int64_t withdrawals, requests, audit, transfers;
        Amount ada;
        std::size_t log;
    };
    Snapshot snapshot()
    {
        return {count("withdrawals"), count("withdrawal_api_requests"), count("audit_log"), count("ledger_transfers"),
                available(m_ada), logRows()};
    }
    void expectRefused(const QByteArray &content, int status, const char *errorPart)
    {
        const Snapshot before = snapshot();
        const Reply r = post(content);
        QCOMPARE(r.status, status);
        const QString error = r.json.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QString::fromLatin1(errorPart)), qPrintable(error));
        const Snapshot after = snapshot();
        QCOMPARE(after.withdrawals, before.withdrawals);
        QCOMPARE(after.requests, before.requests);
        QCOMPARE(after.audit, before.audit);
        QCOMPARE(after.transfers, before.transfers);
        QCOMPARE(after.ada, before.ada);
        QCOMPARE(after.log, before.log + 1);
    }
    Reply expectAccepted(const QByteArray &content)
    {
        const std::int64_t withdrawals = count("withdrawals");
        const Reply r = post(content);
        if (r.status != 200)
            qWarning("%s", QJsonDocument(r.json).toJson().constData());
        [&] { QCOMPARE(count("withdrawals"), withdrawals + 1); }();
        return r;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_TEST_DATABASE(m_testDb);
        m_db = m_testDb.open();
        QVERIFY(m_db);
        m_admin = testAdmin(*m_db, "tester");
        m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
        m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
        m_trades = std::make_unique<trade::TradeService>(*m_db, *m_ledger, m_clock, *m_audit);
        QVERIFY(m_trades->start().ok());
        m_withdrawals = std::make_unique<withdrawals::WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
        m_keys = std::make_unique<withdrawals::WithdrawalKeyService>(*m_db, m_clock, *m_audit);
        m_signed = std::make_unique<withdrawals::SignedWithdrawalService>(*m_db, m_clock, *m_withdrawals, *m_audit);
        m_server = std::make_unique<api::TradeApiServer>(*m_trades, m_payments);
        m_server->setWithdrawals(m_signed.get());
        auto port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        m_port = port.value();

        m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
        m_bob = CustomerRepository(m_db->connection()).add(QStringLiteral("Bob"), QString(), 1).value().id;
        exchange::security::AuditedSettings settings(*m_db, m_clock);
        QVERIFY(settings.change(m_admin, "XLM", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "1000"},
                                                 {AssetSetting::Limit72h, "2000"}})
                    .ok());
        QVERIFY(m_ledger
                    ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                             ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                             ledger::customerAccount(m_ada, "XLM"), Amount::parse("5000", 7).value()))
                    .ok());
        QVERIFY(m_keys->add(m_admin, m_ada, Chain::Stellar, stellarKey()).ok());
    }

    void oneRegisteredKeySigns()
    {
        const QByteArray p = compact(m_ada, "ada-1", "XLM", "250.5");
        const Reply r = expectAccepted(body(p, {byStellar(p)}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("processing"));
        QCOMPARE(r.json.value(QStringLiteral("request_id")).toString(), QStringLiteral("ada-1"));
        QCOMPARE(r.json.value(QStringLiteral("amount")).toString(), QStringLiteral("250.5"));
        const auto id = r.json.value(QStringLiteral("id")).toInteger();
        auto stored = m_withdrawals->find(id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->customerId, m_ada);
        QCOMPARE(stored->amount, Amount::parse("250.5", 7).value());
        QCOMPARE(stored->destination, kDestination);
        QCOMPARE(available(m_ada), Amount::parse("4749.49", 7).value()); // 5000 - 250.5 - 0.01
        QCOMPARE(count("withdrawal_api_requests"), 1);
        auto audit = m_audit->list();
        QVERIFY(audit.ok());
        QVERIFY(std::any_of(audit->begin(), audit->end(), [](const security::AuditEntry &e) { return e.action == "withdrawal.api_request"; }));
    }

    void aReplayIsRefused()
    {
        const QByteArray p = compact(m_ada, "ada-1", "XLM", "250.5");
        expectRefused(body(p, {byStellar(p)}), 409, "already used");
        // The same request id with another amount is a replay as well.
        const QByteArray q = compact(m_ada, "ada-1", "XLM", "1");
        expectRefused(body(q, {byStellar(q)}), 409, "already used");
    }

    void overTheLimitIsReviewed()
    {
        const QByteArray p = compact(m_ada, "ada-2", "XLM", "800");
        const Reply r = expectAccepted(body(p, {byStellar(p)}));
        QCOMPARE(r.json.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
        QVERIFY(r.json.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("24h")));
    }

    void signersMustBeRegistered()
    {
        const QByteArray p = compact(m_ada, "ada-3", "XLM", "1");
        expectRefused(body(p, {byStellar(p, kStrangerSeed)}), 403, "not a registered withdrawal key");
        expectRefused(body(p, {byStellar(p), byEth(p)}), 403, "not a registered withdrawal key");
        // Bob has no keys; an unknown customer is answered the same way.
        const QByteArray b = compact(m_bob, "bob-1", "XLM", "1");
        expectRefused(body(b, {byStellar(b)}), 403, "no registered withdrawal key");
        const QByteArray u = compact(987654, "x-1", "XLM", "1");
        expectRefused(body(u, {byStellar(u)}), 403, "no registered withdrawal key");
    }

    void aSignatureOverOtherBytesIsRefused()
    {
        const QByteArray p = compact(m_ada, "ada-4", "XLM", "1");
        const QByteArray other = compact(m_ada, "ada-4", "XLM", "100");
        expectRefused(body(p, {byStellar(other)}), 403, "does not match the payload");
        // A bad signature is refused even beside a good one.
        QVERIFY(m_keys->add(m_admin, m_ada, Chain::Ethereum, ethKey()).ok());
        expectRefused(body(p, {byStellar(p), byEth(other)}), 403, "does not match the payload");
    }

    void twoOfThree()
    {
        QVERIFY(m_keys->add(m_admin, m_ada, Chain::Algorand, algoKey()).ok());
        QVERIFY(m_keys->require(m_admin, m_ada, 2).ok());
        const QByteArray p = compact(m_ada, "ada-5", "XLM", "2");
        expectRefused(body(p, {byStellar(p)}), 403, "needs 2 signatures");
        // One key signing twice is one signature.
        expectRefused(body(p, {byStellar(p), byStellar(p)}), 403, "got 1");
        expectAccepted(body(p, {byStellar(p), byEth(p)}));
        // json.dumps(payload) signed, compact JSON sent, as 001's clients do.
        const QByteArray q = compact(m_ada, "ada-6", "XLM", "3");
        const QByteArray signedText = pythonForm(m_ada, "ada-6", "XLM", "3");
        const Reply r = expectAccepted(body(q, {byAlgo(signedText), byEth(signedText)}));
        QCOMPARE(r.status, 200);
        // All three may sign, once each.
        const QByteArray all = compact(m_ada, "ada-7", "XLM", "4");
        expectAccepted(body(all, {byAlgo(all), byStellar(all), byEth(all), byAlgo(all)}));
        // A signer spelled as the client printed it (lower-case hex) is the same key.
        const QByteArray low = compact(m_ada, "ada-10", "XLM", "1");
        Signature lower = byEth(low);
        lower.signer = QString::fromStdString(lower.signer).toLower().toStdString();
        expectAccepted(body(low, {lower, byStellar(low)}));
    }

    void malformedRequestsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const auto row = [](const char *name, const QByteArray &payload, int status, const char *error) {
            QTest::newRow(name) << body(payload, {byStellar(payload), byEth(payload)}) << status << QString::fromLatin1(error);
        };
        row("amount with two points", compact(m_ada, "m-1", "XLM", "1.2.3"), 400, "amount");
        row("amount with letters", compact(m_ada, "m-2", "XLM", "12abc"), 400, "amount");
        row("amount negative", compact(m_ada, "m-3", "XLM", "-5"), 400, "amount");
        row("amount zero", compact(m_ada, "m-4", "XLM", "0"), 400, "more than zero");
        row("amount over-precise", compact(m_ada, "m-5", "XLM", "1.00000001"), 400, "amount");
        row("amount empty", compact(m_ada, "m-6", "XLM", ""), 400, "amount");
        row("unknown asset", compact(m_ada, "m-7", "DOGE", "1"), 400, "unknown asset DOGE");
        row("bad destination", QByteArray(compact(m_ada, "m-8", "XLM", "1")).replace("GA7QYNF7", "GA7QYNF8"), 400, "address");
        row("amount as a number", QByteArray(compact(m_ada, "m-9", "XLM", "1")).replace("\"amount\":\"1\"", "\"amount\":1"), 400,
            "decimal string");
        row("request id with a space", compact(m_ada, "m 10", "XLM", "1"), 400, "request_id");
        row("unknown field", QByteArray(compact(m_ada, "m-11", "XLM", "1")).replace("\"asset\"", "\"fee\":\"0\",\"asset\""), 400,
            "unknown payload field fee");
        row("customer id as text", QByteArray(compact(m_ada, "m-12", "XLM", "1")).replace("\"customer_id\":1", "\"customer_id\":\"1\""),
            400, "customer_id");
        QTest::newRow("no signatures") << QByteArray(R"({"payload":{},"signatures":[]})") << 400 << QStringLiteral("signatures");
        QTest::newRow("not json") << QByteArray("{{") << 400 << QString();
        QTest::newRow("signer of no chain") << body(compact(m_ada, "m-13", "XLM", "1"), {{"nobody", "AAAA"}}) << 400
                                            << QStringLiteral("signer");
    }
    void malformedRequestsAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, status);
        QFETCH(QString, error);
        expectRefused(content, status, error.toLatin1().constData());
    }

    void insufficientFundsWriteNothing()
    {
        const Amount left = available(m_ada);
        QVERIFY(left.isPositive());
        // Exactly what is left: the fee does not fit on top.
        const std::string amount = left.format(7);
        const QByteArray p = compact(m_ada, "ada-8", "XLM", amount.c_str());
        expectRefused(body(p, {byStellar(p), byEth(p)}), 422, "cannot cover");
        // The same request id is free again: a refused request made nothing.
        const QByteArray q = compact(m_ada, "ada-8", "XLM", "1");
        expectAccepted(body(q, {byStellar(q), byEth(q)}));
    }

    void keysCannotDropBelowTheRequirement()
    {
        QCOMPARE(m_keys->remove(m_admin, m_ada, Chain::Algorand, algoKey()).ok(), true);
        auto refused = m_keys->remove(m_admin, m_ada, Chain::Ethereum, ethKey());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::WrongState);
        QVERIFY(!m_keys->require(m_admin, m_ada, 3).ok());
        QCOMPARE(m_keys->policy(m_ada)->required, 2);
        QCOMPARE(m_keys->policy(m_ada)->keys.size(), std::size_t(2));
        // An algosdk signature by the removed key no longer counts.
        const QByteArray p = compact(m_ada, "ada-9", "XLM", "1");
        expectRefused(body(p, {byStellar(p), byAlgo(p)}), 403, "not a registered withdrawal key");
    }

    void cleanupTestCase()
    {
        if (m_db) {
            auto report = ledger::LedgerChecker(*m_db, m_clock).check();
            QVERIFY(report.ok());
            QVERIFY(report->clean());
        }
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestWithdrawApi)
#include "tst_withdrawapi.moc"
