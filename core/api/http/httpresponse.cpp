#include "core/api/http/httpresponse.h"

namespace exchange::api {

namespace {
const QByteArray kJson = QByteArrayLiteral("application/json");
}

HttpResponse::HttpResponse(const QJsonObject &json, StatusCode status)
    : HttpResponse(QJsonDocument(json), status)
{
}

HttpResponse::HttpResponse(const QJsonArray &json, StatusCode status)
    : HttpResponse(QJsonDocument(json), status)
{
}

HttpResponse::HttpResponse(const QJsonDocument &json, StatusCode status)
    : HttpResponse(kJson, json.toJson(QJsonDocument::Compact), status)
{
}

HttpResponse::HttpResponse(QByteArray contentType, QByteArray body, StatusCode status)
    : m_status(status), m_contentType(std::move(contentType)), m_body(std::move(body))
{
}

HttpResponse HttpResponse::error(StatusCode status, const QString &message)
{
    return HttpResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

QByteArray HttpResponse::reasonPhrase(StatusCode status)
{
    switch (status) {
    case StatusCode::Ok: return QByteArrayLiteral("OK");
    case StatusCode::Created: return QByteArrayLiteral("Created");
    case StatusCode::NoContent: return QByteArrayLiteral("No Content");
    case StatusCode::BadRequest: return QByteArrayLiteral("Bad Request");
    case StatusCode::Unauthorized: return QByteArrayLiteral("Unauthorized");
    case StatusCode::Forbidden: return QByteArrayLiteral("Forbidden");
    case StatusCode::NotFound: return QByteArrayLiteral("Not Found");
    case StatusCode::MethodNotAllowed: return QByteArrayLiteral("Method Not Allowed");
    case StatusCode::RequestTimeout: return QByteArrayLiteral("Request Timeout");
    case StatusCode::Conflict: return QByteArrayLiteral("Conflict");
    case StatusCode::LengthRequired: return QByteArrayLiteral("Length Required");
    case StatusCode::PayloadTooLarge: return QByteArrayLiteral("Content Too Large");
    case StatusCode::UriTooLong: return QByteArrayLiteral("URI Too Long");
    case StatusCode::UnprocessableEntity: return QByteArrayLiteral("Unprocessable Content");
    case StatusCode::TooManyRequests: return QByteArrayLiteral("Too Many Requests");
    case StatusCode::RequestHeaderFieldsTooLarge: return QByteArrayLiteral("Request Header Fields Too Large");
    case StatusCode::InternalServerError: return QByteArrayLiteral("Internal Server Error");
    case StatusCode::NotImplemented: return QByteArrayLiteral("Not Implemented");
    case StatusCode::ServiceUnavailable: return QByteArrayLiteral("Service Unavailable");
    case StatusCode::HttpVersionNotSupported: return QByteArrayLiteral("HTTP Version Not Supported");
    }
    return QByteArrayLiteral("Unknown");
}

QByteArray HttpResponse::serialize(int minorVersion, bool keepAlive) const
{
    QByteArray out;
    out.reserve(128 + m_body.size());
    out += minorVersion == 0 ? "HTTP/1.0 " : "HTTP/1.1 ";
    out += QByteArray::number(static_cast<int>(m_status));
    out += ' ';
    out += reasonPhrase(m_status);
    out += "\r\nContent-Type: ";
    out += m_contentType;
    out += "\r\nContent-Length: ";
    out += QByteArray::number(m_body.size());
    for (const auto &[name, value] : m_headers) {
        out += "\r\n";
        out += name;
        out += ": ";
        out += value;
    }
    if (!keepAlive)
        out += "\r\nConnection: close";
    else if (minorVersion == 0)
        out += "\r\nConnection: keep-alive";
    out += "\r\n\r\n";
    out += m_body;
    return out;
}

} // namespace exchange::api
