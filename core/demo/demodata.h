#pragma once
// The demo data set: plausible settings for the three coins and a USDC
// token on each chain (demotokens.h), and a handful of customers, so that every screen has something real to show, with its
// trust set up by its admin as a real exchange's is (demotrust.h). Marked
// in one transaction, once: a second call finds it there and does nothing.

#include "core/base/result.h"

namespace exchange {

class Clock;
class Database;

// true if the data was added now, false if it was there already. The demo
// alone keeps published keys: its wallets and the trade API's exchange
// addresses (publishedkeys.h), never for real money.
// Whether a database is the demo's: MetaRepository::isDemoDatabase().
Result<bool> addDemoData(Database &database, const Clock &clock);

} // namespace exchange
