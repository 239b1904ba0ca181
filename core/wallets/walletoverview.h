#pragma once
// One tier of one asset as the Wallets screen shows it: what the ledger
// says it holds, what the chain says, and how full it is against its max.

#include "core/money/amount.h"
#include "core/wallets/wallet.h"

#include <optional>
#include <string>

namespace exchange::wallets {

struct TierOverview {
    std::string asset;
    WalletTier tier = WalletTier::Hot;
    int wallets = 0;
    std::string address; // the wallet's address when the tier has exactly one
    Amount ledgerBalance;
    std::optional<Amount> chainBalance; // nullopt: some wallet's balance was never read
    std::int64_t oldestReadAtMs = 0;
    std::optional<Amount> maxBalance;   // hot and warm (the asset's settings), the fee wallet (its chain's)
    std::optional<Amount> lowBalance;   // the fee wallet's low-balance alert

    // chain - ledger, when the chain balance is known
    std::optional<Amount> difference() const
    {
        if (!chainBalance)
            return std::nullopt;
        return Amount::fromBaseUnits(chainBalance->baseUnits() - ledgerBalance.baseUnits());
    }
};

} // namespace exchange::wallets
