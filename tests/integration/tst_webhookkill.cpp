// Webhooks at least once under SIGKILL: `exctl serve` with its duties (the
// leader delivers) on a database with an admin-signed client whose webhook
// is a receiver in this process. A thread of this process changes customers
// through the back-office API, each request signed, retried until answered
// (a retry of a change that committed writes nothing, so every change is
// exactly one event); meanwhile the test kills the server (SIGKILL) at random
// moments while deliveries are under way and starts it again, over and over.
// Then, with the server left running: every event in webhook_events was
// received at least once, nothing else was, each event under one id with one
// body and a signature by the one webhook key, and the events of each object
// in the order they happened (a repeat of an event never after its successor).

#include "backofficetestclient.h"
#include "core/api/webhookkey.h"
#include "core/crypto/ed25519.h"
#include "core/security/role.h"
#include "core/store/sql.h"
#include "exctlpeople.h"
#include "exctlrun.h"
#include "loopbackdriver.h"
#include "testdatabase.h"
#include "webhooktestreceiver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace exchange;

namespace {

constexpr int kCustomers = 100;
constexpr int kVersions = 3; // added, then renamed twice: three events each
constexpr int kMinKillsWhileDelivering = 5;

QByteArray externalId(int i)
{
    return "kill:" + QByteArray::number(i);
}

// The changes, in order: customer i in version v, the versions of the
// customers interleaved (every object has several events, apart in time).
QByteArray change(int n)
{
    const int version = n / kCustomers;
    const int i = n % kCustomers;
    return "{\"external_id\": \"" + externalId(i) + "\", \"name\": \"Customer " + QByteArray::number(i) + " v"
           + QByteArray::number(version) + "\"}";
}

// Sends every change to whichever server is up (port 0: none), one at a
// time over a keep-alive connection, each until it is answered 200 or 201.
class ChangeSender final
{
public:
    explicit ChangeSender(QByteArray seed) : m_seed(std::move(seed)) {}

    void start() { m_thread = std::thread([this] { run(); }); }
    void join()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    void setPort(quint16 port) { m_port = port; }
    bool finished() const { return m_finished; }
    int refused() const { return m_refused; }

private:
    void run()
    {
        BackOfficeTestClient client("webapp", m_seed);
        QTcpSocket socket;
        quint16 connectedTo = 0;
        for (int n = 0; n < kCustomers * kVersions && !m_stop;) {
            const quint16 port = m_port;
            if (port == 0) {
                QThread::msleep(20);
                continue;
            }
            if (connectedTo != port || socket.state() != QAbstractSocket::ConnectedState) {
                socket.abort();
                socket.connectToHost(QHostAddress::LocalHost, port);
                if (!socket.waitForConnected(2000)) {
                    QThread::msleep(20);
                    continue;
                }
                connectedTo = port;
            }
            socket.write(client.request("POST", "/v1/customers", change(n)));
            QByteArray buffer;
            std::vector<int> statuses;
            while (statuses.empty() && socket.waitForReadyRead(5000)) {
                buffer += socket.readAll();
                statuses = LoopbackDriver::takeResponses(buffer);
            }
            if (statuses.empty()) { // killed under us: send it again to the next server
                socket.abort();
                continue;
            }
            if (statuses.front() == 200 || statuses.front() == 201) {
                ++n;
                QThread::msleep(25); // spread the changes over the kills
            } else {
                ++m_refused; // 503 while the database recovers: again
                QThread::msleep(20);
            }
        }
        m_finished = true;
    }

    QByteArray m_seed;
    std::thread m_thread;
    std::atomic<quint16> m_port{0};
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_finished{false};
    std::atomic<int> m_refused{0};
};

struct Event {
    qint64 seq = 0;
    QByteArray object;
};

} // namespace

using exchange::security::Role;

class TestWebhookKill : public QObject
{
    Q_OBJECT
private slots:
    void killedWhileDeliveringNoEventIsLost();

private:
    // exctl serve with its duties; its back office's port, 0 when it did not start.
    quint16 serve(QProcess &server);
    std::map<QByteArray, Event> events(); // by event id
    int undeliveredCount(); // -1 when it cannot be read

    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
};

