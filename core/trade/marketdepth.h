#pragma once
// A market's book as a screen shows it: asks sell the base asset, bids sell
// the quote asset; best level first, each level with its exact rate, totals
// and order count. A value type (a snapshot), never a view into the engine.

#include "core/book/bookorder.h"

#include <string>
#include <vector>

namespace exchange::trade {

struct MarketDepth {
    std::string base;
    std::string quote;
    std::vector<book::BookLevel> asks; // rate = quote wanted per base sold
    std::vector<book::BookLevel> bids; // rate = base wanted per quote sold
    std::size_t askOrders = 0;
    std::size_t bidOrders = 0;
};

} // namespace exchange::trade
