#include "core/chains/stellar/horizonasset.h"

#include "core/chains/stellar/strkey.h"
#include "core/chains/tokenidentity.h"
#include "core/encoding/exactjson.h"

#include <optional>
#include <string>

namespace exchange::stellar {

namespace {

Error malformed(std::string why)
{
    return Error{ErrorCode::InvalidInput, std::move(why)};
}

// The member's text when it is a string; nullopt when it is absent or not
// a string (Horizon writes these fields as strings).
std::optional<std::string> text(const encoding::JsonValue &record, const std::string &key)
{
    const encoding::JsonValue *v = record.member(key);
    if (!v || v->kind != encoding::JsonValue::Kind::String)
        return std::nullopt;
    return v->text;
}

} // namespace

Result<AssetIdentity> horizonAsset(const encoding::JsonValue &record, std::string_view prefix)
{
    const std::string typeKey = std::string(prefix) + "asset_type";
    const std::string codeKey = std::string(prefix) + "asset_code";
    const std::string issuerKey = std::string(prefix) + "asset_issuer";
    const std::string type = text(record, typeKey).value_or(std::string());
    if (type == "native") {
        if (record.member(codeKey) || record.member(issuerKey))
            return malformed(codeKey + " or " + issuerKey + " beside " + typeKey + " native");
        return AssetIdentity::native();
    }
    if (type != "credit_alphanum4" && type != "credit_alphanum12")
        return malformed(typeKey + " is not native, credit_alphanum4 or credit_alphanum12");
    const std::string code = text(record, codeKey).value_or(std::string());
    const std::string issuer = text(record, issuerKey).value_or(std::string());
    const bool alphanum4 = type == "credit_alphanum4";
    if (code.empty() || code.size() > (alphanum4 ? 4u : 12u) || (!alphanum4 && code.size() < 5))
        return malformed(codeKey + " is not a " + type + " code (" + (alphanum4 ? "1 to 4" : "5 to 12")
                         + " letters and digits)");
    if (!strkey::decodeAccountId(issuer))
        return malformed(issuerKey + " is not a Stellar account id (G…)");
    auto identity = chains::canonicalTokenIdentity(Chain::Stellar, AssetIdentity::stellarCredit(code, issuer));
    if (!identity)
        return malformed(codeKey + " is not a Stellar asset code: " + identity.error().message);
    if (identity.value().issuer != issuer)
        return malformed(issuerKey + " is not in its canonical spelling");
    return identity;
}

} // namespace exchange::stellar
