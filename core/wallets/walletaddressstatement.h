#pragma once
// The statement an admin signs when they register or change the exchange's
// warm or cold wallet address on a chain: the only thing the signers trust
// a sweep's or a replenishment's destination by, since warm and cold are
// watch-only and their rows are writable by anyone with the database:
//
//   kind=wallet.address
//   wallet=algorand.warm.ALGO
//   chain=algorand
//   tier=warm
//   asset=ALGO
//   old.address=OLDADDRESS      (only when it replaces a signed address)
//   address=NEWADDRESS
//
// Stored as object ("wallet", CHAIN.TIER.ASSET) in signed_statements, in the
// change's own transaction. Hot's is signed too, but the signers go by
// the address hot's key in the vault derives; the signed one stands in
// only where the vault holds no hot key for the chain (a replenishment
// prepared for hot, a collection on a console whose hot key is elsewhere).

#include "core/base/result.h"
#include "core/security/statement.h"
#include "core/wallets/wallet.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::security { struct Actor; }

namespace exchange::wallets {

inline constexpr const char *kWalletAddressKind = "wallet.address";

// "algorand.warm.ALGO": the object a wallet address statement is stored for.
std::string walletAddressObject(Chain chain, WalletTier tier, const std::string &asset);

// `previous`: the address it replaces, if any.
security::Statement walletAddressStatement(const Wallet &wallet, const std::optional<std::string> &previous);

// The address a statement of kind wallet.address states, with its chain,
// tier and asset; nullopt when it is not complete and well formed.
std::optional<Wallet> walletAddressFrom(const security::Statement &statement);

// Signs a hot, warm or cold wallet's address into signed_statements, in
// the caller's transaction, when the actor can sign; the statement's id,
// or 0 when the actor cannot sign or it is a deposit address.
Result<std::int64_t> signWalletAddress(const QSqlDatabase &db, const security::Actor &actor, const Wallet &wallet,
                                       const std::optional<std::string> &previous, std::int64_t nowMs);

} // namespace exchange::wallets
