#pragma once
// ReplenishmentService: the warm -> hot and cold -> warm moves that keep
// payouts going, and warm -> fee wallet that keeps token sweeps fuelled,
// with keys the console never holds. plan() reads the queue
// and the wallets' balances on their chains and asks ReplenishmentPlanner;
// exportTransfer() prepares the move as an unsigned transaction for offline
// signing and stores it (with an audit record, once per unsigned
// transaction); importSigned() accepts a signed file only if it is exactly
// an exported transaction signed by the source wallet's key, stores it
// before it is broadcast, and never makes a second transaction of the same
// file; follow() takes broadcast moves to confirmed or failed, booking in
// the same commit the move between the wallets' ledger accounts and the
// network fee as an expense (Replenishment and NetworkFee transfers,
// idempotent by the replenishment's id). Refusals change nothing.
// Export and import both refuse a destination that is not the tier's as the
// signatures say (hot: its vault key's address; warm: the address an admin
// signed), since the wallets rows may have been written by anyone.
//
// A wallet is an address of its chain (its row names the coin it was
// registered under): it holds the coin and the chain's tokens alike, so the
// wallets are found by chain and tier. A token moves only while it is in
// force (its row is the identity an admin signed, wallets::tokensInForce
// with the listed pin, as for the destinations): the chain is handed the
// signed identity. The source must hold the token and, for the fee, the
// chain's coin; the ledger books the move in the token and the network fee
// in the coin, from the source tier's coin account.

#include "core/base/result.h"
#include "core/money/asset.h"
#include "core/security/actor.h"
#include "core/wallets/wallet.h"
#include "core/withdrawals/feewalletrefill.h"
#include "core/withdrawals/replenishmentchain.h"
#include "core/withdrawals/replenishmentplanner.h"
#include "core/withdrawals/replenishmentrecord.h"
#include "core/withdrawals/replenishmentrepository.h"

#include <functional>
#include <optional>
#include <vector>

namespace exchange {
class Clock;
class Database;
namespace ledger { class LedgerService; }
namespace security { class AuditLog; }
namespace wallets { class WalletService; }
}

namespace exchange::withdrawals {

struct AssetReplenishment {
    Asset asset;
    QueueSums queue;
    Asset feeAsset;     // the chain's coin: what the fees are paid in
    Amount feeAllowance; // in feeAsset
    std::optional<Amount> hotSpendable;
    std::optional<Amount> warmSpendable;
    Amount inFlightToHot;
    Amount inFlightToWarm;
    ReplenishmentPlan plan;
    // The coin of a chain with a registered fee wallet: filling it from warm
    // to the max balance an admin signed for it.
    std::optional<FeeWalletRefill> warmToFee;
    std::string problem; // why a balance is unknown (no wallet, no node, node unreachable)
};

struct ExportRequest {
    std::string asset;
    wallets::WalletTier to = wallets::WalletTier::Hot; // Hot: from warm; Warm: from cold; Fee: from warm (the coin)
    std::optional<Amount> amount;                       // none: the plan's proposal
};

struct ExportedFile {
    ReplenishmentRecord record;
    QByteArray contents;  // what goes into the file
    bool existing = false; // the same unsigned transaction was exported before
};

struct ImportOutcome {
    ReplenishmentRecord record;
    bool alreadyImported = false; // the same signed transaction was imported before
};

class ReplenishmentService final
{
public:
    // The chain's replenisher, or nullptr when the chain has no node.
    using ChainAccess = std::function<ReplenishmentChain *(Chain)>;

    ReplenishmentService(Database &database, const Clock &clock, ledger::LedgerService &ledger, security::AuditLog &audit,
                         wallets::WalletService &wallets, ChainAccess chains);

    Result<std::vector<AssetReplenishment>> plan();
    Result<ExportedFile> exportTransfer(const security::Actor &actor, const ExportRequest &request);
    Result<ImportOutcome> importSigned(const security::Actor &actor, const QByteArray &file);
    // An export nobody will sign: only while no signed transaction of it is
    // known (one that may reach the chain is imported again instead).
    Result<ReplenishmentRecord> cancel(const security::Actor &actor, std::int64_t id);
    // Asks the chains about every broadcast replenishment; returns those
    // that changed state.
    Result<std::vector<ReplenishmentRecord>> follow();
    Result<std::vector<ReplenishmentRecord>> list(int limit = 100) const;

private:
    Result<AssetReplenishment> planAsset(const Asset &asset, const QueueSums &queue,
                                         const std::map<std::pair<std::string, wallets::WalletTier>, Amount> &inFlight);
    Result<void> settle(const ReplenishmentRecord &r, ReplenishmentChain &chain, const security::Actor &actor);
    // What a funding of the fee wallet at `feeAddress` should move, from
    // its balance on the chain and the signed limits.
    Result<FeeWalletRefill> feeWalletRefill(ReplenishmentChain &chain, const std::string &feeAddress) const;
    // The tier's wallet of the chain, whatever asset it was registered
    // under; `asset` names what it is wanted for in the error.
    Result<wallets::Wallet> wallet(Chain chain, wallets::WalletTier tier, const std::string &asset) const;
    // Whether `address` is `tier`'s as the signatures say (SignerDestinations,
    // from what the database lists: this service holds no vault), as the
    // wallet registered under `registeredAs`.
    Result<void> checkDestination(Chain chain, wallets::WalletTier tier, const std::string &registeredAs,
                                  const std::string &address) const;
    // The asset to move: the coin as its row says, a token as an admin
    // signed it (refused when it is not in force).
    Result<Asset> signedAsset(const Asset &row) const;

    Database &m_database;
    const Clock &m_clock;
    ledger::LedgerService &m_ledger;
    security::AuditLog &m_audit;
    wallets::WalletService &m_wallets;
    ChainAccess m_chains;
};

} // namespace exchange::withdrawals
