// HttpServer against raw sockets on 127.0.0.1, byte for byte as a hostile
// client would send them: answers in request order however late a handler
// answers; a body over its route's limit refused 413 from Content-Length
// with nothing of it buffered; the head's limits (431), malformed framing
// (400, 501, 505) and each refusal closing the connection; 404 and 405 with
// Allow in JSON; keep-alive, Connection: close and HTTP/1.0; the idle, head
// and body timeouts; the connection cap at accept; 429 per client address
// once its refusals or requests are spent (clients told apart by a trusted
// proxy's X-Forwarded-For); HTTPS with a certificate made for the test.

#include "core/api/http/httpratelimiter.h"
#include "core/api/http/httpserver.h"
#include "core/api/http/httptls.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

using namespace exchange::api;

namespace {

struct Answer {
    int status = 0;
    std::map<QByteArray, QByteArray> headers; // lowercase names
    QByteArray body;
    QByteArray header(const char *name) const
    {
        const auto it = headers.find(QByteArray(name));
        return it == headers.end() ? QByteArray() : it->second;
    }
    QString error() const { return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString(); }
};

// Takes one complete response from the front of buffer, if there is one.
std::optional<Answer> takeAnswer(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    Answer answer;
    answer.status = lines.front().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        answer.headers[line.left(colon).toLower()] = line.mid(colon + 1).trimmed();
    }
    const qsizetype length = answer.headers[QByteArrayLiteral("content-length")].toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    answer.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return answer;
}

// A client that writes exactly the bytes it is given.
struct RawClient {
    std::unique_ptr<QTcpSocket> socket;
    QByteArray received;

    explicit RawClient(quint16 port, std::unique_ptr<QTcpSocket> s = std::make_unique<QTcpSocket>())
        : socket(std::move(s))
    {
        if (socket->state() == QAbstractSocket::UnconnectedState) {
            socket->connectToHost(QHostAddress::LocalHost, port);
            socket->waitForConnected(5000);
        }
    }
    void send(const QByteArray &bytes)
    {
        socket->write(bytes);
        socket->flush();
    }
    bool closed() const { return socket->state() == QAbstractSocket::UnconnectedState; }
    // Runs the event loop until an answer is complete (or the time is up).
    std::optional<Answer> next(int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            received += socket->readAll();
            if (auto answer = takeAnswer(received))
                return answer;
            if (deadline.hasExpired() || (closed() && socket->bytesAvailable() == 0))
                return std::nullopt;
            QTest::qWait(5);
        }
    }
    // Runs the event loop until the server has closed the connection.
    bool waitClosed(int timeoutMs = 5000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!closed() && !deadline.hasExpired()) {
            received += socket->readAll();
            QTest::qWait(5);
        }
        received += socket->readAll(); // what came with the close
        return closed();
    }
};

QByteArray get(const char *path, const QByteArray &extra = {})
{
    return QByteArray("GET ") + path + " HTTP/1.1\r\nHost: test\r\n" + extra + "\r\n";
}

HttpLimits testLimits()
{
    HttpLimits limits;
    limits.maxBody = 1024;
    limits.maxHeaders = 8;
    limits.maxHeaderBytes = 2048;
    limits.maxRequestLine = 512;
    return limits;
}

} // namespace

class TestHttpServer final : public QObject
{
    Q_OBJECT

    std::unique_ptr<HttpServer> m_server;
    quint16 m_port = 0;
    std::vector<HttpResponder> m_held; // answered later by /slow
    bool m_fastServed = false;

    // GET /fast answers at once with its query; GET /slow answers 300 ms
    // later; POST /echo answers with the body; GET /hold never answers by
    // itself (the test does).
    void start(const HttpLimits &limits, std::optional<QSslConfiguration> tls = std::nullopt)
    {
        m_server = std::make_unique<HttpServer>(limits);
        if (tls)
            m_server->setTls(*tls);
        HttpRouter &router = m_server->router();
        router.route("/fast", "GET", [this](const HttpRequest &request, HttpResponder responder) {
            m_fastServed = true;
            responder.respond(HttpResponse("text/plain", "fast " + request.target));
        });
        router.route("/slow", "GET", [this](const HttpRequest &, HttpResponder responder) {
            QTimer::singleShot(300, this, [responder, this] {
                responder.respond(HttpResponse("text/plain", m_fastServed ? "slow, after fast" : "slow"));
            });
        });
        router.route("/echo", "POST", [](const HttpRequest &request, HttpResponder responder) {
            responder.respond(HttpResponse("text/plain", request.body));
        });
        router.route("/hold", "GET", [this](const HttpRequest &, HttpResponder responder) { m_held.push_back(responder); });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
        m_port = m_server->serverPort();
        m_fastServed = false;
        m_held.clear();
    }

private slots:
    void cleanup()
    {
        m_held.clear();
        m_server.reset();
    }

