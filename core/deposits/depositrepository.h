#pragma once
// SQL for deposits and the watchers' cursors. Used inside a UnitOfWork by
// DepositService; it decides nothing. The two statements of the ingest
// path (find by key, insert) are prepared once per repository object, so a
// batch that keeps one repository parses them once, not once per deposit.

#include "core/base/result.h"
#include "core/deposits/depositrecord.h"
#include "core/deposits/observedpayment.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace exchange::deposits {

class DepositRepository final
{
public:
    DepositRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    Result<std::optional<DepositRecord>> findByKey(Chain chain, const std::string &txid, int index) const;
    Result<std::optional<DepositRecord>> find(std::int64_t id) const;
    Result<DepositRecord> insert(const ObservedPayment &payment, std::optional<std::int64_t> customerId,
                                 DepositState state, std::int64_t nowMs, const std::string &note = {});
    // Moves a deposit from `from` to `to`; Conflict when it is no longer in
    // `from` (another process moved it first), so no step happens twice.
    Result<void> update(std::int64_t id, DepositState from, DepositState to, std::optional<std::int64_t> customerId,
                        const std::string &note, std::int64_t nowMs);
    // Unattributed first, then newest first.
    Result<std::vector<DepositRecord>> list(const DepositFilter &filter) const;
    // A customer's, newest first, only ids below beforeId when given (the
    // next page of the back-office API), at most limit.
    Result<std::vector<DepositRecord>> ofCustomer(std::int64_t customerId, std::optional<std::int64_t> beforeId,
                                                  int limit) const;
    Result<std::vector<DepositRecord>> inState(DepositState state, Chain chain, const std::string &toAddress) const;
    Result<std::int64_t> count(std::optional<DepositState> state) const;
    // Per deposit address of the chain, the sum of its deposits of asset
    // still owed to customers (owedToCustomer): one aggregate, not the rows.
    // An address with nothing owed is absent.
    Result<std::map<std::string, Amount>> owedByAddress(Chain chain, const std::string &asset) const;

    Result<std::optional<std::string>> cursor(const std::string &name) const;
    Result<void> setCursor(const CursorUpdate &cursor, std::int64_t nowMs);

private:
    Result<QSqlQuery *> prepared(std::optional<QSqlQuery> &slot, const QString &statement) const;

    QSqlDatabase m_db;
    const Dialect &m_dialect;
    mutable std::optional<QSqlQuery> m_findByKey;
    mutable std::optional<QSqlQuery> m_insert;
};

} // namespace exchange::deposits
