#include "core/chains/algorand/algodclient.h"

#include "core/encoding/exactjson.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <limits>

namespace exchange::algorand {

namespace {

Error unavailable(const std::string &what, const std::string &detail)
{
    return Error{ErrorCode::Unavailable, "algod " + what + ": " + detail};
}

// One whole number member of an algod answer, exactly.
Result<std::uint64_t> number(const encoding::JsonValue &object, std::string_view key, const std::string &what)
{
    const encoding::JsonValue *v = object.member(key);
    if (!v || v->kind != encoding::JsonValue::Kind::Number)
        return unavailable(what, "the answer has no number \"" + std::string(key) + "\"");
    const auto n = parseUint64(v->text);
    if (!n)
        return unavailable(what, "\"" + std::string(key) + "\" is not a whole number below 2^64: " + v->text);
    return *n;
}

} // namespace

std::optional<std::uint64_t> parseUint64(std::string_view token)
{
    if (token.empty() || token.size() > 20 || (token.size() > 1 && token.front() == '0'))
        return std::nullopt;
    std::uint64_t v = 0;
    for (char c : token) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (v > (std::numeric_limits<std::uint64_t>::max() - digit) / 10)
            return std::nullopt;
        v = v * 10 + digit;
    }
    return v;
}

Result<AssetHolding> readAssetHolding(const encoding::JsonValue &holding)
{
    const std::string what = "asset holding";
    if (holding.kind != encoding::JsonValue::Kind::Object)
        return unavailable(what, "not a JSON object");
    auto id = number(holding, "asset-id", what);
    if (!id)
        return id.error();
    auto amount = number(holding, "amount", what);
    if (!amount)
        return amount.error();
    AssetHolding h{id.value(), amount.value(), false};
    // "is-frozen" is required by algod's schema; absent reads as not frozen
    // only where an older node leaves it out, never as a wrong type.
    if (const encoding::JsonValue *frozen = holding.member("is-frozen")) {
        if (frozen->kind != encoding::JsonValue::Kind::Bool)
            return unavailable(what, "\"is-frozen\" is not true or false");
        h.frozen = frozen->text == "true";
    }
    return h;
}

Result<void> checkNetwork(const SuggestedParams &params, const std::string &network)
{
    if (!network.empty() && network != params.genesisId)
        return Error{ErrorCode::Conflict, "algod is on " + params.genesisId + ", the settings say " + network};
    return {};
}

std::string errorMessage(const QByteArray &body)
{
    const std::string text = body.toStdString();
    auto json = encoding::parseJson(text);
    if (json && json.value().kind == encoding::JsonValue::Kind::Object) {
        if (const encoding::JsonValue *m = json.value().member("message"); m && m->kind == encoding::JsonValue::Kind::String)
            return m->text.substr(0, 300);
    }
    return body.left(200).toStdString();
}

AlgodClient::AlgodClient(QUrl baseUrl, QByteArray token, QObject *parent)
    : QObject(parent), m_url(std::move(baseUrl)), m_token(std::move(token)), m_network(new QNetworkAccessManager(this))
{
}

AlgodClient::~AlgodClient() = default;

Result<AlgodClient::Answer> AlgodClient::wait(const QString &path, const std::optional<QByteArray> &body,
                                              const QString &contentType)
{
    QUrl url = m_url;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setRawHeader("Accept", "application/json");
    if (!m_token.isEmpty())
        request.setRawHeader("X-Algod-API-Token", m_token);
    QNetworkReply *reply = nullptr;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        reply = m_network->post(request, *body);
    } else {
        reply = m_network->get(request);
    }
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    reply->deleteLater();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return Error{ErrorCode::Unavailable, "algod at " + m_url.toString().toStdString() + " could not be reached ("
                                                 + reply->errorString().toStdString() + ")"};
    return Answer{status.toInt(), reply->readAll()};
}

Result<AlgodClient::Answer> AlgodClient::getAndWait(const QString &path)
{
    return wait(path, std::nullopt, QString());
}

Result<AlgodClient::Answer> AlgodClient::postAndWait(const QString &path, const QByteArray &body, const QString &contentType)
{
    return wait(path, body, contentType);
}

Result<SuggestedParams> AlgodClient::params()
{
    const std::string what = "/v2/transactions/params";
    auto answer = getAndWait(QStringLiteral("/v2/transactions/params"));
    if (!answer)
        return answer.error();
    if (answer.value().status != 200)
        return unavailable(what, "HTTP " + std::to_string(answer.value().status) + " (" + errorMessage(answer.value().body) + ")");
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    if (!json || json.value().kind != encoding::JsonValue::Kind::Object)
        return unavailable(what, "the answer is not a JSON object");
    const encoding::JsonValue &o = json.value();
    SuggestedParams p;
    auto fee = number(o, "fee", what);
    auto minFee = number(o, "min-fee", what);
    auto lastRound = number(o, "last-round", what);
    if (!fee)
        return fee.error();
    if (!minFee)
        return minFee.error();
    if (!lastRound)
        return lastRound.error();
    p.feePerByte = fee.value();
    p.minFee = minFee.value();
    p.lastRound = lastRound.value();
    const encoding::JsonValue *id = o.member("genesis-id");
    const encoding::JsonValue *hash = o.member("genesis-hash");
    const encoding::JsonValue *consensus = o.member("consensus-version");
    if (!id || id->kind != encoding::JsonValue::Kind::String || !hash || hash->kind != encoding::JsonValue::Kind::String)
        return unavailable(what, "the answer has no genesis-id or genesis-hash");
    p.genesisId = id->text;
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(hash->text),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 32)
        return unavailable(what, "genesis-hash is not 32 bytes of base64");
    p.genesisHash = decoded.decoded;
    if (consensus && consensus->kind == encoding::JsonValue::Kind::String)
        p.consensusVersion = consensus->text;
    return p;
}

