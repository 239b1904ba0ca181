#pragma once
// WebhookTestReceiver: a webhook URL on 127.0.0.1 in the test's own process,
// for the benchmark and the kill test: it keeps every POST it gets (the
// X-Webhook-* headers and the body, in arrival order) and answers each with
// 200 and an empty body, keep-alive. Runs on the thread's event loop.

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTcpServer>

#include <map>
#include <vector>

class QTcpSocket;

struct ReceivedWebhook {
    QByteArray id;        // X-Webhook-Id
    QByteArray timestamp; // X-Webhook-Timestamp
    QByteArray signature; // X-Webhook-Signature
    QByteArray target;    // the request line's path
    QByteArray body;
    qint64 atNs = 0;      // std::chrono::steady_clock at arrival
};

class WebhookTestReceiver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebhookTestReceiver)
public:
    explicit WebhookTestReceiver(QObject *parent = nullptr);
    ~WebhookTestReceiver() override;

    bool listen();
    // http://127.0.0.1:PORT/hooks
    QString url() const;
    const std::vector<ReceivedWebhook> &received() const { return m_received; }
    // Requests that were not a POST with a Content-Length: answered 400.
    int malformed() const { return m_malformed; }

signals:
    void arrived();

private:
    void read(QTcpSocket *socket);

    QTcpServer m_server;
    std::map<QTcpSocket *, QByteArray> m_buffers;
    std::vector<ReceivedWebhook> m_received;
    int m_malformed = 0;
};
