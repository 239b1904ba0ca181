#pragma once
// DashboardSource: what the Dashboard shows, read on the core thread:
// the attention report (core/runtime/attentionreport.h), the newest audit
// records as recent activity, and the audit chain's verification. The
// report is read again shortly after anything it counts changes (in this
// console or, on PostgreSQL, in any other) and every 30 seconds (the
// waiting times); the audit chain, which hashes every record, every ten
// minutes and on demand. The database's quick physical check runs once,
// before the first report.

#include "core/runtime/attentionreport.h"
#include "core/security/auditentry.h"
#include "core/store/integritycheck.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

namespace exchange {
class CoreRuntime;
class CoreServices;
}

class DashboardSource final : public QObject
{
    Q_OBJECT
public:
    DashboardSource(exchange::CoreRuntime &runtime, exchange::CoreServices &services, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DashboardSource)

    void reload();
    void verifyAuditChain();

    // Each nullopt until first read.
    const std::optional<exchange::AttentionReport> &report() const { return m_report; }
    const std::optional<exchange::security::AuditVerification> &auditChain() const { return m_audit; }
    // When auditChain() was read (this clock), 0 before.
    qint64 auditCheckedAtMs() const { return m_auditAtMs; }
    const std::vector<exchange::security::AuditEntry> &recent() const { return m_recent; }
    bool isLoading() const { return m_inFlight > 0; }

    static constexpr int kRecentRecords = 12;

signals:
    void changed();
    void failed(const QString &message);

private:
    exchange::CoreRuntime &m_runtime;
    exchange::CoreServices &m_services;
    std::optional<exchange::AttentionReport> m_report;
    std::optional<exchange::security::AuditVerification> m_audit;
    qint64 m_auditAtMs = 0;
    std::vector<exchange::security::AuditEntry> m_recent;
    // The database's quick check, made on the core thread at the first read and kept there.
    std::shared_ptr<std::optional<exchange::IntegrityReport>> m_integrityAtStart =
        std::make_shared<std::optional<exchange::IntegrityReport>>();
    QTimer m_tick;
    QTimer m_auditTick;
    int m_inFlight = 0;
};
