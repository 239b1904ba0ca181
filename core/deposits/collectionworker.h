#pragma once
// CollectionWorker: collection sweeps run by the leader of the background
// duties (BackgroundDuties), as `exctl collect run` does by hand; a
// PeriodicDuty. Every
// interval, for Ethereum and Algorand when the chain has a node URL, it
// follows the sweeps already signed and, while the key vault is unlocked,
// signs and sends the new ones the collection plan calls for (the deposit
// keys come from the vault's seed). Sweeps are stored before they are
// sent, so a stop between two steps, or a second leader, never sends a
// second transaction. It reports one line per chain. The audit log records the sweeps
// as this process's local user, on whose authority the vault was unlocked.

#include "core/wallets/periodicduty.h"

namespace exchange::deposits {

class CollectionWorker final : public PeriodicDuty
{
    Q_OBJECT
public:
    static constexpr int kDefaultIntervalMs = 60'000;

    // Construct on any thread, move to the worker thread, then start().
    // Its lines are named "ethereum" and "algorand".
    CollectionWorker(Database &database, security::KeyVault &vault, ChangeNotifier &notifier,
                     int intervalMs = kDefaultIntervalMs);

private:
    void pass() override;
};

} // namespace exchange::deposits
