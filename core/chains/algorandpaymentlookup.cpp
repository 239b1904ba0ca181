#include "core/chains/algorandpaymentlookup.h"
#include "core/base/message.h"

#include "core/chains/algorand/algodclient.h"
#include "core/encoding/exactjson.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace exchange::chains {

namespace {

using encoding::JsonValue;

constexpr int kTimeoutMs = 10000;

std::string stringMember(const JsonValue &object, std::string_view key)
{
    const JsonValue *v = object.member(key);
    return v && v->kind == JsonValue::Kind::String ? v->text : std::string();
}

// A uint64 written as plain digits; nullopt when absent or anything else.
std::optional<std::uint64_t> uintMember(const JsonValue &object, std::string_view key)
{
    const JsonValue *v = object.member(key);
    return v && v->kind == JsonValue::Kind::Number ? algorand::parseUint64(v->text) : std::nullopt;
}

} // namespace

AlgorandPaymentLookup::AlgorandPaymentLookup(QUrl indexerUrl, QObject *parent)
    : QObject(parent), m_url(std::move(indexerUrl)), m_network(new QNetworkAccessManager(this))
{
}

AlgorandPaymentLookup::~AlgorandPaymentLookup() = default;

void AlgorandPaymentLookup::lookup(const PaymentQuery &query, Callback done)
{
    QUrl url = m_url;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/v2/transactions/")
                + QString::fromStdString(query.txId));
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    const AssetIdentity asked = query.asset;
    connect(reply, &QNetworkReply::finished, this, [reply, asked, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 404)
            return done(makeError(ErrorCode::NotFound, MessageId::TradeNoSuchTransaction));
        if (reply->error() != QNetworkReply::NoError || status != 200)
            return done(makeError(ErrorCode::Unavailable, MessageId::TradeAlgorandUnreachable));
        // The one exact reader: amounts as the indexer wrote them (never
        // through a double), and a key given twice refused, not read as either.
        const QByteArray body = reply->readAll();
        auto doc = encoding::parseJson(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
        const JsonValue *tx = doc ? doc->member("transaction") : nullptr;
        if (!tx || tx->kind != JsonValue::Kind::Object)
            return done(makeError(ErrorCode::Unavailable, MessageId::TradeAlgorandNonsense));
        Payment payment;
        payment.from = stringMember(*tx, "sender");
        payment.confirmed = uintMember(*tx, "confirmed-round").value_or(0) > 0;
        // The indexer holds only transactions a block accepted: none failed.
        if (const auto fee = uintMember(*tx, "fee"))
            payment.fee = Amount::fromBaseUnits(static_cast<int128>(*fee));
        const std::string type = stringMember(*tx, "tx-type");
        if (type == "axfer") {
            const JsonValue *axfer = tx->member("asset-transfer-transaction");
            const auto assetId = axfer && axfer->kind == JsonValue::Kind::Object ? uintMember(*axfer, "asset-id") : std::nullopt;
            if (asked.kind != AssetKind::AlgorandAsa || !assetId || *assetId != asked.asaId) {
                payment.otherAsset = "ASA " + std::to_string(assetId.value_or(0));
                return done(payment);
            }
            // The ASA asked for: its receiver and amount; a clawback moves
            // the asset-sender's holding, not the sender's.
            payment.to = stringMember(*axfer, "receiver");
            if (const std::string clawedFrom = stringMember(*axfer, "sender"); !clawedFrom.empty())
                payment.from = clawedFrom;
            const auto units = uintMember(*axfer, "amount");
            if (!units)
                return done(makeError(ErrorCode::Unavailable, MessageId::TradeAlgorandNonsense));
            payment.amount = Amount::fromBaseUnits(static_cast<int128>(*units));
            return done(payment);
        }
        if (type == "pay" && asked.kind == AssetKind::AlgorandAsa) {
            payment.otherAsset = "ALGO";
            return done(payment);
        }
        if (type == "pay") {
            const JsonValue *pay = tx->member("payment-transaction");
            if (!pay || pay->kind != JsonValue::Kind::Object)
                return done(makeError(ErrorCode::Unavailable, MessageId::TradeAlgorandNonsense));
            payment.to = stringMember(*pay, "receiver");
            const auto micro = uintMember(*pay, "amount");
            if (!micro)
                return done(makeError(ErrorCode::Unavailable, MessageId::TradeAlgorandNonsense));
            payment.amount = Amount::fromBaseUnits(static_cast<int128>(*micro));
        }
        done(payment);
    });
}

} // namespace exchange::chains
