#pragma once
// HttpLimits: every bound the HTTP server enforces while bytes arrive, in one
// place, so `exctl serve` can set them from its options and tests can make
// the timeouts short. The defaults are for a server facing the internet:
// a client can hold at most one read chunk plus its headers and one body of
// the route's limit, and no connection lives without progress.

#include <QHostAddress>
#include <QList>

namespace exchange::api {

struct HttpLimits {
    int maxConnections = 4096;       // open at once; more are closed at accept
    int evictIdleAfterMs = 2'000;    // at the cap, the longest idle of those idle this long makes room
    qsizetype maxRequestLine = 8 * 1024;  // method, target and version
    qsizetype maxHeaderBytes = 16 * 1024; // request line and every header line together
    int maxHeaders = 64;
    qsizetype maxBody = 16 * 1024;   // for routes that set no limit of their own
    int headerTimeoutMs = 10'000;    // from a request's first byte to its blank line
    int bodyTimeoutMs = 30'000;      // from the blank line to the body's last byte
    int idleTimeoutMs = 15'000;      // keep-alive: no request and nothing to send
    int maxPipelined = 16;           // requests read ahead of their answers
    qsizetype maxPendingOutput = 1024 * 1024; // unread answers before reading stops
    qsizetype readChunk = 64 * 1024; // what one read may take from the socket
    int lingerMs = 1'000;            // after a closing answer: drain before closing
    qsizetype lingerBytes = 256 * 1024;
    // Per source address (a trusted proxy's X-Forwarded-For client, else the
    // peer): requests served, and refusals (4xx answers); 0 is no limit.
    // Once either bucket is empty the source gets 429 before its request is
    // looked at. Loopback sources are never limited: the machine's own
    // tools, and a proxy not listed here would put every client in one bucket.
    int requestsPerSecond = 0;
    int requestBurst = 0;
    int refusalsPerSecond = 0;
    int refusalBurst = 0;
    QList<QHostAddress> trustedProxies;
};

} // namespace exchange::api
