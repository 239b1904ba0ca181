#pragma once
// PayoutWorker: the console's automatic payouts. Lives on a thread of its
// own (payers wait for nodes; the core thread must not), with its own
// ledger, audit and wallet services over the shared Database (each thread
// has its own connection). Every interval, and soon after a withdrawal
// changes (an approval, a retry), it runs PayoutService for each chain
// that has a node URL: signing only while the key vault is unlocked,
// following what is on its way always. It reports one status line per
// chain for the screens ("2 paid, 1 awaiting the chain", "hot is short by
// 0.5 ETH: replenish hot from warm", "waiting: the key vault is locked").
//
// Only the process that leads the background duties runs it
// (BackgroundDuties); should two runs meet anyway (a lead lost mid-pass),
// they never pay a withdrawal twice, because every step moves a row from
// the state it was read in.

#include "core/runtime/dutystatus.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace exchange {
class ChangeNotifier;
class Database;
class SystemClock;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
namespace wallets { class WalletService; }
}

namespace exchange::withdrawals {

class PayoutWorker final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 15000;

    // Construct on any thread, move to the worker thread, then start().
    PayoutWorker(Database &database, security::KeyVault &vault, ChangeNotifier &notifier,
                 int intervalMs = kDefaultIntervalMs);
    ~PayoutWorker() override;
    Q_DISABLE_COPY_MOVE(PayoutWorker)

    // On the worker thread; start() again after stop() resumes.
    void start();
    void stop();
    // One pass over every chain now (also what the timer does).
    void runOnce();

signals:
    void statusChanged(const QString &chain, const exchange::DutyStatus &status);

private:
    void ensureServices();
    void soon();

    Database &m_database;
    security::KeyVault &m_vault;
    ChangeNotifier &m_notifier;
    int m_intervalMs;
    QTimer *m_timer = nullptr;
    QTimer *m_soon = nullptr;
    bool m_running = false;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
};

} // namespace exchange::withdrawals
