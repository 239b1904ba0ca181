// Webhook delivery on this run's backend, to a receiver on loopback in this
// test, with the clock in the test's hand: an event is POSTed once to each
// endpoint, its body {id, type, created_at, object} with the object GET
// answers, its X-Webhook-Signature an Ed25519 signature over
// id "\n" timestamp "\n" body that verifies with the key GET /v1/webhook-key
// answers (404 no_webhook_key before there is one). A 500 is tried again
// after 10 s, then 20 s (not before); an object's later event waits until
// the earlier one is delivered; no 2xx within a day of the event fails the
// delivery, and an admin's retry makes it due again. While the key vault is
// locked nothing is sent. A client is sent only what its scopes let it
// read (customers: customer.updated; read: deposits and withdrawals). On PostgreSQL an event of a transaction still
// open when a later one committed is not skipped. Only URLs an admin signed
// are sent to: an endpoint row written by hand, a signed row's URL changed,
// a removed endpoint enabled again in its row, or a client whose row is not
// as signed, get nothing, and the delivery's last error says why.

#include "core/api/apiclientservice.h"
#include "core/api/backofficeserver.h"
#include "core/api/backofficesigning.h"
#include "core/api/webhookdispatcher.h"
#include "core/api/webhookkey.h"
#include "core/api/webhookservice.h"
#include "core/base/manualclock.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hex.h"
#include "core/customers/customerservice.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testsigners.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <deque>

using namespace exchange;
using namespace exchange::api;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;
constexpr qint64 kSecond = 1000;

// An HTTP/1.1 receiver: records each request and answers it with the next
// queued status (200 when none is queued).
class Receiver final : public QObject
{
public:
    struct Request {
        QByteArray path;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
    };

    Receiver()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hooks").arg(m_server.serverPort()); }
    void answerNext(int status) { m_statuses.push_back(status); }
    void answerAlways(int status) { m_always = status; }
    std::vector<Request> requests;

private:
    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            Request r;
            r.path = lines.first().split(' ').value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    r.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            const qsizetype length = r.headers.value("content-length").toLongLong();
            if (buffer.size() < end + 4 + length)
                return;
            r.body = buffer.mid(end + 4, length);
            buffer.remove(0, end + 4 + length);
            requests.push_back(r);
            int status = m_always;
            if (!m_statuses.empty()) {
                status = m_statuses.front();
                m_statuses.pop_front();
            }
            socket->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 0\r\n\r\n");
        }
    }

    QTcpServer m_server;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    std::deque<int> m_statuses;
    int m_always = 200;
};

} // namespace

class TestWebhookDelivery : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void deliveredOnceSignedWithTheKeyGetAnswers();
    void retriedAfterA500WithBackoff();
    void inOrderPerObject();
    void failedAfterADayAndRetriedByAnAdmin();
    void nothingIsSentWhileTheVaultIsLocked();
    void aClientIsSentOnlyWhatItsScopesRead();
    void anEventOfATransactionStillOpenIsNotSkipped();
    void onlyUrlsAnAdminSignedAreSentTo();
    void aRemovedEndpointEnabledInItsRowGetsNothing();
    void anEndpointFromBeforeSigningIsSignedWhenAddedAgain();

private:
    HttpResponse get(const QByteArray &target);
    WebhookPass pass();
    qint64 countWhere(const QString &condition);
    bool runSql(const QString &statement, const QVariantList &values = {});
    QString lastErrorOf(const QString &url);
    QJsonObject bodyOf(const Receiver::Request &r) { return QJsonDocument::fromJson(r.body).object(); }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kStart};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<customers::CustomerService> m_customers;
    std::unique_ptr<ApiClientService> m_clients;
    std::unique_ptr<BackOfficeServer> m_server;
    std::unique_ptr<WebhookService> m_webhooks;
    std::unique_ptr<WebhookDispatcher> m_dispatcher;
    std::unique_ptr<Receiver> m_receiver;
    security::Actor m_tester;
    QByteArray m_pin;
    QByteArray m_seed;
    int m_nonce = 0;
};

