#pragma once
// The one reader (and writer) of Ethereum JSON-RPC QUANTITY values, the hex
// integers of every node answer (balances, values, gas, block numbers). The
// spec (ethereum.org, JSON-RPC API, "hex value encoding"): "0x", then the
// most compact hex, zero as "0x0"; "0x41" and "0x400" are right, "0x",
// "0x0400" and "ff" are wrong. Read strictly, so that a node that pads or
// drops the prefix is refused rather than guessed at: "0x", then 1 to 64 hex
// digits (a uint256, the EVM's word) in either case, no leading zero but in
// "0x0". The value is kept exactly; where it must fit the exchange's Amount
// it is refused, never truncated, when it does not.

#include "core/base/result.h"
#include "core/crypto/uint256.h"
#include "core/money/int128.h"

#include <QString>

#include <string_view>

class QJsonValue;

namespace exchange::ethereum {

// The exact value, up to 2^256 - 1; an error saying what is wrong.
Result<UInt256> parseQuantity256(std::string_view text);

// A quantity below 2^124 (31 hex digits: room to add and compare amounts
// without overflow), as the exchange counts base units; a larger one is
// refused as beyond what the console counts.
Result<int128> parseQuantityText(std::string_view text);

// The same for a value of a node's answer: anything but such a string (a
// JSON number, null, a missing member) is refused.
Result<int128> parseQuantity(const QJsonValue &value);

// The QUANTITY text of a value ("0x0", "0x1bc16d674ec80000").
QString quantity(uint128 value);

} // namespace exchange::ethereum
