#include "webhooktestreceiver.h"

#include <QTcpSocket>

#include <chrono>

namespace {

QByteArray headerValue(const QList<QByteArray> &lines, const QByteArray &lowerName)
{
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == lowerName)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

} // namespace

WebhookTestReceiver::WebhookTestReceiver(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            m_buffers[socket];
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.erase(socket);
                socket->deleteLater();
            });
        }
    });
}

WebhookTestReceiver::~WebhookTestReceiver()
{
    // The server deletes its sockets after m_buffers is gone: they tell this no more.
    for (const auto &[socket, buffer] : m_buffers)
        QObject::disconnect(socket, nullptr, this, nullptr);
    m_server.close();
}

bool WebhookTestReceiver::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString WebhookTestReceiver::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/hooks").arg(m_server.serverPort());
}

void WebhookTestReceiver::read(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        bool lengthOk = false;
        const qsizetype length = headerValue(lines, "content-length").toLongLong(&lengthOk);
        if (!lines.first().startsWith("POST ") || !lengthOk || length < 0) {
            ++m_malformed;
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
            buffer.clear();
            return;
        }
        if (buffer.size() < end + 4 + length)
            return;
        ReceivedWebhook hook;
        hook.id = headerValue(lines, "x-webhook-id");
        hook.timestamp = headerValue(lines, "x-webhook-timestamp");
        hook.signature = headerValue(lines, "x-webhook-signature");
        hook.target = lines.first().split(' ').value(1);
        hook.body = buffer.mid(end + 4, length);
        hook.atNs = std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
        buffer.remove(0, end + 4 + length);
        m_received.push_back(std::move(hook));
        socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        emit arrived();
    }
}
