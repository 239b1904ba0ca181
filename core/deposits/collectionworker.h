#pragma once
// CollectionWorker: collection sweeps run by the leader of the background
// duties (BackgroundDuties), as `exctl collect run` does by hand. Every
// interval, for Ethereum and Algorand when the chain has a node URL, it
// follows the sweeps already signed and, while the key vault is unlocked,
// signs and sends the new ones the collection plan calls for (the deposit
// keys come from the vault's seed). Sweeps are stored before they are
// sent, so a stop between two steps, or a second leader, never sends a
// second transaction. It lives on a thread of its own (nodes are waited
// for) and reports one line per chain. The audit log records the sweeps
// as this process's local user, on whose authority the vault was unlocked.

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

namespace exchange::deposits {

class CollectionWorker final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60'000;

    // Construct on any thread, move to the worker thread, then start().
    CollectionWorker(Database &database, security::KeyVault &vault, ChangeNotifier &notifier,
                     int intervalMs = kDefaultIntervalMs);
    ~CollectionWorker() override;
    Q_DISABLE_COPY_MOVE(CollectionWorker)

    // On the worker thread; start() again after stop() resumes.
    void start();
    void stop();
    // One pass over both chains now (also what the timer does).
    void runOnce();

signals:
    // chain: "ethereum" or "algorand".
    void statusChanged(const QString &chain, const exchange::DutyStatus &status);

private:
    void ensureServices();

    Database &m_database;
    security::KeyVault &m_vault;
    ChangeNotifier &m_notifier;
    int m_intervalMs;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<wallets::WalletService> m_wallets;
};

} // namespace exchange::deposits
