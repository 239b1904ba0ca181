#pragma once
// DutyStatusRepository: the rows of duty_status (dutystatusschema.h). The
// leading process writes a duty's row when its word changes; every
// console reads them all.
//
// Only the current reporter writes. A new leader takes the report over
// (takeOver: names itself in meta's duty_reporter and clears the rows);
// each put() reads that name under a share lock in the same transaction
// and writes nothing when it is another's. So a word a former leader had
// queued just before it lost the lead cannot land after the new leader's
// clean slate: either it commits first and takeOver (which waits for the
// lock) removes it, or it sees the new name and is dropped.

#include "core/base/dutystatus.h"
#include "core/base/result.h"

#include <optional>
#include <vector>

namespace exchange {

struct DutyRecord {
    enum class Kind { Watcher, Payouts };
    Kind kind = Kind::Watcher;
    QString name;
    DutyStatus status;
    std::optional<qint64> downSinceMs; // while down: since when
    QString reportedBy;                // the leading process (LeaderElection's identity)
    qint64 updatedAtMs = 0;
};

class Database;

class DutyStatusRepository final
{
public:
    explicit DutyStatusRepository(Database &database) : m_database(database) {}

    // reporter becomes the one that writes, and every row is forgotten
    // (a new leader reports afresh).
    Result<void> takeOver(const QString &reporter);
    // Writes record when record.reportedBy is the current reporter;
    // false (and nothing written) when it is not.
    Result<bool> put(const DutyRecord &record);
    // Watchers first, then payouts, each by name. A row this version cannot
    // read (an unknown kind or health) is refused, not guessed.
    Result<std::vector<DutyRecord>> list() const;

    static QString healthName(DutyStatus::Health health);
    static std::optional<DutyStatus::Health> healthFromName(const QString &name);

private:
    Database &m_database;
};

} // namespace exchange
