#pragma once
// HttpResponder: how a handler answers one request, at once or later (after
// a chain lookup, a group commit). Copies share one answer: the first
// respond() counts, later ones are ignored. Answering a request whose
// connection is gone is a no-op; a request whose every responder is
// dropped without an answer gets 500, so a pipelined connection never waits
// forever for it.

#include "core/api/http/httpresponse.h"

#include <QByteArray>
#include <QHostAddress>
#include <QPointer>

#include <memory>

namespace exchange::api {

class HttpConnection;

class HttpResponder final
{
public:
    // client and path: the request's, for whoever records what was answered.
    HttpResponder(HttpConnection *connection, quint64 sequence, QHostAddress client = {}, QByteArray path = {});

    void respond(const HttpResponse &response) const;
    // False once the client is gone (its answer would go nowhere).
    bool isConnected() const;
    // The client (a trusted proxy's X-Forwarded-For, else the peer) and the
    // request's path, as the request had them.
    const QHostAddress &client() const;
    const QByteArray &path() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace exchange::api
