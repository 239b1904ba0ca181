#include "core/runtime/externalcommitwatch.h"

#include "core/base/changenotifier.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/store/database.h"
#include "core/store/sql.h"

#include <QMetaEnum>

namespace exchange {

ExternalCommitWatch::ExternalCommitWatch(CoreRuntime &runtime, CoreServices &services, int intervalMs, QObject *parent)
    : QObject(parent), m_runtime(runtime), m_services(services)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ExternalCommitWatch::poll);
}

void ExternalCommitWatch::start()
{
    if (!m_services.database().dialect().isSQLite() || m_timer.isActive())
        return;
    m_timer.start();
    poll(); // the version to compare with
}

void ExternalCommitWatch::poll()
{
    if (m_asking)
        return; // the core thread is busy; the next tick asks again
    m_asking = true;
    auto *services = &m_services;
    m_runtime.post(
        [services]() -> Result<qint64> {
            auto q = sql::run(services->database().connection(), QStringLiteral("PRAGMA data_version"));
            if (!q)
                return q.error();
            if (!q.value().next())
                return Error{ErrorCode::Internal, "PRAGMA data_version gave no row"};
            return q.value().value(0).toLongLong();
        },
        this,
        [this](Result<qint64> version) {
            m_asking = false;
            if (!version)
                return; // the next tick asks again; a database away is reported by the screens' own reads
            const bool moved = m_version && *m_version != version.value();
            m_version = version.value();
            if (!moved)
                return;
            ++m_heard;
            const QMetaEnum topics = QMetaEnum::fromType<ChangeNotifier::Topic>();
            for (int i = 0; i < topics.keyCount(); ++i)
                m_services.notifier().publish(static_cast<ChangeNotifier::Topic>(topics.value(i)), QString());
        });
}

} // namespace exchange
