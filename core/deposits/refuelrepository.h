#pragma once
// RefuelRepository: the refuels table. A state change names the state it
// leaves, so a second process (or a step repeated after a crash) cannot
// move a refuel twice.

#include "core/base/result.h"
#include "core/deposits/refuelrecord.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>

#include <initializer_list>
#include <vector>

namespace exchange::deposits {

class RefuelRepository final
{
public:
    RefuelRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    Result<RefuelRecord> insert(const RefuelRecord &record);
    // Moves one refuel from `from` to `to`; Conflict when it is not in `from`.
    Result<void> advance(std::int64_t id, CollectionState from, CollectionState to, std::optional<Amount> fee,
                         const std::string &note, std::int64_t nowMs);

    Result<std::vector<RefuelRecord>> inStates(std::initializer_list<CollectionState> states) const;
    // The refuels of one deposit address, oldest first.
    Result<std::vector<RefuelRecord>> to(Chain chain, const std::string &toAddress) const;
    // The highest nonce stored for refuels from `fromAddress`, if any.
    Result<std::optional<std::int64_t>> lastSequenceFrom(Chain chain, const std::string &fromAddress) const;
    // The sequences stored for transactions from `fromAddress` at or above
    // `atLeast`, lowest first (Algorand: first valid rounds still in use).
    Result<std::vector<std::int64_t>> sequencesFrom(Chain chain, const std::string &fromAddress, std::int64_t atLeast) const;
    Result<std::vector<RefuelRecord>> recent(int limit) const;

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::deposits
