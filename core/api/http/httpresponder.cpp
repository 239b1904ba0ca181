#include "core/api/http/httpresponder.h"

#include "core/api/http/httpconnection.h"

namespace exchange::api {

struct HttpResponder::State {
    QPointer<HttpConnection> connection;
    quint64 sequence = 0;
    QHostAddress client;
    QByteArray path;
    bool answered = false;

    ~State()
    {
        // Queued: the last copy may be dropped on a worker thread.
        if (answered || !connection)
            return;
        QPointer<HttpConnection> target = connection;
        const quint64 number = sequence;
        QMetaObject::invokeMethod(
            target.data(),
            [target, number] {
                if (target)
                    target->respond(number, HttpResponse::error(HttpResponse::StatusCode::InternalServerError,
                                                                QStringLiteral("internal error; try again later")));
            },
            Qt::QueuedConnection);
    }
};

HttpResponder::HttpResponder(HttpConnection *connection, quint64 sequence, QHostAddress client, QByteArray path)
    : m_state(std::make_shared<State>())
{
    m_state->connection = connection;
    m_state->sequence = sequence;
    m_state->client = std::move(client);
    m_state->path = std::move(path);
}

void HttpResponder::respond(const HttpResponse &response) const
{
    if (m_state->answered)
        return;
    m_state->answered = true;
    if (m_state->connection)
        m_state->connection->respond(m_state->sequence, response);
}

bool HttpResponder::isConnected() const
{
    return !m_state->connection.isNull();
}

const QHostAddress &HttpResponder::client() const
{
    return m_state->client;
}

const QByteArray &HttpResponder::path() const
{
    return m_state->path;
}

} // namespace exchange::api
