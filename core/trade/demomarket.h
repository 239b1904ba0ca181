#pragma once
// The demo market: a believable book on the three pairs of native assets
// (ETH/ALGO near 15,000, ETH/XLM near 30,000, XLM/ALGO near 0.5), placed by
// a handful of demo traders whose orders are really signed (json.dumps form,
// each with its chain's scheme), some crossing so that there are fills and
// derived orders, one cancel, and a few refused requests in the Log. The
// funding deposits are demo transaction ids: no chain is asked. Runs once
// (the caller's demo marker); time stamps spread over the last two days.

#include "core/base/result.h"

namespace exchange {
class Clock;
class Database;
}

namespace exchange::trade {

Result<void> addDemoMarket(Database &database, const Clock &clock);

} // namespace exchange::trade
