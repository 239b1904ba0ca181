#pragma once
// The demo's wallets and deposits: addresses derived from BIP-39's published
// test mnemonic ("abandon … about": public, never for real funds), and two
// weeks of payments fed through the deposit service exactly as a watcher
// would, so the Deposits, Wallets and Ledger screens agree.

#include "core/base/result.h"
#include "core/store/customerrepository.h"

#include <vector>

namespace exchange {

class Clock;
class Database;
class ManualClock;

Result<void> addDemoWalletsAndDeposits(Database &database, ManualClock &at, const std::vector<Customer> &customers);
// What the nodes "last reported" for each wallet, of its chain's coin and
// of each demo token, taken once the rest of the demo is in place: the
// ledger's view, but for 0.0021 ETH of gas.
Result<void> recordDemoChainBalances(Database &database, const Clock &clock);

} // namespace exchange
