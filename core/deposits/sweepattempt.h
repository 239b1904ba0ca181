#pragma once
// One attempt of an Ethereum sweep or refuel that a replacement (same
// nonce, higher fee) took the place of, as kept in sweep_attempts.
//
//   superseded ──the chain mined it──▶ mined   (its row takes it back)
//        └──────the row's attempt was mined──▶ dropped

#include "core/money/amount.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace exchange::deposits {

// Which table the attempt's row is in.
enum class SweepKind { Collection, Refuel };
enum class AttemptState { Superseded, Dropped, Mined };

std::string_view sweepKindName(SweepKind kind);
std::string_view attemptStateName(AttemptState state);
std::optional<AttemptState> attemptStateFromName(std::string_view name);

struct SweepAttempt {
    std::int64_t id = 0;
    SweepKind kind = SweepKind::Collection;
    std::int64_t parentId = 0; // collections.id or refuels.id
    Amount amount;             // its value (an ETH sweep's replacement sends less)
    Amount maxFee;             // gas limit × max fee per gas
    std::string rawTx;
    std::string txid;
    std::string replacedBy; // the txid that took its place
    AttemptState state = AttemptState::Superseded;
    std::int64_t signedAtMs = 0;
    std::int64_t replacedAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::string note;
};

// The row's current attempt, the same for a sweep and a refuel.
struct CurrentAttempt {
    SweepKind kind = SweepKind::Collection;
    std::int64_t id = 0;
    std::string asset;
    std::string fromAddress;
    std::string toAddress;
    std::int64_t sequence = 0;
    Amount amount;
    Amount maxFee;
    std::string rawTx;
    std::string txid;
    std::int64_t signedAtMs = 0; // when the current attempt was signed
};

} // namespace exchange::deposits