void TestWebhookDelivery::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock.set(kStart);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers->trustVault(*m_vault, "root", "webhook delivery passphrase");
    m_pin = *m_vault->pinnedAdminKey().value();
    m_customers = std::make_unique<customers::CustomerService>(*m_db, m_clock, *m_audit);
    m_clients = std::make_unique<ApiClientService>(*m_db, m_clock, *m_audit);
    m_server = std::make_unique<BackOfficeServer>(*m_db, *m_clients, *m_customers, m_clock, [this] { return m_pin; });
    m_webhooks = std::make_unique<WebhookService>(*m_db, m_clock, *m_audit);
    m_dispatcher = std::make_unique<WebhookDispatcher>(*m_db, m_clock, *m_vault);
    m_receiver = std::make_unique<Receiver>();
    m_seed = crypto::ed25519::randomSeed();
    QVERIFY(m_clients->add(m_signers->confirmed("root"), QStringLiteral("webapp"),
                           QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(m_seed))),
                           QStringLiteral("read,customers")));
    m_tester = testAdmin(*m_db, "tester");
    QVERIFY(m_webhooks->addEndpoint(m_signers->confirmed("root"), QStringLiteral("webapp"), m_receiver->url()));
    QCOMPARE(get("/v1/webhook-key").status(), HttpResponse::StatusCode::NotFound);
    auto made = WebhookKey::ensure(*m_vault, security::Actor::cli("test"));
    QVERIFY2(made, made ? "" : made.error().message.c_str());
    QVERIFY(made.value());
    QVERIFY(!WebhookKey::ensure(*m_vault, security::Actor::cli("test")).value()); // once
}

void TestWebhookDelivery::cleanup()
{
    m_receiver.reset();
    m_dispatcher.reset();
    m_webhooks.reset();
    m_server.reset();
    m_clients.reset();
    m_customers.reset();
    m_vault.reset();
    m_signers.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

HttpResponse TestWebhookDelivery::get(const QByteArray &target)
{
    HttpRequest r;
    r.method = "GET";
    r.target = target;
    r.path = target;
    const QByteArray timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    const QByteArray nonce = "delivery-nonce-" + QByteArray::number(++m_nonce).rightJustified(6, '0');
    const QByteArray canonical = backoffice::canonicalString("GET", target, timestamp, nonce, QByteArray());
    const QByteArray signature = QByteArray::fromStdString(base64::encode(crypto::ed25519::sign(m_seed, canonical)));
    r.headers = {{"x-client", "webapp"}, {"x-timestamp", timestamp}, {"x-nonce", nonce}, {"x-signature", signature}};
    r.source = QHostAddress::LocalHost;
    return m_server->answer(r);
}

WebhookPass TestWebhookDelivery::pass()
{
    auto done = m_dispatcher->pass();
    if (!done) {
        qWarning() << done.error().message.c_str();
        return {};
    }
    return done.value();
}

qint64 TestWebhookDelivery::countWhere(const QString &condition)
{
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE ") + condition);
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

bool TestWebhookDelivery::runSql(const QString &statement, const QVariantList &values)
{
    return static_cast<bool>(sql::run(m_db->connection(), statement, values));
}

QString TestWebhookDelivery::lastErrorOf(const QString &url)
{
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("SELECT d.last_error FROM webhook_deliveries d JOIN webhook_endpoints p ON p.id = d.endpoint_id"
                                     " WHERE p.url = ? ORDER BY d.id DESC"),
                      {url});
    return q && q.value().next() ? q.value().value(0).toString() : QStringLiteral("(no delivery)");
}

void TestWebhookDelivery::deliveredOnceSignedWithTheKeyGetAnswers()
{
    m_clock.advance(5 * kSecond);
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada"), QStringLiteral("ada@example.com")));
    const WebhookPass first = pass();
    QCOMPARE(first.scheduled, 1);
    QCOMPARE(first.delivered, 1);
    QCOMPARE(m_receiver->requests.size(), size_t{1});
    const Receiver::Request &r = m_receiver->requests.front();
    QCOMPARE(r.path, QByteArray("/hooks"));
    QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
    const QJsonObject body = bodyOf(r);
    QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("customer.updated"));
    QCOMPARE(body.value(QStringLiteral("id")).toString().toUtf8(), r.headers.value("x-webhook-id"));
    QVERIFY(r.headers.value("x-webhook-id").startsWith("evt_"));
    QCOMPARE(r.headers.value("x-webhook-timestamp"), QByteArray::number(m_clock.nowMs() / 1000));
    QCOMPARE(body.value(QStringLiteral("created_at")).toString(),
             QDateTime::fromMSecsSinceEpoch(m_clock.nowMs(), Qt::UTC).toString(Qt::ISODateWithMs));
    const QJsonObject customer = QJsonDocument::fromJson(get("/v1/customers/web:ada").body()).object();
    QCOMPARE(body.value(QStringLiteral("object")).toObject(), customer);

    // The signature verifies with the key GET /v1/webhook-key answers, over
    // exactly id "\n" timestamp "\n" body, and over nothing else.
    const HttpResponse keyAnswer = get("/v1/webhook-key");
    QCOMPARE(keyAnswer.status(), HttpResponse::StatusCode::Ok);
    const QJsonObject key = QJsonDocument::fromJson(keyAnswer.body()).object();
    QCOMPARE(key.value(QStringLiteral("algorithm")).toString(), QStringLiteral("Ed25519"));
    const QByteArray publicKey = base64::decode(key.value(QStringLiteral("public_key")).toString().toStdString()).value();
    QCOMPARE(QString::fromStdString(hex::encode(publicKey)), key.value(QStringLiteral("public_key_hex")).toString());
    const QByteArray signature = base64::decode(r.headers.value("x-webhook-signature").toStdString()).value();
    const QByteArray text = r.headers.value("x-webhook-id") + '\n' + r.headers.value("x-webhook-timestamp") + '\n' + r.body;
    QVERIFY(crypto::ed25519::verify(publicKey, text, signature));
    QVERIFY(!crypto::ed25519::verify(publicKey, text + ' ', signature));

    // Delivered once: later passes send nothing more.
    m_clock.advance(3600 * kSecond);
    QCOMPARE(pass().delivered, 0);
    QCOMPARE(m_receiver->requests.size(), size_t{1});
    QCOMPARE(countWhere(QStringLiteral("delivered_at IS NOT NULL AND attempts = 1 AND last_status = 200")), 1);
}

