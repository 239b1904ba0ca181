#pragma once
// Migration 21:
// customers gain the exchange's own id for them (external_id, unique), a
// state (active, frozen, closed) and an updated time. Rows that exist get
// the external id "c-<id>" from their internal id; a row inserted without
// one (the trade API's "trader …" customers) gets the same from the
// database itself. No ledger row is touched.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange {

QStringList customerRecordSchema(const Dialect &dialect);

} // namespace exchange
