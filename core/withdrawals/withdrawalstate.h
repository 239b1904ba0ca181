#pragma once
// The states of a withdrawal and the transitions between them, as one table.
// Every change of state goes through initialWithdrawalState() or
// nextWithdrawalState(); an event in a state that does not allow it is
// refused (WrongState, naming both) and changes nothing.
//
//   (new) ──requested within limits──▶ processing
//   (new) ──requested over a limit───▶ under_review
//
//   under_review ──approved (final approval)──▶ approved ──payout started──▶ processing
//   under_review ──rejected──────────▶ rejected
//   under_review, approved ──cancelled──▶ cancelled
//   under_review, approved ──sent to manual──▶ manual_payout ──TxId verified──▶ succeeded
//
//   processing ──broadcast──▶ broadcast ──confirmed──▶ succeeded
//   processing ──hot short / node unreachable / payout refused──▶ error ──retry──▶ processing
//   broadcast ──failed on chain──▶ failed ──retry──▶ processing
//   failed ──rejected──▶ rejected
//   failed ──sent to manual──▶ manual_payout
//
//   processing ──integrity check failed──▶ held_for_integrity
//   processing ──settled internally──▶ succeeded
//   held_for_integrity ──released as paid (TxId verified)──▶ succeeded
//   held_for_integrity ──released as not paid──▶ rejected
//
//   succeeded, rejected, cancelled: final.
//
// settled internally: the destination is another customer's deposit
// address (InternalTransfer). Nothing is signed for the chain: the signer,
// having checked it as it checks a payout, moves the held funds to the
// receiver in the ledger in the same commit as this change.
//
// Why these and no more:
// - Signing happens inside processing. Nothing leaves processing except
//   towards the chain (broadcast) or to error, so a transaction that may
//   have been signed is never forgotten: cancel and reject are possible only
//   where nothing can have been signed (under_review, approved) or where the
//   chain has said the signed transaction failed for good (failed).
// - error may hold a signed transaction that a node did or did not receive;
//   its only way out is retry, and processing re-sends that same transaction
//   rather than signing a new one. So error cannot be rejected, cancelled or
//   sent to manual payout: any of those could pay the customer twice.
// - failed is the chain's verdict on a broadcast transaction: final, did not
//   pay. It never leads to succeeded directly; it is retried (a new
//   transaction), sent to manual payout, or rejected (funds back).
// - manual_payout is signed outside the system, so the system cannot know
//   whether money has left: the only way out is a TxId verified on the
//   chain, and once succeeded a second TxId is refused.
// - held_for_integrity: the signer's journal (outside the database) says
//   this withdrawal, or the nonce it would take, was signed already and the
//   database does not explain it (restored from an older backup, rolled
//   back), or the row contradicts the ledger or the signed decisions.
//   Nothing pays it again by itself: no retry, no manual payout, no
//   ordinary TxId, no ordinary reject (the money may have left). Its funds
//   stay held until an admin who has investigated releases it, with a
//   confirmed code: as paid, with a TxId the chain shows paying it from
//   hot, or as not paid, the hold voided and the withdrawal rejected. Paying
//   it again automatically is deliberately not offered: the customer may
//   request again.

#include "core/base/result.h"

#include <optional>
#include <string_view>

namespace exchange::withdrawals {

enum class WithdrawalState {
    UnderReview,
    Approved,
    Processing,
    Broadcast,
    Succeeded,
    Failed,
    Rejected,
    Cancelled,
    Error,
    ManualPayout,
    HeldForIntegrity,
};

enum class WithdrawalEvent {
    RequestedWithinLimits, // only for a new withdrawal
    RequestedOverLimit,    // only for a new withdrawal
    Approved,              // the final approval (the second one under four eyes)
    Rejected,
    Cancelled,
    PayoutStarted,         // the payout worker takes an approved withdrawal
    PayoutBroadcast,
    PayoutConfirmed,
    PayoutFailed,          // the chain says the broadcast transaction failed
    HotShort,
    NodeUnreachable,
    Retry,
    SentToManual,
    TxIdVerified,          // an uploaded TxId checked against the chain
    PayoutRefused,         // the chain (or its rules) cannot take the payout as signed
    IntegrityCheckFailed,  // the signer's own record disagrees with the database
    ReleasedAsPaid,        // held_for_integrity: an admin shows the chain paid it
    ReleasedAsRejected,    // held_for_integrity: an admin found it was not paid
    SettledInternally,     // processing: paid to another customer in the ledger, not on chain
};

// Stable snake_case names: the column value, the JSON value, exctl --state.
std::string_view withdrawalStateName(WithdrawalState state);
std::optional<WithdrawalState> withdrawalStateFromName(std::string_view name);
// Reads after "cannot be": "approved", "sent to manual payout".
std::string_view withdrawalEventName(WithdrawalEvent event);

// The state of a new withdrawal after event, or WrongState.
Result<WithdrawalState> initialWithdrawalState(WithdrawalEvent event);
// The state after event, or WrongState naming both.
Result<WithdrawalState> nextWithdrawalState(WithdrawalState state, WithdrawalEvent event);

// Nothing can change any more: succeeded, rejected, cancelled.
bool isFinalWithdrawalState(WithdrawalState state);
// The customer's funds are held (a pending ledger transfer): every state
// that is not final. Succeeded posts the hold; rejected and cancelled void it.
bool withdrawalHoldsFunds(WithdrawalState state);

} // namespace exchange::withdrawals