void TestWebhookDelivery::retriedAfterA500WithBackoff()
{
    m_receiver->answerNext(500);
    m_receiver->answerNext(503);
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()));
    WebhookPass p = pass();
    QCOMPARE(p.retrying, 1);
    QCOMPARE(m_receiver->requests.size(), size_t{1});
    QCOMPARE(countWhere(QStringLiteral("attempts = 1 AND last_status = 500 AND delivered_at IS NULL")), 1);

    m_clock.advance(9 * kSecond);
    QCOMPARE(pass().retrying, 0);
    QCOMPARE(m_receiver->requests.size(), size_t{1}); // not before 10 s
    m_clock.advance(1 * kSecond);
    QCOMPARE(pass().retrying, 1); // 503
    QCOMPARE(m_receiver->requests.size(), size_t{2});
    m_clock.advance(19 * kSecond);
    pass();
    QCOMPARE(m_receiver->requests.size(), size_t{2}); // then 20 s
    m_clock.advance(1 * kSecond);
    QCOMPARE(pass().delivered, 1);
    QCOMPARE(m_receiver->requests.size(), size_t{3});
    // The same event each time, under the same id.
    QCOMPARE(m_receiver->requests[0].headers.value("x-webhook-id"), m_receiver->requests[2].headers.value("x-webhook-id"));
    QCOMPARE(countWhere(QStringLiteral("delivered_at IS NOT NULL AND attempts = 3")), 1);

    QCOMPARE(WebhookDispatcher::retryDelayMs(1), 10 * kSecond);
    QCOMPARE(WebhookDispatcher::retryDelayMs(2), 20 * kSecond);
    QCOMPARE(WebhookDispatcher::retryDelayMs(3), 40 * kSecond);
    QCOMPARE(WebhookDispatcher::retryDelayMs(20), 3600 * kSecond);
}

