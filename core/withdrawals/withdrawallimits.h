#pragma once
// The withdrawal limits of 002_…, made precise: the customer's withdrawals of
// one asset over the last 24 hours and over the last 72 hours, the new one
// included, against the asset's 24h and 72h limits. Within both: paid
// automatically. Over either: reviewed by an operator, with one reason in
// numbers per exceeded window ("24h: 1,250 of 1,000 XLM"). Pure: no clock,
// no I/O; exact integer sums that refuse to overflow.
//
// The rules, decided here once:
// - A window is rolling and half-open, (now - 24h, now]: a withdrawal
//   requested exactly 24h (86,400,000 ms) before now is out of the 24h
//   window; one a millisecond later is in. The same for 72h.
// - A withdrawal stamped after now (another console's clock a little ahead)
//   counts as well: the windows only ever err towards review.
// - Rejected and cancelled withdrawals never paid anything and do not count;
//   every other state does, failed and error included (they are retried
//   with the same hold).
// - "Over" means strictly greater: reaching a limit exactly is allowed.
// - A limit of zero means no automatic withdrawals of that asset: every
//   withdrawal is over it and goes to review. There is no "unlimited"
//   value; an asset whose limits were never set has zero (the settings'
//   default), so it fails closed. An operator who wants to trust a window
//   sets a limit high enough.
// - The amounts compared are what the customer receives, without the fee.

#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/money/asset.h"
#include "core/withdrawals/withdrawalstate.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace exchange::withdrawals {

inline constexpr std::int64_t kLimitWindow24hMs = 24LL * 60 * 60 * 1000;
inline constexpr std::int64_t kLimitWindow72hMs = 72LL * 60 * 60 * 1000;

// One of the customer's earlier withdrawals of the asset being checked.
struct PastWithdrawal {
    Amount amount;
    std::int64_t requestedAtMs = 0;
    WithdrawalState state = WithdrawalState::UnderReview;
};

struct LimitInput {
    Asset asset;    // its code and formatting write the reasons
    Amount limit24h; // >= 0; 0: nothing automatic
    Amount limit72h;
    std::span<const PastWithdrawal> earlier; // that customer's, that asset's; never the new one
    Amount amount;   // the new withdrawal, > 0
    std::int64_t nowMs = 0; // from the injected clock, >= 0
};

struct LimitBreach {
    int windowHours = 0; // 24 or 72
    Amount total;        // in that window, the new one included
    Amount limit;
    std::string reason;  // "24h: 1,250 of 1,000 XLM", English, for logs and exctl

    friend bool operator==(const LimitBreach &, const LimitBreach &) = default;
};

struct LimitCheck {
    Amount total24h; // the new one included
    Amount total72h;
    std::vector<LimitBreach> breaches; // 24h first; empty when within both

    bool automatic() const { return breaches.empty(); }
    // How the new withdrawal enters the state machine.
    WithdrawalEvent requestEvent() const
    {
        return automatic() ? WithdrawalEvent::RequestedWithinLimits : WithdrawalEvent::RequestedOverLimit;
    }
};

class WithdrawalLimits final
{
public:
    // InvalidInput for a non-positive amount, a negative limit or earlier
    // amount, a negative now, or sums beyond the largest Amount.
    static Result<LimitCheck> check(const LimitInput &input);
};

} // namespace exchange::withdrawals
