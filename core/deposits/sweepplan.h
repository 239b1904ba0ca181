#pragma once
// What a collection run plans per deposit address, and what it reports:
// shared by the collectors of every chain and by exctl collect.

#include "core/money/amount.h"
#include "core/security/keyvault.h"
#include "core/wallets/collectionplanner.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange::deposits {

// The key vault entry of the BIP-39 seed every deposit key derives from.
inline constexpr const char *kDepositSeedKey = security::KeyVault::kDepositSeedName;

// One deposit address's collection as planned (or why it waits).
struct SweepPlan {
    std::string address;
    std::string asset; // what it sweeps: the chain's coin, or one of its tokens
    std::vector<std::int64_t> depositIds;
    Amount total;     // the planned deposits
    Amount feeEach;   // gas per sweep
    std::optional<wallets::CollectionPlan> split; // what each tier receives
    std::string waiting; // non-empty: why there is no plan now
    // A token's sweeps pay their fees in the chain's coin, from the address:
    // what they need at the plan's fee, and what the address holds beyond
    // what it owes customers (zero for a coin's plan, whose fees come out
    // of the amount swept).
    Amount gasNeeded;
    Amount gasHeld;
};

// A refuel a run signed: the coin the fee wallet sends a deposit address.
struct RefuelPlan {
    std::string address;
    std::string forAssets;
    Amount amount;
    std::string txid;
};

struct CollectionRunReport {
    std::vector<SweepPlan> plans;
    int signedSweeps = 0;
    int broadcast = 0;
    int confirmed = 0;
    int failed = 0;
    int awaitingConfirmations = 0;
    std::vector<RefuelPlan> refuels; // signed by this run
    int refuelsConfirmed = 0;
    int refuelsFailed = 0;
    int replaced = 0; // stuck sweeps and refuels replaced on their nonce with a higher fee
    int refused = 0; // plans not signed: a destination the signer cannot verify (SignerDestinations)
    std::vector<std::string> problems; // one line each, for the operator
    // True and worth saying, but nothing failed: a node whose settings no
    // admin signed (SignerNode).
    std::vector<std::string> warnings;
};

} // namespace exchange::deposits
