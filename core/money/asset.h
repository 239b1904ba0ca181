#pragma once
// Asset: what an amount counts. Its decimals fix the base unit (XLM 7:
// stroops; ETH 18: wei; ALGO 6: microalgos); its display precision is the
// minimum number of fraction digits shown, never a truncation.

#include "core/base/chain.h"
#include "core/money/amount.h"
#include "core/money/assetidentity.h"

#include <optional>
#include <span>
#include <string>

namespace exchange {

struct Asset {
    std::string code;      // "XLM", "ETH", "ALGO"
    std::string name;      // "Stellar Lumens"
    Chain chain = Chain::Stellar;
    int decimals = 0;
    int displayDecimals = 0;
    // Native: the chain's own coin; otherwise a token of the chain.
    AssetIdentity identity;

    Result<Amount> parse(std::string_view text) const { return Amount::parse(text, decimals); }
    std::string format(Amount amount) const { return amount.format(decimals, displayDecimals); }
    // With thousands grouping, for screens.
    std::string formatGrouped(Amount amount) const
    {
        return amount.format(decimals, Amount::FormatOptions{displayDecimals, true});
    }

    friend bool operator==(const Asset &, const Asset &) = default;
};

// The native assets of the three chains the exchange settles on.
std::span<const Asset> nativeAssets();
std::optional<Asset> nativeAsset(std::string_view code);
// The chain's own coin (ETH for Ethereum), never one of its tokens: what a
// watcher or payout that moves the chain's coin counts in.
const Asset &nativeAssetOf(Chain chain);

} // namespace exchange
