#pragma once
// The demo's withdrawals, made through WithdrawalService as a customer's
// requests would be, over the last few hours: two waiting for review (over
// the 24h limit; Alan's 20,000 XLM above the four-eyes amount with the first
// of its two approvals), one processing (it waits for a node and the
// vault), one rejected with its reason and one cancelled. Demo only.

#include "core/base/result.h"

#include <cstdint>
#include <vector>

namespace exchange {

class Clock;
class Database;

Result<void> addDemoWithdrawals(Database &database, const Clock &clock, const std::vector<std::int64_t> &customerIds);

} // namespace exchange
