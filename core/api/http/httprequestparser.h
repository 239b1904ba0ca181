#pragma once
// HttpRequestParser: frames HTTP/1.0 and 1.1 requests incrementally, as bytes
// arrive, and refuses as soon as a limit is passed, so that no request ever
// costs more memory than its limits: the request line, the header section
// (bytes and count) and a body of Content-Length bytes, never more than the
// route's limit (known from the head, before a byte of the body is read).
// Strict framing: CRLF line ends, token header names without folding, one
// valid Content-Length; Transfer-Encoding is refused (501), both together
// are refused (400). After Failed it stays failed: the connection must close.

#include "core/api/http/httplimits.h"
#include "core/api/http/httprequest.h"
#include "core/api/http/httpresponse.h"

#include <QString>

#include <functional>

namespace exchange::api {

class HttpRequestParser final
{
public:
    enum class State { NeedMore, Complete, Failed };
    // The largest body allowed for a request whose head is complete.
    using BodyLimit = std::function<qsizetype(const HttpRequest &head)>;

    HttpRequestParser(const HttpLimits &limits, BodyLimit bodyLimit);

    // Consumes bytes of the current request from data and returns how many
    // (fewer than size when the request completes or fails before the end).
    qsizetype parse(const char *data, qsizetype size);
    State state() const { return m_state; }
    // After Complete: the request; the parser is ready for the next one.
    HttpRequest take();

    // A byte of the current request was seen (its header timeout runs).
    bool started() const { return m_phase != Phase::RequestLine || m_headBytes > 0; }
    bool inBody() const { return m_phase == Phase::Body; }
    // In the body, which the client sends only after "100 Continue".
    bool expectsContinue() const
    {
        return m_phase == Phase::Body && m_bodyRemaining > 0 && m_request.minorVersion == 1
            && m_request.header(QByteArrayLiteral("expect")).toLower() == "100-continue";
    }
    // Bytes held for the current request (head line and body so far).
    qsizetype buffered() const { return m_line.size() + m_request.body.size(); }

    // After Failed: the answer to give before closing.
    HttpResponse::StatusCode errorStatus() const { return m_errorStatus; }
    const QString &errorMessage() const { return m_errorMessage; }

private:
    enum class Phase { RequestLine, Headers, Body };

    void fail(HttpResponse::StatusCode status, const QString &message);
    bool parseRequestLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    void headersDone();

    const HttpLimits &m_limits;
    BodyLimit m_bodyLimit;
    State m_state = State::NeedMore;
    Phase m_phase = Phase::RequestLine;
    QByteArray m_line;
    qsizetype m_headBytes = 0;
    qsizetype m_bodyRemaining = 0;
    HttpRequest m_request;
    HttpResponse::StatusCode m_errorStatus = HttpResponse::StatusCode::BadRequest;
    QString m_errorMessage;
};

} // namespace exchange::api
