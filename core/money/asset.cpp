#include "core/money/asset.h"

#include <array>
#include <stdexcept>

namespace exchange {

std::span<const Asset> nativeAssets()
{
    static const std::array<Asset, 3> assets{{
        {"XLM", "Stellar Lumens", Chain::Stellar, 7, 2, {}},
        {"ETH", "Ether", Chain::Ethereum, 18, 4, {}},
        {"ALGO", "Algo", Chain::Algorand, 6, 2, {}},
    }};
    return assets;
}

std::optional<Asset> nativeAsset(std::string_view code)
{
    for (const Asset &asset : nativeAssets()) {
        if (asset.code == code)
            return asset;
    }
    return std::nullopt;
}

const Asset &nativeAssetOf(Chain chain)
{
    for (const Asset &asset : nativeAssets()) {
        if (asset.chain == chain)
            return asset;
    }
    throw std::logic_error("a chain without a native asset");
}

} // namespace exchange
