#pragma once
// One withdrawal as stored, and what a listing may filter on.

#include "core/base/chain.h"
#include "core/money/amount.h"
#include "core/withdrawals/withdrawalstate.h"

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::withdrawals {

struct WithdrawalRecord {
    std::int64_t id = 0;
    std::int64_t customerId = 0;
    std::string asset;
    Chain chain = Chain::Stellar;
    std::string destination; // canonical spelling for its chain
    Amount amount;           // what the customer receives
    Amount fee;              // the asset's withdraw fee when requested
    WithdrawalState state = WithdrawalState::UnderReview;
    std::string reviewReason; // why it is under review ("24h: … of … XLM"); empty when automatic
    bool newDestination = false; // not on the customer's address list when requested; never re-decided
    // Another customer's deposit address (InternalDestination): settled in
    // the ledger to that customer, never sent on chain. Decided when
    // requested; the signer decides again before it settles.
    std::optional<std::int64_t> internalTo;
    std::string requestedBy;  // the actor's display name: nobody approves their own request
    std::int64_t requestedAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::optional<std::string> txid;
    std::string note;

    // The ledger holds of this withdrawal, voided or posted together.
    std::string holdId() const { return "withdrawal:" + std::to_string(id); }
    std::string feeHoldId() const { return "withdrawal:" + std::to_string(id) + ":fee"; }
};

struct WithdrawalFilter {
    std::optional<WithdrawalState> state;
    std::optional<std::int64_t> customerId;
    std::optional<std::string> asset;
    int limit = 1000;
    int offset = 0;
    bool oldestFirst = false; // a queue's order (payouts); listings show the newest first
    // Only ids below this one: the next page of a newest-first listing,
    // stable while new withdrawals arrive (the back-office API's cursor).
    std::optional<std::int64_t> beforeId;
};

struct WithdrawalApproval {
    std::string approver;
    std::int64_t atMs = 0;
};

} // namespace exchange::withdrawals
