#include "reloadcoalescer.h"

#include <algorithm>

ReloadCoalescer::ReloadCoalescer(exchange::ChangeNotifier &notifier,
                                 std::initializer_list<exchange::ChangeNotifier::Topic> topics,
                                 std::function<void()> reload, QObject *parent, int delayMs)
    : QObject(parent), m_topics(topics), m_reload(std::move(reload)), m_intervalMs(delayMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_sinceReload.start();
        m_reload();
    });
    connect(&notifier, &exchange::ChangeNotifier::changed, this, [this](exchange::ChangeNotifier::Topic topic, const QString &) {
        if (std::find(m_topics.begin(), m_topics.end(), topic) == m_topics.end() || m_timer.isActive())
            return;
        const qint64 since = m_sinceReload.isValid() ? m_sinceReload.elapsed() : m_intervalMs;
        m_timer.start(static_cast<int>(std::max<qint64>(0, m_intervalMs - since)));
    });
}
