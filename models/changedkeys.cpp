#include "changedkeys.h"

ChangedKeys::ChangedKeys(exchange::ChangeNotifier &notifier, exchange::ChangeNotifier::Topic topic,
                         std::function<void(const std::set<QString> &)> changed, QObject *parent, int delayMs)
    : QObject(parent), m_topic(topic), m_changed(std::move(changed))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        std::set<QString> keys;
        keys.swap(m_keys);
        m_changed(keys);
    });
    connect(&notifier, &exchange::ChangeNotifier::changed, this, [this](exchange::ChangeNotifier::Topic t, const QString &key) {
        if (t != m_topic)
            return;
        m_keys.insert(key);
        if (!m_timer.isActive())
            m_timer.start();
    });
}
