#include "core/trade/orderhistory.h"

#include <algorithm>
#include <map>

namespace exchange::trade {

namespace {

bool byId(const Order &a, const Order &b) { return a.id < b.id; }

} // namespace

std::shared_ptr<const OrderHistory> OrderHistory::of(std::vector<Order> orders)
{
    std::sort(orders.begin(), orders.end(), byId);
    auto history = std::make_shared<OrderHistory>();
    for (std::size_t i = 0; i < orders.size(); i += kChunk) {
        const auto end = orders.begin() + static_cast<std::ptrdiff_t>(std::min(orders.size(), i + kChunk));
        history->m_chunks.push_back(
            std::make_shared<const Chunk>(std::make_move_iterator(orders.begin() + static_cast<std::ptrdiff_t>(i)),
                                          std::make_move_iterator(end)));
    }
    history->m_size = orders.size();
    return history;
}

std::shared_ptr<const OrderHistory> OrderHistory::with(std::vector<Order> changed) const
{
    std::sort(changed.begin(), changed.end(), byId);
    auto next = std::make_shared<OrderHistory>(*this); // shares every chunk
    std::map<std::size_t, std::shared_ptr<Chunk>> copied;
    auto writable = [&](std::size_t index) -> Chunk & {
        auto &c = copied[index];
        if (!c) {
            c = std::make_shared<Chunk>(*next->m_chunks[index]);
            next->m_chunks[index] = c;
        }
        return *c;
    };
    for (Order &o : changed) {
        if (next->m_chunks.empty() || o.id > next->m_chunks.back()->back().id) {
            // Newer than all: the usual case, appended to the last chunk.
            if (next->m_chunks.empty() || next->m_chunks.back()->size() >= kChunk)
                next->m_chunks.push_back(std::make_shared<const Chunk>());
            writable(next->m_chunks.size() - 1).push_back(std::move(o));
            ++next->m_size;
            continue;
        }
        // The chunk whose range holds the id: the last one starting at or below it.
        auto it = std::upper_bound(next->m_chunks.begin(), next->m_chunks.end(), o.id,
                                   [](std::int64_t id, const auto &chunk) { return id < chunk->front().id; });
        const std::size_t index = it == next->m_chunks.begin() ? 0 : static_cast<std::size_t>(it - next->m_chunks.begin()) - 1;
        Chunk &chunk = writable(index);
        auto at = std::lower_bound(chunk.begin(), chunk.end(), o, byId);
        if (at != chunk.end() && at->id == o.id) {
            *at = std::move(o);
        } else {
            chunk.insert(at, std::move(o)); // an id below the newest: rare, the chunk grows
            ++next->m_size;
        }
    }
    return next;
}

std::vector<Order> OrderHistory::page(std::size_t limit, std::int64_t beforeId) const
{
    std::vector<Order> out;
    if (m_chunks.empty() || limit == 0)
        return out;
    out.reserve(std::min(limit, m_size));
    // Start in the last chunk that has an id below beforeId.
    std::size_t chunk = m_chunks.size();
    if (beforeId > 0) {
        auto it = std::lower_bound(m_chunks.begin(), m_chunks.end(), beforeId,
                                   [](const auto &c, std::int64_t id) { return c->front().id < id; });
        chunk = static_cast<std::size_t>(it - m_chunks.begin());
    }
    while (chunk > 0 && out.size() < limit) {
        const Chunk &c = *m_chunks[--chunk];
        auto end = beforeId > 0 ? std::lower_bound(c.begin(), c.end(), beforeId,
                                                   [](const Order &o, std::int64_t id) { return o.id < id; })
                                : c.end();
        for (auto it = end; it != c.begin() && out.size() < limit;)
            out.push_back(*--it);
    }
    return out;
}

bool OrderHistory::hasOlderThan(std::int64_t id) const
{
    return !m_chunks.empty() && m_chunks.front()->front().id < id;
}

} // namespace exchange::trade
