#pragma once
// DutyStatusRepository: the rows of duty_status (dutystatusschema.h). The
// leading process writes a duty's row when its word changes; every
// console reads them all.

#include "core/result.h"
#include "core/runtime/dutystatus.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>

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

class DutyStatusRepository final
{
public:
    explicit DutyStatusRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    Result<void> put(const DutyRecord &record);
    // Forgets every row (a new leader reports afresh).
    Result<void> clear();
    // Watchers first, then payouts, each by name. A row this version cannot
    // read (an unknown kind or health) is refused, not guessed.
    Result<std::vector<DutyRecord>> list() const;

    static QString healthName(DutyStatus::Health health);
    static std::optional<DutyStatus::Health> healthFromName(const QString &name);

private:
    QSqlDatabase m_db;
};

} // namespace exchange
