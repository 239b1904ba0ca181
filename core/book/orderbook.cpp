#include "core/book/orderbook.h"

#include "core/book/ratemath.h"

namespace exchange::book {

namespace {

// The level's rate in lowest terms, so that views do not depend on which
// order opened the level.
void reduce(uint128 &a, uint128 &b)
{
    uint128 x = a, y = b;
    while (y != 0) {
        const uint128 t = x % y;
        x = y;
        y = t;
    }
    if (x > 1) {
        a /= x;
        b /= x;
    }
}

uint128 units(Amount a) { return static_cast<uint128>(a.baseUnits()); }
Amount amount(uint128 u) { return Amount::fromBaseUnits(static_cast<int128>(u)); }

} // namespace

// Levels sort by the resting orders' implied rate buy/sell, lowest first:
// the lowest demand per unit sold is the best offer to the other side.
// Equal rationals (1/2, 3/6) are equivalent, so they share one level.
bool OrderBook::KeyLess::operator()(const Key &a, const Key &b) const
{
    return compareCross(a.buy, b.sell, b.buy, a.sell) < 0;
}

OrderBook::OrderBook() = default;

void OrderBook::reserve(std::size_t orders)
{
    m_nodes.reserve(orders);
    m_index.reserve(orders);
}

std::uint32_t OrderBook::allocate()
{
    if (!m_free.empty()) {
        const std::uint32_t n = m_free.back();
        m_free.pop_back();
        return n;
    }
    m_nodes.emplace_back();
    return static_cast<std::uint32_t>(m_nodes.size() - 1);
}

void OrderBook::release(std::uint32_t node)
{
    m_index.erase(m_nodes[node].id);
    m_nodes[node].level = nullptr;
    m_free.push_back(node);
}

// Within a level, orders queue by priority; a new order normally goes to the
// tail, a derived order of an older parent walks forward to its place.
void OrderBook::rest(std::uint32_t n, Side side)
{
    Node &node = m_nodes[n];
    auto [it, inserted] = m_sides[index(side)].try_emplace(Key{node.buy, node.sell});
    Level &level = it->second;
    if (inserted) {
        level.key = Key{node.buy, node.sell};
        level.side = side;
    }
    node.level = &level;
    std::uint32_t after = level.tail;
    while (after != kNone
           && (m_nodes[after].priority > node.priority
               || (m_nodes[after].priority == node.priority && m_nodes[after].id > node.id)))
        after = m_nodes[after].prev;
    node.prev = after;
    node.next = after == kNone ? level.head : m_nodes[after].next;
    if (node.next != kNone)
        m_nodes[node.next].prev = n;
    else
        level.tail = n;
    if (after != kNone)
        m_nodes[after].next = n;
    else
        level.head = n;
    level.totalSell += node.sell;
    level.totalBuy += node.buy;
    ++level.count;
}

void OrderBook::unlink(std::uint32_t n)
{
    Node &node = m_nodes[n];
    Level &level = *node.level;
    if (node.prev != kNone)
        m_nodes[node.prev].next = node.next;
    else
        level.head = node.next;
    if (node.next != kNone)
        m_nodes[node.next].prev = node.prev;
    else
        level.tail = node.prev;
    level.totalSell -= node.sell;
    level.totalBuy -= node.buy;
    if (--level.count == 0)
        m_sides[index(level.side)].erase(level.key);
    node.level = nullptr;
    node.prev = node.next = kNone;
}

Result<PlaceResult> OrderBook::place(const BookOrder &order, OrderId &nextDerivedId)
{
    m_fills.clear();
    if (!order.sell.isPositive() || !order.buy.isPositive())
        return Error{ErrorCode::InvalidInput, "an order needs positive sell and buy amounts"};
    if (m_index.contains(order.id))
        return Error{ErrorCode::Conflict, "order id already in the book"};

    // The taker: N sells `sell` of X and wants `buy` of Y; it becomes its
    // own derived order after every partial fill.
    OrderId takerId = order.id;
    uint128 sell = units(order.sell);
    uint128 buy = units(order.buy);
    LevelMap &other = m_sides[index(opposite(order.side))];

    while (!other.empty()) {
        Level &level = other.begin()->second;
        // Cross: the maker R (sells Y, wants X) gives at least the rate the
        // taker asks: R.sell / R.buy >= N.buy / N.sell.
        if (compareCross(level.key.sell, sell, buy, level.key.buy) < 0)
            break;
        const std::uint32_t m = level.head;
        Node &maker = m_nodes[m];
        Fill f;
        f.taker = takerId;
        f.maker = maker.id;
        f.takerSide = order.side;
        f.makerPriority = maker.priority;
        if (sell >= maker.buy) {
            // The maker is filled completely: it gives all it sells and gets
            // all it asked. The taker gives exactly that (q = R.buy of X) and
            // gets floor(q * N.buy / N.sell) of Y, its own rate rounded down
            // (in the exchange's favour). Its remainder asks for the rest of
            // N.buy, so its rate rises, never falls, and over the whole chain
            // it receives exactly N.buy.
            const uint128 q = maker.buy;
            const uint128 got = scale(q, buy, sell, false);
            f.takerGave = amount(q);
            f.takerGot = amount(got);
            f.makerGave = amount(maker.sell);
            f.makerGot = amount(maker.buy);
            unlink(m);
            release(m);
            sell -= q;
            buy -= got;
            if (sell == 0) {
                m_fills.push_back(f);
                return PlaceResult{};
            }
            takerId = nextDerivedId++;
            f.takerChild = takerId;
            f.takerChildSell = amount(sell);
            f.takerChildBuy = amount(buy);
            m_fills.push_back(f);
            continue;
        }
        // The taker is filled completely (N.sell < R.buy): it gets all it
        // asked; the maker gets all the taker sold (q = N.sell of X) and gives
        // ceil(q * R.sell / R.buy) of Y, its own rate rounded up (in the
        // exchange's favour), so the maker's derived order sells less per
        // unit it still buys: its rate is at least its parent's.
        const uint128 q = sell;
        const uint128 gave = scale(q, maker.sell, maker.buy, true);
        f.takerGave = amount(q);
        f.takerGot = amount(buy);
        f.makerGot = amount(q);
        f.makerGave = amount(gave);
        const uint128 restSell = maker.sell - gave;
        const uint128 restBuy = maker.buy - q;
        const std::uint64_t priority = maker.priority;
        const Side makerSide = maker.level->side;
        unlink(m);
        release(m);
        if (restSell > 0) {
            // The maker's remainder keeps its place in time.
            const std::uint32_t c = allocate();
            Node &child = m_nodes[c];
            child = Node{};
            child.id = nextDerivedId++;
            child.sell = restSell;
            child.buy = restBuy;
            child.priority = priority;
            m_index.insert(child.id, c);
            rest(c, makerSide);
            f.makerChild = child.id;
            f.makerChildSell = amount(restSell);
            f.makerChildBuy = amount(restBuy);
        }
        // else: what the maker still asked is worth less than one base unit
        // of what it sells (ceil took its last unit); no order can carry a
        // zero sell amount, so the maker closes as filled. This is the one
        // rounding a maker can lose by, and it is below one base unit.
        m_fills.push_back(f);
        return PlaceResult{};
    }

    const std::uint32_t n = allocate();
    Node &node = m_nodes[n];
    node = Node{};
    node.id = takerId;
    node.sell = sell;
    node.buy = buy;
    node.priority = order.priority;
    m_index.insert(takerId, n);
    rest(n, order.side);
    return PlaceResult{takerId, amount(sell), amount(buy)};
}

Result<BookOrder> OrderBook::cancel(OrderId id)
{
    const std::uint32_t n = m_index.find(id);
    if (n == IdIndex::kMissing)
        return Error{ErrorCode::NotFound, "no such resting order"};
    BookOrder removed = view(m_nodes[n]);
    unlink(n);
    release(n);
    return removed;
}

Result<void> OrderBook::restore(const BookOrder &order)
{
    if (!order.sell.isPositive() || !order.buy.isPositive())
        return Error{ErrorCode::Corrupted, "a stored resting order has a non-positive amount"};
    if (m_index.contains(order.id))
        return Error{ErrorCode::Corrupted, "a stored resting order appears twice"};
    const LevelMap &other = m_sides[index(opposite(order.side))];
    if (!other.empty()) {
        const Key &best = other.begin()->first;
        if (compareCross(best.sell, units(order.sell), units(order.buy), best.buy) >= 0)
            return Error{ErrorCode::Corrupted, "stored resting orders cross each other"};
    }
    const std::uint32_t n = allocate();
    Node &node = m_nodes[n];
    node = Node{};
    node.id = order.id;
    node.sell = units(order.sell);
    node.buy = units(order.buy);
    node.priority = order.priority;
    m_index.insert(order.id, n);
    rest(n, order.side);
    return {};
}

BookOrder OrderBook::view(const Node &node) const
{
    return BookOrder{node.id, node.level->side, amount(node.sell), amount(node.buy), node.priority};
}

std::optional<BookOrder> OrderBook::find(OrderId id) const
{
    const std::uint32_t n = m_index.find(id);
    if (n == IdIndex::kMissing)
        return std::nullopt;
    return view(m_nodes[n]);
}

std::vector<BookLevel> OrderBook::levels(Side side, std::size_t max) const
{
    std::vector<BookLevel> out;
    for (const auto &[key, level] : m_sides[index(side)]) {
        if (out.size() >= max)
            break;
        uint128 rateBuy = key.buy, rateSell = key.sell;
        reduce(rateBuy, rateSell);
        out.push_back(BookLevel{amount(rateBuy), amount(rateSell), amount(level.totalSell), amount(level.totalBuy),
                                level.count});
    }
    return out;
}

std::vector<BookOrder> OrderBook::orders(Side side) const
{
    std::vector<BookOrder> out;
    for (const auto &entry : m_sides[index(side)]) {
        for (std::uint32_t n = entry.second.head; n != kNone; n = m_nodes[n].next)
            out.push_back(view(m_nodes[n]));
    }
    return out;
}

} // namespace exchange::book
