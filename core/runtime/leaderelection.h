#pragma once
// LeaderElection: chooses the one process that runs the background duties
// (deposit watchers, automatic payouts) on an exchange database. On
// PostgreSQL the leader is the process whose own connection holds the
// session advisory lock kAdvisoryKey; every other process tries for it each
// interval, so when the leader ends or its connection drops, the server
// frees the lock and another process leads within about one interval. That
// connection carries the process's identity as its application_name, so
// any process can name the leader (pg_locks joined with pg_stat_activity).
// While leading it checks the connection each interval and gives the lead
// up at once when the connection is gone: the duties must stop, since the
// server may already have handed the lock to someone else.
//
// On SQLite there is no server to arbitrate and one desktop uses the file:
// the process always leads.
//
// Lives on a thread with an event loop of its own (a check can wait for the
// connect timeout); start() and stop() run on that thread.

#include "core/store/databaseurl.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace exchange {

class LeaderElection final : public QObject
{
    Q_OBJECT
public:
    // The lock's key: "ExCHDUTY" in ASCII, fixed for every version.
    static constexpr qint64 kAdvisoryKey = 0x4578434844555459;
    static constexpr int kDefaultIntervalMs = 1500;

    LeaderElection(DatabaseUrl url, QString identity, int intervalMs = kDefaultIntervalMs, QObject *parent = nullptr);
    ~LeaderElection() override;
    Q_DISABLE_COPY_MOVE(LeaderElection)

    // "PROGRAM on HOST (pid N)": a readable identity for this process.
    static QString identityFor(const QString &program);

    // Tries for the lead now and then every interval.
    void start();
    // Gives the lead up (releases the lock) and closes the connection,
    // without lostLeadership(): the caller stopped the duties first.
    void stop();

    bool isLeader() const { return m_leader; }
    // The identity of the process that leads, as last seen; empty when
    // nobody is known to lead.
    QString leaderName() const { return m_leaderName; }

signals:
    void becameLeader();
    void lostLeadership();
    void leaderChanged(const QString &name);

private:
    void check();
    bool openConnection();
    void closeConnection();
    void lose();
    QString readLeaderName();
    void setLeaderName(const QString &name);

    DatabaseUrl m_url;
    QString m_identity;
    QString m_connectionName;
    QTimer m_timer;
    bool m_connected = false;
    bool m_leader = false;
    QString m_leaderName;
};

} // namespace exchange