void TestWebhookDelivery::inOrderPerObject()
{
    m_receiver->answerNext(500); // Ada's first event
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()));
    QVERIFY(m_customers->update(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada L."), std::nullopt));
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:bob"), QStringLiteral("Bob"), QString()));
    WebhookPass p = pass();
    QCOMPARE(p.scheduled, 3);
    // Ada's first (refused) and Bob's; Ada's second waits for her first.
    QCOMPARE(m_receiver->requests.size(), size_t{2});
    const auto nameIn = [this](size_t i) {
        return bodyOf(m_receiver->requests[i]).value(QStringLiteral("object")).toObject().value(QStringLiteral("name")).toString();
    };
    QCOMPARE(nameIn(0), QStringLiteral("Ada"));
    QCOMPARE(nameIn(1), QStringLiteral("Bob"));
    m_clock.advance(5 * kSecond);
    pass();
    QCOMPARE(m_receiver->requests.size(), size_t{2});
    m_clock.advance(5 * kSecond);
    QCOMPARE(pass().delivered, 2); // Ada's first, at last, then her second
    QCOMPARE(m_receiver->requests.size(), size_t{4});
    QCOMPARE(nameIn(2), QStringLiteral("Ada"));
    QCOMPARE(nameIn(3), QStringLiteral("Ada L."));
    QCOMPARE(countWhere(QStringLiteral("delivered_at IS NOT NULL")), 3);
}

void TestWebhookDelivery::failedAfterADayAndRetriedByAnAdmin()
{
    m_receiver->answerAlways(500);
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()));
    const qint64 eventAt = m_clock.nowMs();
    pass();
    int sent = 1;
    // Each time the delivery is due, until it fails.
    for (int i = 0; i < 100 && countWhere(QStringLiteral("failed_at IS NOT NULL")) == 0; ++i) {
        auto next = sql::run(m_db->connection(), QStringLiteral("SELECT next_attempt_at FROM webhook_deliveries"));
        QVERIFY(next && next.value().next());
        m_clock.set(next.value().value(0).toLongLong());
        pass();
        ++sent;
    }
    QCOMPARE(countWhere(QStringLiteral("failed_at IS NOT NULL")), 1);
    QCOMPARE(static_cast<int>(m_receiver->requests.size()), sent);
    // Backoff capped at an hour: about 30 attempts in the day, the last one at its end.
    QVERIFY2(sent > 24 && sent < 40, qPrintable(QString::number(sent)));
    QCOMPARE(m_clock.nowMs(), eventAt + WebhookService::kGiveUpAfterMs);
    auto failures = m_webhooks->failures();
    QVERIFY(failures);
    QCOMPARE(failures.value().failed, 1);
    QCOMPARE(failures.value().oldestEventAtMs.value_or(0), eventAt);
    m_clock.advance(3600 * kSecond);
    pass();
    QCOMPARE(static_cast<int>(m_receiver->requests.size()), sent); // failed: no more tries

    // Only an admin retries; then it is due now, with another day to go.
    const auto failed = m_webhooks->deliveries(true).value();
    QCOMPARE(failed.size(), size_t{1});
    QVERIFY(!m_webhooks->retry(security::Actor::cli("test"), failed.front().id));
    auto retried = m_webhooks->retry(m_signers->confirmed("root"), failed.front().id);
    QVERIFY2(retried, retried ? "" : retried.error().message.c_str());
    QCOMPARE(retried.value().giveUpAtMs, m_clock.nowMs() + WebhookService::kGiveUpAfterMs);
    m_receiver->answerAlways(204);
    QCOMPARE(pass().delivered, 1);
    QCOMPARE(static_cast<int>(m_receiver->requests.size()), sent + 1);
    QCOMPARE(m_webhooks->failures().value().failed, 0);
}

void TestWebhookDelivery::nothingIsSentWhileTheVaultIsLocked()
{
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()));
    m_vault->lock(security::Actor::cli("test"));
    const WebhookPass locked = pass();
    QVERIFY(locked.waiting.has_value());
    QCOMPARE(locked.waiting->code, ErrorCode::WrongState);
    QCOMPARE(m_receiver->requests.size(), size_t{0});
    QCOMPARE(countWhere(QStringLiteral("attempts = 0")), 1);
    // The public key is still answered: it is no secret.
    QCOMPARE(get("/v1/webhook-key").status(), HttpResponse::StatusCode::Ok);
    QVERIFY(m_vault->unlock(m_signers->confirmed("root"), "webhook delivery passphrase"));
    QCOMPARE(pass().delivered, 1);
}

