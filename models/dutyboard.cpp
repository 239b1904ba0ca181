#include "dutyboard.h"

using exchange::DutyStatus;

DutyBoard::DutyBoard(std::function<qint64()> nowMs, QObject *parent) : QObject(parent), m_now(std::move(nowMs)) {}

void DutyBoard::set(Kind kind, const QString &name, const DutyStatus &status, std::optional<qint64> downSinceMs)
{
    auto &lines = kind == Kind::Watcher ? m_watchers : m_payouts;
    auto &since = kind == Kind::Watcher ? m_watcherDownSince : m_payoutDownSince;
    const auto it = lines.constFind(name);
    if (it != lines.cend() && *it == status && (!downSinceMs || since.value(name) == *downSinceMs))
        return; // payouts repeat their word every pass
    // Down since the first word that said so: a watcher retrying says
    // "trying again in 5 s", then 10 s, and is down all along.
    if (!status.isDown())
        since.remove(name);
    else if (downSinceMs)
        since.insert(name, *downSinceMs);
    else if (!since.contains(name))
        since.insert(name, m_now());
    lines.insert(name, status);
    emit changed();
}

void DutyBoard::remove(Kind kind, const QString &name)
{
    auto &lines = kind == Kind::Watcher ? m_watchers : m_payouts;
    if (lines.remove(name) == 0)
        return;
    (kind == Kind::Watcher ? m_watcherDownSince : m_payoutDownSince).remove(name);
    emit changed();
}

const QMap<QString, DutyStatus> &DutyBoard::lines(Kind kind) const
{
    return kind == Kind::Watcher ? m_watchers : m_payouts;
}

std::vector<DutyBoard::Down> DutyBoard::down() const
{
    std::vector<Down> result;
    for (Kind kind : {Kind::Watcher, Kind::Payouts}) {
        const auto &since = kind == Kind::Watcher ? m_watcherDownSince : m_payoutDownSince;
        const auto &all = lines(kind);
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.value().isDown())
                result.push_back(Down{kind, it.key(), it.value(), since.value(it.key())});
        }
    }
    return result;
}
