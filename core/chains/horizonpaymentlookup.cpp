#include "core/chains/horizonpaymentlookup.h"
#include "core/base/message.h"

#include "core/encoding/exactjson.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

#include <charconv>

namespace exchange::chains {

namespace {

using encoding::JsonValue;

constexpr int kTimeoutMs = 10000;
constexpr int kStellarDecimals = 7;

std::string stringMember(const JsonValue &object, std::string_view key)
{
    const JsonValue *v = object.member(key);
    return v && v->kind == JsonValue::Kind::String ? v->text : std::string();
}

} // namespace

HorizonPaymentLookup::HorizonPaymentLookup(QUrl horizonUrl, QObject *parent)
    : QObject(parent), m_url(std::move(horizonUrl)), m_network(new QNetworkAccessManager(this))
{
}

HorizonPaymentLookup::~HorizonPaymentLookup() = default;

void HorizonPaymentLookup::lookup(const PaymentQuery &query, Callback done)
{
    QUrl url = m_url;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/transactions/")
                + QString::fromStdString(query.txId) + QStringLiteral("/operations"));
    // join=transactions: each operation carries its transaction (fee_charged).
    url.setQuery(QUrlQuery{{QStringLiteral("limit"), QStringLiteral("200")}, {QStringLiteral("join"), QStringLiteral("transactions")}});
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    const std::string to = query.expectedTo;
    const AssetIdentity asked = query.asset;
    connect(reply, &QNetworkReply::finished, this, [reply, to, asked, done = std::move(done)] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 404)
            return done(makeError(ErrorCode::NotFound, MessageId::TradeNoSuchTransaction));
        if (reply->error() != QNetworkReply::NoError || status != 200)
            return done(makeError(ErrorCode::Unavailable, MessageId::TradeHorizonUnreachable));
        // The one exact reader, strictly: a record it refuses (an "amount"
        // given twice, say) makes the whole answer nonsense, never a sum
        // without it.
        const QByteArray body = reply->readAll();
        auto page = encoding::parseJson(std::string_view(body.constData(), static_cast<std::size_t>(body.size())));
        const JsonValue *embedded = page ? page->member("_embedded") : nullptr;
        if (!embedded)
            return done(makeError(ErrorCode::Unavailable, MessageId::TradeHorizonNonsense));
        Payment payment;
        payment.confirmed = true; // Horizon shows closed ledgers only
        payment.to = to;
        static const std::vector<JsonValue> kNoRecords;
        const JsonValue *records = embedded->member("records");
        const std::vector<JsonValue> &ops = records && records->kind == JsonValue::Kind::Array ? records->items : kNoRecords;
        for (const JsonValue &op : ops) {
            if (op.kind != JsonValue::Kind::Object)
                return done(makeError(ErrorCode::Unavailable, MessageId::TradeHorizonNonsense));
            if (const JsonValue *ok = op.member("transaction_successful"); ok && ok->kind == JsonValue::Kind::Bool && ok->text == "false") {
                payment.succeeded = false;
                continue;
            }
            if (const JsonValue *tx = op.member("transaction"); tx && tx->kind == JsonValue::Kind::Object) {
                // fee_charged: a string in today's Horizon, a number in older ones.
                if (const JsonValue *fee = tx->member("fee_charged");
                    fee && (fee->kind == JsonValue::Kind::String || fee->kind == JsonValue::Kind::Number)) {
                    std::int64_t stroops = -1;
                    const char *end = fee->text.data() + fee->text.size();
                    if (const auto r = std::from_chars(fee->text.data(), end, stroops); r.ec == std::errc() && r.ptr == end && stroops >= 0)
                        payment.fee = Amount::fromBaseUnits(stroops);
                }
            }
            const std::string type = stringMember(op, "type");
            std::string from, dest, amount;
            const bool native = stringMember(op, "asset_type") == "native";
            const std::string credit = stringMember(op, "asset_code") + ':' + stringMember(op, "asset_issuer");
            if (asked.kind == AssetKind::StellarCredit) {
                // The credit asset asked for, received by `to` (a path
                // payment's destination amount, never its source amount);
                // lumens or another credit are another asset.
                const bool payment_ = type == "payment" || type == "path_payment_strict_receive" || type == "path_payment_strict_send";
                if (!payment_ || stringMember(op, "to") != to)
                    continue;
                if (native || credit != asked.stellarCode + ':' + asked.issuer) {
                    payment.otherAsset = native ? std::string("lumens") : credit;
                    continue;
                }
                from = stringMember(op, "from");
                dest = to;
                amount = stringMember(op, "amount");
            } else if (type == "payment" && !native) {
                if (stringMember(op, "to") == to)
                    payment.otherAsset = credit;
                continue;
            } else if (type == "payment") {
                from = stringMember(op, "from");
                dest = stringMember(op, "to");
                amount = stringMember(op, "amount");
            } else if (type == "create_account") {
                from = stringMember(op, "funder");
                dest = stringMember(op, "account");
                amount = stringMember(op, "starting_balance");
            } else {
                continue;
            }
            if (dest != to)
                continue;
            auto parsed = Amount::parse(amount, kStellarDecimals);
            if (!parsed)
                return done(makeError(ErrorCode::Unavailable, MessageId::TradeHorizonNonsense));
            // Payments from two different sources fund nobody's order.
            if (!payment.from.empty() && payment.from != from)
                return done(makeError(ErrorCode::NotFound, MessageId::TradeSeveralPayers));
            payment.from = from;
            auto sum = payment.amount.plus(parsed.value());
            if (!sum)
                return done(sum.error());
            payment.amount = sum.value();
        }
        if (!payment.amount.isZero())
            payment.otherAsset.clear(); // it pays native lumens too: those count
        done(payment);
    });
}

} // namespace exchange::chains
