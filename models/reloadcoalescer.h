#pragma once
// Turns bursts of change notifications into one reload: a change after a
// quiet spell reloads at once (on the next turn of the event loop); the
// changes that follow within the interval join one reload at its end, so a
// model re-reads its table at most once per interval, never once per
// ledger transfer.

#include "core/base/changenotifier.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <initializer_list>
#include <vector>

class ReloadCoalescer final : public QObject
{
    Q_OBJECT
public:
    ReloadCoalescer(exchange::ChangeNotifier &notifier, std::initializer_list<exchange::ChangeNotifier::Topic> topics,
                    std::function<void()> reload, QObject *parent, int delayMs = 250);

private:
    std::vector<exchange::ChangeNotifier::Topic> m_topics;
    std::function<void()> m_reload;
    QTimer m_timer;
    QElapsedTimer m_sinceReload;
    int m_intervalMs;
};
