#pragma once
// The close time of Horizon's latest ledger (GET /ledgers?order=desc&limit=1,
// closed_at), Unix seconds: whether a transaction's time bounds have passed
// on the network, not on this machine's clock. Unavailable when Horizon
// cannot say.

#include "core/base/result.h"

#include <cstdint>

namespace exchange::stellar {

class HorizonClient;

Result<std::int64_t> latestLedgerCloseTime(HorizonClient &horizon);

} // namespace exchange::stellar
