#include "core/api/http/httprequestparser.h"

#include <cstring>

namespace exchange::api {

using Status = HttpResponse::StatusCode;

namespace {

// RFC 9110 tchar: what a method or a header name may hold.
bool isTokenChar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return std::strchr("!#$%&'*+-.^_`|~", c) != nullptr && c != '\0';
}

bool isToken(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

// A field value: visible ASCII, obs-text and tabs/spaces; no controls.
bool isFieldValue(const QByteArray &text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits, BodyLimit bodyLimit)
    : m_limits(limits), m_bodyLimit(std::move(bodyLimit))
{
}

void HttpRequestParser::fail(Status status, const QString &message)
{
    m_state = State::Failed;
    m_errorStatus = status;
    m_errorMessage = message;
    m_line.clear();
    m_request.body.clear();
}

qsizetype HttpRequestParser::parse(const char *data, qsizetype size)
{
    qsizetype pos = 0;
    while (pos < size && m_state == State::NeedMore) {
        if (m_phase == Phase::Body) {
            const qsizetype take = std::min(size - pos, m_bodyRemaining);
            m_request.body.append(data + pos, take);
            pos += take;
            m_bodyRemaining -= take;
            if (m_bodyRemaining == 0)
                m_state = State::Complete;
            continue;
        }
        const char *newline = static_cast<const char *>(std::memchr(data + pos, '\n', static_cast<std::size_t>(size - pos)));
        const qsizetype take = (newline ? newline - data + 1 : size) - pos;
        m_headBytes += take;
        if (m_phase == Phase::RequestLine && m_line.size() + take > m_limits.maxRequestLine + 2) {
            fail(Status::UriTooLong, QStringLiteral("the request line is longer than %1 bytes").arg(m_limits.maxRequestLine));
            return pos + take;
        }
        if (m_headBytes > m_limits.maxHeaderBytes) {
            fail(Status::RequestHeaderFieldsTooLarge,
                 QStringLiteral("the request head is larger than %1 bytes").arg(m_limits.maxHeaderBytes));
            return pos + take;
        }
        m_line.append(data + pos, take);
        pos += take;
        if (!newline)
            continue;
        if (!m_line.endsWith("\r\n")) {
            fail(Status::BadRequest, QStringLiteral("lines must end with CRLF"));
            return pos;
        }
        m_line.chop(2);
        const QByteArray line = std::exchange(m_line, QByteArray());
        if (line.contains('\r')) {
            fail(Status::BadRequest, QStringLiteral("a bare CR in the request head"));
            return pos;
        }
        if (m_phase == Phase::RequestLine) {
            if (line.isEmpty())
                continue; // RFC 9112 2.2: blank lines before a request are ignored
            if (!parseRequestLine(line))
                return pos;
            m_phase = Phase::Headers;
        } else if (line.isEmpty()) {
            headersDone();
        } else if (!parseHeaderLine(line)) {
            return pos;
        }
    }
    return pos;
}

bool HttpRequestParser::parseRequestLine(const QByteArray &line)
{
    const QList<QByteArray> parts = line.split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/')) {
        fail(Status::BadRequest, QStringLiteral("a malformed request line"));
        return false;
    }
    for (char c : parts[1]) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f) {
            fail(Status::BadRequest, QStringLiteral("a malformed request target"));
            return false;
        }
    }
    const QByteArray &version = parts[2];
    if (version == "HTTP/1.1" || version == "HTTP/1.0") {
        m_request.minorVersion = version.back() - '0';
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.') {
        fail(Status::HttpVersionNotSupported, QStringLiteral("only HTTP/1.0 and HTTP/1.1 are served"));
        return false;
    } else {
        fail(Status::BadRequest, QStringLiteral("a malformed request line"));
        return false;
    }
    m_request.method = parts[0];
    m_request.target = parts[1];
    const qsizetype query = m_request.target.indexOf('?');
    m_request.path = query < 0 ? m_request.target : m_request.target.left(query);
    return true;
}

bool HttpRequestParser::parseHeaderLine(const QByteArray &line)
{
    if (line.front() == ' ' || line.front() == '\t') {
        fail(Status::BadRequest, QStringLiteral("folded header lines are not accepted"));
        return false;
    }
    const qsizetype colon = line.indexOf(':');
    const QByteArray name = colon < 0 ? QByteArray() : line.left(colon);
    const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1).trimmed();
    if (!isToken(name) || !isFieldValue(value)) {
        fail(Status::BadRequest, QStringLiteral("a malformed header line"));
        return false;
    }
    if (static_cast<int>(m_request.headers.size()) >= m_limits.maxHeaders) {
        fail(Status::RequestHeaderFieldsTooLarge, QStringLiteral("more than %1 header lines").arg(m_limits.maxHeaders));
        return false;
    }
    m_request.headers.emplace_back(name.toLower(), value);
    return true;
}

void HttpRequestParser::headersDone()
{
    int lengths = 0;
    QByteArray length;
    bool transferEncoding = false;
    for (const auto &[name, value] : m_request.headers) {
        if (name == "content-length") {
            ++lengths;
            length = value;
        } else if (name == "transfer-encoding") {
            transferEncoding = true;
        }
    }
    if (transferEncoding && lengths > 0)
        return fail(Status::BadRequest, QStringLiteral("both Transfer-Encoding and Content-Length"));
    if (transferEncoding)
        return fail(Status::NotImplemented,
                    QStringLiteral("Transfer-Encoding is not supported in requests; send a Content-Length"));
    if (lengths > 1)
        return fail(Status::BadRequest, QStringLiteral("more than one Content-Length"));
    qint64 bodyLength = 0;
    if (lengths == 1) {
        bool digits = !length.isEmpty() && length.size() <= 18;
        for (char c : length)
            digits = digits && c >= '0' && c <= '9';
        if (!digits)
            return fail(Status::BadRequest, QStringLiteral("an invalid Content-Length"));
        bodyLength = length.toLongLong();
    }
    const qsizetype limit = m_bodyLimit ? m_bodyLimit(m_request) : m_limits.maxBody;
    if (bodyLength > limit)
        return fail(Status::PayloadTooLarge, QStringLiteral("the body is larger than %1 bytes").arg(limit));
    m_phase = Phase::Body;
    m_bodyRemaining = static_cast<qsizetype>(bodyLength);
    m_request.body.reserve(m_bodyRemaining);
    if (m_bodyRemaining == 0)
        m_state = State::Complete;
}

HttpRequest HttpRequestParser::take()
{
    HttpRequest done = std::move(m_request);
    m_request = HttpRequest();
    m_state = State::NeedMore;
    m_phase = Phase::RequestLine;
    m_headBytes = 0;
    m_bodyRemaining = 0;
    m_line.clear();
    return done;
}

} // namespace exchange::api
