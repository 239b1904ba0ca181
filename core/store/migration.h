#pragma once
// One numbered schema change. Its statements are produced for a dialect so
// that both databases get the same tables with their own column types. The
// store knows no feature's migrations: each feature writes its own, and the
// composition root lists them in order (core/runtime/schema.h).

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange {

struct Migration {
    int version = 0;
    const char *description = "";
    QStringList (*statements)(const Dialect &dialect) = nullptr;
};

} // namespace exchange
