#pragma once
// SQL for replenishment: the sums of the withdrawal queue that hot and warm
// must pay, and the replenishments table. Used inside a UnitOfWork (or on a
// plain connection for reads); it decides nothing. A change of state names
// the state it expects, so a step another process took first is refused
// (Conflict) rather than taken twice.

#include "core/base/result.h"
#include "core/store/dialect.h"
#include "core/withdrawals/replenishmentrecord.h"

#include <QSqlDatabase>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace exchange::withdrawals {

struct QueueSums {
    Amount automatic; // approved, processing, error: to be paid from hot
    int automaticCount = 0;
    Amount manual;    // manual_payout: to be paid from warm
    int manualCount = 0;
};

class ReplenishmentRepository final
{
public:
    ReplenishmentRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    // Per asset code; assets with nothing queued are absent.
    Result<std::map<std::string, QueueSums>> queueSums() const;
    // Exported or broadcast, not yet confirmed or failed: per (asset, to tier).
    Result<std::map<std::pair<std::string, wallets::WalletTier>, Amount>> inFlight() const;

    // Stores r (its id ignored) and returns it with its id.
    Result<ReplenishmentRecord> insert(const ReplenishmentRecord &r);
    Result<std::optional<ReplenishmentRecord>> find(std::int64_t id) const;
    Result<std::optional<ReplenishmentRecord>> findByUnsigned(const QByteArray &unsignedTx) const;
    // Newest first; with a state, only those.
    Result<std::vector<ReplenishmentRecord>> list(std::optional<ReplenishmentState> state = std::nullopt, int limit = 100) const;

    // Exported and not yet broadcast from this wallet, newest first: they
    // hold its next nonce or sequence number.
    Result<std::vector<ReplenishmentRecord>> waitingFrom(Chain chain, const std::string &address) const;

    // The signed bytes and txid of an exported replenishment, stored before
    // it is sent. Conflict if it is no longer exported or holds another
    // signed transaction.
    Result<void> storeSigned(std::int64_t id, const QByteArray &signedTx, const std::string &txid, std::int64_t nowMs);
    Result<void> advance(std::int64_t id, ReplenishmentState from, ReplenishmentState to, const std::string &note,
                         std::int64_t nowMs);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::withdrawals
