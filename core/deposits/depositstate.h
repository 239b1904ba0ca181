#pragma once
// The states of a deposit and the transitions between them, as a table.
// Every change of state goes through next(); an event in a state that does
// not allow it is refused with a reason and changes nothing.
//
//   pending ──confirmed(below min deposit)──▶ ignored
//   pending ──confirmed(no known customer)──▶ unattributed ──assigned──▶ credited
//   pending ──confirmed(customer known)─────▶ credited
//   credited ──collection planned──▶ collection_planned ──broadcast──▶ collecting ──confirmed──▶ collected
//   collection_planned ──plan dropped (a balance unknown)──▶ credited
//   collecting ──failed on chain──▶ collection_planned
//   credited ──in hot already (Stellar base account)──▶ collected

#include "core/base/result.h"

#include <optional>
#include <string_view>

namespace exchange::deposits {

enum class DepositState { Pending, Ignored, Unattributed, Credited, CollectionPlanned, Collecting, Collected };

enum class DepositEvent {
    ConfirmedBelowMinimum,
    ConfirmedUnattributed,
    ConfirmedForCustomer,
    Assigned,
    CollectionPlanned,
    PlanDropped,
    CollectionBroadcast,
    CollectionConfirmed,
    CollectionFailed,
    AlreadyInHot,
};

std::string_view depositStateName(DepositState state);
std::optional<DepositState> depositStateFromName(std::string_view name);
std::string_view depositEventName(DepositEvent event);

// The state after event, or WrongState naming both.
Result<DepositState> nextDepositState(DepositState state, DepositEvent event);

// Whether a deposit in `state` is still at its deposit address and owed to a
// customer until it is swept (ignored and collected deposits are not).
bool owedToCustomer(DepositState state);

} // namespace exchange::deposits
