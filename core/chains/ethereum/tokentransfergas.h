#pragma once
// The gas limit of an ERC-20 transfer(to, value) from an address: what the
// node's eth_estimateGas says that very call needs, plus a quarter for the
// state to change before it is mined (unused gas is not charged). Shared by
// the payer and the replenisher, so both refuse the same calls the same way.
//
// InvalidInput when the node ran the call and it reverts (the token refuses
// it: paused, a blocked address, the sender short of it), with the node's
// reason, or when it needs more gas than a token transfer may; Unavailable
// when the node cannot be asked or answers nonsense. Waits for the node.

#include "core/base/result.h"
#include "core/money/int128.h"

#include <cstdint>
#include <string>

namespace exchange::ethereum {

class JsonRpcClient;

inline constexpr std::uint64_t kPlainTransferGas = 21000;
// An estimate above this is no plain token transfer: refused.
inline constexpr int128 kMaxTokenTransferGas = 1'000'000;

// Whether a JsonRpcClient error is the node answering with an error object
// (it ran the request and said no), not the node being away.
bool refusedByNode(const Error &e);

struct TokenTransfer {
    std::string from;
    std::string contract;
    std::string to;
    int128 value = 0;
    std::string described; // "USDC 12.50", for the refusal's words
};

Result<std::uint64_t> tokenTransferGas(JsonRpcClient &node, const TokenTransfer &transfer);

} // namespace exchange::ethereum
