#include "core/withdrawals/withdrawalholds.h"

#include "core/store/dialect.h"
#include "core/store/sql.h"

#include <QSqlQuery>

namespace exchange::withdrawals {

Result<std::vector<LedgerHold>> WithdrawalHolds::select(const QString &where, const QVariantList &values) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT t.id, t.seq, t.created_at, t.amount, t.asset, a.kind, a.owner,"
                                     " (SELECT COUNT(*) FROM ledger_transfers r WHERE r.pending_id = t.id)"
                                     " FROM ledger_transfers t JOIN ledger_accounts a ON a.id = t.debit_account_id"
                                     " WHERE t.kind = 'pending' AND ")
                          + where,
                      values);
    if (!q)
        return q.error();
    std::vector<LedgerHold> found;
    while (q.value().next()) {
        LedgerHold h;
        h.id = q.value().value(0).toString().toStdString();
        auto amount = Dialect::amountFromSql(q.value().value(3));
        if (!amount)
            return Error{ErrorCode::Internal, "the ledger's hold " + h.id + " has an unreadable amount"};
        h.seq = q.value().value(1).toLongLong();
        h.atMs = q.value().value(2).toLongLong();
        h.amount = amount.value();
        h.asset = q.value().value(4).toString().toStdString();
        h.accountKind = q.value().value(5).toString().toStdString();
        h.accountOwner = q.value().value(6).toString().toStdString();
        h.resolved = q.value().value(7).toLongLong() > 0;
        found.push_back(std::move(h));
    }
    return found;
}

Result<std::optional<LedgerHold>> WithdrawalHolds::hold(const std::string &id) const
{
    auto found = select(QStringLiteral("t.id = ?"), {QString::fromStdString(id)});
    if (!found)
        return found.error();
    if (found.value().empty())
        return std::optional<LedgerHold>();
    return std::optional<LedgerHold>(found.value().front());
}

Result<WithdrawalHolds::Pair> WithdrawalHolds::holdsOf(const std::string &amountId, const std::string &feeId) const
{
    auto found = select(QStringLiteral("t.id IN (?, ?)"), {QString::fromStdString(amountId), QString::fromStdString(feeId)});
    if (!found)
        return found.error();
    Pair pair;
    for (LedgerHold &h : found.value())
        (h.id == amountId ? pair.amount : pair.fee) = std::move(h);
    return pair;
}

Result<std::vector<PastWithdrawal>> WithdrawalHolds::earlier(const LedgerHold &hold, std::int64_t windowMs) const
{
    // The withdrawal holds themselves (code withdrawal), not their fees; a
    // void resolution means the request was rejected or cancelled.
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT t.amount, t.created_at,"
                                     " EXISTS (SELECT 1 FROM ledger_transfers r WHERE r.pending_id = t.id"
                                     "         AND r.kind = 'void')"
                                     " FROM ledger_transfers t JOIN ledger_accounts a ON a.id = t.debit_account_id"
                                     " WHERE t.kind = 'pending' AND t.code = 'withdrawal' AND a.kind = ?"
                                     " AND a.owner = ? AND t.asset = ? AND t.seq < ? AND t.created_at > ?"),
                      {QString::fromStdString(hold.accountKind), QString::fromStdString(hold.accountOwner),
                       QString::fromStdString(hold.asset), QVariant::fromValue<qint64>(hold.seq),
                       QVariant::fromValue<qint64>(hold.atMs - windowMs)});
    if (!q)
        return q.error();
    std::vector<PastWithdrawal> past;
    while (q.value().next()) {
        auto amount = Dialect::amountFromSql(q.value().value(0));
        if (!amount)
            return Error{ErrorCode::Internal, "a withdrawal hold before " + hold.id + " has an unreadable amount"};
        const bool voided = q.value().value(2).toBool();
        past.push_back({amount.value(), q.value().value(1).toLongLong(),
                        voided ? WithdrawalState::Rejected : WithdrawalState::Processing});
    }
    return past;
}

} // namespace exchange::withdrawals
