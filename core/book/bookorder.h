#pragma once
// A resting order as the book holds it: what it still sells and buys, its
// side of the market and its time priority (a derived order keeps its
// parent's). Plain value type; standard library only.

#include "core/money/amount.h"

#include <cstdint>

namespace exchange::book {

using OrderId = std::uint64_t;

// A market is a pair of assets (base, quote). Asks sell base for quote;
// bids sell quote for base.
enum class Side : std::uint8_t { SellBase = 0, SellQuote = 1 };

constexpr Side opposite(Side side) { return side == Side::SellBase ? Side::SellQuote : Side::SellBase; }

struct BookOrder {
    OrderId id = 0;
    Side side = Side::SellBase;
    Amount sell;                 // base units of the asset it sells, > 0
    Amount buy;                  // base units of the asset it buys, > 0
    std::uint64_t priority = 0;  // lower is older; ties broken by id

    friend bool operator==(const BookOrder &, const BookOrder &) = default;
};

// One price level: every resting order whose implied rate buy/sell is the
// same rational number (3/6 and 1/2 share a level).
struct BookLevel {
    Amount rateBuy;   // the level's rate buy/sell, in lowest terms
    Amount rateSell;
    Amount totalSell;
    Amount totalBuy;
    std::uint32_t orders = 0;

    friend bool operator==(const BookLevel &, const BookLevel &) = default;
};

} // namespace exchange::book
