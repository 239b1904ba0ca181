#include "changedkeys.h"

#include <algorithm>

ChangedKeys::ChangedKeys(exchange::ChangeNotifier &notifier, exchange::ChangeNotifier::Topic topic,
                         std::function<void(const std::set<QString> &)> changed, QObject *parent, int delayMs)
    : QObject(parent), m_topic(topic), m_changed(std::move(changed)), m_intervalMs(delayMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        std::set<QString> keys;
        keys.swap(m_keys);
        m_sinceHandedOver.start();
        m_changed(keys);
    });
    connect(&notifier, &exchange::ChangeNotifier::changed, this, [this](exchange::ChangeNotifier::Topic t, const QString &key) {
        if (t != m_topic)
            return;
        m_keys.insert(key);
        if (m_timer.isActive())
            return;
        const qint64 since = m_sinceHandedOver.isValid() ? m_sinceHandedOver.elapsed() : m_intervalMs;
        m_timer.start(static_cast<int>(std::max<qint64>(0, m_intervalMs - since)));
    });
}
