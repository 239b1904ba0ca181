#pragma once
// What a chain's node says of a token before an admin adds it: that the
// ERC-20 contract exists (eth_getCode is not empty) and the decimals its
// decimals() returns (eth_call, selector 0x313ce567, a uint8 in a 32-byte
// word); that the ASA exists and its params.decimals (algod GET
// /v2/assets/{id}). Each waits for the node (an event loop runs): call it
// from exctl or a worker thread, never the GUI thread. A refusal says in
// one line what is wrong with the token; an unreachable node is
// Unavailable.

#include "core/base/result.h"
#include "core/money/assetidentity.h"

#include <cstdint>
#include <string>

namespace exchange::ethereum { class JsonRpcClient; }
namespace exchange::algorand { class AlgodClient; }

namespace exchange::chains {

// The decimals of an ERC-20 contract (canonical EIP-55 text).
Result<int> erc20Decimals(ethereum::JsonRpcClient &node, const std::string &contract);
// The decimals of an ASA.
Result<int> asaDecimals(algorand::AlgodClient &node, std::uint64_t assetId);

// The token's decimals as the node at nodeUrl (the chain's node setting)
// says them; a Stellar credit asset's are 7 without asking.
Result<int> tokenDecimalsFromNode(const AssetIdentity &identity, const std::string &nodeUrl);

// Reads the token's decimals from the node at nodeUrl (the chain's node
// setting) and compares them with what the operator typed: an error when
// they differ, the node's decimals otherwise. Kinds whose decimals are
// fixed (Stellar credit assets: 7) ask no node.
Result<int> confirmTokenDecimals(const AssetIdentity &identity, int typedDecimals, const std::string &nodeUrl);

} // namespace exchange::chains
