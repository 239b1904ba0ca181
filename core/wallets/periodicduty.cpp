#include "core/wallets/periodicduty.h"

#include "core/base/systemclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditlog.h"
#include "core/store/database.h"
#include "core/wallets/walletservice.h"

#include <QTimer>

namespace exchange {

PeriodicDuty::PeriodicDuty(Database &database, security::KeyVault &vault, ChangeNotifier &notifier, int intervalMs,
                           std::optional<ChangeNotifier::Topic> wakeOn)
    : m_database(database), m_vault(vault), m_notifier(notifier), m_intervalMs(intervalMs), m_wakeOn(wakeOn)
{
}

PeriodicDuty::~PeriodicDuty() = default;

const Clock &PeriodicDuty::clock() const
{
    return *m_clock;
}

void PeriodicDuty::ensureServices()
{
    if (m_clock)
        return;
    m_clock = std::make_unique<SystemClock>();
    m_ledger = std::make_unique<ledger::LedgerService>(m_database, *m_clock);
    m_audit = std::make_unique<security::AuditLog>(m_database, *m_clock, &m_notifier);
    m_wallets = std::make_unique<wallets::WalletService>(m_database, *m_clock, *m_audit, &m_notifier);
}

void PeriodicDuty::start()
{
    ensureServices();
    // Made here, on the duty's thread, so that they fire there.
    if (!m_timer) {
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &PeriodicDuty::runOnce);
        m_soon = new QTimer(this);
        m_soon->setSingleShot(true);
        connect(m_soon, &QTimer::timeout, this, &PeriodicDuty::runOnce);
    }
    m_started = true;
    m_timer->start(m_intervalMs);
    if (m_wakeOn) {
        connect(&m_notifier, &ChangeNotifier::changed, this, [this](ChangeNotifier::Topic topic, const QString &) {
            if (topic == *m_wakeOn)
                soon(kSoonMs);
        });
    }
    soon(0);
}

void PeriodicDuty::soon(int delayMs)
{
    if (m_started && !m_running && !m_soon->isActive())
        m_soon->start(delayMs);
}

void PeriodicDuty::stop()
{
    m_started = false;
    if (m_timer) {
        m_timer->stop();
        m_soon->stop();
    }
    disconnect(&m_notifier, nullptr, this, nullptr);
    m_database.releaseThreadConnection();
}

void PeriodicDuty::runOnce()
{
    if (m_running || !m_started)
        return;
    m_running = true;
    pass();
    m_running = false;
}

} // namespace exchange
