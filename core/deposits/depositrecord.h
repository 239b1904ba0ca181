#pragma once
// A deposit as the store keeps it, for lists and screens.

#include "core/base/chain.h"
#include "core/deposits/depositstate.h"
#include "core/money/amount.h"

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::deposits {

struct DepositRecord {
    std::int64_t id = 0;
    Chain chain = Chain::Stellar;
    std::string txid;
    int index = 0;
    std::string asset;
    std::string to;
    std::string from;
    std::string memo;
    Amount amount;
    std::optional<std::int64_t> customerId;
    DepositState state = DepositState::Pending;
    std::int64_t height = 0;
    std::int64_t seenAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::string note;

    // The ledger transfer that credits it (or books it as ignored or
    // unattributed): stable, so that crediting is idempotent.
    std::string transferId() const;
};

struct DepositFilter {
    std::optional<DepositState> state;
    std::optional<std::int64_t> customerId;
    std::optional<std::string> asset;
    int limit = 1000;
    int offset = 0;
};

} // namespace exchange::deposits
