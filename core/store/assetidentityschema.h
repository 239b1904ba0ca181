#pragma once
// Migration 29: an asset is its chain's native coin or a token of it. The
// assets table gains the kind (native, erc20, stellar_credit, algorand_asa)
// and the token's identity (an ERC-20 contract, a Stellar code and issuer,
// an ASA id, as text); the rows already there are the native coins. One
// native asset per chain, and the same token cannot be two assets.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange {

QStringList assetIdentitySchema(const Dialect &dialect);

} // namespace exchange
