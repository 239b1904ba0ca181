#pragma once
// Migration 17 (its number in core/runtime/schema.cpp): withdrawals may be
// held_for_integrity, the state a withdrawal takes when the signer's journal
// and the database disagree about it. Only the state column's CHECK grows.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::withdrawals {

QStringList integrityHoldSchema(const Dialect &dialect);

} // namespace exchange::withdrawals
