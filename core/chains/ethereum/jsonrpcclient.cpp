#include "core/chains/ethereum/jsonrpcclient.h"

#include "core/chains/ethereum/rpcresponse.h"
#include "core/encoding/exactjson.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <charconv>
#include <map>
#include <memory>

namespace exchange::ethereum {

namespace {

Error nodeError(const QString &what, const std::string &detail)
{
    return Error{ErrorCode::Unavailable, what.toStdString() + ": " + detail};
}

// The result of one response object, or its error.
Result<QJsonValue> resultOf(const encoding::JsonValue &response, const QString &method)
{
    RpcResponse read = readRpcResponse(response);
    switch (read.kind) {
    case RpcResponse::Kind::Result: return std::move(read.result);
    case RpcResponse::Kind::Refused: return nodeError(method, "the node refused it (" + read.detail + ")");
    case RpcResponse::Kind::Malformed: return nodeError(method, read.detail);
    }
    return nodeError(method, read.detail);
}

// The answer's JSON, read exactly; the body must outlive the result.
Result<encoding::JsonValue> parseAnswer(const QByteArray &body)
{
    auto json = encoding::parseJson(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
    if (!json)
        return Error{ErrorCode::Unavailable, "the Ethereum node's answer is not JSON we accept (" + json.error().message + ")"};
    return json;
}

// A response's id as we sent it: a JSON integer; -1 for anything else.
qint64 idOf(const encoding::JsonValue &response)
{
    const encoding::JsonValue *id = response.member("id");
    if (!id || id->kind != encoding::JsonValue::Kind::Number)
        return -1;
    qint64 value = -1;
    const char *end = id->text.data() + id->text.size();
    if (const auto [ptr, ec] = std::from_chars(id->text.data(), end, value); ec != std::errc() || ptr != end)
        return -1;
    return value;
}

} // namespace

JsonRpcClient::JsonRpcClient(QUrl url, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_network(new QNetworkAccessManager(this))
{
}

JsonRpcClient::~JsonRpcClient() = default;

void JsonRpcClient::post(const QByteArray &body, std::function<void(Result<QByteArray>)> done)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->post(request, body);
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError) {
            done(Error{ErrorCode::Unavailable, "the Ethereum node could not be reached (" + reply->errorString().toStdString() + ")"});
            return;
        }
        done(reply->readAll());
    });
}

void JsonRpcClient::call(const QString &method, const QJsonValue &params, Callback done)
{
    const qint64 id = m_nextId++;
    const QJsonObject body{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                           {QStringLiteral("id"), id},
                           {QStringLiteral("method"), method},
                           {QStringLiteral("params"), params}};
    post(QJsonDocument(body).toJson(QJsonDocument::Compact), [id, method, done = std::move(done)](Result<QByteArray> answer) {
        if (!answer)
            return done(nodeError(method, answer.error().message));
        const auto json = parseAnswer(answer.value());
        if (!json)
            return done(nodeError(method, json.error().message));
        auto result = resultOf(json.value(), method);
        // A result is this call's only if it carries this call's id (an
        // error may carry none: the node could not read the call).
        if (result && idOf(json.value()) != id)
            return done(nodeError(method, "the node's answer carries another call's id"));
        done(std::move(result));
    });
}

void JsonRpcClient::batch(const std::vector<RpcCall> &calls, BatchCallback done)
{
    if (calls.empty()) {
        done(std::vector<QJsonValue>{});
        return;
    }
    QJsonArray body;
    std::map<qint64, std::size_t> positions; // id -> position in calls
    for (std::size_t i = 0; i < calls.size(); ++i) {
        const qint64 id = m_nextId++;
        positions.emplace(id, i);
        body.append(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                {QStringLiteral("id"), id},
                                {QStringLiteral("method"), calls[i].method},
                                {QStringLiteral("params"), calls[i].params}});
    }
    std::vector<QString> methods;
    for (const RpcCall &c : calls)
        methods.push_back(c.method);
    post(QJsonDocument(body).toJson(QJsonDocument::Compact),
         [positions = std::move(positions), methods = std::move(methods), done = std::move(done)](Result<QByteArray> answer) {
             const QString method = methods.front();
             if (!answer)
                 return done(nodeError(method, answer.error().message));
             const auto json = parseAnswer(answer.value());
             if (!json)
                 return done(nodeError(method, json.error().message));
             if (json.value().kind != encoding::JsonValue::Kind::Array)
                 return done(nodeError(method, "the node did not answer the batch with an array"));
             std::vector<std::optional<QJsonValue>> results(methods.size());
             for (const encoding::JsonValue &r : json.value().items) {
                 const auto slot = positions.find(idOf(r));
                 if (slot == positions.end() || results[slot->second])
                     return done(nodeError(method, "the node's batch answer has an unknown or repeated id"));
                 auto value = resultOf(r, methods[slot->second]);
                 if (!value)
                     return done(value.error());
                 results[slot->second] = std::move(value).value();
             }
             std::vector<QJsonValue> ordered;
             ordered.reserve(results.size());
             for (auto &r : results) {
                 if (!r)
                     return done(nodeError(method, "the node's batch answer misses a call"));
                 ordered.push_back(*r);
             }
             done(std::move(ordered));
         });
}

Result<QJsonValue> JsonRpcClient::callAndWait(const QString &method, const QJsonValue &params)
{
    QEventLoop loop;
    std::optional<Result<QJsonValue>> result;
    call(method, params, [&](Result<QJsonValue> r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace exchange::ethereum
