#pragma once
// The replenishments table (its migration number is in
// core/runtime/schema.cpp): every exported warm -> hot or cold -> warm
// transaction with its unsigned bytes, once imported its signed bytes and
// txid, and its state. An unsigned transaction is stored once (UNIQUE), and
// so is a txid: importing the same signed file twice finds the same row.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::withdrawals {

QStringList replenishmentSchema(const Dialect &dialect);

} // namespace exchange::withdrawals
