#pragma once
// WithdrawalDecisionLog: who already handled a withdrawal. When an
// operator's step (approve, reject, cancel, retry, send to manual, TxId) is
// refused because another operator's decision moved the withdrawal on, the
// refusal names that decision, read from the audit log (which records every
// decision and its actor in the transaction that made it): "withdrawal 7 was
// already approved by alice at 2026-11-21 10:02:11 UTC". Used inside the
// step's transaction after WithdrawalRepository::lockForDecision, so the
// loser of a race reads the winner's commit.

#include "core/base/result.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <QSqlDatabase>

#include <optional>
#include <string>

namespace exchange::withdrawals {

// An operator's decision that moved a withdrawal from one state to another,
// as the audit log recorded it.
struct WithdrawalDecision {
    std::int64_t atMs = 0;
    std::string actor;
    std::string action; // "withdrawal.reject", …
    WithdrawalState before = WithdrawalState::UnderReview;
    WithdrawalState after = WithdrawalState::UnderReview;
};

class WithdrawalDecisionLog final
{
public:
    explicit WithdrawalDecisionLog(QSqlDatabase db) : m_db(std::move(db)) {}

    // The state after event on w, as the transition table says; when the
    // table refuses, refusal() instead of the table's own message.
    Result<WithdrawalState> nextState(const WithdrawalRecord &w, WithdrawalEvent event) const;

    // Why event on w is refused, given the table's refusal wrongState: when
    // the newest operator decision on w took event away (allowed before it,
    // not after), WrongState naming who took it, when and what it was (and
    // the state now, if it has moved on since); otherwise wrongState itself
    // (e.g. rejecting a withdrawal paid out automatically). An unreadable
    // audit log gives wrongState too: a refusal never fails for want of its
    // explanation.
    Error refusal(const WithdrawalRecord &w, WithdrawalEvent event, const Error &wrongState) const;

    // The newest decision that changed the state of withdrawal id (a first
    // approval of two did not), or none: who rejected or cancelled it, and
    // when, for the details a screen shows.
    Result<std::optional<WithdrawalDecision>> newest(std::int64_t id) const;

private:
    QSqlDatabase m_db;
};

} // namespace exchange::withdrawals
