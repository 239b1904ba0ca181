#pragma once
// WithdrawalBrowser: reads the withdrawals the way the Withdrawals screen
// shows them, a page at a time: filtered, ordered and cut in SQL (LIMIT and
// OFFSET over the indexes of withdrawalindexes.h), counted only up to a
// bound, and re-read by id when a few of them change. It decides nothing
// and writes nothing.

#include "core/base/result.h"
#include "core/store/dialect.h"
#include "core/withdrawals/withdrawalquery.h"

#include <QSqlDatabase>

#include <cstdint>
#include <vector>

namespace exchange::withdrawals {

class WithdrawalBrowser final
{
public:
    WithdrawalBrowser(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    // One page: query.limit rows (1 … 1000) from query.offset, in query's
    // order. InvalidInput for an amount bound without an asset or a bad
    // limit or offset.
    Result<std::vector<WithdrawalRow>> page(const WithdrawalQuery &query) const;
    // How many match, counting no further than cap + 1: a result above cap
    // means "more than cap".
    Result<std::int64_t> count(const WithdrawalQuery &query, std::int64_t cap) const;
    // Those of ids that still match query's filter (order and page ignored),
    // for refreshing rows on screen when they change.
    Result<std::vector<WithdrawalRow>> rows(const std::vector<std::int64_t> &ids, const WithdrawalQuery &query) const;
    // The customer's withdrawals of asset requested after sinceMs, newest
    // first, at most limit.
    Result<std::vector<WithdrawalRow>> recent(std::int64_t customerId, const std::string &asset, std::int64_t sinceMs,
                                              int limit) const;

private:
    // " WHERE …" for query's filter, its values appended to values.
    Result<QString> where(const WithdrawalQuery &query, QVariantList &values) const;
    // The record columns of each row; then names and approval counts.
    Result<std::vector<WithdrawalRow>> read(const QString &statement, const QVariantList &values) const;
    Result<void> complete(std::vector<WithdrawalRow> &rows) const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::withdrawals
