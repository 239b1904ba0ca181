#include "dutystatussource.h"

#include "coretext.h"
#include "dutyboard.h"
#include "reloadcoalescer.h"

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/dutystatusrepository.h"
#include "core/store/database.h"

using exchange::DutyRecord;

DutyStatusSource::DutyStatusSource(exchange::CoreRuntime &runtime, exchange::CoreServices &services, DutyBoard *board,
                                   QObject *parent)
    : QObject(parent), m_runtime(runtime), m_services(services), m_board(board)
{
    new ReloadCoalescer(services.notifier(), {exchange::ChangeNotifier::Topic::Duty}, [this] { reload(); }, this);
    reload();
}

void DutyStatusSource::reload()
{
    auto *services = &m_services;
    m_runtime.post([services] { return exchange::DutyStatusRepository(services->database()).list(); }, this,
                   [this](exchange::Result<std::vector<DutyRecord>> result) {
                       if (!result) {
                           emit failed(tr("The background duties could not be read: %1")
                                           .arg(CoreText::error(result.error())));
                           return;
                       }
                       QSet<QString> now;
                       for (const DutyRecord &r : result.value()) {
                           const bool watcher = r.kind == DutyRecord::Kind::Watcher;
                           now.insert((watcher ? QStringLiteral("w/") : QStringLiteral("p/")) + r.name);
                           m_board->set(watcher ? DutyBoard::Kind::Watcher : DutyBoard::Kind::Payouts, r.name, r.status,
                                        r.downSinceMs);
                       }
                       // Lines a new leader no longer reports go.
                       for (const QString &key : std::as_const(m_shown)) {
                           if (!now.contains(key))
                               m_board->remove(key.startsWith(u'w') ? DutyBoard::Kind::Watcher : DutyBoard::Kind::Payouts,
                                               key.mid(2));
                       }
                       m_shown = now;
                   });
}
