#pragma once
// What the Withdrawals screen shows about the selected withdrawal and asks
// before an approval: the record (destination in its chain's checksummed
// spelling), the approvals so far (and whether the signer can verify each)
// and how many are needed, and the
// customer's other withdrawals of that asset in the 72 hours before it.

#include "core/money/asset.h"
#include "core/withdrawals/payoutauthorization.h"
#include "core/withdrawals/withdrawaldecisionlog.h"
#include "core/withdrawals/withdrawalquery.h"

#include <optional>
#include <string>
#include <vector>

struct WithdrawalDetails {
    exchange::withdrawals::WithdrawalRecord record;
    std::string customerName;
    std::string destination; // EIP-55 for Ethereum, canonical elsewhere
    exchange::Asset asset;
    std::vector<exchange::withdrawals::WithdrawalApproval> approvals;
    // The signed approvals as the payout signer weighs them (traced from
    // the pin the vault lists: for display).
    std::vector<exchange::withdrawals::PayoutAuthorization::ApprovalStanding> signedApprovals;
    std::optional<exchange::Amount> twoApproversAbove;
    int approvalsRequired = 1;
    // Rejected or cancelled: the operator's decision that made it so (who,
    // when), from the audit log; none when the log has no such record.
    std::optional<exchange::withdrawals::WithdrawalDecision> decision;
    // Newest first, this one included; from 72 h before its request on.
    std::vector<exchange::withdrawals::WithdrawalRow> recent;
};
