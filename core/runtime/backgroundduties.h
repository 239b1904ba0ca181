#pragma once
// BackgroundDuties: the work that runs in exactly one process per exchange
// database: the deposit watchers (on the core thread given) and the
// automatic payouts (on a thread of their own) and the webhook deliveries
// (on another). They run while this process
// leads (LeaderElection, on a thread of its own) and stop as soon as it
// stops leading. Stopping is safe between any two steps: a watcher commits
// its cursor with the deposits it read, and a payout stores what it signed
// before it sends it. stop() ends the duties first (waiting for a payout
// pass or an ingestion step under way) and only then gives the lead up, so
// the next leader never overlaps with this one.
//
// While it leads, each duty's word is also stored in duty_status for every
// console (a console whose process does not lead shows those).
//
// Lives on the thread that owns it (the GUI thread in the console, the main
// thread of exctl serve); the status maps are for that thread.

#include "core/base/dutystatus.h"

#include <QMap>
#include <QObject>
#include <QString>
#include <QThread>

namespace exchange {

class CoreServices;
class DutyStatusPublisher;
class LeaderElection;
namespace deposits { class WatcherSupervisor; }
namespace withdrawals { class PayoutWorker; }
namespace deposits { class CollectionWorker; }
namespace api { class WebhookWorker; }

class BackgroundDuties final : public QObject
{
    Q_OBJECT
public:
    // coreThread: where the watchers run (they use services there); it must
    // not be the owner's thread and must outlive stop(). identity: how other
    // processes name this one (LeaderElection::identityFor).
    BackgroundDuties(CoreServices &services, QThread *coreThread, QString identity, QObject *parent = nullptr);
    ~BackgroundDuties() override;
    Q_DISABLE_COPY_MOVE(BackgroundDuties)

    // Without payouts (before start()): the screenshots of the console.
    void setPayoutsEnabled(bool enabled) { m_payoutsEnabled = enabled; }
    void start();
    // Blocks until the duties have stopped and the lead is given up.
    void stop();

    bool isLeading() const { return m_leading; }
    QString leaderName() const { return m_leaderName; }
    // chain -> the last word of its watcher / its payouts.
    const QMap<QString, DutyStatus> &watcherStatus() const { return m_watcherStatus; }
    const QMap<QString, DutyStatus> &payoutStatus() const { return m_payoutStatus; }

signals:
    // name: who leads (this process's identity when thisProcess); empty
    // when nobody is known to.
    void leaderChanged(bool thisProcess, const QString &name);
    void watcherStatusChanged(const QString &chain, const exchange::DutyStatus &status);
    void payoutStatusChanged(const QString &chain, const exchange::DutyStatus &status);

private:
    void startDuties();
    void stopDuties();
    void markIdle();
    // Stores a duty's new word for every console (DutyStatusPublisher);
    // only while leading, and only what changed.
    void publish(bool watcher, const QString &name, const DutyStatus &status);

    CoreServices &m_services;
    QThread *m_coreThread;
    QString m_identity;
    QThread m_electionThread;
    LeaderElection *m_election = nullptr;          // on m_electionThread
    DutyStatusPublisher *m_publisher = nullptr;    // on m_coreThread
    deposits::WatcherSupervisor *m_watchers = nullptr; // on m_coreThread
    QThread m_payoutThread;
    withdrawals::PayoutWorker *m_payouts = nullptr; // on m_payoutThread
    deposits::CollectionWorker *m_collections = nullptr; // on m_payoutThread too
    // A receiver may take its 10 s to answer: webhooks wait on no one else's thread.
    QThread m_webhookThread;
    api::WebhookWorker *m_webhooks = nullptr; // on m_webhookThread
    bool m_payoutsEnabled = true;
    bool m_leading = false;
    bool m_stopped = false;
    QString m_leaderName;
    QMap<QString, DutyStatus> m_watcherStatus;
    QMap<QString, DutyStatus> m_payoutStatus;
};

} // namespace exchange
