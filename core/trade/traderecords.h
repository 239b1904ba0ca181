#pragma once
// The other rows of the trade store, as value types for views and tests:
// a fill, a payout owed to a receiver (the TX table of 001), a refused
// request (the Log table), and the statistics of 001 per asset.

#include "core/money/amount.h"

#include <cstdint>
#include <string>

namespace exchange::trade {

struct FillRecord {
    std::int64_t id = 0;
    std::int64_t atMs = 0;
    std::int64_t takerId = 0;
    std::int64_t makerId = 0;
    std::string takerSells; // asset codes
    std::string takerBuys;
    Amount takerGave;
    Amount takerGot;
    Amount makerGave;
    Amount makerGot;
};

struct Payout {
    std::int64_t id = 0;
    std::int64_t orderId = 0;
    std::string kind;     // "fill" or "refund"
    std::string platform; // chain name
    std::string asset;
    std::string receiverPk;
    Amount amount;
    std::string status;   // "owed", "broadcast", "paid"
    std::string txId;     // the chain's transaction id once broadcast
    std::int64_t createdAtMs = 0;
};

struct LogEntry {
    std::int64_t id = 0;
    std::int64_t atMs = 0;
    std::string message; // the payload as received
    std::string reason;
};

// 001's statistics for one asset. profit = totalIn - unfilled - refunds -
// paidOut - owedOut: what the exchange keeps between matched sides, equal
// to its spread revenue in the ledger.
struct AssetStats {
    std::string asset;
    Amount totalIn;   // sell amounts of original orders (each came with a deposit)
    Amount unfilled;  // sell amounts of open orders: liabilities if the exchange stopped
    Amount refunds;   // owed back for cancelled orders
    Amount owedOut;   // fill payouts not yet broadcast
    Amount paidOut;   // fill payouts broadcast or confirmed
    Amount profit;
};

} // namespace exchange::trade
