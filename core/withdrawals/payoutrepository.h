#pragma once
// PayoutRepository: the withdrawal_payouts and payout_sequences tables,
// inside the caller's transaction. A payout's change of state names the
// state it leaves, so a second process (or a step repeated after a crash)
// cannot move it twice.

#include "core/base/result.h"
#include "core/store/dialect.h"
#include "core/withdrawals/payoutrecord.h"

#include <QSqlDatabase>

#include <initializer_list>
#include <optional>
#include <vector>

namespace exchange::withdrawals {

class PayoutRepository final
{
public:
    PayoutRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    Result<PayoutRecord> insert(const PayoutRecord &record);
    // Conflict when the payout is not in `from`.
    Result<void> advance(std::int64_t id, PayoutState from, PayoutState to, std::optional<Amount> fee, const std::string &note,
                         std::int64_t nowMs);
    // Oldest first.
    Result<std::vector<PayoutRecord>> inStates(Chain chain, std::initializer_list<PayoutState> states) const;
    Result<std::vector<PayoutRecord>> ofWithdrawal(std::int64_t withdrawalId) const;
    Result<std::optional<PayoutRecord>> findByTxid(const std::string &txid) const;

    // The next sequence stored for a hot wallet (nullopt: none yet), and
    // its update in the commit of the payout that used one.
    Result<std::optional<std::int64_t>> nextSequence(Chain chain, const std::string &address) const;
    Result<void> setNextSequence(Chain chain, const std::string &address, std::int64_t next);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::withdrawals
