#pragma once
// Migration 2: the double-entry ledger's accounts and its append-only
// journal of transfers.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::ledger {

QStringList ledgerSchema(const Dialect &dialect);

} // namespace exchange::ledger
