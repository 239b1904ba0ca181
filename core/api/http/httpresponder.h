#pragma once
// HttpResponder: how a handler answers one request, at once or later (after
// a chain lookup, a group commit). Copies share one answer: the first
// respond() counts, later ones are ignored. Answering a request whose
// connection is gone is a no-op; a request whose every responder is
// dropped without an answer gets 500, so a pipelined connection never waits
// forever for it.

#include "core/api/http/httpresponse.h"

#include <QPointer>

#include <memory>

namespace exchange::api {

class HttpConnection;

class HttpResponder final
{
public:
    HttpResponder(HttpConnection *connection, quint64 sequence);

    void respond(const HttpResponse &response) const;
    // False once the client is gone (its answer would go nowhere).
    bool isConnected() const;

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace exchange::api
