#pragma once
// The statement an admin signs when they change a chain's settings (the
// node URL the payouts and watchers trust, the indexer, confirmations,
// network, the fee wallet's limits): each field changed with its old and
// new value, then the chain's whole settings as they are after the change,
// so that the newest valid statement alone says what is in force:
//
//   kind=chain.settings
//   chain=stellar
//   old.node_url=https://horizon.example
//   new.node_url=https://horizon.other.example
//   node_url=https://horizon.other.example
//   indexer_url=
//   confirmations=1
//   network=Public Global Stellar Network ; September 2015
//   fee_wallet_max_units=none
//   fee_wallet_low_units=none
//
// The fee wallet's limits are base units of the chain's coin, or "none". A
// statement signed before they existed does not name them: it states none.
//
// Stored as object ("chain", NAME) in signed_statements, in the change's
// own transaction.

#include "core/base/result.h"
#include "core/security/statement.h"
#include "core/wallets/chainsettings.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>

namespace exchange::security { struct Actor; }

namespace exchange::wallets {

inline constexpr const char *kChainSettingsKind = "chain.settings";

security::Statement chainSettingsStatement(const ChainSettings &before, const ChainSettings &after);

// The settings a statement of kind chain.settings states (its full set,
// not the changes); nullopt when it states no complete, well-formed set.
std::optional<ChainSettings> chainSettingsFrom(const security::Statement &statement);

// Signs the change into signed_statements, in the caller's transaction,
// when the actor can sign; the statement's id, or 0 when the actor cannot
// sign or nothing changed.
Result<std::int64_t> signChainSettings(const QSqlDatabase &db, const security::Actor &actor, const ChainSettings &before,
                                       const ChainSettings &after, std::int64_t nowMs);

} // namespace exchange::wallets
