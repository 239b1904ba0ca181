#include "core/security/assetidentitystatement.h"

#include "core/security/actor.h"
#include "core/security/signedstatements.h"

#include <charconv>

namespace exchange::security {

namespace {

template <typename T>
std::optional<T> whole(const std::string &text)
{
    T value{};
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size()
        || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    return value;
}

} // namespace

Statement assetIdentityStatement(const Asset &asset)
{
    Statement s(kAssetIdentityKind);
    s.add("asset", asset.code);
    s.add("chain", std::string(chainName(asset.chain)));
    s.add("token_kind", std::string(assetKindName(asset.identity.kind)));
    s.add("contract", asset.identity.contract);
    s.add("stellar_code", asset.identity.stellarCode);
    s.add("issuer", asset.identity.issuer);
    s.add("asa_id", asset.identity.kind == AssetKind::AlgorandAsa ? std::to_string(asset.identity.asaId) : std::string());
    s.add("decimals", std::int64_t{asset.decimals});
    return s;
}

std::optional<Asset> assetIdentityFrom(const Statement &statement)
{
    if (statement.kind() != kAssetIdentityKind)
        return std::nullopt;
    const auto code = statement.value("asset");
    const auto chain = chainFromName(statement.value("chain").value_or(std::string()));
    const auto kind = assetKindFromName(statement.value("token_kind").value_or(std::string()));
    const auto contract = statement.value("contract");
    const auto stellarCode = statement.value("stellar_code");
    const auto issuer = statement.value("issuer");
    const auto asaId = statement.value("asa_id");
    const auto decimals = whole<int>(statement.value("decimals").value_or(std::string()));
    if (!code || code->empty() || !chain || !kind || !contract || !stellarCode || !issuer || !asaId || !decimals
        || *decimals > 38)
        return std::nullopt;
    Asset asset;
    asset.code = *code;
    asset.chain = *chain;
    asset.decimals = *decimals;
    asset.identity.kind = *kind;
    asset.identity.contract = *contract;
    asset.identity.stellarCode = *stellarCode;
    asset.identity.issuer = *issuer;
    if (*kind == AssetKind::AlgorandAsa) {
        const auto id = whole<std::uint64_t>(*asaId);
        if (!id || *id == 0)
            return std::nullopt;
        asset.identity.asaId = *id;
    } else if (!asaId->empty()) {
        return std::nullopt;
    }
    return asset;
}

Result<std::int64_t> signAssetIdentity(const QSqlDatabase &db, const Actor &actor, const Asset &asset,
                                       std::int64_t nowMs)
{
    auto signed_ = SignedStatements(db).sign(actor, "asset", asset.code, assetIdentityStatement(asset), nowMs);
    if (!signed_)
        return signed_.error();
    return signed_.value().id;
}

} // namespace exchange::security
