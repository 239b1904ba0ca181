#pragma once
// Read-only views of the ledger for screens and exctl: balances, a
// customer's statement with running balance, the trial balance, and what
// the exchange owes against what it holds per asset. Values, not pointers.

#include "core/base/result.h"
#include "core/ledger/account.h"
#include "core/ledger/transfer.h"

#include <optional>
#include <string>
#include <vector>

namespace exchange {
class Database;
}

namespace exchange::ledger {

struct StatementLine {
    Transfer transfer;
    AccountKey counterparty;
    Amount change;       // effect on the customer's posted balance (signed)
    Amount pendingChange; // effect of holds on what is available: placed (-), released (+)
    Amount balanceAfter; // posted balance after this line
};

struct Statement {
    Account account;
    int totalLines = 0;
    int offset = 0;
    std::vector<StatementLine> lines;
};

// Per asset: customer liabilities against wallet holdings.
struct AssetPosition {
    std::string asset;
    Amount liabilities; // customers' posted balances: what the exchange owes
    Amount reserved;    // of which held for withdrawals, orders
    Amount holdings;    // wallets' posted balances: what it holds
    Amount revenue;
    Amount expenses;
    Amount equity;
    // holdings - liabilities: what the exchange holds beyond what it owes
    // (revenue + equity - expenses when the books balance).
    Amount surplus() const { return Amount::fromBaseUnits(holdings.baseUnits() - liabilities.baseUnits()); }
};

struct TrialBalanceRow {
    std::string asset;
    Amount debits;
    Amount credits;
};

class LedgerQueries final
{
public:
    explicit LedgerQueries(Database &database) : m_database(database) {}

    Result<std::vector<Account>> balances(std::optional<std::int64_t> customerId,
                                          std::optional<std::string> asset) const;
    Result<Statement> statement(std::int64_t customerId, const std::string &asset, int offset, int limit) const;
    Result<std::vector<AssetPosition>> positions() const;
    // Posted debits and credits per asset over every account; equal when the
    // books balance.
    Result<std::vector<TrialBalanceRow>> trialBalance() const;

private:
    Database &m_database;
};

} // namespace exchange::ledger
