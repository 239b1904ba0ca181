#pragma once
// How many different approvers a withdrawal needs: two when its amount is
// above the asset's four-eyes threshold, otherwise one. The rule that
// WithdrawalService::approve applies, for screens that say it in advance,
// and that every other way money leaves (manual payout, a TxId) applies too.

#include "core/money/amount.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <optional>
#include <set>
#include <string>
#include <vector>

namespace exchange::withdrawals {

inline int approvalsRequired(const Amount &amount, const std::optional<Amount> &twoApproversAbove)
{
    return twoApproversAbove && amount > *twoApproversAbove ? 2 : 1;
}

// Whether w may leave only once approved: it was held for review (over a
// limit). One within the limits is paid without any approval, from hot or
// by hand alike.
inline bool needsApprovals(const WithdrawalRecord &w)
{
    return w.state == WithdrawalState::UnderReview || !w.reviewReason.empty();
}

// The approvals that count: distinct approvers, never the requester.
inline int countedApprovals(const WithdrawalRecord &w, const std::vector<WithdrawalApproval> &approvals)
{
    std::set<std::string> approvers;
    for (const WithdrawalApproval &a : approvals) {
        if (a.approver != w.requestedBy)
            approvers.insert(a.approver);
    }
    return static_cast<int>(approvers.size());
}

} // namespace exchange::withdrawals
