#pragma once
// HttpConnection: one client's socket. Reads at most one chunk at a time and
// only while the client is within its limits (requests read ahead of their
// answers, unread answers), so memory per connection is bounded whatever the
// client sends; answers go out strictly in request order, however late a
// handler answers. Timeouts: the head of a request must arrive within the
// header timeout of its first byte, the body within the body timeout of the
// head; a connection with nothing in flight closes after the idle timeout.
// A refusal of framing is answered and the connection closed: its write side
// first, then what the client still sends is drained (bounded) so that the
// answer is not lost to a reset.

#include "core/api/http/httprequestparser.h"
#include "core/api/http/httpresponse.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>

class QTcpSocket;

namespace exchange::api {

class HttpServer;

class HttpConnection final : public QObject
{
    Q_OBJECT
public:
    // Takes the socket (connected, or handshaking for TLS) as a child.
    HttpConnection(QTcpSocket *socket, HttpServer &server);
    ~HttpConnection() override;
    Q_DISABLE_COPY_MOVE(HttpConnection)

    // From HttpResponder: the answer to request number sequence.
    void respond(quint64 sequence, const HttpResponse &response);
    // How long nothing has happened on a connection with nothing under way
    // (no request begun, none unanswered, nothing to send); -1 if busy.
    qint64 idleMs() const;
    // Closes the connection now (to make room for another).
    void evict() { finish(); }

signals:
    void finished();

private:
    struct Answer {
        quint64 sequence = 0;
        int minorVersion = 1;
        bool keepAlive = true;
        bool ready = false;
        QByteArray bytes;
        QHostAddress source;
    };

    void process();
    void dispatch(HttpRequest request);
    void refuse(HttpResponse::StatusCode status, const QString &message);
    void flushAnswers();
    void startClosing();
    void drain();
    void armTimer();
    void onTimeout();
    void finish();
    qint64 sinceStart() const { return m_clock.elapsed(); }

    QTcpSocket *m_socket;
    HttpServer &m_server;
    const HttpLimits &m_limits;
    HttpRequestParser m_parser;
    QByteArray m_in; // read from the socket, not yet parsed: at most one chunk
    std::deque<Answer> m_answers;
    quint64 m_nextSequence = 0;
    bool m_processing = false;
    bool m_noMoreRequests = false; // a closing answer is queued
    bool m_closing = false;        // it is written: nothing more is answered
    bool m_lingering = false;      // it is out and our side is shut: draining
    bool m_finished = false;
    qint64 m_drained = 0;
    QElapsedTimer m_clock;
    qint64 m_requestStart = -1; // first byte of the request being read
    qint64 m_bodyStart = -1;
    qint64 m_lastActivity = 0;
    QTimer m_timer;
};

} // namespace exchange::api
