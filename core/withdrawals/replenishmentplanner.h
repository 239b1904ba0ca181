#pragma once
// ReplenishmentPlanner: per asset, how much should move warm -> hot so that
// hot can pay the queued automatic payouts, and cold -> warm so that warm
// can pay the manual payouts (and what it sends to hot). Pure: it is given
// the queue's sums, the balances the chains reported and the settings, and
// decides with exact integer arithmetic; it never reads or writes anything.

#include "core/money/amount.h"
#include "core/money/asset.h"

#include <optional>
#include <string>

namespace exchange::withdrawals {

struct ReplenishmentInput {
    Asset asset;
    Amount queued;          // approved + processing + error: what hot must pay
    int queuedCount = 0;
    Amount manual;          // manual_payout: what warm must pay
    int manualCount = 0;
    Amount feePerTransaction; // allowance for one outgoing transaction's network fee
    // What each wallet can spend (chain balance less what it must keep);
    // nullopt: no such wallet, or its balance could not be read.
    std::optional<Amount> hotSpendable;
    std::optional<Amount> warmSpendable;
    Amount hotMax;  // the asset's max balance settings
    Amount warmMax;
    // Replenishments already exported or broadcast, not yet confirmed: they
    // will arrive, so they are not proposed again.
    Amount inFlightToHot;
    Amount inFlightToWarm;
};

struct ReplenishmentMove {
    Amount need;      // what the wallet must be able to pay, fees included
    Amount have;      // what it can spend now, plus what is already on its way
    Amount shortfall; // need - have, or zero
    Amount amount;    // the proposed move; zero: nothing to move
    std::string why;  // how the amount was chosen, in plain words
};

struct ReplenishmentPlan {
    std::string asset;
    std::optional<ReplenishmentMove> warmToHot;  // nullopt: hot's balance unknown
    std::optional<ReplenishmentMove> coldToWarm; // nullopt: warm's balance unknown
};

class ReplenishmentPlanner final
{
public:
    static ReplenishmentPlan plan(const ReplenishmentInput &input);

    // `amount` rounded up to two significant digits (1,234.5 -> 1,300;
    // 0.0123 -> 0.013): never less than asked, at most 10% more.
    static Amount roundUp(Amount amount);

    // The move into a wallet that can spend `have` (in flight included),
    // must pay `need`, and should not hold more than `max` afterwards.
    static ReplenishmentMove move(Amount need, Amount have, Amount max, const Asset &asset);
};

} // namespace exchange::withdrawals
