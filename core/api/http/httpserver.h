#pragma once
// HttpServer: a small HTTP/1.1 server for the public API, on QTcpServer.
// Why not QHttpServer: Qt 6.4's (a technology preview) reads a whole body
// before a handler can refuse it and has no connection cap or timeouts, so
// one client could exhaust memory or descriptors. Why not libmicrohttpd:
// it would run its own threads or select loop beside Qt's, and handlers
// that answer later on the core thread (group commit, chain lookups) would
// need suspend/resume plumbing across them; framing HTTP/1.1 for a handful
// of JSON endpoints is small enough to own and test here.
// Every limit of HttpLimits holds while bytes arrive (httpconnection.h);
// at the cap (or the descriptor budget) a new connection takes the place of
// one idle for a while, or is closed at accept if there is none, so idle
// connections held open by a client cannot lock the others out for long;
// an accept error (out of descriptors) pauses accepting for a moment instead
// of spinning. Per source, token buckets bound requests and refusals
// (httplimits.h), so a client sending garbage is refused cheaply with 429
// and never crowds out the others. With setTls() every connection is TLS (QSslSocket per
// connection, so the cap and the timeouts cover the handshake too).

#include "core/api/http/httplimits.h"
#include "core/api/http/httpratelimiter.h"
#include "core/api/http/httprouter.h"

#include <QElapsedTimer>
#include <QSslConfiguration>
#include <QTcpServer>

#include <optional>
#include <unordered_set>

namespace exchange::api {

class HttpConnection;

class HttpServer final : public QTcpServer
{
    Q_OBJECT
public:
    explicit HttpServer(const HttpLimits &limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;
    Q_DISABLE_COPY_MOVE(HttpServer)

    HttpRouter &router() { return m_router; }
    const HttpRouter &router() const { return m_router; }
    const HttpLimits &limits() const { return m_limits; }
    // Serves HTTPS with this certificate and key (before listen()).
    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }

    int openConnections() const { return m_open; }
    // The most connections served at once (the cap, or fewer when the
    // process may not open that many descriptors).
    int connectionCap() const { return m_cap; }
    // The most bytes one connection held for a request at once (tests).
    qsizetype peakBufferedBytes() const { return m_peakBuffered; }
    void noteBuffered(qsizetype bytes) { m_peakBuffered = std::max(m_peakBuffered, bytes); }

    // The client of a request from peer: the last X-Forwarded-For address
    // (the one the proxy itself added) when peer is a trusted proxy.
    QHostAddress sourceOf(const QHostAddress &peer, const QByteArray &forwardedFor) const;
    // Whether source may be served now (spending a token); if not, the
    // seconds to give in Retry-After.
    bool admit(const QHostAddress &source, int *retryAfterSeconds);
    // An answer went to source: a refusal (4xx other than 429) spends a
    // token of its refusal bucket.
    void noteAnswer(const QHostAddress &source, int status);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void warnNearLimit();
    // At the cap: closes the connection idle longest, if one has been idle
    // for evictIdleAfterMs; false if every connection is busy or fresh.
    bool evictIdle();

    HttpLimits m_limits;
    HttpRouter m_router;
    std::optional<QSslConfiguration> m_tls;
    int m_open = 0;
    std::unordered_set<HttpConnection *> m_connections;
    int m_cap = 0;
    qsizetype m_peakBuffered = 0;
    QElapsedTimer m_lastWarning;
    QElapsedTimer m_clock;
    HttpRateLimiter m_requests;
    HttpRateLimiter m_refusals;
};

} // namespace exchange::api
