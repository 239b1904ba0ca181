#pragma once
// LoopbackDriver: the load generator of the HTTP benchmarks (bench_trade_api,
// bench_backoffice), whose response splitter the kill tests use too. Keep-alive connections to a server on 127.0.0.1, each
// with up to `window` requests in flight: a request is sent for each answer
// while next() gives one; a connection the server closed is opened again.
// Runs the calling thread's event loop until done() says so.

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

struct LoopbackTraffic {
    int connections = 1;
    int window = 1;
    std::function<std::optional<QByteArray>()> next;
    // status 0: the connection closed before the answer came.
    std::function<void(int status, qint64 latencyUs)> answered;
    // Another loopback address for hostile traffic, so that it comes from
    // another peer than the customers' (as it would); null: 127.0.0.1.
    QHostAddress from;
};

class LoopbackDriver final
{
public:
    explicit LoopbackDriver(quint16 port);
    ~LoopbackDriver();
    LoopbackDriver(const LoopbackDriver &) = delete;
    LoopbackDriver &operator=(const LoopbackDriver &) = delete;

    void add(LoopbackTraffic traffic);
    // Runs until done() says so (checked after each answer and every 50 ms).
    void run(const std::function<bool()> &done);

    // Splits the complete responses off the front of buffer: their status codes.
    static std::vector<int> takeResponses(QByteArray &buffer);

private:
    struct Connection {
        QTcpSocket socket;
        QByteArray buffer;
        std::vector<QElapsedTimer> sent; // one per request in flight, oldest first
    };

    void open(const std::shared_ptr<LoopbackTraffic> &t);
    void connectFrom(Connection &c, const LoopbackTraffic &t);
    void send(Connection &c, LoopbackTraffic &t);

    quint16 m_port;
    std::vector<std::unique_ptr<Connection>> m_pool;
    std::function<bool()> m_done = [] { return false; };
};
