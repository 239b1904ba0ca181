#pragma once
// One numbered schema change. Its statements are produced for a dialect so
// that both databases get the same tables with their own column types.

#include "core/store/dialect.h"

#include <QStringList>

#include <vector>

namespace exchange {

struct Migration {
    int version = 0;
    const char *description = "";
    QStringList (*statements)(const Dialect &dialect) = nullptr;
};

// Every migration, in order; versions are 1, 2, 3 … without gaps.
const std::vector<Migration> &allMigrations();

} // namespace exchange
