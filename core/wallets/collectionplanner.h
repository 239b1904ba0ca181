#pragma once
// The collection rule of 002_…, made precise: a collected amount fills the
// hot wallet up to its max balance, then the warm wallet up to its max, and
// the rest goes to cold; one deposit may be split across tiers. Reaching a
// max exactly is allowed. A tier whose balance is unknown (its node did not
// answer) gives no plan: the deposit waits. Pure: no I/O, exact integers.

#include "core/base/result.h"
#include "core/money/amount.h"

#include <optional>

namespace exchange::wallets {

struct CollectionInput {
    Amount amount;                    // what is to be moved off the deposit address
    std::optional<Amount> hotBalance; // nullopt: unknown
    std::optional<Amount> warmBalance;
    Amount hotMax;
    Amount warmMax;
};

struct CollectionPlan {
    Amount toHot;
    Amount toWarm;
    Amount toCold;

    friend bool operator==(const CollectionPlan &, const CollectionPlan &) = default;
};

class CollectionPlanner final
{
public:
    static Result<CollectionPlan> plan(const CollectionInput &input);
};

} // namespace exchange::wallets
