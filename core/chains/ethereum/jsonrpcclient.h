#pragma once
// JsonRpcClient: Ethereum JSON-RPC 2.0 over HTTP (any node: geth, ganache),
// asynchronous on the thread that owns it. One call, or a batch (a JSON
// array of calls in one POST, answered in any order and matched by id).
// An unreachable node, an HTTP error, a body that is not JSON-RPC and an
// error object all come back as errors naming the method, never as a value.
// Answers are read by the exact JSON reader (see rpcresponse.h): an answer
// that gives a member twice, "result" or any other, is an error too.

#include "core/base/result.h"
#include "core/chains/ethereum/quantity.h"

#include <QJsonValue>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace exchange::ethereum {

struct RpcCall {
    QString method;
    QJsonValue params; // an array
};

class JsonRpcClient final : public QObject
{
    Q_OBJECT
public:
    explicit JsonRpcClient(QUrl url, QObject *parent = nullptr);
    ~JsonRpcClient() override;
    Q_DISABLE_COPY_MOVE(JsonRpcClient)

    using Callback = std::function<void(Result<QJsonValue>)>;
    using BatchCallback = std::function<void(Result<std::vector<QJsonValue>>)>;

    void call(const QString &method, const QJsonValue &params, Callback done);
    // Results in the order of `calls`; any error fails the whole batch.
    void batch(const std::vector<RpcCall> &calls, BatchCallback done);

    // Waits (running an event loop) for one call: for exctl and tests.
    Result<QJsonValue> callAndWait(const QString &method, const QJsonValue &params);

    const QUrl &url() const { return m_url; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    // The body of the node's answer, or why there is none.
    void post(const QByteArray &body, std::function<void(Result<QByteArray>)> done);

    QUrl m_url;
    QNetworkAccessManager *m_network;
    qint64 m_nextId = 1;
    int m_timeoutMs = 15000;
};

} // namespace exchange::ethereum
