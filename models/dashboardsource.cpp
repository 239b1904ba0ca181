#include "dashboardsource.h"

#include "coretext.h"

#include "reloadcoalescer.h"

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/store/integritycheck.h"

#include <QDateTime>

namespace {

struct Snapshot {
    exchange::AttentionReport report;
    std::vector<exchange::security::AuditEntry> recent;
};

} // namespace

DashboardSource::DashboardSource(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent)
    : QObject(parent), m_runtime(runtime), m_services(services)
{
    using T = exchange::ChangeNotifier::Topic;
    new ReloadCoalescer(services.notifier(), {T::Withdrawal, T::Deposit, T::Wallet, T::Ledger, T::Asset, T::Audit},
                        [this] { reload(); }, this, 1000);
    connect(&m_tick, &QTimer::timeout, this, &DashboardSource::reload);
    m_tick.start(30'000);
    connect(&m_auditTick, &QTimer::timeout, this, &DashboardSource::verifyAuditChain);
    m_auditTick.start(10 * 60'000);
    reload();
    verifyAuditChain();
}

void DashboardSource::reload()
{
    auto *services = &m_services;
    ++m_inFlight;
    m_runtime.post(
        [services, atStart = m_integrityAtStart]() -> exchange::Result<Snapshot> {
            // The quick physical check, once, at the first read: it reads every page.
            if (!*atStart) {
                auto checked = exchange::IntegrityCheck(services->database()).run(exchange::IntegrityCheck::Depth::Quick);
                if (!checked)
                    return checked.error();
                *atStart = std::move(checked).value();
            }
            auto report = exchange::readAttentionReport(*services);
            // A damaged database may not answer the rest; the damage is the news then.
            if (!report && (*atStart)->damaged())
                report = exchange::AttentionReport{};
            if (!report)
                return report.error();
            report.value().databaseDamage = (*atStart)->problems;
            exchange::security::AuditFilter newest;
            newest.limit = kRecentRecords;
            newest.byTime = true; // what people read is in time order, whatever order the writers' clocks gave
            auto recent = services->audit().list(newest);
            if (!recent)
                return recent.error();
            return Snapshot{std::move(report).value(), std::move(recent).value()};
        },
        this, [this](exchange::Result<Snapshot> result) {
            --m_inFlight;
            if (!result) {
                emit failed(tr("The dashboard could not be read: %1").arg(CoreText::error(result.error())));
                return;
            }
            m_report = std::move(result.value().report);
            m_recent = std::move(result.value().recent);
            emit changed();
        });
}

void DashboardSource::verifyAuditChain()
{
    auto *services = &m_services;
    ++m_inFlight;
    // Aside: hashing a long log must not hold up the screens' reads.
    m_runtime.postAside([services] { return services->audit().verify(); }, this,
                   [this](exchange::Result<exchange::security::AuditVerification> result) {
                       --m_inFlight;
                       if (!result) {
                           emit failed(tr("The audit chain could not be verified: %1")
                                           .arg(CoreText::error(result.error())));
                           return;
                       }
                       m_audit = result.value();
                       m_auditAtMs = QDateTime::currentMSecsSinceEpoch();
                       emit changed();
                   });
}