Result<AccountInfo> AlgodClient::account(const std::string &address)
{
    const std::string what = "/v2/accounts/" + address;
    auto answer = getAndWait(QStringLiteral("/v2/accounts/") + QString::fromStdString(address));
    if (!answer)
        return answer.error();
    if (answer.value().status != 200)
        return unavailable(what, "HTTP " + std::to_string(answer.value().status) + " (" + errorMessage(answer.value().body) + ")");
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    if (!json || json.value().kind != encoding::JsonValue::Kind::Object)
        return unavailable(what, "the answer is not a JSON object");
    auto amount = number(json.value(), "amount", what);
    if (!amount)
        return amount.error();
    auto minBalance = number(json.value(), "min-balance", what);
    if (!minBalance)
        return minBalance.error();
    AccountInfo info{amount.value(), minBalance.value(), {}};
    // "assets": absent when the account holds none.
    if (const encoding::JsonValue *assets = json.value().member("assets"); assets && assets->kind != encoding::JsonValue::Kind::Null) {
        if (assets->kind != encoding::JsonValue::Kind::Array)
            return unavailable(what, "\"assets\" is not an array");
        for (const encoding::JsonValue &item : assets->items) {
            auto holding = readAssetHolding(item);
            if (!holding)
                return unavailable(what, holding.error().message);
            info.assets.push_back(holding.value());
        }
    }
    return info;
}

Result<std::optional<AssetHolding>> AlgodClient::assetHolding(const std::string &address, std::uint64_t assetId)
{
    const std::string what = "/v2/accounts/" + address + "/assets/" + std::to_string(assetId);
    auto answer = getAndWait(QString::fromStdString(what));
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return std::optional<AssetHolding>(); // not opted in (or no such account: it holds nothing either)
    if (answer.value().status != 200)
        return unavailable(what, "HTTP " + std::to_string(answer.value().status) + " (" + errorMessage(answer.value().body) + ")");
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *holding = json && json.value().kind == encoding::JsonValue::Kind::Object
                                             ? json.value().member("asset-holding")
                                             : nullptr;
    if (!holding)
        return unavailable(what, "the answer has no asset-holding");
    auto read = readAssetHolding(*holding);
    if (!read)
        return unavailable(what, read.error().message);
    if (read.value().assetId != assetId)
        return unavailable(what, "the answer is the holding of asset " + std::to_string(read.value().assetId));
    return std::optional<AssetHolding>(read.value());
}

Result<std::string> AlgodClient::send(const QByteArray &signedMsgpack)
{
    auto answer = postAndWait(QStringLiteral("/v2/transactions"), signedMsgpack, QStringLiteral("application/x-binary"));
    if (!answer)
        return answer.error();
    if (answer.value().status != 200)
        return Error{ErrorCode::InvalidInput, "algod refused the transaction (HTTP " + std::to_string(answer.value().status)
                                                  + ": " + errorMessage(answer.value().body) + ")"};
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *txid = json ? json.value().member("txId") : nullptr;
    if (!txid || txid->kind != encoding::JsonValue::Kind::String)
        return unavailable("/v2/transactions", "the answer has no txId");
    return txid->text;
}

Result<PendingInfo> AlgodClient::pending(const std::string &txid)
{
    const std::string what = "/v2/transactions/pending/" + txid;
    auto answer = getAndWait(QStringLiteral("/v2/transactions/pending/") + QString::fromStdString(txid));
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return PendingInfo{};
    if (answer.value().status != 200)
        return unavailable(what, "HTTP " + std::to_string(answer.value().status) + " (" + errorMessage(answer.value().body) + ")");
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    if (!json || json.value().kind != encoding::JsonValue::Kind::Object)
        return unavailable(what, "the answer is not a JSON object");
    PendingInfo info;
    info.known = true;
    if (json.value().member("confirmed-round")) {
        auto round = number(json.value(), "confirmed-round", what);
        if (!round)
            return round.error();
        info.confirmedRound = round.value();
    }
    if (const encoding::JsonValue *e = json.value().member("pool-error"); e && e->kind == encoding::JsonValue::Kind::String)
        info.poolError = e->text;
    return info;
}

} // namespace exchange::algorand
