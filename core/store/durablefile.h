#pragma once
// Files that must be whole or absent and private: created 0600 whatever
// the umask, flushed to the disk, then renamed into place so that a crash
// or a kill leaves either nothing or the complete file under the final
// name, never a torn one. For backups and restores of SQLite databases.

#include "core/base/result.h"

#include <QString>

namespace exchange::durablefile {

// "DIR/.NAME.partial-PID" beside path: on the same file system, so that the
// rename is atomic.
QString partialPathFor(const QString &path);
// Creates path empty, 0600; refuses one that exists.
Result<void> createPrivate(const QString &path);
// fsync of the file, then of its folder.
Result<void> sync(const QString &path);
// Renames from to to; refuses (Conflict) when to exists, unless it is a
// zero-byte file and replaceEmpty is set. Syncs the folder afterwards.
Result<void> moveIntoPlace(const QString &from, const QString &to, bool replaceEmpty);
// Removes path and SQLite's files beside it (-journal, -wal, -shm).
void removeWithSidecars(const QString &path);

} // namespace exchange::durablefile
