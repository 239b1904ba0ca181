#pragma once
// Migration 8 (see core/runtime/schema.cpp for its number): the indexes the
// Withdrawals screen's pages need with a million rows. Every order of
// WithdrawalQuery, alone or after the filters the screen offers (state,
// asset, customer), reads an index range in order and stops after one page,
// instead of sorting the table.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::withdrawals {

QStringList withdrawalIndexes(const Dialect &dialect);

// A later migration (its number in core/runtime/schema.cpp): the screen's find box
// looks a withdrawal up by its destination (pasted whole) through an
// index, as it does by id, customer and TxId, instead of reading every row.
QStringList withdrawalSearchIndexes(const Dialect &dialect);

} // namespace exchange::withdrawals
