#pragma once
// The checks of a token identity as an operator types it, before anything
// asks a node: the kind belongs to the chain (ERC-20 on Ethereum, credit
// assets on Stellar, ASAs on Algorand); an ERC-20 contract is a 20-byte
// address (all-lower or all-upper hex, or mixed case with a good EIP-55
// checksum); a Stellar issuer is a G… account id (StrKey, SEP-0023, with
// its CRC16 checksum) and its code 1 to 12 letters and digits; an ASA id is
// a whole number above 0. The answer is the canonical identity (the
// contract in EIP-55 spelling) or a one-line reason fit to show.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/money/assetidentity.h"

#include <string_view>

namespace exchange::chains {

Result<AssetIdentity> canonicalTokenIdentity(Chain chain, const AssetIdentity &typed);

// An ASA id as typed: decimal digits only, 1 … 2^64 - 1.
Result<std::uint64_t> parseAsaId(std::string_view text);

// The decimals a token of this kind must have whatever its issuer says,
// or nullopt when the node tells (ERC-20 decimals(), an ASA's params):
// a Stellar credit asset counts in 7 decimals like every Stellar amount.
std::optional<int> fixedTokenDecimals(AssetKind kind);

} // namespace exchange::chains
