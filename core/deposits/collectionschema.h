#pragma once
// The collection tables: each sweep transaction from a deposit address into
// hot, warm or cold, stored signed before it is broadcast (so a restart
// sends the very same bytes again, never a second transaction), and which
// deposits a group of sweeps collects.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::deposits {

QStringList collectionSchema(const Dialect &dialect);

} // namespace exchange::deposits
