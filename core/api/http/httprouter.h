#pragma once
// HttpRouter: exact path + method -> handler. An unknown path is answered
// 404 and a known path with another method 405 with Allow, both in JSON.
// Each route may set its own body limit (the server's default otherwise).
// With a fallback, every request no route takes goes to it instead (a
// server that authenticates before it says whether a path exists).

#include "core/api/http/httprequest.h"
#include "core/api/http/httpresponder.h"

#include <QByteArray>

#include <functional>
#include <map>
#include <vector>

namespace exchange::api {

class HttpRouter final
{
public:
    using Handler = std::function<void(const HttpRequest &request, HttpResponder responder)>;

    // maxBody < 0: the server's default limit.
    void route(const QByteArray &path, const QByteArray &method, Handler handler, qsizetype maxBody = -1);
    void setFallback(Handler handler, qsizetype maxBody = -1);

    // The body limit for a request whose head is known.
    qsizetype bodyLimit(const HttpRequest &head, qsizetype fallback) const;
    void dispatch(const HttpRequest &request, const HttpResponder &responder) const;

private:
    struct Route {
        QByteArray method;
        Handler handler;
        qsizetype maxBody = -1;
    };
    const Route *find(const HttpRequest &request) const;

    std::map<QByteArray, std::vector<Route>> m_routes; // by path
    Route m_fallback;
};

} // namespace exchange::api
