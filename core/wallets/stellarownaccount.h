#pragma once
// What the services that change one of the exchange's own Stellar accounts
// (StellarTrustlines, StellarMemoRequired) share: reading the account from
// Horizon (nullopt: it does not exist on the network) and submitting a
// transaction of it, a refusal told with Horizon's result codes in words.
// Synchronous: exctl or a worker thread.

#include "core/base/result.h"
#include "core/chains/stellar/horizonaccount.h"

#include <optional>
#include <string>

namespace exchange::stellar { class HorizonClient; }

namespace exchange::wallets {

Result<std::optional<stellar::HorizonAccount>> readStellarAccount(stellar::HorizonClient &horizon, const std::string &address);

// what: "hot's trustline to USDC:G…"; checkHint: the command that shows
// whether it got in after all ("exctl stellar trustlines"). Unavailable when
// Horizon cannot take it now (5xx, 408, 429), InvalidInput when it refuses.
Result<void> submitStellarTransaction(stellar::HorizonClient &horizon, const std::string &envelopeBase64, const std::string &what,
                                      const std::string &checkHint);

} // namespace exchange::wallets
