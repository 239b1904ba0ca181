#include "core/deposits/depositstate.h"
#include "core/base/message.h"

#include <array>
#include <tuple>
#include <utility>

namespace exchange::deposits {

namespace {

constexpr std::array<std::pair<DepositState, std::string_view>, 7> kStates{{
    {DepositState::Pending, "pending"},
    {DepositState::Ignored, "ignored"},
    {DepositState::Unattributed, "unattributed"},
    {DepositState::Credited, "credited"},
    {DepositState::CollectionPlanned, "collection_planned"},
    {DepositState::Collecting, "collecting"},
    {DepositState::Collected, "collected"},
}};

constexpr std::array<std::pair<DepositEvent, std::string_view>, 10> kEvents{{
    {DepositEvent::ConfirmedBelowMinimum, "confirmed below the minimum deposit"},
    {DepositEvent::ConfirmedUnattributed, "confirmed without a known customer"},
    {DepositEvent::ConfirmedForCustomer, "confirmed for a customer"},
    {DepositEvent::Assigned, "assigned to a customer"},
    {DepositEvent::CollectionPlanned, "collection planned"},
    {DepositEvent::PlanDropped, "collection plan dropped"},
    {DepositEvent::CollectionBroadcast, "collection broadcast"},
    {DepositEvent::CollectionConfirmed, "collection confirmed"},
    {DepositEvent::CollectionFailed, "collection failed"},
    {DepositEvent::AlreadyInHot, "already in the hot wallet"},
}};

// The whole machine: (from, event) -> to. Anything not listed is refused.
constexpr std::array<std::tuple<DepositState, DepositEvent, DepositState>, 10> kTransitions{{
    {DepositState::Pending, DepositEvent::ConfirmedBelowMinimum, DepositState::Ignored},
    {DepositState::Pending, DepositEvent::ConfirmedUnattributed, DepositState::Unattributed},
    {DepositState::Pending, DepositEvent::ConfirmedForCustomer, DepositState::Credited},
    {DepositState::Unattributed, DepositEvent::Assigned, DepositState::Credited},
    {DepositState::Credited, DepositEvent::CollectionPlanned, DepositState::CollectionPlanned},
    {DepositState::Credited, DepositEvent::AlreadyInHot, DepositState::Collected},
    {DepositState::CollectionPlanned, DepositEvent::PlanDropped, DepositState::Credited},
    {DepositState::CollectionPlanned, DepositEvent::CollectionBroadcast, DepositState::Collecting},
    {DepositState::Collecting, DepositEvent::CollectionConfirmed, DepositState::Collected},
    {DepositState::Collecting, DepositEvent::CollectionFailed, DepositState::CollectionPlanned},
}};

} // namespace

std::string_view depositStateName(DepositState state)
{
    for (const auto &[s, name] : kStates) {
        if (s == state)
            return name;
    }
    return "unknown";
}

std::optional<DepositState> depositStateFromName(std::string_view name)
{
    for (const auto &[s, n] : kStates) {
        if (n == name)
            return s;
    }
    return std::nullopt;
}

std::string_view depositEventName(DepositEvent event)
{
    for (const auto &[e, name] : kEvents) {
        if (e == event)
            return name;
    }
    return "unknown";
}

Result<DepositState> nextDepositState(DepositState state, DepositEvent event)
{
    for (const auto &[from, on, to] : kTransitions) {
        if (from == state && on == event)
            return to;
    }
    // The state and the event are said by their words' own messages.
    return makeError(ErrorCode::WrongState, MessageId::DepositWrongState,
                     {std::string(depositStateName(state)), std::string(depositEventName(event))});
}

bool owedToCustomer(DepositState state)
{
    switch (state) {
    case DepositState::Pending:
    case DepositState::Unattributed:
    case DepositState::Credited:
    case DepositState::CollectionPlanned:
    case DepositState::Collecting:
        return true;
    case DepositState::Ignored:
    case DepositState::Collected:
        return false;
    }
    return true;
}

} // namespace exchange::deposits