quint16 TestWebhookKill::serve(QProcess &server)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EXCHANGE_SIGNER_JOURNAL_DIR"), m_dir.filePath(QStringLiteral("journal")));
    server.setProcessEnvironment(env);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(QStringLiteral(EXCTL_PATH),
                 {QStringLiteral("--db"), m_db->url(), QStringLiteral("serve"), QStringLiteral("--api"), QStringLiteral("127.0.0.1:0"),
                  QStringLiteral("--backoffice"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--vault-passphrase-file"),
                  m_dir.filePath(QStringLiteral("passphrase"))});
    const QByteArray prefix = "back office listening on http://127.0.0.1:";
    quint16 port = 0;
    [[maybe_unused]] const bool ended = QTest::qWaitFor(
        [&] {
            while (port == 0 && server.canReadLine()) {
                const QByteArray line = server.readLine();
                if (line.startsWith(prefix))
                    port = static_cast<quint16>(line.mid(prefix.size()).trimmed().toUInt());
            }
            return port != 0 || server.state() == QProcess::NotRunning;
        },
        30000);
    return port;
}

std::map<QByteArray, Event> TestWebhookKill::events()
{
    std::map<QByteArray, Event> out;
    auto db = m_db->open(false);
    if (!db)
        return out;
    auto rows = sql::run(db->connection(), QStringLiteral("SELECT seq, event_id, object_type, object_id FROM webhook_events"));
    while (rows && rows.value().next())
        out[rows.value().value(1).toString().toUtf8()] =
            Event{rows.value().value(0).toLongLong(),
                  rows.value().value(2).toString().toUtf8() + ':' + rows.value().value(3).toString().toUtf8()};
    return out;
}

