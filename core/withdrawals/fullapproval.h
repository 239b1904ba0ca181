#pragma once
// requireFullApproval: four eyes wherever money leaves. A withdrawal held for
// review goes to manual payout, or is marked paid by a TxId, only with the
// approvals that paying it from hot would need (approvalsrequired.h), read
// on the caller's transaction after the withdrawal is locked.

#include "core/base/result.h"
#include "core/withdrawals/withdrawalrecord.h"

namespace exchange::withdrawals {

class WithdrawalRepository;

// Unauthorized, saying how many it needs and has, when w lacks approvals.
Result<void> requireFullApproval(const WithdrawalRepository &repo, const WithdrawalRecord &w);

} // namespace exchange::withdrawals
