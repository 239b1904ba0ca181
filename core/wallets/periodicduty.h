#pragma once
// PeriodicDuty: the frame of a background duty that works in passes on a
// thread of its own (automatic payouts, collection sweeps): nodes are
// waited for there, never on the core thread. It owns the duty's ledger,
// audit and wallet services, made on that thread on first use (each thread
// has its own database connection), runs a pass every interval and, when
// asked to, soon after a change of one topic, never two passes at once and
// none while stopped. A subclass does one pass and reports a line per
// chain through statusChanged().
//
// Only the process that leads the background duties runs them
// (BackgroundDuties); start() again after stop() resumes (the lead regained).

#include "core/base/changenotifier.h"
#include "core/base/dutystatus.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace exchange {
class Clock;
class Database;
class SystemClock;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
namespace wallets { class WalletService; }

class PeriodicDuty : public QObject
{
    Q_OBJECT
public:
    ~PeriodicDuty() override;
    Q_DISABLE_COPY_MOVE(PeriodicDuty)

    // On the duty's thread. A first pass follows at once.
    void start();
    // Stops the timers and gives this thread's connection back.
    void stop();
    // One pass now, unless one is under way or the duty is stopped (also
    // what the timers do).
    void runOnce();

signals:
    void statusChanged(const QString &chain, const exchange::DutyStatus &status);

protected:
    // wakeOn: a change of this topic (in this process or, through the
    // change feed, another) brings the next pass forward to kSoonMs.
    PeriodicDuty(Database &database, security::KeyVault &vault, ChangeNotifier &notifier, int intervalMs,
                 std::optional<ChangeNotifier::Topic> wakeOn);

    static constexpr int kSoonMs = 500;

    // The work of one pass, on the duty's thread, with the services made.
    virtual void pass() = 0;

    Database &database() { return m_database; }
    security::KeyVault &vault() { return m_vault; }
    ChangeNotifier &notifier() { return m_notifier; }
    const Clock &clock() const;
    ledger::LedgerService &ledger() { return *m_ledger; }
    security::AuditLog &audit() { return *m_audit; }
    wallets::WalletService &wallets() { return *m_wallets; }

private:
    void ensureServices();
    void soon(int delayMs);

    Database &m_database;
    security::KeyVault &m_vault;
    ChangeNotifier &m_notifier;
    int m_intervalMs;
    std::optional<ChangeNotifier::Topic> m_wakeOn;
    QTimer *m_timer = nullptr;
    QTimer *m_soon = nullptr;
    bool m_started = false;
    bool m_running = false;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
};

} // namespace exchange
