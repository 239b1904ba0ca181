#pragma once
// The ledger's SQL: accounts with their stored balances and the
// append-only journal of transfers. Used inside a UnitOfWork by the
// ledger's services; it checks nothing about money itself.

#include "core/base/result.h"
#include "core/ledger/account.h"
#include "core/ledger/transfer.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <span>
#include <unordered_map>
#include <vector>

namespace exchange::ledger {

class LedgerRepository final
{
public:
    LedgerRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    // The account's id, creating it (zero balances, its kind's flags) if new.
    Result<std::int64_t> ensureAccount(const AccountKey &key, std::int64_t nowMs);
    Result<std::optional<Account>> findAccount(const AccountKey &key) const;
    // forUpdate: lock the rows until the transaction ends (PostgreSQL; a
    // SQLite write transaction holds the whole database already).
    Result<std::vector<Account>> loadAccounts(std::vector<std::int64_t> ids, bool forUpdate) const;
    // Every account, optionally of one customer and/or one asset.
    Result<std::vector<Account>> listAccounts(std::optional<AccountKind> kind, std::optional<std::string> owner,
                                              std::optional<std::string> asset) const;
    Result<void> updateBalances(std::span<const Account> accounts);

    Result<std::unordered_map<std::string, Transfer>> findTransfers(std::span<const std::string> ids) const;
    // Pending transfers by id, with whether a post or void already names them.
    Result<std::vector<PendingHold>> findHolds(std::span<const std::string> pendingIds) const;
    Result<void> insertTransfers(std::span<const Transfer> transfers);

    // Journal lines of one account, oldest first, from offset.
    Result<std::vector<Transfer>> accountTransfers(std::int64_t accountId, int offset, int limit) const;
    Result<int> accountTransferCount(std::int64_t accountId) const;
    // Posted debits and credits of the account in transfers before seq.
    Result<std::pair<Amount, Amount>> postedBefore(std::int64_t accountId, std::int64_t seq) const;
    // Every transfer in journal order, handed to visit (stops on false).
    Result<void> forEachTransfer(const std::function<bool(const Transfer &, std::int64_t seq)> &visit) const;

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange::ledger
