#include "core/wallets/collectionplanner.h"

#include <algorithm>

namespace exchange::wallets {

namespace {
// Room left in a tier; a tier already over its max (an operator lowered
// the max, or a manual top-up) has none rather than a negative room.
Amount roomIn(Amount balance, Amount max)
{
    return balance >= max ? Amount::zero() : Amount::fromBaseUnits(max.baseUnits() - balance.baseUnits());
}
} // namespace

Result<CollectionPlan> CollectionPlanner::plan(const CollectionInput &in)
{
    if (!in.amount.isPositive())
        return Error{ErrorCode::InvalidInput, "a collection needs a positive amount"};
    if (in.hotMax.isNegative() || in.warmMax.isNegative())
        return Error{ErrorCode::InvalidInput, "max balances may not be negative"};
    if (!in.hotBalance)
        return Error{ErrorCode::Unavailable, "the hot wallet's balance is unknown; the collection waits"};
    if (!in.warmBalance)
        return Error{ErrorCode::Unavailable, "the warm wallet's balance is unknown; the collection waits"};

    CollectionPlan plan;
    plan.toHot = std::min(in.amount, roomIn(*in.hotBalance, in.hotMax));
    const Amount rest = Amount::fromBaseUnits(in.amount.baseUnits() - plan.toHot.baseUnits());
    plan.toWarm = std::min(rest, roomIn(*in.warmBalance, in.warmMax));
    plan.toCold = Amount::fromBaseUnits(rest.baseUnits() - plan.toWarm.baseUnits());
    return plan;
}

} // namespace exchange::wallets
