#include "ssetestserver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

SseTestServer::SseTestServer(std::vector<Record> records, QObject *parent)
    : QObject(parent), m_server(new QTcpServer(this)), m_records(std::move(records))
{
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            auto *buffer = new QByteArray;
            connect(socket, &QTcpSocket::disconnected, this, [this, socket, buffer] {
                delete buffer;
                std::erase(m_open, socket);
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
                buffer->clear();
                serve(socket, requestLine);
            });
        }
    });
}

SseTestServer::~SseTestServer() = default;

bool SseTestServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QString SseTestServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort());
}

void SseTestServer::cutConnections(int connections, int cutAfter)
{
    m_cutConnections = connections;
    m_cutAfter = cutAfter;
}

void SseTestServer::append(Record record)
{
    const QByteArray event = "id: " + QByteArray::number(record.token) + "\ndata: " + record.json + "\n\n";
    for (QTcpSocket *socket : m_open) {
        socket->write(m_twice ? event + event : event);
        socket->flush();
    }
    m_records.push_back(std::move(record));
}

void SseTestServer::serve(QTcpSocket *socket, const QByteArray &requestLine)
{
    ++m_requests;
    const QList<QByteArray> parts = requestLine.split(' ');
    const QUrl url(QString::fromLatin1(parts.value(1)));
    const QString cursor = QUrlQuery(url).queryItemValue(QStringLiteral("cursor"));
    m_cursors << cursor;
    const qint64 after = cursor.toLongLong();
    QByteArray out = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n"
                     "Connection: close\r\n\r\n"
                     "retry: 50\n"
                     "data: \"hello\"\n\n";
    const bool cut = m_requests <= m_cutConnections;
    int sent = 0;
    for (const Record &r : m_records) {
        if (r.token <= after)
            continue;
        if (cut && sent >= m_cutAfter)
            break;
        const QByteArray event = "id: " + QByteArray::number(r.token) + "\ndata: " + r.json + "\n\n";
        out += event;
        if (m_twice)
            out += event;
        ++sent;
    }
    socket->write(out);
    socket->flush();
    if (m_keepOpen && !cut) {
        m_open.push_back(socket);
        return;
    }
    // Cut connections end abruptly; whole ones end as Horizon's does when
    // a test is over: the client reconnects, and finds nothing new.
    socket->disconnectFromHost();
}
