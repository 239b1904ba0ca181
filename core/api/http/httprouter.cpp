#include "core/api/http/httprouter.h"

namespace exchange::api {

void HttpRouter::route(const QByteArray &path, const QByteArray &method, Handler handler, qsizetype maxBody)
{
    m_routes[path].push_back(Route{method, std::move(handler), maxBody});
}

void HttpRouter::setFallback(Handler handler, qsizetype maxBody)
{
    m_fallback = Route{QByteArray(), std::move(handler), maxBody};
}

const HttpRouter::Route *HttpRouter::find(const HttpRequest &request) const
{
    const auto it = m_routes.find(request.path);
    if (it != m_routes.end())
        for (const Route &route : it->second)
            if (route.method == request.method)
                return &route;
    return m_fallback.handler ? &m_fallback : nullptr;
}

qsizetype HttpRouter::bodyLimit(const HttpRequest &head, qsizetype fallback) const
{
    const Route *route = find(head);
    return route && route->maxBody >= 0 ? route->maxBody : fallback;
}

void HttpRouter::dispatch(const HttpRequest &request, const HttpResponder &responder) const
{
    if (const Route *route = find(request)) {
        route->handler(request, responder);
        return;
    }
    const auto it = m_routes.find(request.path);
    if (it == m_routes.end()) {
        responder.respond(HttpResponse::error(HttpResponse::StatusCode::NotFound, QStringLiteral("no such endpoint")));
        return;
    }
    QByteArray allow;
    for (const Route &route : it->second)
        allow += (allow.isEmpty() ? "" : ", ") + route.method;
    HttpResponse refused = HttpResponse::error(HttpResponse::StatusCode::MethodNotAllowed,
                                               QStringLiteral("use %1").arg(QString::fromLatin1(allow)));
    refused.addHeader(QByteArrayLiteral("Allow"), allow);
    responder.respond(refused);
}

} // namespace exchange::api
