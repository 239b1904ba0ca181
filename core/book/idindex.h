#pragma once
// IdIndex: order id -> slot, an open-addressing hash table with linear
// probing and backward-shift deletion (no tombstones), so lookups stay short
// however many orders come and go. Ids are never 0 (0 marks an empty cell).

#include <cstdint>
#include <vector>

namespace exchange::book {

class IdIndex final
{
public:
    static constexpr std::uint32_t kMissing = 0xffffffffu;

    IdIndex() { m_cells.resize(1024); }

    std::size_t size() const { return m_size; }

    void reserve(std::size_t n)
    {
        std::size_t want = 1024;
        while (want < n * 2)
            want <<= 1;
        if (want > m_cells.size())
            rehash(want);
    }

    std::uint32_t find(std::uint64_t id) const
    {
        const std::size_t mask = m_cells.size() - 1;
        for (std::size_t i = hash(id) & mask;; i = (i + 1) & mask) {
            const Cell &c = m_cells[i];
            if (c.id == id)
                return c.slot;
            if (c.id == 0)
                return kMissing;
        }
    }

    bool contains(std::uint64_t id) const { return find(id) != kMissing; }

    // The id must not be present.
    void insert(std::uint64_t id, std::uint32_t slot)
    {
        if ((m_size + 1) * 2 > m_cells.size())
            rehash(m_cells.size() * 2);
        const std::size_t mask = m_cells.size() - 1;
        std::size_t i = hash(id) & mask;
        while (m_cells[i].id != 0)
            i = (i + 1) & mask;
        m_cells[i] = Cell{id, slot};
        ++m_size;
    }

    void erase(std::uint64_t id)
    {
        const std::size_t mask = m_cells.size() - 1;
        std::size_t i = hash(id) & mask;
        while (m_cells[i].id != id) {
            if (m_cells[i].id == 0)
                return;
            i = (i + 1) & mask;
        }
        // Shift later members of the probe run back into the hole.
        std::size_t hole = i;
        for (std::size_t j = (i + 1) & mask; m_cells[j].id != 0; j = (j + 1) & mask) {
            const std::size_t home = hash(m_cells[j].id) & mask;
            const bool movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                m_cells[hole] = m_cells[j];
                hole = j;
            }
        }
        m_cells[hole] = Cell{};
        --m_size;
    }

private:
    struct Cell {
        std::uint64_t id = 0;
        std::uint32_t slot = 0;
    };

    // Blocks of eight consecutive ids share two cache lines (the newest
    // orders, which most cancels and fills touch, stay hot), and the blocks
    // themselves are scattered by a full mix, so no id pattern builds long
    // probe runs.
    static std::size_t hash(std::uint64_t id)
    {
        std::uint64_t block = id >> 3;
        block ^= block >> 33;
        block *= 0xff51afd7ed558ccdull;
        block ^= block >> 33;
        return static_cast<std::size_t>((block << 3) | (id & 7));
    }

    void rehash(std::size_t cells)
    {
        std::vector<Cell> old(cells);
        old.swap(m_cells);
        m_size = 0;
        for (const Cell &c : old) {
            if (c.id != 0)
                insert(c.id, c.slot);
        }
    }

    std::vector<Cell> m_cells;
    std::size_t m_size = 0;
};

} // namespace exchange::book
