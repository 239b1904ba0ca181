#pragma once
// SQL for withdrawals, their approvals and the four-eyes thresholds. Used
// inside a UnitOfWork by WithdrawalService; it decides nothing. A change of
// state names the state it expects (WHERE id = ? AND state = ?), so a step
// taken by another process first is refused rather than taken twice.

#include "core/base/result.h"
#include "core/store/dialect.h"
#include "core/withdrawals/withdrawallimits.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace exchange::withdrawals {

class WithdrawalRepository final
{
public:
    WithdrawalRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    // Stores r (its id ignored) and returns it with its id.
    Result<WithdrawalRecord> insert(const WithdrawalRecord &r);
    Result<std::optional<WithdrawalRecord>> find(std::int64_t id) const;
    // One row read in the column order id, customer_id, asset, chain,
    // destination, amount, fee, state, review_reason, requested_by,
    // requested_at, updated_at, txid, note (also the browser's pages).
    static Result<WithdrawalRecord> readRow(const QSqlQuery &q);
    // The same as find, NotFound ("unknown withdrawal N") when there is none.
    Result<WithdrawalRecord> get(std::int64_t id) const;
    // The same as get, the row locked until the transaction ends: every
    // operator decision on a withdrawal reads it here first, so two at the
    // same moment run one after the other and the second reads what the
    // first committed. PostgreSQL: SELECT ... FOR UPDATE (under READ
    // COMMITTED the waiting one then reads the newest row, and its later
    // statements see the first one's approvals); SQLite: the write
    // transaction (BEGIN IMMEDIATE) already holds the only write lock.
    Result<WithdrawalRecord> lockForDecision(std::int64_t id);
    // Newest first.
    Result<std::vector<WithdrawalRecord>> list(const WithdrawalFilter &filter) const;
    // The customer's withdrawals of the asset requested after sinceMs (for
    // the limit windows; the limits decide which states count).
    Result<std::vector<PastWithdrawal>> history(std::int64_t customerId, const std::string &asset, std::int64_t sinceMs) const;
    // Conflict when the withdrawal is no longer in `from`.
    Result<void> advance(std::int64_t id, WithdrawalState from, WithdrawalState to, const std::string &note, std::int64_t nowMs);
    // The same, also storing the payout's txid (canonical). The column is
    // UNIQUE: a txid another withdrawal uses is a Conflict too.
    Result<void> advanceWithTxid(std::int64_t id, WithdrawalState from, WithdrawalState to, const std::string &txid,
                                 std::int64_t nowMs);
    // advanceWithTxid that also replaces the note (a release from an
    // integrity hold says who released it instead of why it was held).
    Result<void> advanceWithTxidAndNote(std::int64_t id, WithdrawalState from, WithdrawalState to, const std::string &txid,
                                        const std::string &note, std::int64_t nowMs);
    // The withdrawal whose payout is txid (canonical), if any.
    Result<std::optional<std::int64_t>> findByTxid(const std::string &txid) const;

    Result<void> addApproval(std::int64_t id, const std::string &approver, std::int64_t nowMs);
    // Oldest first.
    Result<std::vector<WithdrawalApproval>> approvals(std::int64_t id) const;

    // Above this amount two approvers are needed; none: one is enough
    // (WithdrawalSettingsRepository, with the settings).
    Result<std::optional<Amount>> twoApproversAbove(const std::string &asset) const;
    Result<void> setTwoApproversAbove(const std::string &asset, std::optional<Amount> threshold);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::withdrawals
