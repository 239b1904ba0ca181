#pragma once
// A local stand-in for Horizon's payment stream: serves
// GET /accounts/{id}/payments?cursor=C as server-sent events, the records
// after C (paging tokens compare as integers), after a "hello" like
// Horizon's. It can cut the first connections short after a number of
// events, send every event twice, keep streams open (as Horizon does) and
// add records to them while they are, and it counts requests and remembers
// the cursors asked for. Loopback only, on a free port.

#include <QByteArray>
#include <QObject>
#include <QStringList>

#include <vector>

class QTcpServer;
class QTcpSocket;

class SseTestServer final : public QObject
{
    Q_OBJECT
public:
    struct Record {
        qint64 token;
        QByteArray json; // the data line; may be malformed on purpose
    };

    explicit SseTestServer(std::vector<Record> records, QObject *parent = nullptr);
    ~SseTestServer() override;

    bool listen();
    QString url() const; // http://127.0.0.1:PORT
    // Connections before this many are closed after `cutAfter` events.
    void cutConnections(int connections, int cutAfter);
    void sendTwice(bool twice) { m_twice = twice; }
    // Streams stay open after their records, until the client closes them.
    void keepOpen(bool open) { m_keepOpen = open; }
    // A new record (its token above every other): sent to each open stream.
    void append(Record record);
    int openStreams() const { return static_cast<int>(m_open.size()); }

    int requests() const { return m_requests; }
    QStringList cursors() const { return m_cursors; }

private:
    void serve(QTcpSocket *socket, const QByteArray &requestLine);

    QTcpServer *m_server;
    std::vector<Record> m_records;
    int m_cutConnections = 0;
    int m_cutAfter = 0;
    bool m_twice = false;
    bool m_keepOpen = false;
    std::vector<QTcpSocket *> m_open;
    int m_requests = 0;
    QStringList m_cursors;
};
