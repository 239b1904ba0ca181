#pragma once
// The indexes behind the Customers screen's type-to-filter (a fragment of
// an external id, name or email found without reading every customer) and
// its sort by name: migration 25. CustomerDirectory uses the SQLite search
// table when it is there and reads the table otherwise.
//
// SQLite: an FTS5 trigram table over customers (external content, kept by
// triggers), which CustomerDirectory asks first. PostgreSQL: pg_trgm GIN
// indexes, which the planner uses for the same ILIKE by itself.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::customers {

QStringList customerSearchSchema(const Dialect &dialect);

} // namespace exchange::customers
