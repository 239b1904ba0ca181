#pragma once
// Exact amount arithmetic for SQLite (amount_add, amount_sub, amount_sum)
// and the payload digests of textdigest.h (sha256_hex, utf8_prefix),
// registered on each connection; PostgreSQL gets the same names from the
// first migration.

#include "core/base/result.h"

class QSqlDatabase;

namespace exchange {

Result<void> registerSqliteAmountFunctions(QSqlDatabase &db);

} // namespace exchange
