#pragma once
// Collects the keys of one topic's change notifications (withdrawal ids)
// for a short while and hands them over together: a burst of changes
// becomes one refresh of just the rows that changed.

#include "core/runtime/changenotifier.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <set>

class ChangedKeys final : public QObject
{
    Q_OBJECT
public:
    ChangedKeys(exchange::ChangeNotifier &notifier, exchange::ChangeNotifier::Topic topic,
                std::function<void(const std::set<QString> &)> changed, QObject *parent, int delayMs = 250);

private:
    exchange::ChangeNotifier::Topic m_topic;
    std::function<void(const std::set<QString> &)> m_changed;
    std::set<QString> m_keys;
    QTimer m_timer;
};
