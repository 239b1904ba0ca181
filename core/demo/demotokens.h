#pragma once
// The demo's tokens: Circle's USD Coin on each chain, under its real public
// identity (the ERC-20 contract, the Stellar issuer, ASA 31566704), added by
// the demo admin as `exctl asset add` adds a token (AuditedAssets: the row,
// the audit record and the admin's signed asset.identity together), so that
// the watchers, the trade API and the screens trust them as they would a
// real exchange's. Their money settings are signed with the coins'
// (demotrust.cpp); their deposits go through the deposit service with the
// key the vault pins, as a watcher's would. Demo only: the wallets holding
// them have published keys.

#include "core/base/result.h"
#include "core/money/asset.h"
#include "core/store/customer.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace exchange {

class Database;
class ManualClock;
namespace security {
class OperatorService;
}

// The three USDC assets: "USDC" on Ethereum, "USDCXLM" on Stellar and
// "USDCALGO" on Algorand (an asset code is unique, so the Stellar and
// Algorand ones carry their chain's coin code).
std::span<const Asset> demoTokens();
// A demo asset by its code, coin or token.
std::optional<Asset> demoAsset(std::string_view code);
// `text` in the demo asset's units (a demo constant: must parse).
Amount demoAmount(std::string_view code, std::string_view text);

// The admin adds the three tokens (each after a fresh code).
Result<void> addDemoTokens(Database &database, ManualClock &clock, security::OperatorService &operators);

// Token deposits of a few customers, ingested with the pinned admin key
// (the admin unlocks the demo vault for it and locks it again), and the
// exchange's own USDC in hot, warm and cold (opening balances).
Result<void> addDemoTokenJournal(Database &database, ManualClock &at, const std::vector<Customer> &customers);

} // namespace exchange
