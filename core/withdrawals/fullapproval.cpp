#include "core/withdrawals/fullapproval.h"
#include "core/base/message.h"

#include "core/withdrawals/approvalsrequired.h"
#include "core/withdrawals/withdrawalrepository.h"

namespace exchange::withdrawals {

Result<void> requireFullApproval(const WithdrawalRepository &repo, const WithdrawalRecord &w)
{
    if (!needsApprovals(w))
        return {};
    auto threshold = repo.twoApproversAbove(w.asset);
    if (!threshold)
        return threshold.error();
    auto approvals = repo.approvals(w.id);
    if (!approvals)
        return approvals.error();
    const int required = approvalsRequired(w.amount, threshold.value());
    const int counted = countedApprovals(w, approvals.value());
    if (counted >= required)
        return {};
    if (required == 1)
        return makeError(ErrorCode::Unauthorized, MessageId::ApprovalMissingForManual, {std::to_string(w.id)});
    return makeError(ErrorCode::Unauthorized, MessageId::ApprovalsMissingForManual,
                     {std::to_string(w.id), std::to_string(required), std::to_string(counted)});
}

} // namespace exchange::withdrawals
