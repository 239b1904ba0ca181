#include "core/chains/ethereum/jsonrpcclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <map>
#include <memory>

namespace exchange::ethereum {

namespace {

Error nodeError(const QString &what, const std::string &detail)
{
    return Error{ErrorCode::Unavailable, what.toStdString() + ": " + detail};
}

// The result of one response object, or its error.
Result<QJsonValue> resultOf(const QJsonObject &response, const QString &method)
{
    const QJsonValue error = response.value(QStringLiteral("error"));
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        return nodeError(method, "the node refused it (" + QString::number(e.value(QStringLiteral("code")).toInt()).toStdString()
                                     + ": " + e.value(QStringLiteral("message")).toString().left(200).toStdString() + ")");
    }
    if (!response.contains(QStringLiteral("result")))
        return nodeError(method, "the node's answer has neither result nor error");
    return response.value(QStringLiteral("result"));
}

} // namespace

JsonRpcClient::JsonRpcClient(QUrl url, QObject *parent)
    : QObject(parent), m_url(std::move(url)), m_network(new QNetworkAccessManager(this))
{
}

JsonRpcClient::~JsonRpcClient() = default;

void JsonRpcClient::post(const QByteArray &body, std::function<void(Result<QJsonValue>)> done)
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
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parse);
        if (parse.error != QJsonParseError::NoError) {
            done(Error{ErrorCode::Unavailable, "the Ethereum node's answer is not JSON"});
            return;
        }
        done(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    });
}

void JsonRpcClient::call(const QString &method, const QJsonValue &params, Callback done)
{
    const QJsonObject body{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                           {QStringLiteral("id"), m_nextId++},
                           {QStringLiteral("method"), method},
                           {QStringLiteral("params"), params}};
    post(QJsonDocument(body).toJson(QJsonDocument::Compact), [method, done = std::move(done)](Result<QJsonValue> answer) {
        if (!answer)
            return done(nodeError(method, answer.error().message));
        if (!answer.value().isObject())
            return done(nodeError(method, "the node's answer is not a JSON-RPC response"));
        done(resultOf(answer.value().toObject(), method));
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
         [positions = std::move(positions), methods = std::move(methods), done = std::move(done)](Result<QJsonValue> answer) {
             const QString method = methods.front();
             if (!answer)
                 return done(nodeError(method, answer.error().message));
             if (!answer.value().isArray())
                 return done(nodeError(method, "the node did not answer the batch with an array"));
             const QJsonArray responses = answer.value().toArray();
             std::vector<std::optional<QJsonValue>> results(methods.size());
             for (const QJsonValue &r : responses) {
                 const QJsonObject o = r.toObject();
                 const auto slot = positions.find(o.value(QStringLiteral("id")).toInteger(-1));
                 if (slot == positions.end() || results[slot->second])
                     return done(nodeError(method, "the node's batch answer has an unknown or repeated id"));
                 auto value = resultOf(o, methods[slot->second]);
                 if (!value)
                     return done(value.error());
                 results[slot->second] = value.value();
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

std::optional<int128> parseQuantity(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QString hex = value.toString();
    // Below 2^124 (31 hex digits): room to add without overflow.
    if (!hex.startsWith(QStringLiteral("0x")) || hex.size() < 3 || hex.size() > 2 + 31)
        return std::nullopt;
    int128 v = 0;
    for (qsizetype i = 2; i < hex.size(); ++i) {
        const char16_t c = hex.at(i).unicode();
        int digit = 0;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        else
            return std::nullopt;
        v = v * 16 + digit;
    }
    return v;
}

QString quantity(uint128 value)
{
    if (value == 0)
        return QStringLiteral("0x0");
    QString digits;
    while (value) {
        digits.prepend(QLatin1Char("0123456789abcdef"[static_cast<int>(value & 0xf)]));
        value >>= 4;
    }
    return QStringLiteral("0x") + digits;
}

} // namespace exchange::ethereum
