#include "core/runtime/dutystatusrepository.h"

#include "core/store/database.h"
#include "core/store/metarepository.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"

namespace exchange {

namespace {

const QString kReporterKey = QStringLiteral("duty_reporter");

QString kindName(DutyRecord::Kind kind)
{
    return kind == DutyRecord::Kind::Watcher ? QStringLiteral("watcher") : QStringLiteral("payouts");
}

} // namespace

QString DutyStatusRepository::healthName(DutyStatus::Health health)
{
    switch (health) {
    case DutyStatus::Health::Running: return QStringLiteral("running");
    case DutyStatus::Health::Blocked: return QStringLiteral("blocked");
    case DutyStatus::Health::Off: return QStringLiteral("off");
    case DutyStatus::Health::Down: return QStringLiteral("down");
    }
    return {};
}

std::optional<DutyStatus::Health> DutyStatusRepository::healthFromName(const QString &name)
{
    for (auto h : {DutyStatus::Health::Running, DutyStatus::Health::Blocked, DutyStatus::Health::Off, DutyStatus::Health::Down}) {
        if (healthName(h) == name)
            return h;
    }
    return std::nullopt;
}

Result<void> DutyStatusRepository::takeOver(const QString &reporter)
{
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began;
    // The upsert waits for any put() still holding the share lock, so
    // the delete below also removes what that put wrote.
    if (auto named = MetaRepository(work.db()).set(kReporterKey, reporter); !named)
        return named;
    if (auto cleared = sql::run(work.db(), QStringLiteral("DELETE FROM duty_status")); !cleared)
        return cleared.error();
    return work.commit();
}

Result<bool> DutyStatusRepository::put(const DutyRecord &r)
{
    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    // SQLite's write transaction already excludes every other writer.
    const QString lock = m_database.dialect().isSQLite() ? QString() : QStringLiteral(" FOR SHARE");
    auto reporter = sql::run(work.db(), QStringLiteral("SELECT value FROM meta WHERE key = ?") + lock, {kReporterKey});
    if (!reporter)
        return reporter.error();
    if (!reporter.value().next() || reporter.value().value(0).toString() != r.reportedBy)
        return false; // another process reports now (or none took over yet)
    auto q = sql::run(work.db(),
                      QStringLiteral("INSERT INTO duty_status (kind, name, health, text, down_since, reported_by, updated_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?)"
                                     " ON CONFLICT (kind, name) DO UPDATE SET health = excluded.health, text = excluded.text,"
                                     " down_since = excluded.down_since, reported_by = excluded.reported_by,"
                                     " updated_at = excluded.updated_at"),
                      {kindName(r.kind), r.name, healthName(r.status.health), r.status.text,
                       r.downSinceMs ? QVariant::fromValue(*r.downSinceMs) : QVariant(QMetaType::fromType<qint64>()),
                       r.reportedBy, QVariant::fromValue(r.updatedAtMs)});
    if (!q)
        return q.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    return true;
}

Result<std::vector<DutyRecord>> DutyStatusRepository::list() const
{
    auto q = sql::run(m_database.connection(),
                      QStringLiteral("SELECT kind, name, health, text, down_since, reported_by, updated_at"
                                     " FROM duty_status ORDER BY kind DESC, name"));
    if (!q)
        return q.error();
    std::vector<DutyRecord> rows;
    while (q.value().next()) {
        DutyRecord r;
        const QString kind = q.value().value(0).toString();
        const auto health = healthFromName(q.value().value(2).toString());
        if ((kind != u"watcher" && kind != u"payouts") || !health)
            return Error{ErrorCode::Corrupted, "duty_status row '" + q.value().value(1).toString().toStdString()
                                                   + "' has a kind or health this version does not know"};
        r.kind = kind == u"watcher" ? DutyRecord::Kind::Watcher : DutyRecord::Kind::Payouts;
        r.name = q.value().value(1).toString();
        r.status = DutyStatus{q.value().value(3).toString(), *health};
        if (!q.value().value(4).isNull())
            r.downSinceMs = q.value().value(4).toLongLong();
        r.reportedBy = q.value().value(5).toString();
        r.updatedAtMs = q.value().value(6).toLongLong();
        rows.push_back(std::move(r));
    }
    return rows;
}

} // namespace exchange
