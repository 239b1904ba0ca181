#pragma once
// One match between an incoming order (taker) and a resting order (maker).
// Each side gets exactly its own rate on the part that filled; what the
// exchange took in beyond what it owes (takerGave - makerGot of one asset,
// makerGave - takerGot of the other) is its spread. A side that was only
// partly filled continues as a derived order (child) for the remainder.

#include "core/book/bookorder.h"

namespace exchange::book {

struct Fill {
    OrderId taker = 0;
    OrderId maker = 0;
    Side takerSide = Side::SellBase;
    Amount takerGave; // of the taker's sell asset
    Amount takerGot;  // of the taker's buy asset
    Amount makerGave; // of the maker's sell asset (= the taker's buy asset)
    Amount makerGot;  // of the maker's buy asset (= the taker's sell asset)
    // Derived orders; id 0 when that side was filled completely.
    OrderId takerChild = 0;
    Amount takerChildSell;
    Amount takerChildBuy;
    OrderId makerChild = 0;
    Amount makerChildSell;
    Amount makerChildBuy;
    std::uint64_t makerPriority = 0; // the maker child keeps it

    Amount spreadInTakerSellAsset() const { return Amount::fromBaseUnits(takerGave.baseUnits() - makerGot.baseUnits()); }
    Amount spreadInTakerBuyAsset() const { return Amount::fromBaseUnits(makerGave.baseUnits() - takerGot.baseUnits()); }

    friend bool operator==(const Fill &, const Fill &) = default;
};

} // namespace exchange::book
