#pragma once
// Migration: the payouts of withdrawals (signed transactions, kept before
// they are sent) and the next sequence each hot wallet uses.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::withdrawals {

QStringList payoutSchema(const Dialect &dialect);

} // namespace exchange::withdrawals
