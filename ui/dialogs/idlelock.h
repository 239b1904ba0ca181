#pragma once
// IdleLock: watches the application's keyboard and mouse input and emits
// idle() once after `timeout` without any, so the console can lock itself.
// Restarts counting after restart(). Installs itself as an application-wide
// event filter.

#include <QObject>
#include <QTimer>

class IdleLock final : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~IdleLock() override;
    Q_DISABLE_COPY_MOVE(IdleLock)

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timer.intervalAsDuration(); }
    void restart();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};
