#include "core/runtime/backgroundduties.h"
#include "core/base/message.h"

#include "core/api/signedwithdrawalrequestcheck.h"
#include "core/api/webhookworker.h"
#include "core/deposits/collectionworker.h"
#include "core/deposits/watchersupervisor.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/dutystatuspublisher.h"
#include "core/runtime/leaderelection.h"
#include "core/withdrawals/payoutworker.h"

namespace exchange {

BackgroundDuties::BackgroundDuties(CoreServices &services, QThread *coreThread, QString identity, QObject *parent)
    : QObject(parent), m_services(services), m_coreThread(coreThread), m_identity(std::move(identity))
{
    m_electionThread.setObjectName(QStringLiteral("leader-election"));
    m_payoutThread.setObjectName(QStringLiteral("payouts"));
    m_webhookThread.setObjectName(QStringLiteral("webhooks"));
}

BackgroundDuties::~BackgroundDuties()
{
    stop();
}

void BackgroundDuties::start()
{
    if (m_election || m_stopped)
        return;
    m_publisher = new DutyStatusPublisher(m_services, m_identity);
    m_publisher->moveToThread(m_coreThread);
    m_watchers = new deposits::WatcherSupervisor(m_services.deposits(), m_services.wallets(), m_services.notifier());
    m_watchers->moveToThread(m_coreThread);
    connect(m_watchers, &deposits::WatcherSupervisor::statusChanged, this, [this](const QString &chain, const DutyStatus &status) {
        if (!m_leading)
            return; // the last words of a watcher that was told to stop
        publish(true, chain, status);
        m_watcherStatus.insert(chain, status);
        emit watcherStatusChanged(chain, status);
    });

    if (m_payoutsEnabled) {
        m_payouts = new withdrawals::PayoutWorker(m_services.database(), m_services.vault(), m_services.notifier());
        m_payouts->setApiRequestCheck(&api::SignedWithdrawalRequestCheck::check);
        m_payouts->moveToThread(&m_payoutThread);
        connect(m_payouts, &withdrawals::PayoutWorker::statusChanged, this, [this](const QString &chain, const DutyStatus &status) {
            if (!m_leading)
                return;
            publish(false, chain, status);
            m_payoutStatus.insert(chain, status);
            emit payoutStatusChanged(chain, status);
        });
        // Collection sweeps sign with keys and spend fees like payouts:
        // the same switch, the same thread.
        m_collections = new deposits::CollectionWorker(m_services.database(), m_services.vault(), m_services.notifier());
        m_collections->moveToThread(&m_payoutThread);
        connect(m_collections, &deposits::CollectionWorker::statusChanged, this,
                [this](const QString &chain, const DutyStatus &status) {
                    if (!m_leading)
                        return;
                    const QString line = dutyWords(MessageId::DutyCollectionLine, {chain.toStdString()});
                    publish(true, line, status);
                    m_watcherStatus.insert(line, status);
                    emit watcherStatusChanged(line, status);
                });
        m_payoutThread.start();
        // Webhooks sign with the vault's key too; off with payouts (the
        // screenshots' console).
        m_webhooks = new api::WebhookWorker(m_services.database(), m_services.vault(), m_services.notifier());
        m_webhooks->moveToThread(&m_webhookThread);
        connect(m_webhooks, &api::WebhookWorker::statusChanged, this, [this](const QString &line, const DutyStatus &status) {
            if (!m_leading)
                return;
            publish(true, line, status);
            m_watcherStatus.insert(line, status);
            emit watcherStatusChanged(line, status);
        });
        m_webhookThread.start();
    }

    m_election = new LeaderElection(m_services.database().url(), m_identity);
    m_election->moveToThread(&m_electionThread);
    connect(m_election, &LeaderElection::leaderChanged, this, [this](const QString &name) {
        if (name == m_identity)
            return; // becameLeader() follows and says so
        m_leaderName = name;
        // Leading, the name is ours; another (or none) means the lead is
        // going, and lostLeadership() follows.
        emit leaderChanged(false, name);
    });
    connect(m_election, &LeaderElection::becameLeader, this, [this] {
        if (m_stopped)
            return;
        m_leading = true;
        m_leaderName = m_identity;
        emit leaderChanged(true, m_identity);
        startDuties();
    });
    connect(m_election, &LeaderElection::lostLeadership, this, [this] {
        if (m_stopped || !m_leading)
            return;
        m_leading = false;
        stopDuties();
        markIdle();
        emit leaderChanged(false, m_leaderName == m_identity ? QString() : m_leaderName);
    });
    m_electionThread.start();
    auto *election = m_election;
    QMetaObject::invokeMethod(election, [election] { election->start(); });
}

void BackgroundDuties::startDuties()
{
    // Queued before the watchers start on the same thread: the table is
    // cleared before the first word of this leader.
    auto *publisher = m_publisher;
    QMetaObject::invokeMethod(publisher, [publisher] { publisher->startReporting(); });
    auto *watchers = m_watchers;
    QMetaObject::invokeMethod(watchers, [watchers] { watchers->restart(); });
    if (auto *payouts = m_payouts)
        QMetaObject::invokeMethod(payouts, [payouts] { payouts->start(); });
    if (auto *collections = m_collections)
        QMetaObject::invokeMethod(collections, [collections] { collections->start(); });
    if (auto *webhooks = m_webhooks)
        QMetaObject::invokeMethod(webhooks, [webhooks] { webhooks->start(); });
}

void BackgroundDuties::stopDuties()
{
    // Queued: each stops after the step it is in (an ingestion commit, a
    // payout pass), and the owner's thread does not wait for that.
    auto *watchers = m_watchers;
    QMetaObject::invokeMethod(watchers, [watchers] { watchers->stop(); });
    if (auto *payouts = m_payouts)
        QMetaObject::invokeMethod(payouts, [payouts] { payouts->stop(); });
    if (auto *collections = m_collections)
        QMetaObject::invokeMethod(collections, [collections] { collections->stop(); });
    if (auto *webhooks = m_webhooks)
        QMetaObject::invokeMethod(webhooks, [webhooks] { webhooks->stop(); });
}

void BackgroundDuties::publish(bool watcher, const QString &name, const DutyStatus &status)
{
    const auto &known = watcher ? m_watcherStatus : m_payoutStatus;
    if (const auto it = known.constFind(name); it != known.cend() && *it == status)
        return; // payouts repeat their word every pass
    auto *publisher = m_publisher;
    const auto kind = watcher ? DutyRecord::Kind::Watcher : DutyRecord::Kind::Payouts;
    QMetaObject::invokeMethod(publisher, [publisher, kind, name, status] { publisher->report(kind, name, status); });
}

void BackgroundDuties::markIdle()
{
    const DutyStatus idle = DutyStatus::off(dutyWords(MessageId::DutyStoppedNotLeading));
    for (auto it = m_watcherStatus.begin(); it != m_watcherStatus.end(); ++it) {
        it.value() = idle;
        emit watcherStatusChanged(it.key(), idle);
    }
    for (auto it = m_payoutStatus.begin(); it != m_payoutStatus.end(); ++it) {
        it.value() = idle;
        emit payoutStatusChanged(it.key(), idle);
    }
}

void BackgroundDuties::stop()
{
    if (m_stopped)
        return;
    m_stopped = true;
    // The duties first, waiting for the step under way; the lead last.
    if (m_watchers) {
        auto *watchers = m_watchers;
        QMetaObject::invokeMethod(watchers, [watchers] { delete watchers; }, Qt::BlockingQueuedConnection);
        m_watchers = nullptr;
    }
    if (m_payouts) {
        auto *payouts = m_payouts;
        auto *collections = m_collections;
        QMetaObject::invokeMethod(payouts, [payouts, collections] {
            payouts->stop();
            delete payouts;
            if (collections) {
                collections->stop();
                delete collections;
            }
        }, Qt::BlockingQueuedConnection);
        m_payouts = nullptr;
        m_collections = nullptr;
        m_payoutThread.quit();
        m_payoutThread.wait();
    }
    if (m_webhooks) {
        auto *webhooks = m_webhooks;
        QMetaObject::invokeMethod(webhooks, [webhooks] {
            webhooks->stop();
            delete webhooks;
        }, Qt::BlockingQueuedConnection);
        m_webhooks = nullptr;
        m_webhookThread.quit();
        m_webhookThread.wait();
    }
    if (m_publisher) {
        // Still leading: tell the other consoles the duties stopped here
        // (not that they are down), until the next leader reports.
        auto *publisher = m_publisher;
        const bool leading = m_leading;
        const DutyStatus stopped = DutyStatus::off(dutyWords(MessageId::DutyStoppedEnded, {m_identity.toStdString()}));
        const QStringList watchers = m_watcherStatus.keys();
        const QStringList payouts = m_payoutStatus.keys();
        QMetaObject::invokeMethod(publisher, [publisher, leading, stopped, watchers, payouts] {
            if (leading) {
                for (const QString &name : watchers)
                    publisher->report(DutyRecord::Kind::Watcher, name, stopped);
                for (const QString &name : payouts)
                    publisher->report(DutyRecord::Kind::Payouts, name, stopped);
            }
            delete publisher;
        }, Qt::BlockingQueuedConnection);
        m_publisher = nullptr;
    }
    if (m_election) {
        auto *election = m_election;
        QMetaObject::invokeMethod(election, [election] {
            election->stop();
            delete election;
        }, Qt::BlockingQueuedConnection);
        m_election = nullptr;
        m_electionThread.quit();
        m_electionThread.wait();
    }
    m_leading = false;
}

} // namespace exchange
