#include "core/withdrawals/requestsignature.h"

#include "core/chains/chainchecks.h"
#include "core/encoding/exactjson.h"

namespace exchange::withdrawals {

bool RequestSignature::verifies() const
{
    return chains::verifyMessage(chain, signer, QByteArray::fromStdString(payload), signature).ok();
}

std::optional<std::string> requestKeyOf(const std::vector<RequestSignature> &signatures)
{
    if (signatures.empty())
        return std::nullopt;
    auto doc = encoding::parseJson(signatures.front().payload);
    if (!doc || doc->kind != encoding::JsonValue::Kind::Object)
        return std::nullopt;
    const encoding::JsonValue *customer = doc->member("customer_id");
    const encoding::JsonValue *request = doc->member("request_id");
    if (!customer || customer->kind != encoding::JsonValue::Kind::Number || !request
        || request->kind != encoding::JsonValue::Kind::String)
        return std::nullopt;
    return "customer " + customer->text + " request " + request->text;
}

} // namespace exchange::withdrawals
