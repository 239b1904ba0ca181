#pragma once
// RefusalLog: how the trade service writes the Log of refused requests so
// that a flood of them cannot fill the disk. A row keeps the payload's
// SHA-256 and first 1 KiB, never the whole of it; once one source passes
// the repeat threshold within a minute, its further refusals in that minute
// only count on one row; and the process that writes the Log prunes it by
// age and by total size every prune interval (or sooner after a burst), on
// the write path but never per request: between passes a refusal costs one
// small insert or update.
// Single-threaded, like the trade service that owns it.

#include "core/base/result.h"
#include "core/trade/traderecords.h"

#include <QSqlDatabase>

#include <cstdint>
#include <string>
#include <unordered_map>

namespace exchange {
class Clock;
}

namespace exchange::trade {

class TradeRepository;

struct RefusalLogPolicy {
    // Refusals per source and minute that get a row each; the rest share one.
    int repeatThreshold = 10;
    // A month of refusals within 100 MB, whichever bound comes first.
    std::int64_t maxAgeMs = 30LL * 24 * 60 * 60 * 1000;
    std::int64_t maxBytes = 100LL * 1000 * 1000;
    std::int64_t pruneIntervalMs = 60 * 1000;

    // The settings in meta that override these defaults (whole numbers).
    static constexpr const char *kRepeatThresholdKey = "trade.log.repeat_threshold";
    static constexpr const char *kMaxAgeDaysKey = "trade.log.max_age_days";
    static constexpr const char *kMaxMegabytesKey = "trade.log.max_megabytes";
};

struct PruneReport {
    int byAge = 0;
    int bySize = 0;
};

class RefusalLog final
{
public:
    explicit RefusalLog(const Clock &clock) : m_clock(clock) {}

    const RefusalLogPolicy &policy() const { return m_policy; }
    void setPolicy(const RefusalLogPolicy &policy) { m_policy = policy; }
    // Reads the settings of meta over the defaults; a malformed one is an error.
    Result<void> loadPolicy(const QSqlDatabase &db);

    // Writes the refusal (a row, or one more repeat on its source's row)
    // and prunes if a pass is due.
    Result<void> record(TradeRepository &repo, const Refusal &refusal);
    // A pass now: rows older than maxAge, then the oldest beyond maxBytes.
    Result<PruneReport> prune(TradeRepository &repo);

    // What a Log row of this refusal holds (no id, one repeat).
    static LogEntry entryFor(const Refusal &refusal, std::int64_t atMs);
    // The size a row is accounted at for pruning by size.
    static std::int64_t sizeOf(const LogEntry &entry);

private:
    struct SourceMinute {
        int count = 0;           // refusals from the source in the current minute
        std::int64_t rowId = 0;  // the row its repeats count on, once over the threshold
    };

    const Clock &m_clock;
    RefusalLogPolicy m_policy;
    std::int64_t m_minute = -1;                              // the minute m_sources counts
    std::unordered_map<std::string, SourceMinute> m_sources; // bounded by kMaxSources
    bool m_pruned = false;
    std::int64_t m_lastPruneMs = 0;
    std::int64_t m_bytesSincePrune = 0;
};

} // namespace exchange::trade
