#pragma once
// What the Order book screen shows at one moment, read on the core thread
// and handed to the GUI as a value: the market's levels grouped by their
// displayed price, recent fills, 001's statistics and the Log of refused
// requests. Prices are exact fixed-point amounts (never doubles): asks are
// rounded up and bids down, so a shown price is never better than the book.

#include "core/money/asset.h"
#include "core/trade/marketdepth.h"
#include "core/trade/traderecords.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

struct DisplayLevel {
    exchange::Amount price;      // quote per whole base, in units of 10^-priceDecimals
    exchange::Amount baseAmount; // base units of the base asset
    exchange::Amount quoteAmount;
    std::uint32_t orders = 0;

    friend bool operator==(const DisplayLevel &, const DisplayLevel &) = default;
};

struct OrderBookSnapshot {
    exchange::Asset base;
    exchange::Asset quote;
    int priceDecimals = 0;
    std::vector<DisplayLevel> asks; // best (lowest) first
    std::vector<DisplayLevel> bids; // best (highest) first
    std::size_t askOrders = 0;
    std::size_t bidOrders = 0;
    std::vector<exchange::trade::FillRecord> fills; // of this market, newest first
    std::vector<exchange::trade::AssetStats> stats;
    std::vector<exchange::trade::LogEntry> log;     // newest first
    std::map<std::string, exchange::Asset> assets;

    // num/den base units of quote per base unit of base, as quote per whole
    // base in units of 10^-decimals, rounded up or down as asked.
    static exchange::Amount priceOf(exchange::Amount num, exchange::Amount den, int baseDecimals, int quoteDecimals,
                                    int decimals, bool roundUp);
    // Groups the engine's exact levels by displayed price.
    static OrderBookSnapshot fromDepth(const exchange::trade::MarketDepth &depth, const exchange::Asset &base,
                                       const exchange::Asset &quote);
};
