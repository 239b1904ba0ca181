#include "loopbackdriver.h"

#include <QCoreApplication>
#include <QTimer>

LoopbackDriver::LoopbackDriver(quint16 port) : m_port(port)
{
}

LoopbackDriver::~LoopbackDriver() = default;

void LoopbackDriver::add(LoopbackTraffic traffic)
{
    auto t = std::make_shared<LoopbackTraffic>(std::move(traffic));
    for (int i = 0; i < t->connections; ++i)
        open(t);
}

void LoopbackDriver::run(const std::function<bool()> &done)
{
    m_done = done;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [this] {
        if (m_done())
            QCoreApplication::quit();
    });
    poll.start(50);
    QCoreApplication::exec();
    m_done = [] { return true; };
    for (auto &c : m_pool) {
        c->socket.disconnect();
        c->socket.abort();
    }
}

std::vector<int> LoopbackDriver::takeResponses(QByteArray &buffer)
{
    std::vector<int> statuses;
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return statuses;
        const QByteArray head = buffer.left(end).toLower();
        const qsizetype cl = head.indexOf("content-length:");
        const int length = cl < 0 ? 0 : head.mid(cl + 15, head.indexOf('\r', cl) - cl - 15).trimmed().toInt();
        if (buffer.size() < end + 4 + length)
            return statuses;
        statuses.push_back(head.mid(9, 3).toInt());
        buffer.remove(0, end + 4 + length);
    }
}

void LoopbackDriver::open(const std::shared_ptr<LoopbackTraffic> &t)
{
    auto c = std::make_unique<Connection>();
    Connection *raw = c.get();
    m_pool.push_back(std::move(c));
    QObject::connect(&raw->socket, &QTcpSocket::connected, [this, raw, t] {
        for (int i = 0; i < t->window; ++i)
            send(*raw, *t);
    });
    QObject::connect(&raw->socket, &QTcpSocket::readyRead, [this, raw, t] {
        raw->buffer += raw->socket.readAll();
        for (int status : takeResponses(raw->buffer)) {
            const qint64 us = raw->sent.empty() ? 0 : raw->sent.front().nsecsElapsed() / 1000;
            if (!raw->sent.empty())
                raw->sent.erase(raw->sent.begin());
            t->answered(status, us);
            if (m_done()) {
                QCoreApplication::quit();
                return;
            }
            send(*raw, *t);
        }
    });
    QObject::connect(&raw->socket, &QTcpSocket::disconnected, [this, raw, t] {
        // Requests in flight on a closed connection are answered "0".
        for (const QElapsedTimer &sent : raw->sent)
            t->answered(0, sent.nsecsElapsed() / 1000);
        raw->buffer.clear();
        raw->sent.clear();
        if (m_done()) {
            QCoreApplication::quit();
            return;
        }
        QTimer::singleShot(10, &raw->socket, [this, raw, t] { connectFrom(*raw, *t); });
    });
    QObject::connect(&raw->socket, &QTcpSocket::errorOccurred, [this, raw, t](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::ConnectionRefusedError || m_done())
            return;
        QTimer::singleShot(50, &raw->socket, [this, raw, t] { connectFrom(*raw, *t); });
    });
    connectFrom(*raw, *t);
}

void LoopbackDriver::connectFrom(Connection &c, const LoopbackTraffic &t)
{
    if (!t.from.isNull())
        c.socket.bind(t.from);
    c.socket.connectToHost(QHostAddress::LocalHost, m_port);
}

void LoopbackDriver::send(Connection &c, LoopbackTraffic &t)
{
    auto request = t.next();
    if (!request)
        return;
    c.sent.emplace_back().start();
    c.socket.write(*request);
}
