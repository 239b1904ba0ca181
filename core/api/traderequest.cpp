#include "core/api/traderequest.h"
#include "core/base/message.h"

#include "core/api/pythonjson.h"
#include "core/chains/chainchecks.h"
#include "core/money/asset.h"

#include <QByteArray>

#include <algorithm>
#include <cstdint>

namespace exchange::api {

using encoding::JsonValue;
using encoding::parseJson;

namespace {

// The API answers English (clients match the words); the id and arguments
// let the console show the same refusal in its operator's language.
Error bad(MessageId id, std::vector<std::string> args = {})
{
    return makeError(ErrorCode::InvalidInput, id, std::move(args));
}

// mustBe: the refusal when the field is of another kind ("field %1 must be a string").
Result<const JsonValue *> field(const JsonValue &object, std::string_view name, JsonValue::Kind kind, MessageId mustBe)
{
    const JsonValue *v = object.member(name);
    if (!v)
        return bad(MessageId::TradeMissingField, {std::string(name)});
    if (v->kind != kind)
        return bad(mustBe, {std::string(name)});
    return v;
}

Result<Amount> amountField(const JsonValue &payload, std::string_view name, const Asset &asset)
{
    const JsonValue *v = payload.member(name);
    if (!v)
        return bad(MessageId::TradeMissingField, {std::string(name)});
    if (v->kind != JsonValue::Kind::Number && v->kind != JsonValue::Kind::String)
        return bad(MessageId::TradeFieldMustBeNumber, {std::string(name)});
    // A JSON number may carry an exponent (Python writes 0.00005 as 5e-05);
    // a string is the client's own text and stays plain decimal.
    auto parsed = v->kind == JsonValue::Kind::Number ? Amount::tryParseJsonNumber(v->text, asset.decimals)
                                                     : Amount::tryParse(v->text, asset.decimals);
    if (const auto *error = std::get_if<Amount::ParseError>(&parsed))
        return bad(MessageId::TradeFieldAmount, {std::string(name), Amount::describe(*error, asset.decimals)});
    const Amount a = std::get<Amount>(parsed);
    if (!a.isPositive())
        return bad(MessageId::TradeFieldMustBePositive, {std::string(name)});
    return a;
}

Result<JsonValue> envelope(std::string_view body, SignedPayload &signedPayload)
{
    if (body.size() > kMaxRequestBytes)
        return bad(MessageId::TradeRequestTooLarge, {std::to_string(kMaxRequestBytes)});
    auto doc = parseJson(body);
    if (!doc)
        return doc.error();
    if (doc->kind != JsonValue::Kind::Object)
        return bad(MessageId::TradeNotJsonObject);
    for (const auto &[key, value] : doc->members) {
        if (key != "sig" && key != "payload")
            return bad(MessageId::TradeUnknownField, {key});
    }
    auto sig = field(doc.value(), "sig", JsonValue::Kind::String, MessageId::TradeFieldMustBeString);
    if (!sig)
        return sig.error();
    auto payload = field(doc.value(), "payload", JsonValue::Kind::Object, MessageId::TradeFieldMustBeObject);
    if (!payload)
        return payload.error();
    auto python = pythonDumps(*payload.value());
    if (!python)
        return python.error();
    signedPayload.signature = sig.value()->text;
    signedPayload.payloadRaw = std::string(payload.value()->raw);
    signedPayload.payloadPython = std::move(python).value();
    return *payload.value();
}

} // namespace

std::optional<Chain> platformFromName(std::string_view name)
{
    return chainFromName(name);
}

std::string platformName(Chain chain)
{
    switch (chain) {
    case Chain::Ethereum: return "Ethereum";
    case Chain::Algorand: return "Algorand";
    case Chain::Stellar: return "Stellar";
    }
    return {};
}

std::string assetOf(Chain chain)
{
    return nativeAssetOf(chain).code;
}

std::string currencyName(const Asset &asset)
{
    return asset.identity.isNative() ? platformName(asset.chain) : asset.code;
}

std::string payloadText(std::string_view body)
{
    if (auto doc = parseJson(body); doc && doc->kind == JsonValue::Kind::Object) {
        if (const JsonValue *p = doc->member("payload"))
            return std::string(p->raw);
    }
    return std::string(body.substr(0, kMaxRequestBytes));
}

Result<TradeRequest> parseTradeRequest(std::string_view body, const TradeCurrencies &currencies)
{
    TradeRequest request;
    auto payload = envelope(body, request.signedPayload);
    if (!payload)
        return payload.error();
    static constexpr std::string_view kFields[] = {"sender_pk", "receiver_pk", "buy_currency", "sell_currency",
                                                   "buy_amount", "sell_amount", "tx_id"};
    for (const auto &[key, value] : payload->members) {
        if (std::find(std::begin(kFields), std::end(kFields), key) == std::end(kFields))
            return bad(MessageId::TradeUnknownPayloadField, {key});
    }
    std::string text[4];
    for (int i : {0, 1, 2, 3}) {
        auto f = field(payload.value(), kFields[i], JsonValue::Kind::String, MessageId::TradeFieldMustBeString);
        if (!f)
            return f.error();
        text[i] = f.value()->text;
    }
    auto txId = field(payload.value(), "tx_id", JsonValue::Kind::String, MessageId::TradeFieldMustBeString);
    if (!txId)
        return txId.error();
    auto buyAsset = currencies.find(text[2], "buy_currency", MessageId::TradeUnknownBuyCurrency);
    if (!buyAsset)
        return buyAsset.error();
    auto sellAsset = currencies.find(text[3], "sell_currency", MessageId::TradeUnknownSellCurrency);
    if (!sellAsset)
        return sellAsset.error();
    // A token trades against its own chain's coin too (USDC for ETH).
    if (buyAsset->code == sellAsset->code)
        return bad(MessageId::TradeCurrenciesMustDiffer);
    const Chain buyChain = buyAsset->chain;
    const Chain sellChain = sellAsset->chain;
    auto buyAmount = amountField(payload.value(), "buy_amount", *buyAsset);
    if (!buyAmount)
        return buyAmount.error();
    auto sellAmount = amountField(payload.value(), "sell_amount", *sellAsset);
    if (!sellAmount)
        return sellAmount.error();
    auto sender = chains::validateAddress(sellChain, text[0]);
    if (!sender)
        return bad(MessageId::TradeInvalidAddress, {"sender_pk", platformName(sellChain)});
    auto receiver = chains::validateAddress(buyChain, text[1]);
    if (!receiver)
        return bad(MessageId::TradeInvalidAddress, {"receiver_pk", platformName(buyChain)});
    auto tx = chains::validateTxId(sellChain, txId.value()->text);
    if (!tx)
        return bad(MessageId::TradeInvalidTxId, {platformName(sellChain)});
    if (!chains::parseSignature(sellChain, request.signedPayload.signature))
        return bad(MessageId::TradeMalformedSig, {platformName(sellChain)});

    request.sellChain = sellChain;
    request.buyChain = buyChain;
    request.senderAsSent = text[0];
    request.order.senderPk = sender.value();
    request.order.receiverPk = receiver.value();
    request.order.buyCurrency = buyAsset->code;
    request.order.sellCurrency = sellAsset->code;
    request.buyAsset = std::move(buyAsset).value();
    request.sellAsset = std::move(sellAsset).value();
    request.order.buyAmount = buyAmount.value();
    request.order.sellAmount = sellAmount.value();
    request.order.txId = tx.value();
    request.order.signature = request.signedPayload.signature;
    return request;
}

Result<CancelRequest> parseCancelRequest(std::string_view body)
{
    CancelRequest request;
    auto payload = envelope(body, request.signedPayload);
    if (!payload)
        return payload.error();
    for (const auto &[key, value] : payload->members) {
        if (key != "order_id" && key != "sender_pk" && key != "platform")
            return bad(MessageId::TradeUnknownPayloadField, {key});
    }
    auto id = field(payload.value(), "order_id", JsonValue::Kind::Number, MessageId::TradeFieldMustBeNumber);
    if (!id)
        return id.error();
    const auto parsed = int128FromString(id.value()->text);
    if (!parsed || *parsed <= 0 || *parsed > static_cast<int128>(INT64_MAX))
        return bad(MessageId::TradeOrderIdPositive);
    auto sender = field(payload.value(), "sender_pk", JsonValue::Kind::String, MessageId::TradeFieldMustBeString);
    if (!sender)
        return sender.error();
    auto platform = field(payload.value(), "platform", JsonValue::Kind::String, MessageId::TradeFieldMustBeString);
    if (!platform)
        return platform.error();
    const auto chain = platformFromName(platform.value()->text);
    if (!chain)
        return bad(MessageId::TradeUnknownPlatform);
    auto canonical = chains::validateAddress(*chain, sender.value()->text);
    if (!canonical)
        return bad(MessageId::TradeInvalidAddress, {"sender_pk", platformName(*chain)});
    if (!chains::parseSignature(*chain, request.signedPayload.signature))
        return bad(MessageId::TradeMalformedSig, {platformName(*chain)});
    request.orderId = static_cast<std::int64_t>(*parsed);
    request.senderPk = canonical.value();
    request.chain = *chain;
    return request;
}

std::string PayloadVerification::describe() const
{
    return std::string(chains::messageSchemeName(scheme))
        + (overPythonText ? " over json.dumps(payload)" : " over the payload as sent");
}

Result<PayloadVerification> verifyPayloadSignature(Chain chain, const std::string &signer,
                                                   const SignedPayload &payload)
{
    const QByteArray raw = QByteArray::fromStdString(payload.payloadRaw);
    if (auto scheme = chains::verifyMessage(chain, signer, raw, payload.signature))
        return PayloadVerification{scheme.value(), false};
    if (payload.payloadPython != payload.payloadRaw) {
        if (auto scheme = chains::verifyMessage(chain, signer, QByteArray::fromStdString(payload.payloadPython),
                                                payload.signature))
            return PayloadVerification{scheme.value(), true};
    }
    return makeError(ErrorCode::Unauthorized, MessageId::TradeSignatureMismatch);
}

} // namespace exchange::api
