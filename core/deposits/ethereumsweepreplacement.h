#pragma once
// EthereumSweepReplacement: a collection sweep or a refuel on Ethereum that
// is broadcast but not mined after SweepReplacementPolicy::stuckAfterMs (a
// base fee that rose above its max fee) is replaced by the same transaction
// on the same nonce to the same address with higher fees only
// (ethereum::replacementFees: at least 12.5% more on both max fee and tip,
// the node's gas price when higher, the max network fee never above the
// policy's cap). It is signed by the key that signed the first (the deposit
// address's, derived from the vault's seed; the fee wallet's for a refuel)
// and stored with its audit record in one commit BEFORE it is sent: the
// row (collections or refuels) takes the replacement as its attempt, the
// attempt it replaces is kept in sweep_attempts as superseded.
//
// An ETH sweep pays its gas out of what it moves: its replacement sends
// less by exactly what its max fee rose, so value + max fee stay what the
// address set aside for that sweep (with max fee = tip, the fee paid is
// the max fee, and nothing is left behind). A token sweep and a refuel send
// the same value; a token sweep whose address lacks the higher gas gets a
// refuel of the difference first and is replaced on a later run.
//
// Both attempts share the nonce, so the chain mines at most one. follow()
// looks for the row's attempt first, then for its superseded ones
// (takeBackMined): whichever was mined is the row's attempt when it is
// settled, so the ledger books the value and the fee of the transaction
// that was mined, once.
//
// Synchronous (it waits for the node): exctl and worker threads only.

#include "core/base/result.h"
#include "core/deposits/collectionrecord.h"
#include "core/deposits/refuelrecord.h"
#include "core/deposits/sweepattempt.h"
#include "core/deposits/sweepplan.h"
#include "core/money/amount.h"
#include "core/security/actor.h"

#include <QJsonValue>

#include <cstdint>
#include <optional>
#include <vector>

namespace exchange {
class Clock;
class Database;
namespace ethereum { class JsonRpcClient; }
namespace ledger { class LedgerService; }
namespace security { class AuditLog; class KeyVault; }
}

namespace exchange::deposits {

// A superseded attempt the chain mined, and its receipt.
struct MinedAttempt {
    SweepAttempt attempt;
    QJsonValue receipt;
};

struct SweepReplacementPolicy {
    static constexpr std::int64_t kDefaultStuckAfterMs = 10 * 60 * 1000;
    // How long a broadcast sweep or refuel may wait unmined before it is
    // replaced (0: never).
    std::int64_t stuckAfterMs = kDefaultStuckAfterMs;
    // The most a replacement's max network fee (gas limit × max fee per
    // gas) may be, in wei.
    Amount cap = Amount::fromBaseUnits(int128(50'000'000'000'000'000)); // 0.05 ether
};

class EthereumSweepReplacement final
{
public:
    EthereumSweepReplacement(Database &database, const Clock &clock, ledger::LedgerService &ledger,
                             security::AuditLog &audit, ethereum::JsonRpcClient &node);

    const SweepReplacementPolicy &policy() const { return m_policy; }
    void setPolicy(SweepReplacementPolicy policy) { m_policy = std::move(policy); }

    static CurrentAttempt currentOf(const CollectionRecord &sweep);
    static CurrentAttempt currentOf(const RefuelRecord &refuel);

    // Replaces every broadcast Ethereum sweep and refuel whose attempt has
    // waited the policy's time; sends nothing (follow() does). What could
    // not be replaced is one line of report.problems each (of warnings when
    // it waits: mined meanwhile, a token sweep's gas on its way).
    Result<void> replaceStuck(const security::Actor &actor, const security::KeyVault &vault, CollectionRunReport &report);

    // Signs and stores the replacement of `current` (broadcast). An error
    // says why nothing was stored: the cap leaves no room (InvalidInput),
    // an ETH sweep's value would not pay the higher fee, the key signs for
    // another address (Conflict), the row moved meanwhile, the node is away.
    Result<CurrentAttempt> replace(const security::Actor &actor, const security::KeyVault &vault,
                                   const CurrentAttempt &current);

    // For follow(), when the row's own attempt has no receipt: the receipt
    // of the superseded attempt the chain mined, after the row took it back
    // (one commit, with its audit record); nullopt when none was mined.
    Result<std::optional<MinedAttempt>> takeBackMined(const CurrentAttempt &current,
                                                    const std::vector<SweepAttempt> &superseded);
    // For follow(), when the row's own attempt was mined: the attempts it
    // replaced become dropped.
    Result<void> dropSuperseded(SweepKind kind, std::int64_t id, const std::string &minedTxid);

private:
    Result<Amount> quantityOf(const QString &method, const QJsonValue &params);
    // When `current` was signed: its row's creation, or the replacement of
    // its last superseded attempt.
    Result<std::int64_t> signedAt(const CurrentAttempt &current) const;
    // A token sweep's address holds at least `gas` wei; else a refuel of the
    // difference is signed (once) and the sweep waits.
    Result<bool> gasReady(const security::Actor &actor, const security::KeyVault &vault, const CurrentAttempt &current,
                          const Amount &gas, const Amount &gasPrice, std::uint64_t chainId);

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    ethereum::JsonRpcClient &m_node;
    SweepReplacementPolicy m_policy;
};

} // namespace exchange::deposits
