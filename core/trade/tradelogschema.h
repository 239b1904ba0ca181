#pragma once
// Migration 16: the Log of refused requests keeps what an operator needs and
// stays small. Each row holds the time, source address, endpoint, HTTP
// status, reason, the SHA-256 of the payload, its first 1 KiB (cut on a
// UTF-8 boundary), its full size and a repeat count (refusals from one
// source beyond a threshold within a minute share one row). Old rows keep
// their hash and first 1 KiB; an index on the time makes pruning by age cheap.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::trade {

// Bytes of the payload a Log row keeps.
inline constexpr int kLogPayloadHeadBytes = 1024;
// What a row costs besides its text columns (id, times, counts, index entries).
inline constexpr int kLogRowOverheadBytes = 96;

QStringList tradeLogSchema(const Dialect &dialect);

} // namespace exchange::trade
