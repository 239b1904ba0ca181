#pragma once
// Migration 24: the
// customer's own withdrawal addresses (000_…'s StellarMap), whether a
// withdrawal went to an address not on that list when it was requested, and
// the asset setting that sends such a withdrawal to review.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::customers {

QStringList customerAddressSchema(const Dialect &dialect);

} // namespace exchange::customers
