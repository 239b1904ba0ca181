#pragma once
// SqliteBackup: SQLite's online backup API (sqlite3_backup_init/step/finish)
// from one database file into a new one, and a read-only look at a file
// before it is trusted. The copy is ONE snapshot of the source: a read
// transaction is held on it for the whole copy, so commits by the console
// or `exctl serve` meanwhile neither restart nor tear it (an exchange
// database is in WAL mode, where a reader never blocks a writer). It steps
// a chunk of pages at a time and retries a busy or locked step a bounded
// number of times with a short sleep. The source is opened read-only and
// never written.

#include "core/base/result.h"

#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace exchange {

struct SqliteFileFacts {
    int schemaVersion = 0;             // 0: no schema_version table or no row in it
    std::vector<std::string> problems; // PRAGMA integrity_check's findings (at most 100)
};

class SqliteBackup final
{
public:
    // Pages per sqlite3_backup_step (4 KiB each, so 256 KiB): between steps
    // the copy lets go of the destination's lock and of the CPU; the
    // snapshot it copies stays the same.
    static constexpr int kPagesPerStep = 64;
    // A busy or locked step is retried this often, kRetrySleepMs apart.
    static constexpr int kMaxRetries = 200;
    static constexpr int kRetrySleepMs = 25;

    // Copies sourcePath into destinationPath, which must exist and be empty
    // (create it with the mode it needs first; SQLite commits the copy with
    // its default synchronous=FULL). Returns the number of pages copied.
    // betweenSteps, if given, runs after each step that left pages to copy.
    static Result<int> copy(const QString &sourcePath, const QString &destinationPath,
                            const std::function<void()> &betweenSteps = {});

    // Opens the file read-only and runs PRAGMA integrity_check and reads
    // its schema version. An error means it is not an SQLite database that
    // can be read at all.
    static Result<SqliteFileFacts> inspect(const QString &path);
};

} // namespace exchange