void TestWebhookDelivery::aClientIsSentOnlyWhatItsScopesRead()
{
    Receiver support;
    for (const auto &[name, scopes] : {std::pair{"support", "customers"}, std::pair{"books", "read"}}) {
        QVERIFY(m_clients->add(m_signers->confirmed("root"), QString::fromLatin1(name),
                               QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(crypto::ed25519::randomSeed()))),
                               QString::fromLatin1(scopes)));
    }
    Receiver books;
    QVERIFY(m_webhooks->addEndpoint(m_signers->confirmed("root"), QStringLiteral("support"), support.url()));
    QVERIFY(m_webhooks->addEndpoint(m_signers->confirmed("root"), QStringLiteral("books"), books.url()));
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()));
    QVERIFY(sql::run(m_db->connection(),
                     QStringLiteral("INSERT INTO deposits (chain, txid, op_index, asset, to_address, amount, customer_id, state,"
                                    " seen_at, updated_at) SELECT 'stellar', 'aa01', 0, 'XLM', 'GA', ?, id, 'credited', 1, 1"
                                    " FROM customers WHERE external_id = 'web:ada'"),
                     {m_db->dialect().amountToSql(Amount::fromBaseUnits(5))}));
    const WebhookPass p = pass();
    QCOMPARE(p.scheduled, 4); // webapp (read, customers) both, support one, books one
    const auto typesOf = [this](const Receiver &r) {
        QStringList types;
        for (const Receiver::Request &request : r.requests)
            types << bodyOf(request).value(QStringLiteral("type")).toString();
        return types;
    };
    QCOMPARE(typesOf(*m_receiver), (QStringList{QStringLiteral("customer.updated"), QStringLiteral("deposit.credited")}));
    QCOMPARE(typesOf(support), QStringList{QStringLiteral("customer.updated")});
    QCOMPARE(typesOf(books), QStringList{QStringLiteral("deposit.credited")});
}

void TestWebhookDelivery::anEventOfATransactionStillOpenIsNotSkipped()
{
    if (!m_testDb->isPostgres())
        QSKIP("SQLite has one writer: a later event never commits before an earlier one");
    auto other = Database::open(m_testDb->url());
    QVERIFY(other);
    QSqlDatabase slow = other.value()->connection();
    QVERIFY(sql::execute(slow, QStringLiteral("BEGIN")));
    QVERIFY(sql::run(slow, QStringLiteral("INSERT INTO customers (external_id, name, created_at) VALUES ('web:slow', 'Slow', 1)")));
    // A later event commits while the earlier one's transaction is open.
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:fast"), QStringLiteral("Fast"), QString()));
    WebhookPass p = pass();
    QCOMPARE(p.scheduled, 0); // the cursor waits at the hole
    QVERIFY(sql::execute(slow, QStringLiteral("COMMIT")));
    p = pass();
    QCOMPARE(p.scheduled, 2);
    QCOMPARE(m_receiver->requests.size(), size_t{2});
    // And a hole left by a rollback is passed once nothing open can fill it.
    QVERIFY(sql::execute(slow, QStringLiteral("BEGIN")));
    QVERIFY(sql::run(slow, QStringLiteral("INSERT INTO customers (external_id, name, created_at) VALUES ('web:gone', 'Gone', 1)")));
    QVERIFY(sql::execute(slow, QStringLiteral("ROLLBACK")));
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:next"), QStringLiteral("Next"), QString()));
    QCOMPARE(pass().scheduled, 0); // sees the hole, and which transactions might still fill it
    // Passed once none of those is open any more. Transaction ids are the
    // server's, so a transaction of another database on it (another test's)
    // may hold the pass back a little: pass again until then.
    int scheduled = 0;
    QTRY_VERIFY_WITH_TIMEOUT((scheduled += pass().scheduled) >= 1, 20000);
    QCOMPARE(scheduled, 1);
    QCOMPARE(m_receiver->requests.size(), size_t{3});
}

