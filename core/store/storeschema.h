#pragma once
// Migration 1: the store's own tables (meta, assets with their settings,
// customers) and, on PostgreSQL, the exact amount functions every later
// migration and repository uses.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange {

QStringList storeSchema(const Dialect &dialect);

} // namespace exchange
