#include "core/withdrawals/withdrawalstate.h"
#include "core/base/message.h"

#include <array>
#include <string>
#include <tuple>
#include <utility>

namespace exchange::withdrawals {

namespace {

constexpr std::array<std::pair<WithdrawalState, std::string_view>, 11> kStates{{
    {WithdrawalState::UnderReview, "under_review"},
    {WithdrawalState::Approved, "approved"},
    {WithdrawalState::Processing, "processing"},
    {WithdrawalState::Broadcast, "broadcast"},
    {WithdrawalState::Succeeded, "succeeded"},
    {WithdrawalState::Failed, "failed"},
    {WithdrawalState::Rejected, "rejected"},
    {WithdrawalState::Cancelled, "cancelled"},
    {WithdrawalState::Error, "error"},
    {WithdrawalState::ManualPayout, "manual_payout"},
    {WithdrawalState::HeldForIntegrity, "held_for_integrity"},
}};

constexpr std::array<std::pair<WithdrawalEvent, std::string_view>, 19> kEvents{{
    {WithdrawalEvent::RequestedWithinLimits, "requested within its limits"},
    {WithdrawalEvent::RequestedOverLimit, "requested over a limit"},
    {WithdrawalEvent::Approved, "approved"},
    {WithdrawalEvent::Rejected, "rejected"},
    {WithdrawalEvent::Cancelled, "cancelled"},
    {WithdrawalEvent::PayoutStarted, "picked up for payout"},
    {WithdrawalEvent::PayoutBroadcast, "broadcast"},
    {WithdrawalEvent::PayoutConfirmed, "confirmed on chain"},
    {WithdrawalEvent::PayoutFailed, "marked failed on chain"},
    {WithdrawalEvent::HotShort, "stopped for a short hot wallet"},
    {WithdrawalEvent::NodeUnreachable, "stopped for an unreachable node"},
    {WithdrawalEvent::Retry, "retried"},
    {WithdrawalEvent::SentToManual, "sent to manual payout"},
    {WithdrawalEvent::TxIdVerified, "marked paid by a TxId"},
    {WithdrawalEvent::PayoutRefused, "stopped for a payout the chain refused"},
    {WithdrawalEvent::IntegrityCheckFailed, "held for an integrity check"},
    {WithdrawalEvent::ReleasedAsPaid, "released from an integrity hold as paid"},
    {WithdrawalEvent::ReleasedAsRejected, "released from an integrity hold as not paid"},
    {WithdrawalEvent::SettledInternally, "settled in the ledger as an internal transfer"},
}};

// The whole machine: (from, event) -> to, where from nullopt is a new
// withdrawal. Anything not listed is refused. The header's diagram and why.
using Row = std::tuple<std::optional<WithdrawalState>, WithdrawalEvent, WithdrawalState>;
constexpr std::array<Row, 24> kTransitions{{
    {std::nullopt, WithdrawalEvent::RequestedWithinLimits, WithdrawalState::Processing},
    {std::nullopt, WithdrawalEvent::RequestedOverLimit, WithdrawalState::UnderReview},
    {WithdrawalState::UnderReview, WithdrawalEvent::Approved, WithdrawalState::Approved},
    {WithdrawalState::UnderReview, WithdrawalEvent::Rejected, WithdrawalState::Rejected},
    {WithdrawalState::UnderReview, WithdrawalEvent::Cancelled, WithdrawalState::Cancelled},
    {WithdrawalState::UnderReview, WithdrawalEvent::SentToManual, WithdrawalState::ManualPayout},
    {WithdrawalState::Approved, WithdrawalEvent::PayoutStarted, WithdrawalState::Processing},
    {WithdrawalState::Approved, WithdrawalEvent::Cancelled, WithdrawalState::Cancelled},
    {WithdrawalState::Approved, WithdrawalEvent::SentToManual, WithdrawalState::ManualPayout},
    {WithdrawalState::Processing, WithdrawalEvent::PayoutBroadcast, WithdrawalState::Broadcast},
    {WithdrawalState::Processing, WithdrawalEvent::HotShort, WithdrawalState::Error},
    {WithdrawalState::Processing, WithdrawalEvent::NodeUnreachable, WithdrawalState::Error},
    {WithdrawalState::Processing, WithdrawalEvent::PayoutRefused, WithdrawalState::Error},
    {WithdrawalState::Processing, WithdrawalEvent::IntegrityCheckFailed, WithdrawalState::HeldForIntegrity},
    {WithdrawalState::Processing, WithdrawalEvent::SettledInternally, WithdrawalState::Succeeded},
    {WithdrawalState::Broadcast, WithdrawalEvent::PayoutConfirmed, WithdrawalState::Succeeded},
    {WithdrawalState::Broadcast, WithdrawalEvent::PayoutFailed, WithdrawalState::Failed},
    {WithdrawalState::Error, WithdrawalEvent::Retry, WithdrawalState::Processing},
    {WithdrawalState::Failed, WithdrawalEvent::Retry, WithdrawalState::Processing},
    {WithdrawalState::Failed, WithdrawalEvent::Rejected, WithdrawalState::Rejected},
    {WithdrawalState::Failed, WithdrawalEvent::SentToManual, WithdrawalState::ManualPayout},
    {WithdrawalState::ManualPayout, WithdrawalEvent::TxIdVerified, WithdrawalState::Succeeded},
    {WithdrawalState::HeldForIntegrity, WithdrawalEvent::ReleasedAsPaid, WithdrawalState::Succeeded},
    {WithdrawalState::HeldForIntegrity, WithdrawalEvent::ReleasedAsRejected, WithdrawalState::Rejected},
}};

std::optional<WithdrawalState> lookup(std::optional<WithdrawalState> state, WithdrawalEvent event)
{
    for (const auto &[from, on, to] : kTransitions) {
        if (from == state && on == event)
            return to;
    }
    return std::nullopt;
}

} // namespace

std::string_view withdrawalStateName(WithdrawalState state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return name;
    }
    return "unknown";
}

