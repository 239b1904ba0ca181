#pragma once
// The withdrawal-key tables: each customer's registered signing keys (one row
// per chain and address), how many must sign (absent: one), and the request
// ids of the signed API requests that made a withdrawal, unique per customer
// and stored in the withdrawal's own transaction, so that a replayed request
// is refused and can never make a second withdrawal.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::withdrawals {

QStringList withdrawalKeySchema(const Dialect &dialect);

} // namespace exchange::withdrawals
