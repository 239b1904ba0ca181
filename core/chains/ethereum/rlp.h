#pragma once
// Ethereum's Recursive Length Prefix encoding. Decoding is strict: only the
// canonical (shortest) encoding of an item is accepted, the input must be
// exactly one item, and nesting is bounded, so one value has one byte form.

#include "core/base/result.h"
#include "core/crypto/uint256.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace exchange::ethereum::rlp {

struct Item {
    bool isList = false;
    QByteArray bytes;        // when !isList
    std::vector<Item> items; // when isList
};

QByteArray encodeBytes(const QByteArray &bytes);
// An integer as its minimal big-endian bytes (zero is the empty string).
QByteArray encodeUint(std::uint64_t value);
QByteArray encodeUint(const UInt256 &value);
// A list of already-encoded items.
QByteArray encodeList(const std::vector<QByteArray> &encodedItems);

constexpr int MaxDepth = 16;
Result<Item> decode(const QByteArray &data);

// Reads an RLP integer: a byte string of at most maxBytes, no leading zero.
Result<UInt256> toUint256(const Item &item, const char *field);
Result<std::uint64_t> toUint64(const Item &item, const char *field);

} // namespace exchange::ethereum::rlp
