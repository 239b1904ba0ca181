#include "core/base/message.h"
#include "core/withdrawals/withdrawallimits.h"

namespace exchange::withdrawals {

namespace {

bool countsTowardLimits(WithdrawalState state)
{
    // Only these two end without money having left or still being able to.
    return state != WithdrawalState::Rejected && state != WithdrawalState::Cancelled;
}

// Inside (now - window, now], or after now: see the header.
bool inWindow(std::int64_t requestedAtMs, std::int64_t nowMs, std::int64_t windowMs)
{
    // nowMs >= 0 was checked, so nowMs - windowMs cannot overflow.
    return requestedAtMs > nowMs - windowMs;
}

std::string reason(const Asset &asset, int hours, Amount total, Amount limit)
{
    return Message{MessageId::LimitWindowExceeded,
                   {std::to_string(hours), asset.format(total), asset.format(limit), asset.code}}
        .english();
}

} // namespace

Result<LimitCheck> WithdrawalLimits::check(const LimitInput &in)
{
    if (!in.amount.isPositive())
        return Error{ErrorCode::InvalidInput, "a withdrawal needs a positive amount"};
    if (in.limit24h.isNegative() || in.limit72h.isNegative())
        return Error{ErrorCode::InvalidInput, "withdrawal limits may not be negative"};
    if (in.nowMs < 0)
        return Error{ErrorCode::InvalidInput, "the time may not be before 1970"};

    Amount total24h = in.amount;
    Amount total72h = in.amount;
    for (const PastWithdrawal &past : in.earlier) {
        // A negative amount would lower the sums and let a withdrawal through.
        if (past.amount.isNegative())
            return Error{ErrorCode::InvalidInput, "an earlier withdrawal has a negative amount"};
        if (!countsTowardLimits(past.state))
            continue;
        // The 24h window lies inside the 72h one, so a withdrawal in it is in both.
        if (!inWindow(past.requestedAtMs, in.nowMs, kLimitWindow72hMs))
            continue;
        auto sum72 = total72h.plus(past.amount);
        if (!sum72)
            return Error{ErrorCode::InvalidInput, "the withdrawals of the last 72h add up beyond the largest amount"};
        total72h = sum72.value();
        if (inWindow(past.requestedAtMs, in.nowMs, kLimitWindow24hMs))
            total24h = total24h.plus(past.amount).value(); // <= total72h, so it cannot overflow
    }

    LimitCheck check{total24h, total72h, {}};
    if (total24h > in.limit24h)
        check.breaches.push_back({24, total24h, in.limit24h, reason(in.asset, 24, total24h, in.limit24h)});
    if (total72h > in.limit72h)
        check.breaches.push_back({72, total72h, in.limit72h, reason(in.asset, 72, total72h, in.limit72h)});
    return check;
}

} // namespace exchange::withdrawals
