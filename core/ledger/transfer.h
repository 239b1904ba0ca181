#pragma once
// A transfer: one debit account, one credit account, one asset, a positive
// amount, why (code) and what for (reference). Transfers are immutable and
// identified by an id the caller chooses, which makes them idempotent.
//
// Two-phase transfers: a Pending transfer reserves the amount on both
// accounts; a PostPending transfer (naming it) moves all or part of it to
// posted and releases the rest; a VoidPending releases all of it. Each
// pending transfer is posted or voided at most once.

#include "core/money/amount.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace exchange::ledger {

enum class TransferKind { Posted, Pending, PostPending, VoidPending };

enum class TransferCode {
    Deposit,       // customer funds arrived at a deposit address
    Collection,    // deposit address -> hot/warm/cold
    Withdrawal,    // customer -> hot (or warm) wallet, paid out on chain
    WithdrawalFee, // customer -> revenue
    NetworkFee,    // wallet -> expense (gas, fees)
    Trade,         // customer <-> exchange when orders fill
    TradeSpread,   // what remains between two matched sides -> revenue
    Replenishment, // cold -> warm -> hot
    Adjustment,    // an operator's correction, with a reason
    Refuel,        // fee wallet -> deposit address: gas for its token sweeps
};

std::string_view transferKindName(TransferKind kind);
std::optional<TransferKind> transferKindFromName(std::string_view name);
std::string_view transferCodeName(TransferCode code);
std::optional<TransferCode> transferCodeFromName(std::string_view name);

struct Transfer {
    std::string id;
    TransferKind kind = TransferKind::Posted;
    TransferCode code = TransferCode::Adjustment;
    std::int64_t debitAccountId = 0;  // for post/void: taken from the pending transfer
    std::int64_t creditAccountId = 0;
    std::string asset;
    Amount amount;         // post: the part to post (zero posts it all); void: ignored
    std::string pendingId; // post/void only
    std::string reference;
    std::string memo;
    std::int64_t timestampMs = 0;
    std::int64_t seq = 0; // position in the journal once stored

    // Whether a stored transfer is the same request again (idempotency):
    // every field the caller chose, not the timestamp.
    bool sameRequestAs(const Transfer &other) const;
};

// A pending transfer as post/void need to know it.
struct PendingHold {
    std::string id;
    std::int64_t debitAccountId = 0;
    std::int64_t creditAccountId = 0;
    std::string asset;
    Amount amount;
    TransferCode code = TransferCode::Adjustment;
    bool resolved = false; // already posted or voided
};

} // namespace exchange::ledger
