#pragma once
// HttpResponse: a status, headers and a body, serialised for HTTP/1.x with
// a Content-Length always (never chunked). Errors are JSON {"error": "..."}.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>
#include <vector>

namespace exchange::api {

class HttpResponse final
{
public:
    enum class StatusCode {
        Ok = 200,
        Created = 201,
        NoContent = 204,
        BadRequest = 400,
        Unauthorized = 401,
        Forbidden = 403,
        NotFound = 404,
        MethodNotAllowed = 405,
        RequestTimeout = 408,
        Conflict = 409,
        LengthRequired = 411,
        PayloadTooLarge = 413,
        UriTooLong = 414,
        UnprocessableEntity = 422,
        TooManyRequests = 429,
        RequestHeaderFieldsTooLarge = 431,
        InternalServerError = 500,
        NotImplemented = 501,
        ServiceUnavailable = 503,
        HttpVersionNotSupported = 505,
    };

    HttpResponse(const QJsonObject &json, StatusCode status = StatusCode::Ok);
    HttpResponse(const QJsonArray &json, StatusCode status = StatusCode::Ok);
    HttpResponse(const QJsonDocument &json, StatusCode status = StatusCode::Ok);
    HttpResponse(QByteArray contentType, QByteArray body, StatusCode status = StatusCode::Ok);

    // {"error": message} with the status.
    static HttpResponse error(StatusCode status, const QString &message);

    StatusCode status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    void addHeader(QByteArray name, QByteArray value) { m_headers.emplace_back(std::move(name), std::move(value)); }

    // The bytes on the wire. keepAlive decides the Connection header
    // (HTTP/1.0 needs "keep-alive" said explicitly).
    QByteArray serialize(int minorVersion, bool keepAlive) const;

    static QByteArray reasonPhrase(StatusCode status);

private:
    StatusCode m_status;
    QByteArray m_contentType;
    QByteArray m_body;
    std::vector<std::pair<QByteArray, QByteArray>> m_headers;
};

} // namespace exchange::api
