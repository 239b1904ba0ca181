#include "core/wallets/wallet.h"

#include <array>
#include <utility>

namespace exchange::wallets {

namespace {
constexpr std::array<std::pair<WalletTier, std::string_view>, 5> kTiers{{
    {WalletTier::Deposit, "deposit"},
    {WalletTier::Hot, "hot"},
    {WalletTier::Warm, "warm"},
    {WalletTier::Cold, "cold"},
    {WalletTier::Fee, "fee"},
}};
} // namespace

std::string_view walletTierName(WalletTier tier)
{
    for (const auto &[t, name] : kTiers) {
        if (t == tier)
            return name;
    }
    return "unknown";
}

std::optional<WalletTier> walletTierFromName(std::string_view name)
{
    for (const auto &[t, n] : kTiers) {
        if (n == name)
            return t;
    }
    return std::nullopt;
}

} // namespace exchange::wallets
