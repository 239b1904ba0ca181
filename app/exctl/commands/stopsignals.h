#pragma once
// StopSignals: SIGTERM and SIGINT delivered as a Qt signal on the thread
// that made it, through a self-pipe (the handler only writes one byte, the
// one thing a handler may safely do), so that a service manager's stop
// ends `exctl serve` cleanly instead of killing it between two steps.
// One at a time; the default handlers come back when it is destroyed.

#include <QObject>

class QSocketNotifier;

class StopSignals final : public QObject
{
    Q_OBJECT
public:
    explicit StopSignals(QObject *parent = nullptr);
    ~StopSignals() override;
    Q_DISABLE_COPY_MOVE(StopSignals)

    // "SIGTERM" or "SIGINT".
    static QString nameOf(int signalNumber);

signals:
    void received(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};
