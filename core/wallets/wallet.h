#pragma once
// An exchange wallet on one chain: a customer's deposit address, or the
// hot, warm or cold wallet, or the fee wallet (Ethereum and Algorand) that
// pays the gas of token sweeps from deposit addresses. Warm and cold are
// watch-only: the console never holds their keys.

#include "core/base/chain.h"
#include "core/money/amount.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace exchange::wallets {

enum class WalletTier { Deposit, Hot, Warm, Cold, Fee };

std::string_view walletTierName(WalletTier tier);
std::optional<WalletTier> walletTierFromName(std::string_view name);

struct Wallet {
    std::int64_t id = 0;
    Chain chain = Chain::Stellar;
    WalletTier tier = WalletTier::Hot;
    std::string asset;
    std::string address;
    std::optional<std::int64_t> customerId;      // deposit addresses only
    std::optional<std::int64_t> derivationIndex; // deposit keys derived from the exchange's seed
    bool watchOnly = false;
    std::optional<Amount> chainBalance; // as the chain last reported it; nullopt: never read
    std::int64_t balanceReadAtMs = 0;
};

} // namespace exchange::wallets
