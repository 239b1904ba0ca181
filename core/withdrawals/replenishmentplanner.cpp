#include "core/withdrawals/replenishmentplanner.h"

#include <algorithm>

namespace exchange::withdrawals {

namespace {

Amount units(int128 v)
{
    return Amount::fromBaseUnits(v);
}

Amount fees(Amount perTransaction, int count)
{
    return units(perTransaction.baseUnits() * std::max(count, 0));
}

} // namespace

Amount ReplenishmentPlanner::roundUp(Amount amount)
{
    const int128 v = amount.baseUnits();
    if (v <= 0)
        return amount;
    int128 step = 1;
    while (v / step >= 100)
        step *= 10;
    return units((v + step - 1) / step * step);
}

// Why this amount:
// - At least the shortfall, always: a proposal that leaves a payout unpaid
//   would only bring the operator back for a second signing ceremony.
// - Rounded up to two significant digits, because the move is signed by
//   hand on an offline machine: 1,300 XLM is easier to check by eye than
//   1,234.5678901, and the few percent on top absorb the payouts that
//   arrive while the file travels.
// - The rounding is given up, not the payouts, when it would lift the
//   wallet above its max balance (the max is the risk the operators accept
//   on an online key): then exactly the room up to the max, which still
//   covers the shortfall.
// - If even the bare shortfall lifts the wallet above its max, the queue
//   wins: the max limits how much waits in hot, not which customers are
//   paid. The proposal is then the shortfall unrounded, the least that
//   pays everyone, and says so.
ReplenishmentMove ReplenishmentPlanner::move(Amount need, Amount have, Amount max, const Asset &asset)
{
    ReplenishmentMove m;
    m.need = need;
    m.have = have;
    m.shortfall = units(std::max<int128>(need.baseUnits() - have.baseUnits(), 0));
    if (m.shortfall.isZero()) {
        m.why = "covered: " + asset.format(have) + " " + asset.code + " for " + asset.format(need) + " " + asset.code;
        return m;
    }
    const Amount rounded = roundUp(m.shortfall);
    const int128 room = max.baseUnits() - have.baseUnits();
    const std::string shortText = "short by " + asset.format(m.shortfall) + " " + asset.code;
    if (rounded.baseUnits() <= room) {
        m.amount = rounded;
        m.why = shortText + ", rounded up to " + asset.format(rounded);
    } else if (m.shortfall.baseUnits() <= room) {
        m.amount = units(room);
        m.why = shortText + ", rounded up only to the max balance of " + asset.format(max);
    } else {
        m.amount = m.shortfall;
        m.why = shortText + ": the queue needs more than the max balance of " + asset.format(max)
            + " allows, so exactly the shortfall";
    }
    return m;
}

ReplenishmentPlan ReplenishmentPlanner::plan(const ReplenishmentInput &in)
{
    ReplenishmentPlan p;
    p.asset = in.asset.code;
    Amount warmToHot;
    int warmOutgoing = in.manualCount;
    if (in.hotSpendable) {
        const Amount need = units(in.queued.baseUnits() + fees(in.feePerTransaction, in.queuedCount).baseUnits());
        const Amount have = units(in.hotSpendable->baseUnits() + in.inFlightToHot.baseUnits());
        p.warmToHot = move(need, have, in.hotMax, in.asset);
        warmToHot = p.warmToHot->amount;
        if (warmToHot.isPositive())
            ++warmOutgoing;
    }
    if (in.warmSpendable) {
        // Warm pays the manual payouts and the move to hot proposed above,
        // each with its own network fee.
        const Amount need = units(in.manual.baseUnits() + warmToHot.baseUnits()
                                  + fees(in.feePerTransaction, warmOutgoing).baseUnits());
        const Amount have = units(in.warmSpendable->baseUnits() + in.inFlightToWarm.baseUnits());
        p.coldToWarm = move(need, have, in.warmMax, in.asset);
    }
    return p;
}

} // namespace exchange::withdrawals
