#pragma once
// Migration 19 (its number in core/runtime/schema.cpp): the append-only
// tables (appendOnlyTables()) already refuse UPDATE and DELETE through
// row triggers (migrations 2, 3 and 18); on PostgreSQL TRUNCATE fires no
// row trigger, so a statement trigger refuses it as well. SQLite has no
// TRUNCATE (its DELETE without WHERE runs the row triggers), so there the
// migration changes nothing. A trigger stops anybody who is not the tables'
// owner (or a superuser), who alone may drop or disable it: the consoles'
// role (consolerole.h) is neither.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange {

// The tables whose rows are never updated or deleted by the product: the
// audit chain, the signed statements of operators' decisions, the
// ledger's journal of transfers and the webhook events (migration 26 makes
// their triggers itself: migration 19 names only the three before it).
const QStringList &appendOnlyTables();

QStringList appendOnlySchema(const Dialect &dialect);

} // namespace exchange
