#include "core/api/http/httpserver.h"

#include "core/api/http/httpconnection.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

#include <sys/resource.h>
#include <unistd.h>

namespace exchange::api {

namespace {

Q_LOGGING_CATEGORY(lcHttp, "api.http")

// Descriptors kept back for the database, log files and chain clients.
constexpr rlim_t kReservedDescriptors = 128;

// The soft descriptor limit raised to the hard one (a shell's default of
// 1,024 would cap the server far below its connection setting); returns
// how many connections fit in it.
int descriptorBudget()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return 1024;
    if (limit.rlim_cur < limit.rlim_max) {
        rlimit raised = limit;
        raised.rlim_cur = limit.rlim_max;
        if (setrlimit(RLIMIT_NOFILE, &raised) == 0)
            limit = raised;
    }
    if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur > 1'000'000)
        return 1'000'000;
    return static_cast<int>(limit.rlim_cur > kReservedDescriptors * 2 ? limit.rlim_cur - kReservedDescriptors
                                                                     : limit.rlim_cur / 2);
}

} // namespace

HttpServer::HttpServer(const HttpLimits &limits, QObject *parent)
    : QTcpServer(parent),
      m_limits(limits),
      m_cap(std::min(limits.maxConnections, descriptorBudget())),
      m_requests(limits.requestsPerSecond, limits.requestBurst),
      m_refusals(limits.refusalsPerSecond, limits.refusalBurst)
{
    m_clock.start();
    // Qt's default backlog of 50 drops connections of a burst (retried by
    // the client a second later); the kernel caps this at somaxconn.
    setListenBacklogSize(1024);
    if (m_cap < m_limits.maxConnections)
        qCWarning(lcHttp, "at most %d connections (the descriptor limit), not %d", m_cap, m_limits.maxConnections);
    // Out of descriptors (or another accept error): wait a moment instead
    // of being woken again at once by the same pending connection.
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError) {
        warnNearLimit();
        pauseAccepting();
        QTimer::singleShot(100, this, [this] { resumeAccepting(); });
    });
}

HttpServer::~HttpServer()
{
    close();
    // The connections are children; they go before the router they use.
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections) {
        connection->disconnect(this);
        delete connection;
    }
}

void HttpServer::warnNearLimit()
{
    if (m_lastWarning.isValid() && m_lastWarning.elapsed() < 60'000)
        return;
    m_lastWarning.start();
    qCWarning(lcHttp, "%d connections open, near the cap of %d (connections beyond it are closed at accept; "
                      "raise --api-max-connections and LimitNOFILE together)",
              m_open, m_cap);
}

QHostAddress HttpServer::sourceOf(const QHostAddress &peer, const QByteArray &forwardedFor) const
{
    if (forwardedFor.isEmpty() || !m_limits.trustedProxies.contains(peer))
        return peer;
    const QByteArray last = forwardedFor.mid(forwardedFor.lastIndexOf(',') + 1).trimmed();
    const QHostAddress client(QString::fromLatin1(last));
    return client.isNull() ? peer : client;
}

bool HttpServer::admit(const QHostAddress &source, int *retryAfterSeconds)
{
    if (source.isLoopback() || m_limits.trustedProxies.contains(source))
        return true;
    const qint64 now = m_clock.elapsed();
    if (!m_refusals.available(source, now, retryAfterSeconds) || !m_requests.available(source, now, retryAfterSeconds))
        return false;
    m_requests.spend(source, now);
    return true;
}

void HttpServer::noteAnswer(const QHostAddress &source, int status)
{
    if (status >= 400 && status < 500 && status != 429 && !source.isLoopback()
        && !m_limits.trustedProxies.contains(source))
        m_refusals.spend(source, m_clock.elapsed());
}

bool HttpServer::evictIdle()
{
    HttpConnection *oldest = nullptr;
    qint64 longest = m_limits.evictIdleAfterMs - 1;
    for (HttpConnection *connection : m_connections) {
        const qint64 idle = connection->idleMs();
        if (idle > longest) {
            longest = idle;
            oldest = connection;
        }
    }
    if (!oldest)
        return false;
    oldest->evict();
    return true;
}

void HttpServer::incomingConnection(qintptr descriptor)
{
    if (m_open >= m_cap && !evictIdle()) {
        warnNearLimit();
        ::close(static_cast<int>(descriptor));
        return;
    }
    if (m_open >= m_cap - m_cap / 10)
        warnNearLimit();
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *tls = new QSslSocket;
        tls->setSslConfiguration(*m_tls);
        socket = tls;
    } else {
        socket = new QTcpSocket;
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        ::close(static_cast<int>(descriptor));
        return;
    }
    if (auto *tls = qobject_cast<QSslSocket *>(socket))
        tls->startServerEncryption();
    ++m_open;
    auto *connection = new HttpConnection(socket, *this);
    connection->setParent(this);
    m_connections.insert(connection);
    connect(connection, &HttpConnection::finished, this, [this, connection] {
        --m_open;
        m_connections.erase(connection);
    });
}

} // namespace exchange::api
