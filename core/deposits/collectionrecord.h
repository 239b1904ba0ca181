#pragma once
// One sweep transaction of a collection, as stored: signed before it is
// broadcast, then followed to confirmation. A group (one run on one
// deposit address) has one sweep per tier it pays, and collects a set of
// deposits; the deposits are collected when every sweep of the group is.
//
//   signed ──sent──▶ broadcast ──receipt, status 1, confirmed──▶ confirmed
//                         └──────receipt, status 0─────────────▶ failed

#include "core/base/chain.h"
#include "core/money/amount.h"
#include "core/wallets/wallet.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace exchange::deposits {

enum class CollectionState { Signed, Broadcast, Confirmed, Failed };

std::string_view collectionStateName(CollectionState state);
std::optional<CollectionState> collectionStateFromName(std::string_view name);

struct CollectionRecord {
    std::int64_t id = 0;
    std::string groupKey;
    Chain chain = Chain::Ethereum;
    std::string asset;
    std::string fromAddress;
    wallets::WalletTier tier = wallets::WalletTier::Hot;
    std::string toAddress;
    Amount amount;                // what arrives in the tier
    Amount maxFee;                // the most the network can charge
    std::optional<Amount> fee;    // what it charged, once known
    std::int64_t sequence = 0;    // nonce (Ethereum), first valid round (Algorand)
    std::string rawTx;            // hex of the signed bytes
    std::string txid;
    CollectionState state = CollectionState::Signed;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::string note;
};

} // namespace exchange::deposits
