#include "core/api/http/httpconnection.h"

#include "core/api/http/httpresponder.h"
#include "core/api/http/httpserver.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <sys/socket.h>

namespace exchange::api {

using Status = HttpResponse::StatusCode;

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer &server)
    : m_socket(socket),
      m_server(server),
      m_limits(server.limits()),
      m_parser(server.limits(), [this](const HttpRequest &head) {
          return m_server.router().bodyLimit(head, m_limits.maxBody);
      })
{
    m_socket->setParent(this);
    // Qt stops reading from the kernel when this buffer is full: a client
    // that sends faster than we parse waits in its own TCP window.
    m_socket->setReadBufferSize(m_limits.readChunk);
    m_clock.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { m_noMoreRequests ? drain() : process(); });
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        m_lastActivity = sinceStart();
        if (m_closing && !m_lingering && m_socket->bytesToWrite() == 0)
            startClosing();
        else if (!m_noMoreRequests)
            process();
        else
            armTimer();
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { finish(); });
    armTimer();
    if (m_socket->bytesAvailable() > 0)
        process();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    emit finished();
    deleteLater();
}

qint64 HttpConnection::idleMs() const
{
    if (m_finished || m_noMoreRequests || !m_answers.empty() || m_parser.started() || !m_in.isEmpty()
        || m_socket->bytesToWrite() > 0)
        return -1;
    return sinceStart() - m_lastActivity;
}

void HttpConnection::process()
{
    if (m_processing || m_finished)
        return;
    m_processing = true;
    while (!m_noMoreRequests && !m_finished) {
        flushAnswers();
        // Read ahead only as far as the client's answers are being taken.
        if (static_cast<int>(m_answers.size()) >= m_limits.maxPipelined
            || m_socket->bytesToWrite() > m_limits.maxPendingOutput)
            break;
        if (m_in.isEmpty()) {
            if (m_socket->bytesAvailable() <= 0)
                break;
            m_in = m_socket->read(m_limits.readChunk);
            if (m_in.isEmpty())
                break;
            m_lastActivity = sinceStart();
        }
        const qsizetype used = m_parser.parse(m_in.constData(), m_in.size());
        m_in.remove(0, used);
        m_server.noteBuffered(m_in.capacity() + m_parser.buffered());
        if (m_parser.started() && m_requestStart < 0)
            m_requestStart = sinceStart();
        if (m_parser.inBody() && m_bodyStart < 0) {
            m_bodyStart = sinceStart();
            // curl waits a second for this before a body over 1 KiB. Only
            // when no earlier answer is due, which must go out first.
            if (m_parser.expectsContinue() && m_answers.empty())
                m_socket->write(QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"));
        }
        switch (m_parser.state()) {
        case HttpRequestParser::State::NeedMore:
            break;
        case HttpRequestParser::State::Complete:
            m_requestStart = m_bodyStart = -1;
            dispatch(m_parser.take());
            break;
        case HttpRequestParser::State::Failed:
            m_in.clear();
            refuse(m_parser.errorStatus(), m_parser.errorMessage());
            break;
        }
    }
    if (m_in.isEmpty())
        m_in = QByteArray(); // give the chunk back between requests
    m_processing = false;
    flushAnswers();
    armTimer();
}

void HttpConnection::dispatch(HttpRequest request)
{
    request.peer = m_socket->peerAddress();
    request.peerPort = m_socket->peerPort();
    const QByteArray connection = request.header(QByteArrayLiteral("connection")).toLower();
    const bool keepAlive = request.minorVersion == 0 ? connection.contains("keep-alive") : !connection.contains("close");
    request.source = m_server.sourceOf(request.peer, request.header(QByteArrayLiteral("x-forwarded-for")));
    const quint64 sequence = m_nextSequence++;
    m_answers.push_back(Answer{sequence, request.minorVersion, keepAlive, false, {}, request.source});
    if (!keepAlive)
        m_noMoreRequests = true;
    int retryAfter = 1;
    if (!m_server.admit(request.source, &retryAfter)) {
        // Before any handler sees it: no parsing, no signature, no write.
        HttpResponse refused = HttpResponse::error(Status::TooManyRequests,
                                                   QStringLiteral("too many requests; retry after %1 s").arg(retryAfter));
        refused.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(retryAfter));
        respond(sequence, refused);
        return;
    }
    m_server.router().dispatch(request, HttpResponder(this, sequence, request.source, request.path));
}

