#pragma once
// The statement an admin signs when they add a token as an asset: which
// asset code counts which token of which chain, in how many decimals (the
// base unit every amount of it is written in). The token identity decides
// whose transfers are this asset's money, so whatever moves money reads it
// from here (SignedAssetIdentities), never from the assets row alone:
//
//   kind=asset.identity
//   asset=USDC
//   chain=ethereum
//   token_kind=erc20
//   contract=0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48
//   stellar_code=
//   issuer=
//   asa_id=
//   decimals=6
//
// Stored as object ("asset", CODE) in signed_statements, in the addition's
// own transaction.

#include "core/base/result.h"
#include "core/money/asset.h"
#include "core/security/statement.h"

#include <QSqlDatabase>

#include <cstdint>
#include <optional>

namespace exchange::security {

struct Actor;

inline constexpr const char *kAssetIdentityKind = "asset.identity";

Statement assetIdentityStatement(const Asset &asset);

// What a statement of kind asset.identity states: the asset's code, chain,
// decimals and identity (name and display decimals are not money and stay
// empty); nullopt when it is not complete and well formed.
std::optional<Asset> assetIdentityFrom(const Statement &statement);

// Signs it into signed_statements in the caller's transaction; refused
// (Unauthorized) when the actor cannot sign: an unsigned token is no money.
Result<std::int64_t> signAssetIdentity(const QSqlDatabase &db, const Actor &actor, const Asset &asset,
                                       std::int64_t nowMs);

} // namespace exchange::security
