#pragma once
// PayoutRunReport: what one payout run of a chain did and found
// (PayoutService), for exctl, the payouts worker's status line and the
// prompt to replenish hot.

#include "core/money/amount.h"

#include <map>
#include <string>
#include <vector>

namespace exchange::withdrawals {

struct PayoutRunReport {
    int started = 0;   // approved -> processing
    int signedNew = 0; // payouts signed and stored
    int broadcast = 0;
    int succeeded = 0;
    int failed = 0;
    int errors = 0;    // withdrawals sent to error (hot short, node unreachable or refusing)
    int awaiting = 0;  // payouts on chain, not yet decided
    int settledInternally = 0; // paid to another customer in the ledger (InternalTransfer), nothing signed
    int replaced = 0;  // replacements signed and stored (same nonce, higher fee)
    int held = 0;      // withdrawals held for integrity by this run (the signer's journal disagrees)
    int heldTotal = 0; // all of this asset's withdrawals held for integrity: each pages someone
    bool journalUnusable = false; // the signer's journal cannot be opened or read: nothing signed
    bool noPinnedAdminKey = false; // the key vault pins no admin key: nothing signed, the queue waits
    bool settingsUnsigned = false; // no admin ever signed the asset's settings: nothing signed, the queue waits
    std::vector<std::string> problems;
    // True and worth saying, but nothing failed: payouts checked against
    // limits no admin has signed.
    std::vector<std::string> warnings;
    // Set when hot could not cover the queue: what it lacks of each asset
    // (a token, or the coin for amounts and fees), for the prompt to
    // replenish hot from warm.
    std::map<std::string, Amount> hotShortBy;
    std::string asset; // the chain's coin
    std::vector<std::string> assets; // every asset of the chain this run looked at: the coin first
};

} // namespace exchange::withdrawals
