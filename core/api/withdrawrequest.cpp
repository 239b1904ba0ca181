#include "core/api/withdrawrequest.h"
#include "core/base/message.h"

#include "core/api/pythonjson.h"
#include "core/chains/chainchecks.h"
#include "core/money/int128.h"
#include "core/withdrawals/withdrawalkeyservice.h"

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

Result<std::string> stringField(const JsonValue &object, std::string_view name)
{
    const JsonValue *v = object.member(name);
    if (!v)
        return bad(MessageId::TradeMissingField, {std::string(name)});
    if (v->kind != JsonValue::Kind::String)
        return bad(MessageId::TradeFieldMustBeString, {std::string(name)});
    return v->text;
}

bool onlyMembers(const JsonValue &object, std::initializer_list<std::string_view> names, std::string *unknown)
{
    for (const auto &[key, value] : object.members) {
        if (std::find(names.begin(), names.end(), key) == names.end()) {
            *unknown = key;
            return false;
        }
    }
    return true;
}

bool validRequestId(const std::string &id)
{
    if (id.empty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
            || c == ':' || c == '-';
    });
}

// The chain whose signing-key form the signer has (the forms do not overlap:
// 0x + 40 hex, G + 55 base32, 58 base32).
Result<WithdrawSignature> signerOf(const std::string &signer)
{
    for (Chain chain : {Chain::Ethereum, Chain::Stellar, Chain::Algorand}) {
        if (auto key = withdrawals::WithdrawalKeyService::canonicalKey(chain, signer))
            return WithdrawSignature{chain, key.value(), {}};
    }
    return bad(MessageId::TradeUnknownSigner, {signer.substr(0, 100)});
}

} // namespace

Result<WithdrawRequest> parseWithdrawRequest(std::string_view body)
{
    if (body.size() > kMaxRequestBytes)
        return bad(MessageId::TradeRequestTooLarge, {std::to_string(kMaxRequestBytes)});
    auto doc = parseJson(body);
    if (!doc)
        return doc.error();
    if (doc->kind != JsonValue::Kind::Object)
        return bad(MessageId::TradeNotJsonObject);
    std::string unknown;
    if (!onlyMembers(doc.value(), {"payload", "signatures"}, &unknown))
        return bad(MessageId::TradeUnknownField, {unknown});
    const JsonValue *payload = doc->member("payload");
    if (!payload)
        return bad(MessageId::TradeMissingField, {"payload"});
    if (payload->kind != JsonValue::Kind::Object)
        return bad(MessageId::TradeFieldMustBeObject, {"payload"});
    const JsonValue *signatures = doc->member("signatures");
    if (!signatures)
        return bad(MessageId::TradeMissingField, {"signatures"});
    if (signatures->kind != JsonValue::Kind::Array || signatures->items.empty())
        return bad(MessageId::TradeFieldMustBeSignatures, {"signatures"});
    if (signatures->items.size() > kMaxWithdrawSignatures)
        return bad(MessageId::TradeTooManySignatures, {std::to_string(kMaxWithdrawSignatures)});

    WithdrawRequest request;
    if (!onlyMembers(*payload, {"customer_id", "request_id", "asset", "destination", "amount"}, &unknown))
        return bad(MessageId::TradeUnknownPayloadField, {unknown});
    const JsonValue *customer = payload->member("customer_id");
    if (!customer)
        return bad(MessageId::TradeMissingField, {"customer_id"});
    const auto customerId = customer->kind == JsonValue::Kind::Number ? int128FromString(customer->text) : std::nullopt;
    if (!customerId || *customerId <= 0 || *customerId > static_cast<int128>(INT64_MAX))
        return bad(MessageId::TradeCustomerIdPositive);
    auto requestId = stringField(*payload, "request_id");
    if (!requestId)
        return requestId.error();
    if (!validRequestId(requestId.value()))
        return bad(MessageId::TradeRequestIdForm);
    auto asset = stringField(*payload, "asset");
    if (!asset)
        return asset.error();
    auto destination = stringField(*payload, "destination");
    if (!destination)
        return destination.error();
    const JsonValue *amount = payload->member("amount");
    if (!amount)
        return bad(MessageId::TradeMissingField, {"amount"});
    if (amount->kind != JsonValue::Kind::String)
        return bad(MessageId::TradeFieldMustBeDecimal, {"amount"});

    for (const JsonValue &item : signatures->items) {
        if (item.kind != JsonValue::Kind::Object)
            return bad(MessageId::TradeSignatureEntryForm);
        if (!onlyMembers(item, {"signer", "sig"}, &unknown))
            return bad(MessageId::TradeUnknownSignatureField, {unknown});
        auto signer = stringField(item, "signer");
        if (!signer)
            return signer.error();
        auto sig = stringField(item, "sig");
        if (!sig)
            return sig.error();
        auto entry = signerOf(signer.value());
        if (!entry)
            return entry.error();
        if (!chains::parseSignature(entry->chain, sig.value()))
            return bad(MessageId::TradeMalformedSigOf, {entry->signer, platformName(entry->chain)});
        WithdrawSignature s = std::move(entry).value();
        s.sig = std::move(sig).value();
        request.signatures.push_back(std::move(s));
    }

    auto python = pythonDumps(*payload);
    if (!python)
        return python.error();
    request.payloadRaw = std::string(payload->raw);
    request.payloadPython = std::move(python).value();
    request.withdrawal.customerId = static_cast<std::int64_t>(*customerId);
    request.withdrawal.requestId = std::move(requestId).value();
    request.withdrawal.asset = std::move(asset).value();
    request.withdrawal.destination = std::move(destination).value();
    request.withdrawal.amount = amount->text;
    return request;
}

Result<std::vector<withdrawals::RequestSignature>> verifyWithdrawSignatures(const WithdrawRequest &request)
{
    std::vector<withdrawals::RequestSignature> verified;
    for (const WithdrawSignature &s : request.signatures) {
        // Kept with the bytes that verified, so that the payout signer can
        // verify it again (RequestSignature::verifies) as the API did.
        withdrawals::RequestSignature v{s.chain, s.signer, s.sig, request.payloadRaw};
        if (!v.verifies() && request.payloadPython != request.payloadRaw) {
            v.payload = request.payloadPython;
            if (!v.verifies())
                v.payload.clear();
        } else if (!v.verifies()) {
            v.payload.clear();
        }
        if (v.payload.empty())
            return makeError(ErrorCode::Unauthorized, MessageId::TradeSignatureOfMismatch, {s.signer});
        verified.push_back(std::move(v));
    }
    return verified;
}

} // namespace exchange::api