    void pipelinedRequestsAreAnsweredInOrder()
    {
        start(testLimits());
        RawClient client(m_port);
        // One write: the slow answer is ready after both fast ones were.
        client.send(get("/slow") + get("/fast?1") + get("/fast?2"));
        const auto first = client.next();
        const auto second = client.next();
        const auto third = client.next();
        QVERIFY(first && second && third);
        QCOMPARE(first->body, QByteArray("slow, after fast")); // the fast ones were served meanwhile
        QCOMPARE(second->body, QByteArray("fast /fast?1"));
        QCOMPARE(third->body, QByteArray("fast /fast?2"));
        QVERIFY(!client.closed()); // keep-alive
        client.send(get("/fast?3"));
        QCOMPARE(client.next()->body, QByteArray("fast /fast?3"));
    }

    void aBodyOverTheLimitIsRefusedUnread()
    {
        const HttpLimits limits = testLimits();
        start(limits);
        RawClient client(m_port);
        constexpr qint64 announced = 100 * 1024 * 1024;
        client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: " + QByteArray::number(announced) + "\r\n\r\n");
        // Keep sending the body as fast as the server takes it.
        const QByteArray piece(64 * 1024, 'x');
        qint64 sent = 0;
        QDeadlineTimer deadline(20000);
        while (!client.closed() && sent < announced && !deadline.hasExpired()) {
            if (client.socket->bytesToWrite() < 4 * piece.size()) {
                client.socket->write(piece);
                sent += piece.size();
            }
            client.received += client.socket->readAll();
            QTest::qWait(1);
        }
        QVERIFY2(client.waitClosed(), "the connection was not closed");
        QVERIFY2(sent < announced / 4, qPrintable(QStringLiteral("%1 bytes were taken").arg(sent)));
        const auto answer = takeAnswer(client.received);
        QVERIFY(answer);
        QCOMPARE(answer->status, 413);
        QVERIFY(!answer->error().isEmpty());
        // Never more than the head and one read chunk held for the request.
        QVERIFY2(m_server->peakBufferedBytes() <= limits.readChunk + limits.maxHeaderBytes,
                 qPrintable(QString::number(m_server->peakBufferedBytes())));
    }

    void aBodyWithinTheLimitIsServed()
    {
        start(testLimits());
        RawClient client(m_port);
        const QByteArray body(1024, 'b');
        client.send("POST /echo HTTP/1.1\r\nHost: test\r\nContent-Length: 1024\r\n\r\n" + body + get("/fast"));
        QCOMPARE(client.next()->body, body);
        QCOMPARE(client.next()->status, 200);
    }

    void expectContinueIsAnswered()
    {
        start(testLimits());
        RawClient client(m_port);
        client.send("POST /echo HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
        const auto interim = client.next();
        QVERIFY(interim);
        QCOMPARE(interim->status, 100);
        client.send("hello");
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->body, QByteArray("hello"));
    }