void TestWebhookDelivery::onlyUrlsAnAdminSignedAreSentTo()
{
    // A row written by hand (someone with SQL, not an admin): it is
    // scheduled like any enabled endpoint, but nothing is sent to it.
    Receiver intruder;
    QVERIFY(runSql(QStringLiteral("INSERT INTO webhook_endpoints (client_id, url, enabled, created_at, updated_at)"
                                  " SELECT id, ?, 1, 1, 1 FROM api_clients WHERE name = 'webapp'"),
                   {intruder.url() + QStringLiteral("/x")}));
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()));
    WebhookPass p = pass();
    QCOMPARE(p.scheduled, 2);
    QCOMPARE(p.delivered, 1);
    QCOMPARE(p.retrying, 1);
    QCOMPARE(m_receiver->requests.size(), size_t{1});
    QVERIFY(intruder.requests.empty());
    QVERIFY2(lastErrorOf(intruder.url() + QStringLiteral("/x")).contains(QStringLiteral("no admin signed")),
             qPrintable(lastErrorOf(intruder.url() + QStringLiteral("/x"))));

    // The signed endpoint's row pointed elsewhere: nothing goes there either.
    QVERIFY(runSql(QStringLiteral("UPDATE webhook_endpoints SET url = ? WHERE url = ?"), {intruder.url(), m_receiver->url()}));
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:bob"), QStringLiteral("Bob"), QString()));
    m_clock.advance(15 * kSecond);
    p = pass();
    QCOMPARE(p.delivered, 0);
    QVERIFY(intruder.requests.empty());
    QVERIFY(lastErrorOf(intruder.url()).contains(QStringLiteral("no admin signed")));
    QVERIFY(runSql(QStringLiteral("UPDATE webhook_endpoints SET url = ? WHERE url = ?"), {m_receiver->url(), intruder.url()}));

    // A client's row given a scope no admin signed: the client gets nothing
    // until its row is as signed again.
    QVERIFY(runSql(QStringLiteral("UPDATE api_clients SET scopes = 'read,customers,withdrawals' WHERE name = 'webapp'")));
    m_clock.advance(60 * kSecond);
    p = pass();
    QCOMPARE(p.delivered, 0);
    QCOMPARE(m_receiver->requests.size(), size_t{1});
    QVERIFY(lastErrorOf(m_receiver->url()).contains(QStringLiteral("not as an admin signed it")));
    QVERIFY(runSql(QStringLiteral("UPDATE api_clients SET scopes = 'read,customers' WHERE name = 'webapp'")));
    m_clock.advance(60 * kSecond);
    p = pass();
    QCOMPARE(p.delivered, 1); // web:bob's event, to the signed URL
    QCOMPARE(m_receiver->requests.size(), size_t{2});
    QVERIFY(intruder.requests.empty());
}

void TestWebhookDelivery::aRemovedEndpointEnabledInItsRowGetsNothing()
{
    QVERIFY(m_webhooks->removeEndpoint(m_signers->confirmed("root"), QStringLiteral("webapp"), m_receiver->url()));
    QVERIFY(runSql(QStringLiteral("UPDATE webhook_endpoints SET enabled = 1")));
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()));
    const WebhookPass p = pass();
    QCOMPARE(p.scheduled, 1);
    QCOMPARE(p.delivered, 0);
    QVERIFY(m_receiver->requests.empty());
    // The admin adds it again: signed, enabled, and the waiting event goes.
    QVERIFY(m_webhooks->addEndpoint(m_signers->confirmed("root"), QStringLiteral("webapp"), m_receiver->url()));
    m_clock.advance(15 * kSecond);
    QCOMPARE(pass().delivered, 1);
    QCOMPARE(m_receiver->requests.size(), size_t{1});
}

void TestWebhookDelivery::anEndpointFromBeforeSigningIsSignedWhenAddedAgain()
{
    // An endpoint added before endpoints were signed has a row and no
    // statement: adding it again is no conflict, it signs it.
    Receiver older;
    QVERIFY(runSql(QStringLiteral("INSERT INTO webhook_endpoints (client_id, url, enabled, created_at, updated_at)"
                                  " SELECT id, ?, 1, 1, 1 FROM api_clients WHERE name = 'webapp'"),
                   {older.url()}));
    auto added = m_webhooks->addEndpoint(m_signers->confirmed("root"), QStringLiteral("webapp"), older.url());
    QVERIFY2(added, added ? "" : added.error().message.c_str());
    auto again = m_webhooks->addEndpoint(m_signers->confirmed("root"), QStringLiteral("webapp"), older.url());
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::Conflict);
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()));
    QCOMPARE(pass().delivered, 2);
    QCOMPARE(older.requests.size(), size_t{1});
    // An admin who cannot sign adds nothing.
    auto unsigned_ = m_webhooks->addEndpoint(testAdmin(*m_db, "nosigner"), QStringLiteral("webapp"),
                                             QStringLiteral("https://hooks.example/unsigned"));
    QVERIFY(!unsigned_);
    QCOMPARE(countWhere(QStringLiteral("1 = 1")), 2);
    auto stored = sql::run(m_db->connection(),
                           QStringLiteral("SELECT COUNT(*) FROM webhook_endpoints WHERE url = 'https://hooks.example/unsigned'"));
    QVERIFY(stored && stored.value().next());
    QCOMPARE(stored.value().value(0).toLongLong(), 0);
}

QTEST_GUILESS_MAIN(TestWebhookDelivery)
#include "tst_webhookdelivery.moc"
