#pragma once
// Collects the keys of one topic's change notifications (withdrawal ids)
// and hands them over together: a change after a quiet spell is handed
// over at once (on the next turn of the event loop), while the changes of a
// burst wait for the rest of the interval and become one refresh of just
// the rows that changed, at most one per interval.

#include "core/base/changenotifier.h"

#include <QElapsedTimer>
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
    QElapsedTimer m_sinceHandedOver;
    int m_intervalMs;
};