int TestWebhookKill::undeliveredCount()
{
    auto db = m_db->open(false);
    if (!db)
        return -1;
    auto q = sql::run(db->connection(), QStringLiteral("SELECT COUNT(*) FROM webhook_deliveries WHERE delivered_at IS NULL"));
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

void TestWebhookKill::killedWhileDeliveringNoEventIsLost()
{
    QVERIFY(m_dir.isValid());
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    WebhookTestReceiver receiver;
    QVERIFY(receiver.listen());
    const QByteArray seed(32, '\x6b');
    {
        const ExctlRun init = runExctl(m_db->url(), {QStringLiteral("init"), QStringLiteral("--demo")});
        QVERIFY2(init.code == 0, qPrintable(init.err));
        ExctlPeople people(m_db->url());
        people.addDemo();
        // The demo admin, whose key the demo vault pins, signs the client.
        const ExctlRun added = people.as(QStringLiteral("admin"),
                                         {QStringLiteral("api-client"), QStringLiteral("add"), QStringLiteral("webapp"),
                                          QStringLiteral("--public-key"), BackOfficeTestClient("webapp", seed).publicKeyHex(),
                                          QStringLiteral("--scopes"), QStringLiteral("read,customers")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        // So does its webhook URL: only what the pinned admin's chain signs is sent to.
        const ExctlRun hooked = people.as(QStringLiteral("admin"), {QStringLiteral("api-client"), QStringLiteral("webhook"),
                                                                    QStringLiteral("add"), QStringLiteral("webapp"), receiver.url()});
        QVERIFY2(hooked.code == 0, qPrintable(hooked.err));
        QFile passphrase(m_dir.filePath(QStringLiteral("passphrase")));
        QVERIFY(passphrase.open(QIODevice::WriteOnly));
        passphrase.write("demo-vault-passphrase\n"); // the demo's, published
    }

    ChangeSender sender(seed);
    sender.start();
    auto *random = QRandomGenerator::global();
    int kills = 0;
    int killsWhileDelivering = 0;
    QElapsedTimer elapsed;
    elapsed.start();
    while (!sender.finished() || killsWhileDelivering < kMinKillsWhileDelivering) {
        QVERIFY2(elapsed.elapsed() < 90000, "the changes took too long to go through the kills");
        QProcess server;
        const quint16 port = serve(server);
        QVERIFY2(port != 0, "exctl serve did not start");
        sender.setPort(port);
        // Mostly once a delivery has arrived (a pass under way), now and then
        // at any moment of the first second and a half.
        const std::size_t before = receiver.received().size();
        bool delivering = false;
        if (random->bounded(4) == 0)
            QTest::qWait(static_cast<int>(random->bounded(1500)));
        else
            delivering = QTest::qWaitFor([&] { return receiver.received().size() > before; }, 6000);
        if (delivering)
            QTest::qWait(static_cast<int>(random->bounded(200)));
        sender.setPort(0);
        server.kill(); // SIGKILL: no cleanup, no rollback but the database's own
        QVERIFY(server.waitForFinished(10000));
        ++kills;
        killsWhileDelivering += delivering ? 1 : 0;
    }
    sender.join();
    qInfo("killed the server %d times (%d while webhooks arrived) in %.1f s; %d answers were refusals, sent again", kills,
          killsWhileDelivering, elapsed.elapsed() / 1000.0, sender.refused());

    // The last server delivers what is left: what arrived before a kill
    // that came before its delivery was recorded is sent again.
    QProcess server;
    QVERIFY(serve(server) != 0);
    std::map<QByteArray, Event> all;
    const auto receivedAll = [&] {
        if (undeliveredCount() != 0)
            return false;
        all = events();
        std::set<QByteArray> ids;
        for (const ReceivedWebhook &hook : receiver.received())
            ids.insert(hook.id);
        for (const auto &[id, event] : all) {
            if (!ids.count(id))
                return false;
        }
        return !all.empty();
    };
    const bool complete = QTest::qWaitFor(receivedAll, 30000);
    server.terminate();
    QVERIFY(server.waitForFinished(15000));
    QVERIFY2(complete, "some events were never delivered, or their deliveries never recorded");

    auto db = m_db->open(false);
    QVERIFY(db);
    auto key = api::WebhookKey::publicKey(db->connection());
    QVERIFY(key && key.value());
    auto customers = sql::run(db->connection(), QStringLiteral("SELECT COUNT(*) FROM webhook_events e JOIN customers c"
                                                               " ON e.object_type = 'customer' AND c.id = e.object_id"
                                                               " WHERE c.external_id LIKE 'kill:%'"));
    QVERIFY(customers && customers.value().next());
    // Exactly the changes made, one event each (a retry of a change that had
    // committed writes nothing).
    QCOMPARE(customers.value().value(0).toInt(), kCustomers * kVersions);

    std::map<QByteArray, QByteArray> bodyOf;
    std::map<QByteArray, qint64> lastOf; // per object, the latest event received so far
    int repeats = 0;
    for (const ReceivedWebhook &hook : receiver.received()) {
        const auto event = all.find(hook.id);
        QVERIFY2(event != all.end(), hook.id.constData()); // nothing that is not an event
        QCOMPARE(QJsonDocument::fromJson(hook.body).object().value(QStringLiteral("id")).toString().toUtf8(), hook.id);
        QCOMPARE(hook.target, QByteArray("/hooks"));
        QVERIFY2(crypto::ed25519::verify(*key.value(), hook.id + '\n' + hook.timestamp + '\n' + hook.body,
                                         QByteArray::fromBase64(hook.signature)),
                 hook.id.constData());
        const auto [known, first] = bodyOf.emplace(hook.id, hook.body);
        if (!first) {
            ++repeats;
            QCOMPARE(hook.body, known->second); // one id, one event
        }
        qint64 &last = lastOf[event->second.object];
        QVERIFY2(event->second.seq >= last, hook.id.constData()); // never after a later event of its object
        last = event->second.seq;
    }
    QCOMPARE(bodyOf.size(), all.size());
    qInfo("%zu events, %zu deliveries received (%d repeats after kills)", all.size(), receiver.received().size(), repeats);
    m_db.reset();
}

QTEST_GUILESS_MAIN(TestWebhookKill)
#include "tst_webhookkill.moc"
