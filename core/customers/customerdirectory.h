#pragma once
// CustomerDirectory: the customers as the Customers screen reads them, a
// page at a time, sorted and filtered in SQL (never all of them), with each
// one's balances and last activity; and one customer's balances, deposits,
// withdrawals and orders, latest first. Read-only; call on the core thread
// (or any thread with its own connection).
//
// The filter: a deposit address issued to a customer (exactly, any case)
// shows that customer only; otherwise a fragment of the external id, name
// or email (case-insensitive), or a Stellar memo (the internal id, exactly).

#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/store/customer.h"

#include <QString>

#include <string>
#include <vector>

namespace exchange {
class Database;
}

namespace exchange::customers {

enum class DirectorySort { Id, ExternalId, Name, State };

struct DirectoryQuery {
    QString filter;
    DirectorySort sort = DirectorySort::Id;
    bool descending = false;
    int limit = 200; // 1 to 10000
    int offset = 0;
};

// One asset's account of a customer: what they may move, what is held
// (withdrawals, orders) and their posted balance (available + held).
struct CustomerBalance {
    std::string asset;
    Amount available;
    Amount held;
    Amount total;
};

struct DirectoryRow {
    Customer customer;
    std::vector<CustomerBalance> balances; // the assets they have an account in, by code
    // The latest of: the record's change, a deposit seen, a withdrawal's change.
    qint64 lastActivityMs = 0;
};

struct DirectoryPage {
    std::vector<DirectoryRow> rows;
    bool more = false; // rows beyond this page match too
};

struct HistoryEntry {
    qint64 id = 0;
    qint64 atMs = 0;
    std::string asset;
    Amount amount;
    std::string state;  // as stored ("credited", "under_review", "open"); "internal": an internal transfer received
    std::string detail; // a deposit's transaction, a withdrawal's destination, what an order buys; the sender's id
};

struct CustomerHistory {
    std::vector<CustomerBalance> balances;
    std::vector<HistoryEntry> deposits;
    std::vector<HistoryEntry> withdrawals;
    std::vector<HistoryEntry> orders;
};

class CustomerDirectory final
{
public:
    explicit CustomerDirectory(Database &database) : m_database(database) {}

    // InvalidInput for a limit outside 1-10000 or a negative offset.
    Result<DirectoryPage> page(const DirectoryQuery &query) const;
    // The latest `limit` of each; NotFound for an unknown customer.
    Result<CustomerHistory> history(qint64 customerId, int limit = 100) const;

private:
    Database &m_database;
};

} // namespace exchange::customers
