#pragma once
// What the Withdrawals screen asks of the store: one page of withdrawals
// that match a filter, in an order, with what each row shows beside the
// record (the customer's name, the approvals so far). Everything here is
// answered by SQL over indexed columns (see withdrawalindexes.h), so a page
// costs the same with a thousand withdrawals or a million.

#include "core/money/amount.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange::withdrawals {

// The orders a page can be read in; each ends with the id, so that pages
// never overlap or skip a row.
enum class WithdrawalSort {
    Requested, // requested_at, then id
    Id,
    Customer,  // customer id, then requested_at
    Amount,    // asset, then amount: amounts of different assets are not comparable in base units
    State,     // state name, then requested_at
    Updated,   // updated_at, then id
};

struct WithdrawalQuery {
    std::vector<WithdrawalState> states; // empty: every state
    std::optional<std::string> asset;
    std::optional<std::int64_t> customerId;
    // Only with an asset: amounts are compared in that asset's base units.
    std::optional<Amount> minAmount;
    std::optional<Amount> maxAmount;
    // Plain text (not a pattern): a whole destination address (any
    // accepted spelling); otherwise a part of the customer's name (any
    // case), the id or customer id ("42", "#42"), or a whole TxId. Each is
    // an index lookup.
    std::string text;
    WithdrawalSort sort = WithdrawalSort::Requested;
    bool descending = true;
    int limit = 200;
    int offset = 0;
};

// One row of a page: the record and what the screen shows beside it.
struct WithdrawalRow {
    WithdrawalRecord record;
    std::string customerName;
    int approvals = 0; // approvals recorded so far
};

} // namespace exchange::withdrawals
