#pragma once
// SweepSettlement: the two commits of a sweep's life that are the same on
// every chain. storeSigned(): the signed sweeps, the deposits' move to
// collecting and an audit record, in one commit before anything is sent.
// settle(), once the chain has decided a sweep, in one commit: the move from the deposit wallet to the
// sweep's tier (if it succeeded) and the network fee as an expense (if one
// was charged) are posted, the sweep leaves the state it was read in, the
// group's deposits become collected once every sweep of the group is done
// (or go back to planned if one failed), and an audit record is written.

#include "core/base/result.h"
#include "core/deposits/collectionrecord.h"
#include "core/deposits/sweepplan.h"
#include "core/security/actor.h"
#include "core/wallets/wallet.h"

#include <string>
#include <vector>

namespace exchange {
class ChangeNotifier;
class Clock;
class Database;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; }
}

namespace exchange::deposits {

struct SweepOutcome {
    bool succeeded = false;
    Amount fee;       // what the network charged (zero if nothing)
    std::string note; // why it failed, for the operator
};

class SweepSettlement final
{
public:
    SweepSettlement(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                    ChangeNotifier *notifier);

    // Stores a group's signed sweeps with the deposits they collect.
    Result<void> storeSigned(const security::Actor &actor, const SweepPlan &plan, const std::string &groupKey,
                             const std::vector<CollectionRecord> &sweeps, CollectionRunReport &report);

    // Records (audit log, in a commit of its own) that the plan's sweep to
    // `tier` at `to` was not signed, with the check that refused it, and
    // counts it; returns `why` for the run's problems.
    Error refuse(const security::Actor &actor, const SweepPlan &plan, wallets::WalletTier tier, const std::string &to,
                 const std::string &check, const Error &why, CollectionRunReport &report);

    // `sweep.state` is the state it was read in (Broadcast, or Signed when it
    // was sent before a crash and confirmed since).
    Result<void> settle(const CollectionRecord &sweep, const SweepOutcome &outcome, CollectionRunReport &report);

private:
    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    ChangeNotifier *m_notifier;
};

} // namespace exchange::deposits
