#pragma once
// OrderHistory: every order of the store in memory, immutable, for the
// /order_book pages. The trade service keeps one current and replaces it
// after each commit that changed orders (with() copies only the chunks of
// 256 orders that changed, and the list of chunk pointers), so a page costs
// a binary search and `limit` copies, never a database read, and a reader
// on any thread may keep its shared_ptr for as long as it likes.

#include "core/trade/order.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace exchange::trade {

class OrderHistory final
{
public:
    // The orders in any order; ids are unique.
    static std::shared_ptr<const OrderHistory> of(std::vector<Order> orders);
    // A new history with these orders added or replaced by id; this one is unchanged.
    std::shared_ptr<const OrderHistory> with(std::vector<Order> changed) const;

    // Newest first (by id): at most limit orders with an id below beforeId,
    // or from the newest when beforeId <= 0.
    std::vector<Order> page(std::size_t limit, std::int64_t beforeId = 0) const;
    // Whether an order with an id below this one exists (a next page).
    bool hasOlderThan(std::int64_t id) const;
    std::size_t size() const { return m_size; }

private:
    using Chunk = std::vector<Order>; // ascending ids
    static constexpr std::size_t kChunk = 256;

    std::vector<std::shared_ptr<const Chunk>> m_chunks; // ascending, none empty
    std::size_t m_size = 0;
};

} // namespace exchange::trade