std::optional<WithdrawalState> withdrawalStateFromName(std::string_view name)
{
    for (const auto &[s, n] : kStates) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

std::string_view withdrawalEventName(WithdrawalEvent event)
{
    for (const auto &[e, name] : kEvents) {
        if (e == event)
            return name;
    }
    return "unknown";
}

Result<WithdrawalState> initialWithdrawalState(WithdrawalEvent event)
{
    if (const auto to = lookup(std::nullopt, event))
        return *to;
    return makeError(ErrorCode::WrongState, MessageId::WithdrawalNewCannotBe, {std::string(withdrawalEventName(event))});
}

Result<WithdrawalState> nextWithdrawalState(WithdrawalState state, WithdrawalEvent event)
{
    if (const auto to = lookup(state, event))
        return *to;
    // The state and the event are said by their words' own messages.
    return makeError(ErrorCode::WrongState, MessageId::WithdrawalWrongState,
                     {std::string(withdrawalStateName(state)), std::string(withdrawalEventName(event))});
}

bool isFinalWithdrawalState(WithdrawalState state)
{
    switch (state) {
    case WithdrawalState::Succeeded:
    case WithdrawalState::Rejected:
    case WithdrawalState::Cancelled:
        return true;
    case WithdrawalState::UnderReview:
    case WithdrawalState::Approved:
    case WithdrawalState::Processing:
    case WithdrawalState::Broadcast:
    case WithdrawalState::Failed:
    case WithdrawalState::Error:
    case WithdrawalState::ManualPayout:
    case WithdrawalState::HeldForIntegrity:
        return false;
    }
    return false;
}

bool withdrawalHoldsFunds(WithdrawalState state)
{
    // Until a withdrawal is final its money may still leave (or is leaving)
    // the exchange, so it stays held; that includes failed and error, which
    // are retried with the same hold.
    return !isFinalWithdrawalState(state);
}

} // namespace exchange::withdrawals
