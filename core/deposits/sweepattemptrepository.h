#pragma once
// SweepAttemptRepository: sweep_attempts, and the two changes of a
// collections or refuels row's current attempt. replace() keeps the row's
// attempt as superseded and puts the replacement in its place; takeBack()
// puts a superseded attempt the chain mined back in the row (the
// replacement becomes dropped). Each names the txid it expects the row to
// hold, so a second process (or a repeated step) changes nothing twice.

#include "core/base/result.h"
#include "core/deposits/sweepattempt.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>

#include <map>
#include <vector>

namespace exchange::deposits {

class SweepAttemptRepository final
{
public:
    SweepAttemptRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    // The superseded attempts of every row of `kind`, by the row's id, oldest first.
    Result<std::map<std::int64_t, std::vector<SweepAttempt>>> superseded(SweepKind kind) const;
    Result<std::vector<SweepAttempt>> ofParent(SweepKind kind, std::int64_t parentId) const;

    // In one transaction with its audit record: `current` (the row's attempt,
    // still broadcast) becomes superseded, `replacement` the row's attempt.
    Result<void> replace(const CurrentAttempt &current, const CurrentAttempt &replacement, const std::string &note,
                         std::int64_t nowMs);
    // `mined`, a superseded attempt of the row that holds `current`, was
    // mined: the row takes it back, `current` is kept as dropped.
    Result<void> takeBack(const CurrentAttempt &current, const SweepAttempt &mined, std::int64_t nowMs);
    // The row's own attempt was mined: its superseded ones are dropped.
    Result<void> dropSuperseded(SweepKind kind, std::int64_t parentId, const std::string &minedTxid, std::int64_t nowMs);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::deposits
