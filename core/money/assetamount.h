#pragma once
// An amount with its asset's decimals, so that amounts of different assets
// compare by their value in whole units (1.5 ETH > 1 XLM), exactly. Tables
// that list several assets sort by this.

#include "core/money/amount.h"

#include <compare>

namespace exchange {

struct AssetAmount {
    Amount amount;
    int decimals = 0;

    friend std::weak_ordering operator<=>(const AssetAmount &a, const AssetAmount &b);
    friend bool operator==(const AssetAmount &a, const AssetAmount &b)
    {
        return (a <=> b) == std::weak_ordering::equivalent;
    }
};

} // namespace exchange
