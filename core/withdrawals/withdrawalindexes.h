#pragma once
// Migration 8 (see migrations.cpp for its number): the indexes the
// Withdrawals screen's pages need with a million rows. Every order of
// WithdrawalQuery, alone or after the filters the screen offers (state,
// asset, customer), reads an index range in order and stops after one page,
// instead of sorting the table.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::withdrawals {

QStringList withdrawalIndexes(const Dialect &dialect);

} // namespace exchange::withdrawals
