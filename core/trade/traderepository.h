#pragma once
// TradeRepository: the SQL of the trade tables, run on the connection (and
// inside the transaction) the caller gives. It never decides anything: the
// trade service does, and commits.

#include "core/base/result.h"
#include "core/store/dialect.h"
#include "core/trade/order.h"
#include "core/trade/statementcache.h"
#include "core/trade/traderecords.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <optional>
#include <vector>

namespace exchange::trade {

class TradeRepository final
{
public:
    // With a cache, statements stay prepared across repositories.
    TradeRepository(QSqlDatabase db, const Dialect &dialect, StatementCache *cache = nullptr)
        : m_db(std::move(db)), m_dialect(dialect), m_cache(cache)
    {
    }

    Result<std::int64_t> maxOrderId() const;
    // Open orders in time priority: what the book is rebuilt from.
    Result<std::vector<Order>> openOrders() const;
    // Newest first; at most `limit`, ids below `beforeId` when it is set.
    Result<std::vector<Order>> orders(int limit, std::int64_t beforeId = 0) const;
    Result<std::vector<Order>> allOrders() const; // oldest first
    Result<std::optional<Order>> find(std::int64_t id) const;
    Result<bool> txIdUsed(const std::string &sellCurrency, const std::string &txId) const;

    Result<std::optional<std::int64_t>> traderCustomer(const std::string &chain, const std::string &publicKey) const;
    // Creates the customer that holds a trader's funds in the ledger.
    Result<std::int64_t> addTrader(const std::string &chain, const std::string &publicKey, std::int64_t nowMs);

    Result<void> insertOrder(const Order &order);
    Result<void> markFilled(std::int64_t id, std::int64_t counterpartyId, std::int64_t atMs);
    Result<void> markCancelled(std::int64_t id, std::int64_t atMs);
    Result<void> insertFill(const FillRecord &fill);
    Result<void> insertPayout(const Payout &payout);
    // owed -> broadcast (with the chain's transaction id) -> paid.
    Result<std::optional<Payout>> findPayout(std::int64_t id) const;
    Result<void> setPayoutState(std::int64_t id, const std::string &from, const std::string &to,
                                const std::string &txId, std::int64_t atMs);
    // The Log of refusals: a row (its id), one more repeat on a row (false
    // if the row is gone), and pruning, oldest first, by time and by size.
    Result<std::int64_t> insertLog(const LogEntry &entry, std::int64_t sizeBytes);
    Result<bool> addLogRepeat(std::int64_t id);
    Result<int> deleteLogBefore(std::int64_t atMs);
    Result<std::int64_t> logBytes() const;
    // Deletes the oldest rows until the rest take at most maxBytes.
    Result<int> deleteLogBeyond(std::int64_t maxBytes);

    Result<std::vector<FillRecord>> recentFills(int limit) const;
    Result<std::vector<Payout>> payouts(int limit) const;
    Result<std::vector<LogEntry>> log(int limit) const;
    Result<std::vector<AssetStats>> statistics() const;
    // The exchange's receiving address on a chain ("ethereum"), if configured.
    Result<std::optional<std::string>> address(const std::string &chain) const;

private:
    Result<QSqlQuery *> run(const QString &statement, const QVariantList &values = {}) const;
    Result<Order> readOrder(const QSqlQuery &q) const;
    Result<std::vector<Order>> selectOrders(const QString &where, const QVariantList &values) const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    StatementCache *m_cache;
    mutable StatementCache m_uncached; // used when no cache was given
};

} // namespace exchange::trade
