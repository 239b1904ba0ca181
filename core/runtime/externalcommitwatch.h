#pragma once
// ExternalCommitWatch: on SQLite, hears what other processes commit to the
// same database file (exctl beside the console: an ingested deposit, a
// payout run, a changed setting) and asks every screen to read again.
// SQLite sends no notices between processes, but PRAGMA data_version, read
// on the core thread's own connection, changes exactly when another
// connection has committed. It is read every interval (one tiny statement
// on the core thread); when it moved, every topic is announced with an
// empty key, as the PostgreSQL listener does after a gap, because SQLite
// cannot say what changed. The process's own payout thread commits on a
// connection of its own too: what it announced already is read once more.
//
// On PostgreSQL the change feed (ChangeListener) says what changed; there
// start() does nothing.

#include <QObject>
#include <QTimer>

#include <optional>

namespace exchange {

class CoreRuntime;
class CoreServices;

class ExternalCommitWatch final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 1000;

    ExternalCommitWatch(CoreRuntime &runtime, CoreServices &services, int intervalMs = kDefaultIntervalMs,
                        QObject *parent = nullptr);

    void start();
    // Times another process's commit was heard (each a re-read of every screen).
    quint64 heard() const { return m_heard; }

private:
    void poll();

    CoreRuntime &m_runtime;
    CoreServices &m_services;
    QTimer m_timer;
    std::optional<qint64> m_version;
    bool m_asking = false;
    quint64 m_heard = 0;
};

} // namespace exchange
