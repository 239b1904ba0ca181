// Matching engine alone, one thread: a deterministic mixed stream of resting
// places, crossing places (partial fills and derived orders) and cancels
// over about 1,000 price levels, after the book was loaded with 1,000,000
// resting orders. Prints operations per second, latency percentiles and the
// resident memory of the loaded book.
//
//   bench_book [--orders N] [--ops N] [--quick]

#include "core/book/orderbook.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

using namespace exchange;
using namespace exchange::book;

namespace {

// xorshift64*: deterministic and cheap enough not to matter in the timings.
struct Rng {
    std::uint64_t s = 0x9E3779B97F4A7C15ull;
    std::uint64_t next()
    {
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        return s * 2685821657736338717ull;
    }
    std::uint64_t below(std::uint64_t n) { return next() % n; }
};

long residentKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::stol(line.substr(6));
    }
    return -1;
}

// Prices are in ticks of quote per base: asks from 1001 up, bids from 999
// down, 500 ticks each side, so about 1,000 levels rest. An ask sells
// `size` base for size*price quote; a bid sells size*price quote for `size`
// base.
BookOrder makeOrder(OrderId id, Side side, std::uint64_t price, std::uint64_t size)
{
    const auto base = static_cast<int128>(size);
    const auto quote = static_cast<int128>(size * price);
    if (side == Side::SellBase)
        return BookOrder{id, side, Amount::fromBaseUnits(base), Amount::fromBaseUnits(quote), id};
    return BookOrder{id, side, Amount::fromBaseUnits(quote), Amount::fromBaseUnits(base), id};
}

struct Stream {
    Rng rng;
    OrderId nextId = 1;
    std::vector<OrderId> live; // candidates for cancels (some already filled)

    // One operation: 45% resting place, 15% crossing place, 40% cancel, so
    // that the book stays near its loaded size.
    // Returns what it did: 0 place, 1 cross, 2 cancel.
    int step(OrderBook &book, OrderId &derived)
    {
        const std::uint64_t pick = rng.below(100);
        if (pick < 40 && !live.empty()) {
            // As on real venues, most cancels are of recent quotes: three in
            // four hit one of the last 4,096 orders placed, the rest any
            // order (possibly one already filled: a refused cancel).
            const std::size_t recent = std::min<std::size_t>(live.size(), 4096);
            const std::size_t i = (rng.next() & 3) ? live.size() - 1 - rng.below(recent) : rng.below(live.size());
            const OrderId id = live[i];
            live[i] = live.back();
            live.pop_back();
            (void)book.cancel(id);
            return 2;
        }
        const Side side = (rng.next() & 1) ? Side::SellBase : Side::SellQuote;
        const std::uint64_t size = (1 + rng.below(100)) * 1000;
        std::uint64_t price;
        const bool cross = pick >= 85;
        if (cross) // through the spread by up to 5 ticks: several makers, partial fills
            price = side == Side::SellBase ? 995 + rng.below(5) : 1001 + rng.below(5);
        else
            price = side == Side::SellBase ? 1001 + rng.below(500) : 999 - rng.below(500);
        const OrderId id = nextId++;
        auto r = book.place(makeOrder(id, side, price, size), derived);
        if (r.ok() && r->resting && live.size() < 4'000'000)
            live.push_back(r->resting);
        return cross ? 1 : 0;
    }
};

} // namespace

int main(int argc, char **argv)
{
    std::size_t orders = 1'000'000;
    std::size_t ops = 5'000'000;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--orders") && i + 1 < argc)
            orders = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--ops") && i + 1 < argc)
            ops = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--quick")) {
            orders = 100'000;
            ops = 500'000;
        }
    }
    using Clock = std::chrono::steady_clock;
    const long rssBefore = residentKb();

    // 1. Load: resting orders only (no crossing), ~1,000 levels.
    OrderBook book;
    book.reserve(orders);
    Stream stream;
    OrderId derived = 1ull << 40;
    Rng loadRng;
    auto t0 = Clock::now();
    for (std::size_t i = 0; i < orders; ++i) {
        const Side side = (i & 1) ? Side::SellBase : Side::SellQuote;
        const std::uint64_t price = side == Side::SellBase ? 1001 + loadRng.below(500) : 999 - loadRng.below(500);
        const OrderId id = stream.nextId++;
        (void)book.place(makeOrder(id, side, price, (1 + loadRng.below(100)) * 1000), derived);
        stream.live.push_back(id);
    }
    const double loadSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const long rssLoaded = residentKb();
    std::printf("book: %zu resting orders, %zu + %zu levels, loaded at %.2f M places/s\n", book.size(),
                book.levelCount(Side::SellBase), book.levelCount(Side::SellQuote),
                static_cast<double>(orders) / loadSeconds / 1e6);
    std::printf("book: resident memory %.1f MB for the loaded book (process %.1f MB, before %.1f MB)\n",
                static_cast<double>(rssLoaded - rssBefore) / 1024.0, static_cast<double>(rssLoaded) / 1024.0,
                static_cast<double>(rssBefore) / 1024.0);

    // 2. Throughput: the mixed stream without per-operation timers.
    std::size_t counts[3] = {0, 0, 0};
    std::size_t fills = 0;
    t0 = Clock::now();
    for (std::size_t i = 0; i < ops; ++i) {
        ++counts[stream.step(book, derived)];
        fills += book.fills().size();
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    std::printf("mixed stream: %zu ops (%zu resting places, %zu crossing places, %zu cancels; %zu fills) in %.3f s\n",
                ops, counts[0], counts[1], counts[2], fills, seconds);
    std::printf("mixed stream: %.2f M ops/s, one thread\n", static_cast<double>(ops) / seconds / 1e6);

    // 3. Latency: the same kind of stream, each operation timed.
    const std::size_t timed = std::min<std::size_t>(ops, 2'000'000);
    std::vector<std::uint32_t> nanos(timed);
    for (std::size_t i = 0; i < timed; ++i) {
        const auto a = Clock::now();
        (void)stream.step(book, derived);
        const auto b = Clock::now();
        nanos[i] = static_cast<std::uint32_t>(std::chrono::duration_cast<std::chrono::nanoseconds>(b - a).count());
    }
    std::sort(nanos.begin(), nanos.end());
    auto pct = [&](double p) { return nanos[static_cast<std::size_t>(p * static_cast<double>(timed - 1))]; };
    std::printf("latency per op (ns, incl. ~20 ns timer): p50 %u  p90 %u  p99 %u  p99.9 %u  max %u\n", pct(0.50),
                pct(0.90), pct(0.99), pct(0.999), nanos.back());
    std::printf("book at the end: %zu resting orders, %zu + %zu levels\n", book.size(),
                book.levelCount(Side::SellBase), book.levelCount(Side::SellQuote));
    return 0;
}
