#pragma once
// OrderBook: one market's resting orders and the matching engine, in
// memory, standard library only (no I/O, no clock, no locks: one thread).
//
// An incoming order matches resting orders of the other side whose implied
// rates satisfy both (exact cross-multiplication): the best rate for the
// newcomer first, then the oldest. Each side receives its own rate on the
// part that filled; a partial fill leaves a derived order whose implied rate
// (buy/sell) is at least its parent's, every rounding in the exchange's
// favour (see orderbook.cpp). Derived ids come from the caller's counter so
// that ids stay unique across markets. restore() rebuilds a book from stored
// resting orders: the same orders in the same priority give the same book.

#include "core/base/result.h"
#include "core/book/bookorder.h"
#include "core/book/fill.h"
#include "core/book/idindex.h"

#include <map>
#include <optional>
#include <vector>

namespace exchange::book {

struct PlaceResult {
    OrderId resting = 0; // the order (or last derived order) left in the book; 0 if filled
    Amount restingSell;
    Amount restingBuy;
};

class OrderBook final
{
public:
    OrderBook();

    // Matches, then rests what remains. Refuses (changing nothing) a
    // duplicate id or a non-positive amount. The fills are in fills() until
    // the next call. nextDerivedId is advanced for every derived order.
    Result<PlaceResult> place(const BookOrder &order, OrderId &nextDerivedId);
    const std::vector<Fill> &fills() const { return m_fills; }

    // Removes a resting order; returns it as it was.
    Result<BookOrder> cancel(OrderId id);

    // Puts a stored resting order back without matching; refuses one that
    // would cross the other side (the store and the engine disagree).
    Result<void> restore(const BookOrder &order);

    std::optional<BookOrder> find(OrderId id) const;
    std::size_t size() const { return m_index.size(); }
    std::size_t levelCount(Side side) const { return m_sides[index(side)].size(); }
    // Best level first (lowest buy/sell: the best offer to the other side).
    std::vector<BookLevel> levels(Side side, std::size_t max) const;
    // Every resting order of a side, best level first, oldest first within.
    std::vector<BookOrder> orders(Side side) const;
    void reserve(std::size_t orders);

private:
    struct Key {
        uint128 buy;
        uint128 sell;
    };
    struct KeyLess {
        bool operator()(const Key &a, const Key &b) const;
    };
    struct Level {
        Key key;
        Side side = Side::SellBase;
        uint128 totalSell = 0;
        uint128 totalBuy = 0;
        std::uint32_t head = kNone;
        std::uint32_t tail = kNone;
        std::uint32_t count = 0;
    };
    // One cache line per order: a cancel or a fill touches as few lines as
    // possible (the side is the level's).
    struct alignas(64) Node {
        uint128 sell = 0;
        uint128 buy = 0;
        OrderId id = 0;
        std::uint64_t priority = 0;
        Level *level = nullptr;
        std::uint32_t prev = kNone;
        std::uint32_t next = kNone;
    };
    using LevelMap = std::map<Key, Level, KeyLess>;
    static constexpr std::uint32_t kNone = 0xffffffffu;
    static constexpr std::size_t index(Side side) { return static_cast<std::size_t>(side); }

    std::uint32_t allocate();
    void rest(std::uint32_t node, Side side);
    void unlink(std::uint32_t node);
    void release(std::uint32_t node);
    BookOrder view(const Node &node) const;

    LevelMap m_sides[2];
    std::vector<Node> m_nodes;
    std::vector<std::uint32_t> m_free;
    IdIndex m_index;
    std::vector<Fill> m_fills;
};

} // namespace exchange::book
