#include "orderbooksnapshot.h"

#include "core/money/int128.h"

#include <algorithm>

using exchange::Amount;
using exchange::int128;
using exchange::uint128;

namespace {

uint128 pow10(int n)
{
    uint128 v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

} // namespace

Amount OrderBookSnapshot::priceOf(Amount num, Amount den, int baseDecimals, int quoteDecimals, int p, bool roundUp)
{
    const auto n = static_cast<uint128>(num.baseUnits());
    auto d = static_cast<uint128>(den.baseUnits());
    const int shift = baseDecimals + p - quoteDecimals;
    std::optional<exchange::MulDivResult> r;
    if (shift >= 0) {
        r = exchange::mulDiv(n, pow10(shift), d);
    } else {
        auto wide = exchange::mulDiv(d, pow10(-shift), 1);
        if (!wide)
            return Amount::zero();
        r = exchange::mulDiv(n, 1, wide->quotient);
    }
    if (!r)
        return Amount::max();
    return Amount::fromBaseUnits(static_cast<int128>(r->quotient + (roundUp && r->inexact ? 1 : 0)));
}

namespace {

void add(std::vector<DisplayLevel> &levels, const DisplayLevel &level)
{
    if (!levels.empty() && levels.back().price == level.price) {
        DisplayLevel &last = levels.back();
        last.baseAmount = Amount::fromBaseUnits(last.baseAmount.baseUnits() + level.baseAmount.baseUnits());
        last.quoteAmount = Amount::fromBaseUnits(last.quoteAmount.baseUnits() + level.quoteAmount.baseUnits());
        last.orders += level.orders;
        return;
    }
    levels.push_back(level);
}

} // namespace

OrderBookSnapshot OrderBookSnapshot::fromDepth(const exchange::trade::MarketDepth &depth, const exchange::Asset &base,
                                               const exchange::Asset &quote)
{
    OrderBookSnapshot s;
    s.base = base;
    s.quote = quote;
    // Enough decimals for five significant digits of the best price (at
    // least two), never more than the quote asset has.
    s.priceDecimals = std::min(quote.decimals, 2);
    const exchange::book::BookLevel *best = !depth.asks.empty() ? &depth.asks.front()
                                           : !depth.bids.empty() ? &depth.bids.front() : nullptr;
    if (best) {
        const bool isAsk = !depth.asks.empty();
        const int probe = std::min(quote.decimals, 18);
        const Amount p = isAsk ? priceOf(best->rateBuy, best->rateSell, base.decimals, quote.decimals, probe, true)
                               : priceOf(best->rateSell, best->rateBuy, base.decimals, quote.decimals, probe, false);
        const std::string digits = p.toBaseUnitString();
        const int integerDigits = static_cast<int>(digits.size()) - probe;
        const int wanted = integerDigits > 0 ? std::max(2, 5 - integerDigits) : 5 - integerDigits + 1;
        s.priceDecimals = std::clamp(wanted, 0, quote.decimals);
    }
    s.askOrders = depth.askOrders;
    s.bidOrders = depth.bidOrders;
    // Asks sell base for quote: price = buy/sell, rounded up.
    for (const auto &l : depth.asks)
        add(s.asks, DisplayLevel{priceOf(l.rateBuy, l.rateSell, base.decimals, quote.decimals, s.priceDecimals, true),
                                 l.totalSell, l.totalBuy, l.orders});
    // Bids sell quote for base: price = sell/buy, rounded down.
    for (const auto &l : depth.bids)
        add(s.bids, DisplayLevel{priceOf(l.rateSell, l.rateBuy, base.decimals, quote.decimals, s.priceDecimals, false),
                                 l.totalBuy, l.totalSell, l.orders});
    return s;
}
