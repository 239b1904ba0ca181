#pragma once
// CollectionRepository: the collections and collection_deposits tables.
// State changes name the state they leave, so a second process (or a
// repeated step after a crash) cannot move a sweep twice.

#include "core/base/result.h"
#include "core/deposits/collectionrecord.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>

#include <vector>

namespace exchange::deposits {

class CollectionRepository final
{
public:
    CollectionRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    Result<CollectionRecord> insert(const CollectionRecord &record);
    Result<void> linkDeposit(const std::string &groupKey, std::int64_t depositId);
    // Moves one sweep from `from` to `to`; Conflict when it is not in `from`.
    Result<void> advance(std::int64_t id, CollectionState from, CollectionState to, std::optional<Amount> fee,
                         const std::string &note, std::int64_t nowMs);

    Result<std::vector<CollectionRecord>> inStates(std::initializer_list<CollectionState> states) const;
    Result<std::vector<CollectionRecord>> group(const std::string &groupKey) const;
    Result<std::vector<std::int64_t>> groupDeposits(const std::string &groupKey) const;
    // The sequences stored for sweeps from one address at or above
    // `atLeast`, ascending (Algorand picks first-valid rounds not taken).
    Result<std::vector<std::int64_t>> sequencesFrom(Chain chain, const std::string &fromAddress, std::int64_t atLeast) const;
    Result<std::vector<CollectionRecord>> recent(int limit) const;

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::deposits
