#include "core/api/withdrawrequest.h"

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

Error bad(std::string message) { return Error{ErrorCode::InvalidInput, std::move(message)}; }

Result<std::string> stringField(const JsonValue &object, std::string_view name)
{
    const JsonValue *v = object.member(name);
    if (!v)
        return bad("missing field " + std::string(name));
    if (v->kind != JsonValue::Kind::String)
        return bad("field " + std::string(name) + " must be a string");
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
    return bad("signer " + signer.substr(0, 100)
               + " is not an Ethereum address, a Stellar G… account id or an Algorand address");
}

} // namespace

Result<WithdrawRequest> parseWithdrawRequest(std::string_view body)
{
    if (body.size() > kMaxRequestBytes)
        return bad("the request is larger than " + std::to_string(kMaxRequestBytes) + " bytes");
    auto doc = parseJson(body);
    if (!doc)
        return doc.error();
    if (doc->kind != JsonValue::Kind::Object)
        return bad("the request must be a JSON object");
    std::string unknown;
    if (!onlyMembers(doc.value(), {"payload", "signatures"}, &unknown))
        return bad("unknown field " + unknown);
    const JsonValue *payload = doc->member("payload");
    if (!payload)
        return bad("missing field payload");
    if (payload->kind != JsonValue::Kind::Object)
        return bad("field payload must be an object");
    const JsonValue *signatures = doc->member("signatures");
    if (!signatures)
        return bad("missing field signatures");
    if (signatures->kind != JsonValue::Kind::Array || signatures->items.empty())
        return bad("field signatures must be a non-empty array");
    if (signatures->items.size() > kMaxWithdrawSignatures)
        return bad("at most " + std::to_string(kMaxWithdrawSignatures) + " signatures");

    WithdrawRequest request;
    if (!onlyMembers(*payload, {"customer_id", "request_id", "asset", "destination", "amount"}, &unknown))
        return bad("unknown payload field " + unknown);
    const JsonValue *customer = payload->member("customer_id");
    if (!customer)
        return bad("missing field customer_id");
    const auto customerId = customer->kind == JsonValue::Kind::Number ? int128FromString(customer->text) : std::nullopt;
    if (!customerId || *customerId <= 0 || *customerId > static_cast<int128>(INT64_MAX))
        return bad("customer_id must be a positive integer");
    auto requestId = stringField(*payload, "request_id");
    if (!requestId)
        return requestId.error();
    if (!validRequestId(requestId.value()))
        return bad("request_id must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'");
    auto asset = stringField(*payload, "asset");
    if (!asset)
        return asset.error();
    auto destination = stringField(*payload, "destination");
    if (!destination)
        return destination.error();
    const JsonValue *amount = payload->member("amount");
    if (!amount)
        return bad("missing field amount");
    if (amount->kind != JsonValue::Kind::String)
        return bad("field amount must be a decimal string, e.g. \"12.5\"");

    for (const JsonValue &item : signatures->items) {
        if (item.kind != JsonValue::Kind::Object)
            return bad("each signature must be an object {\"signer\", \"sig\"}");
        if (!onlyMembers(item, {"signer", "sig"}, &unknown))
            return bad("unknown signature field " + unknown);
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
            return bad("the sig of " + entry->signer + " is not a well-formed " + platformName(entry->chain) + " signature");
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

Result<std::vector<withdrawals::VerifiedSigner>> verifyWithdrawSignatures(const WithdrawRequest &request)
{
    std::vector<withdrawals::VerifiedSigner> signers;
    for (const WithdrawSignature &s : request.signatures) {
        const SignedPayload payload{request.payloadRaw, request.payloadPython, s.sig};
        if (!verifyPayloadSignature(s.chain, s.signer, payload))
            return Error{ErrorCode::Unauthorized, "the signature of " + s.signer + " does not match the payload"};
        const withdrawals::VerifiedSigner v{s.chain, s.signer};
        if (std::find(signers.begin(), signers.end(), v) == signers.end())
            signers.push_back(v);
    }
    return signers;
}

} // namespace exchange::api