void HttpConnection::refuse(Status status, const QString &message)
{
    const quint64 sequence = m_nextSequence++;
    m_answers.push_back(Answer{sequence, 1, false, false, {}, m_socket->peerAddress()});
    m_noMoreRequests = true;
    respond(sequence, HttpResponse::error(status, message));
}

void HttpConnection::respond(quint64 sequence, const HttpResponse &response)
{
    if (m_finished || m_closing)
        return;
    for (Answer &answer : m_answers) {
        if (answer.sequence == sequence && !answer.ready) {
            answer.ready = true;
            answer.bytes = response.serialize(answer.minorVersion, answer.keepAlive);
            m_server.noteAnswer(answer.source, static_cast<int>(response.status()));
            break;
        }
    }
    if (!m_processing) {
        flushAnswers();
        process();
    }
}

void HttpConnection::flushAnswers()
{
    while (!m_answers.empty() && m_answers.front().ready && !m_closing) {
        Answer answer = std::move(m_answers.front());
        m_answers.pop_front();
        m_socket->write(answer.bytes);
        m_lastActivity = sinceStart();
        if (!answer.keepAlive) {
            m_answers.clear();
            m_closing = true;
            if (m_socket->bytesToWrite() == 0)
                startClosing();
        }
    }
}

void HttpConnection::startClosing()
{
    // The answer is out. Close our side and read (and drop) what the client
    // still sends for a moment: closing with unread bytes would reset the
    // connection and the client could lose the answer.
    if (m_lingering || m_finished)
        return;
    m_noMoreRequests = true;
    m_closing = true;
    m_lingering = true;
    m_drained = 0;
    if (qobject_cast<QSslSocket *>(m_socket))
        m_socket->disconnectFromHost();
    else if (m_socket->socketDescriptor() >= 0)
        ::shutdown(static_cast<int>(m_socket->socketDescriptor()), SHUT_WR);
    m_timer.start(m_limits.lingerMs);
    drain();
}

void HttpConnection::drain()
{
    // Bytes after a closing request are never parsed; before the answer is
    // out they wait in the socket's bounded buffer, after it they are dropped.
    if (m_finished || !m_lingering)
        return;
    m_drained += m_socket->skip(m_socket->bytesAvailable());
    if (m_drained > m_limits.lingerBytes)
        finish();
}

void HttpConnection::armTimer()
{
    if (m_finished || m_lingering)
        return;
    qint64 deadline = -1;
    if (m_closing)
        deadline = m_lastActivity + m_limits.idleTimeoutMs; // the closing answer is not being read
    else if (m_requestStart >= 0 && !m_noMoreRequests)
        deadline = m_bodyStart >= 0 ? m_bodyStart + m_limits.bodyTimeoutMs : m_requestStart + m_limits.headerTimeoutMs;
    else if (m_answers.empty() || m_socket->bytesToWrite() > 0)
        deadline = m_lastActivity + m_limits.idleTimeoutMs; // idle, or a client not reading its answers
    if (deadline < 0) {
        m_timer.stop(); // a handler is at work
        return;
    }
    m_timer.start(static_cast<int>(std::max<qint64>(0, deadline - sinceStart())));
}

void HttpConnection::onTimeout()
{
    if (m_closing) {
        finish();
        return;
    }
    if (m_requestStart >= 0 && !m_noMoreRequests) {
        const bool body = m_bodyStart >= 0;
        const qint64 deadline = body ? m_bodyStart + m_limits.bodyTimeoutMs : m_requestStart + m_limits.headerTimeoutMs;
        if (sinceStart() < deadline) {
            armTimer();
            return;
        }
        m_in.clear();
        refuse(Status::RequestTimeout, body ? QStringLiteral("the body did not arrive in time")
                                            : QStringLiteral("the request head did not arrive in time"));
        return;
    }
    if (sinceStart() < m_lastActivity + m_limits.idleTimeoutMs) {
        armTimer();
        return;
    }
    finish();
}

} // namespace exchange::api
