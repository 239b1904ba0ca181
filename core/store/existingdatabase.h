#pragma once
// Opening only an exchange database that is already there. Database::open()
// creates a missing SQLite file (for `exctl init`, migrate's target, the
// demo and the console's default location); everything else opens this way,
// so that a mistyped --db is refused instead of becoming a new, empty
// exchange that says "saved" and "clean".

#include "core/base/result.h"
#include "core/store/database.h"

#include <memory>

namespace exchange {

// NotFound ("no exchange database at … (exctl init creates one)") for a
// missing or zero-byte SQLite file and for a database without the schema;
// nothing is created or written then (an SQLite file is looked at read-only
// first). Otherwise as Database::open().
Result<std::unique_ptr<Database>> openExistingDatabase(const QString &url);

} // namespace exchange
