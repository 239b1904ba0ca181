#pragma once
// How many different approvers a withdrawal needs: two when its amount is
// above the asset's four-eyes threshold, otherwise one. The rule that
// WithdrawalService::approve applies, for screens that say it in advance.

#include "core/money/amount.h"

#include <optional>

namespace exchange::withdrawals {

inline int approvalsRequired(const Amount &amount, const std::optional<Amount> &twoApproversAbove)
{
    return twoApproversAbove && amount > *twoApproversAbove ? 2 : 1;
}

} // namespace exchange::withdrawals
