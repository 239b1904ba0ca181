#pragma once
// HttpRequest: one complete request as HttpRequestParser framed it: the
// method and target as sent, the headers in order, the whole body (never
// more than the route's limit), and where it came from.

#include <QByteArray>
#include <QHostAddress>
#include <QUrl>

#include <utility>
#include <vector>

namespace exchange::api {

struct HttpRequest {
    QByteArray method;  // "GET", "POST": case-sensitive, as sent
    QByteArray target;  // "/order_book?limit=10"
    QByteArray path;    // "/order_book"
    int minorVersion = 1; // HTTP/1.0 or HTTP/1.1
    std::vector<std::pair<QByteArray, QByteArray>> headers; // names lowercased, values trimmed
    QByteArray body;
    QHostAddress peer;  // the TCP peer (a proxy's address behind one)
    quint16 peerPort = 0;
    QHostAddress source; // the client: a trusted proxy's X-Forwarded-For, else peer

    // The first value of a header, by its lowercase name; empty if absent.
    QByteArray header(const QByteArray &lowercaseName) const
    {
        for (const auto &[name, value] : headers)
            if (name == lowercaseName)
                return value;
        return {};
    }
    // Path and query as a relative URL (for QUrlQuery).
    QUrl url() const { return QUrl::fromEncoded(target, QUrl::StrictMode); }
};

} // namespace exchange::api
