#include "core/ledger/ledgerqueries.h"

#include "core/ledger/ledgerrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"

#include <map>
#include <unordered_map>

namespace exchange::ledger {

namespace {
Amount plus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() + b.baseUnits());
}
Amount minus(Amount a, Amount b)
{
    return Amount::fromBaseUnits(a.baseUnits() - b.baseUnits());
}
} // namespace

Result<std::vector<Account>> LedgerQueries::balances(std::optional<std::int64_t> customerId,
                                                     std::optional<std::string> asset) const
{
    LedgerRepository repo(m_database.connection(), m_database.dialect());
    if (customerId)
        return repo.listAccounts(AccountKind::Customer, std::to_string(*customerId), std::move(asset));
    return repo.listAccounts(std::nullopt, std::nullopt, std::move(asset));
}

Result<Statement> LedgerQueries::statement(std::int64_t customerId, const std::string &asset, int offset, int limit) const
{
    if (offset < 0 || limit <= 0 || limit > 10000)
        return Error{ErrorCode::InvalidInput, "statement page must have an offset >= 0 and 1 to 10000 lines"};
    UnitOfWork snapshot(m_database, UnitOfWork::Access::Read);
    if (auto began = snapshot.began(); !began)
        return began.error();
    LedgerRepository repo(snapshot.db(), m_database.dialect());
    const AccountKey key = customerAccount(customerId, asset);
    auto found = repo.findAccount(key);
    if (!found)
        return found.error();
    Statement result;
    result.offset = offset;
    if (!found.value()) {
        result.account.key = key;
        result.account.flags = defaultFlags(key.kind);
        return result;
    }
    result.account = *found.value();
    const std::int64_t id = result.account.id;
    auto count = repo.accountTransferCount(id);
    if (!count)
        return count.error();
    result.totalLines = count.value();
    auto page = repo.accountTransfers(id, offset, limit);
    if (!page)
        return page.error();
    if (page.value().empty())
        return result;

    auto before = repo.postedBefore(id, page.value().front().seq);
    if (!before)
        return before.error();
    // A customer account is credit-normal: credits add, debits subtract.
    Amount balance = minus(before.value().second, before.value().first);

    std::vector<std::int64_t> others;
    for (const Transfer &t : page.value())
        others.push_back(t.debitAccountId == id ? t.creditAccountId : t.debitAccountId);
    auto counterparts = repo.loadAccounts(others, false);
    if (!counterparts)
        return counterparts.error();
    std::unordered_map<std::int64_t, AccountKey> keys;
    for (const Account &a : counterparts.value())
        keys.emplace(a.id, a.key);
    // Posts and voids release the whole hold, whatever part they post.
    std::vector<std::string> resolved;
    for (const Transfer &t : page.value()) {
        if (!t.pendingId.empty())
            resolved.push_back(t.pendingId);
    }
    auto holds = repo.findHolds(resolved);
    if (!holds)
        return holds.error();
    std::unordered_map<std::string, Amount> holdAmounts;
    for (const PendingHold &h : holds.value())
        holdAmounts.emplace(h.id, h.amount);

    for (const Transfer &t : page.value()) {
        StatementLine line;
        line.transfer = t;
        const bool credited = t.creditAccountId == id;
        line.counterparty = keys[credited ? t.debitAccountId : t.creditAccountId];
        const Amount signedAmount = credited ? t.amount : Amount::fromBaseUnits(-t.amount.baseUnits());
        switch (t.kind) {
        case TransferKind::Posted:
            line.change = signedAmount;
            break;
        case TransferKind::Pending:
            line.pendingChange = signedAmount;
            break;
        case TransferKind::PostPending:
        case TransferKind::VoidPending: {
            // The hold is released in full; a post moves t.amount to posted.
            const Amount held = holdAmounts.count(t.pendingId) ? holdAmounts[t.pendingId] : t.amount;
            line.pendingChange = credited ? Amount::fromBaseUnits(-held.baseUnits()) : held;
            if (t.kind == TransferKind::PostPending)
                line.change = signedAmount;
            break;
        }
        }
        balance = plus(balance, line.change);
        line.balanceAfter = balance;
        result.lines.push_back(std::move(line));
    }
    return result;
}

Result<std::vector<AssetPosition>> LedgerQueries::positions() const
{
    auto accounts = LedgerRepository(m_database.connection(), m_database.dialect())
                        .listAccounts(std::nullopt, std::nullopt, std::nullopt);
    if (!accounts)
        return accounts.error();
    std::map<std::string, AssetPosition> byAsset;
    for (const Account &a : accounts.value()) {
        AssetPosition &p = byAsset[a.key.asset];
        p.asset = a.key.asset;
        switch (a.key.kind) {
        case AccountKind::Customer:
            p.liabilities = plus(p.liabilities, a.balance());
            p.reserved = plus(p.reserved, a.reserved());
            break;
        case AccountKind::Wallet: p.holdings = plus(p.holdings, a.balance()); break;
        case AccountKind::Revenue: p.revenue = plus(p.revenue, a.balance()); break;
        case AccountKind::Expense: p.expenses = plus(p.expenses, a.balance()); break;
        case AccountKind::Equity: p.equity = plus(p.equity, a.balance()); break;
        }
    }
    std::vector<AssetPosition> positions;
    for (auto &[asset, p] : byAsset)
        positions.push_back(std::move(p));
    return positions;
}

Result<std::vector<TrialBalanceRow>> LedgerQueries::trialBalance() const
{
    auto accounts = LedgerRepository(m_database.connection(), m_database.dialect())
                        .listAccounts(std::nullopt, std::nullopt, std::nullopt);
    if (!accounts)
        return accounts.error();
    std::map<std::string, TrialBalanceRow> byAsset;
    for (const Account &a : accounts.value()) {
        TrialBalanceRow &row = byAsset[a.key.asset];
        row.asset = a.key.asset;
        row.debits = plus(row.debits, a.debitsPosted);
        row.credits = plus(row.credits, a.creditsPosted);
    }
    std::vector<TrialBalanceRow> rows;
    for (auto &[asset, row] : byAsset)
        rows.push_back(std::move(row));
    return rows;
}

} // namespace exchange::ledger