    void headLimits_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QByteArray nine;
        for (int i = 0; i < 9; ++i)
            nine += "X-H" + QByteArray::number(i) + ": v\r\n";
        QTest::newRow("too many headers") << get("/fast", nine) << 431;
        QTest::newRow("a header too long") << get("/fast", "X-Long: " + QByteArray(3000, 'a') + "\r\n") << 431;
        QTest::newRow("a request line too long") << get(QByteArray("/fast?" + QByteArray(1000, 'q')).constData()) << 414;
    }

    void headLimits()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        start(testLimits());
        RawClient client(m_port);
        client.send(request);
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->status, status);
        QVERIFY(!answer->error().isEmpty());
        QCOMPARE(answer->header("connection"), QByteArray("close"));
        QVERIFY(client.waitClosed());
        QVERIFY(!m_fastServed);
    }

    void malformedFramingIsRefusedAndCloses_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("status");
        QTest::newRow("no version") << QByteArray("GET /fast\r\n\r\n") << 400;
        QTest::newRow("two spaces") << QByteArray("GET  /fast HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("not a path") << QByteArray("GET fast HTTP/1.1\r\n\r\n") << 400;
        QTest::newRow("bare LF") << QByteArray("GET /fast HTTP/1.1\nHost: x\n\n") << 400;
        QTest::newRow("space before colon") << get("/fast", "Bad Header : x\r\n") << 400;
        QTest::newRow("no colon") << get("/fast", "NoColon\r\n") << 400;
        QTest::newRow("folded") << get("/fast", "X-A: a\r\n continued\r\n") << 400;
        QTest::newRow("two lengths") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\nab") << 400;
        QTest::newRow("bad length") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << 400;
        QTest::newRow("negative length") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::newRow("length and chunked") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << 400;
        QTest::newRow("chunked") << QByteArray("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n") << 501;
        QTest::newRow("HTTP/2.0") << QByteArray("GET /fast HTTP/2.0\r\n\r\n") << 505;
    }

    void malformedFramingIsRefusedAndCloses()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, status);
        start(testLimits());
        RawClient client(m_port);
        client.send(request + get("/fast")); // never served: the framing is lost
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->status, status);
        QVERIFY(!answer->error().isEmpty());
        QVERIFY(client.waitClosed());
        QVERIFY(!m_fastServed);
        QVERIFY(!takeAnswer(client.received));
    }

    void unknownPathAndWrongMethodAnswerInJson()
    {
        start(testLimits());
        RawClient client(m_port);
        client.send(get("/nowhere") + QByteArray("POST /fast HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}") + get("/fast"));
        const auto missing = client.next();
        QVERIFY(missing);
        QCOMPARE(missing->status, 404);
        QCOMPARE(missing->header("content-type"), QByteArray("application/json"));
        QVERIFY(!missing->error().isEmpty());
        const auto wrong = client.next();
        QVERIFY(wrong);
        QCOMPARE(wrong->status, 405);
        QCOMPARE(wrong->header("allow"), QByteArray("GET"));
        QVERIFY(!wrong->error().isEmpty());
        QCOMPARE(client.next()->status, 200); // the connection stays usable
    }

    void connectionCloseAndHttp10()
    {
        start(testLimits());
        RawClient closing(m_port);
        closing.send(get("/fast", "Connection: close\r\n") + get("/fast?never"));
        const auto answer = closing.next();
        QVERIFY(answer);
        QCOMPARE(answer->header("connection"), QByteArray("close"));
        QVERIFY(closing.waitClosed());
        QVERIFY(!takeAnswer(closing.received));

        RawClient old(m_port);
        old.send("GET /fast HTTP/1.0\r\n\r\n");
        const auto once = old.next();
        QVERIFY(once);
        QVERIFY(once->body.startsWith("fast"));
        QVERIFY(old.waitClosed());

        RawClient kept(m_port);
        kept.send("GET /fast HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const auto first = kept.next();
        QVERIFY(first);
        QCOMPARE(first->header("connection"), QByteArray("keep-alive"));
        kept.send("GET /fast?again HTTP/1.0\r\n\r\n");
        QCOMPARE(kept.next()->body, QByteArray("fast /fast?again"));
    }

    void anIdleConnectionIsClosed()
    {
        HttpLimits limits = testLimits();
        limits.idleTimeoutMs = 300;
        start(limits);
        RawClient client(m_port);
        client.send(get("/fast"));
        QCOMPARE(client.next()->status, 200);
        QVERIFY(client.waitClosed(5000));
        QVERIFY(client.received.isEmpty()); // closed quietly: no request was under way
        RawClient silent(m_port); // never sends a byte
        QVERIFY(silent.waitClosed(5000));
    }

    void aSlowHeadIsCutAtTheHeaderTimeout()
    {
        HttpLimits limits = testLimits();
        limits.headerTimeoutMs = 500;
        limits.idleTimeoutMs = 60'000; // a byte every 100 ms would keep any idle timer alive
        start(limits);
        RawClient client(m_port);
        const QByteArray head = get("/fast", "X-Slow: " + QByteArray(200, 's') + "\r\n");
        QDeadlineTimer deadline(10'000);
        qsizetype sent = 0;
        while (!client.closed() && sent < head.size() && !deadline.hasExpired()) {
            client.send(head.mid(sent++, 1));
            client.received += client.socket->readAll();
            QTest::qWait(100);
        }
        // Cut while it was still sending, not after it stopped.
        QVERIFY2(client.closed(), "a head arriving a byte per 100 ms was still being read after 10 s");
        QVERIFY2(sent < head.size(), "the whole head was accepted");
        client.waitClosed();
        const auto answer = takeAnswer(client.received);
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QVERIFY(!m_fastServed);
    }

    void aSlowBodyIsCutAtTheBodyTimeout()
    {
        HttpLimits limits = testLimits();
        limits.bodyTimeoutMs = 400;
        limits.idleTimeoutMs = 60'000;
        start(limits);
        RawClient client(m_port);
        client.send("POST /echo HTTP/1.1\r\nContent-Length: 100\r\n\r\nonly part of it");
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QVERIFY(client.waitClosed());
    }

    void connectionsOverTheCapAreClosedAtAccept()
    {
        HttpLimits limits = testLimits();
        limits.maxConnections = 2;
        start(limits);
        RawClient first(m_port);
        RawClient second(m_port);
        first.send(get("/fast"));
        second.send(get("/fast"));
        QVERIFY(first.next());
        QVERIFY(second.next());
        QCOMPARE(m_server->openConnections(), 2);
        RawClient third(m_port);
        third.send(get("/fast?third"));
        QVERIFY(third.waitClosed());
        QVERIFY(third.received.isEmpty());
        first.send(get("/fast?still"));
        QCOMPARE(first.next()->body, QByteArray("fast /fast?still"));
        // A place that frees up is taken again.
        second.socket->disconnectFromHost();
        QTRY_COMPARE(m_server->openConnections(), 1);
        RawClient fourth(m_port);
        fourth.send(get("/fast?fourth"));
        const auto answer = fourth.next();
        QVERIFY(answer);
        QCOMPARE(answer->body, QByteArray("fast /fast?fourth"));
    }

    void atTheCapALongIdleConnectionMakesRoom()
    {
        HttpLimits limits = testLimits();
        limits.maxConnections = 1;
        limits.evictIdleAfterMs = 200;
        start(limits);
        RawClient idle(m_port);
        idle.send(get("/fast"));
        QVERIFY(idle.next());
        RawClient tooSoon(m_port); // the idle one is not idle long enough yet
        QVERIFY(tooSoon.waitClosed());
        QTest::qWait(300);
        RawClient busy(m_port);
        QVERIFY(idle.waitClosed()); // made room
        busy.send(get("/hold"));
        QTRY_COMPARE(m_held.size(), std::size_t(1));
        QTest::qWait(300);
        RawClient refused(m_port); // a request under way is never cut for another
        QVERIFY(refused.waitClosed());
        QVERIFY(!busy.closed());
        m_held.front().respond(HttpResponse("text/plain", "held"));
        QCOMPARE(busy.next()->body, QByteArray("held"));
    }

    void aLateAnswerToAClosedConnectionIsDropped()
    {
        start(testLimits());
        {
            RawClient client(m_port);
            client.send(get("/hold"));
            QTRY_COMPARE(m_held.size(), std::size_t(1));
            QVERIFY(m_held.front().isConnected());
        }
        QTRY_VERIFY(!m_held.front().isConnected());
        m_held.front().respond(HttpResponse("text/plain", "too late")); // no crash, nothing sent
        QTRY_COMPARE(m_server->openConnections(), 0);
    }

    void aRequestNobodyAnswersGets500()
    {
        start(testLimits());
        RawClient client(m_port);
        client.send(get("/hold") + get("/fast"));
        QTRY_COMPARE(m_held.size(), std::size_t(1));
        m_held.clear(); // the handler dropped its responder without answering
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->status, 500);
        QCOMPARE(client.next()->status, 200); // and the pipeline goes on
    }

    void aClientSpendingItsRefusalsGets429WhileOthersAreServed()
    {
        HttpLimits limits = testLimits();
        limits.refusalsPerSecond = 1;
        limits.refusalBurst = 3;
        limits.trustedProxies = {QHostAddress(QHostAddress::LocalHost)};
        start(limits);
        const QByteArray abuser = "X-Forwarded-For: 10.0.0.1, 203.0.113.7\r\n"; // the proxy added the last one
        const QByteArray other = "X-Forwarded-For: 203.0.113.7, 198.51.100.9\r\n";
        RawClient proxy(m_port);
        proxy.send(get("/nowhere", abuser) + get("/nowhere", abuser) + get("/nowhere", abuser) + get("/fast?abuser", abuser)
                   + get("/fast?other", other) + get("/fast?local"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(proxy.next()->status, 404);
        const auto limited = proxy.next();
        QVERIFY(limited);
        QCOMPARE(limited->status, 429);
        QVERIFY(limited->header("retry-after").toInt() >= 1);
        QVERIFY(!limited->error().isEmpty());
        QCOMPARE(proxy.next()->body, QByteArray("fast /fast?other")); // another client, through the same proxy
        QCOMPARE(proxy.next()->body, QByteArray("fast /fast?local")); // the proxy's own (loopback) request
        QVERIFY(!proxy.closed());

        // From a peer that is not a trusted proxy, the header is ignored: the
        // source is the peer itself (loopback here, never limited).
        limits.trustedProxies.clear();
        start(limits);
        RawClient direct(m_port);
        for (int i = 0; i < 5; ++i)
            direct.send(get("/nowhere", abuser));
        direct.send(get("/fast?direct", abuser));
        for (int i = 0; i < 5; ++i)
            QCOMPARE(direct.next()->status, 404);
        QCOMPARE(direct.next()->body, QByteArray("fast /fast?direct"));
    }

    void aClientOverItsRequestRateGets429()
    {
        HttpLimits limits = testLimits();
        limits.requestsPerSecond = 1;
        limits.requestBurst = 2;
        limits.trustedProxies = {QHostAddress(QHostAddress::LocalHost)};
        start(limits);
        RawClient proxy(m_port);
        const QByteArray one = "X-Forwarded-For: 192.0.2.1\r\n";
        proxy.send(get("/fast?1", one) + get("/fast?2", one) + get("/fast?3", one) + get("/fast?4", "X-Forwarded-For: 192.0.2.2\r\n"));
        QCOMPARE(proxy.next()->status, 200);
        QCOMPARE(proxy.next()->status, 200);
        const auto limited = proxy.next();
        QCOMPARE(limited->status, 429);
        QCOMPARE(limited->header("retry-after"), QByteArray("1"));
        QCOMPARE(proxy.next()->body, QByteArray("fast /fast?4"));
    }

    void theRateLimiterRefillsAndStaysBounded()
    {
        HttpRateLimiter limiter(2, 3, 4); // 2 a second, bursts of 3, at most 4 sources
        const QHostAddress a(QStringLiteral("192.0.2.1"));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(limiter.available(a, 0));
            limiter.spend(a, 0);
        }
        int retry = 0;
        QVERIFY(!limiter.available(a, 0, &retry));
        QCOMPARE(retry, 1);
        QVERIFY(!limiter.available(a, 499)); // half a second earns one token: not yet
        QVERIFY(limiter.available(a, 500));
        limiter.spend(a, 500);
        QVERIFY(!limiter.available(a, 500));
        for (int i = 2; i < 10; ++i)
            QVERIFY(limiter.available(QHostAddress(QStringLiteral("192.0.2.%1").arg(i)), 600));
        QVERIFY(limiter.sources() <= 4);
        QVERIFY(HttpRateLimiter(0, 0).available(a, 0)); // off
    }

    void httpsRoundTrip()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());
        auto tls = loadTlsConfiguration(cert, key);
        QVERIFY2(tls.ok(), tls ? "" : tls.error().message.c_str());
        QVERIFY(!loadTlsConfiguration(cert, cert).ok()); // a certificate is not a key
        start(testLimits(), tls.value());

        auto socket = std::make_unique<QSslSocket>();
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_port);
        QTRY_VERIFY_WITH_TIMEOUT(socket->isEncrypted(), 10000);
        QCOMPARE(socket->peerCertificate(), QSslCertificate::fromPath(cert).value(0));
        RawClient client(m_port, std::move(socket));
        client.send(get("/fast?tls"));
        const auto answer = client.next();
        QVERIFY(answer);
        QCOMPARE(answer->body, QByteArray("fast /fast?tls"));

        RawClient plain(m_port); // no handshake: no answer, and closed
        plain.send(get("/fast?plain"));
        QVERIFY(plain.waitClosed(10000));
        QVERIFY(!plain.received.startsWith("HTTP/1.1 200"));
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
