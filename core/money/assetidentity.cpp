#include "core/money/assetidentity.h"

#include <array>
#include <utility>

namespace exchange {

namespace {

constexpr std::array<std::pair<AssetKind, std::string_view>, 4> kKinds{{
    {AssetKind::Native, "native"},
    {AssetKind::Erc20, "erc20"},
    {AssetKind::StellarCredit, "stellar_credit"},
    {AssetKind::AlgorandAsa, "algorand_asa"},
}};

} // namespace

std::string_view assetKindName(AssetKind kind) noexcept
{
    for (const auto &[k, name] : kKinds) {
        if (k == kind)
            return name;
    }
    return "unknown";
}

std::optional<AssetKind> assetKindFromName(std::string_view name) noexcept
{
    for (const auto &[kind, n] : kKinds) {
        if (n == name)
            return kind;
    }
    return std::nullopt;
}

std::string AssetIdentity::describe() const
{
    std::string text(assetKindName(kind));
    switch (kind) {
    case AssetKind::Native: break;
    case AssetKind::Erc20: text += " " + contract; break;
    case AssetKind::StellarCredit: text += " " + stellarCode + ":" + issuer; break;
    case AssetKind::AlgorandAsa: text += " " + std::to_string(asaId); break;
    }
    return text;
}

} // namespace exchange
