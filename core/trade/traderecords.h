#pragma once
// The other rows of the trade store, as value types for views and tests:
// a fill, a payout owed to a receiver (the TX table of 001), a refused
// request and its Log row, and the statistics of 001 per asset.

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

// A refused request as the API saw it, for TradeService::logRefusal.
struct Refusal {
    std::string source;   // the client's address, "203.0.113.7" ("" if unknown)
    std::string endpoint; // "/trade"
    int status = 0;       // the HTTP status answered (0 if unknown)
    std::string reason;
    std::string payload;  // as received; the Log keeps its hash and first 1 KiB
};

// A Log row: one refusal, or (repeats > 1) the refusals from one source
// beyond the repeat threshold within one minute, described by the first.
struct LogEntry {
    std::int64_t id = 0;
    std::int64_t atMs = 0;
    std::string message; // the payload's first 1 KiB (cut on a UTF-8 boundary)
    std::string reason;
    std::string source;
    std::string endpoint;
    int status = 0;
    std::string payloadSha256; // hex, of the whole payload
    std::int64_t payloadBytes = 0;
    std::int64_t repeats = 1;
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
