#pragma once
// Turns bursts of change notifications into one reload: the first matching
// change starts a short timer, later ones join it, and the reload runs once
// when it fires. Keeps models from re-reading a table per ledger transfer.

#include "core/runtime/changenotifier.h"

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
};
