#pragma once
// The demo's wallets and deposits: addresses derived from BIP-39's published
// test mnemonic ("abandon … about": public, never for real funds), and two
// weeks of payments fed through the deposit service exactly as a watcher
// would, so the Deposits, Wallets and Ledger screens agree.

#include "core/result.h"
#include "core/store/customerrepository.h"

#include <vector>

namespace exchange {

class Database;
class ManualClock;

Result<void> addDemoWalletsAndDeposits(Database &database, ManualClock &at, const std::vector<Customer> &customers);

} // namespace exchange
