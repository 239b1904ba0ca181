#include "reloadcoalescer.h"

#include <algorithm>

ReloadCoalescer::ReloadCoalescer(exchange::ChangeNotifier &notifier,
                                 std::initializer_list<exchange::ChangeNotifier::Topic> topics,
                                 std::function<void()> reload, QObject *parent, int delayMs)
    : QObject(parent), m_topics(topics), m_reload(std::move(reload))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_reload(); });
    connect(&notifier, &exchange::ChangeNotifier::changed, this, [this](exchange::ChangeNotifier::Topic topic, const QString &) {
        if (std::find(m_topics.begin(), m_topics.end(), topic) != m_topics.end() && !m_timer.isActive())
            m_timer.start();
    });
}
