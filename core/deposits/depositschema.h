#pragma once
// Migration 4: wallets per chain and tier, the deposits the watchers saw,
// the watchers' cursors and the chains' node settings.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::deposits {

QStringList depositSchema(const Dialect &dialect);

} // namespace exchange::deposits
