#include "core/trade/refusallog.h"

#include "core/base/clock.h"
#include "core/store/metarepository.h"
#include "core/store/textdigest.h"
#include "core/trade/tradelogschema.h"
#include "core/trade/traderepository.h"

#include <algorithm>
#include <optional>

namespace exchange::trade {

namespace {

constexpr std::int64_t kMinuteMs = 60 * 1000;
// Distinct sources counted per minute; beyond, new sources share one count
// (each still named on its own row), so the map stays small under a botnet.
constexpr std::size_t kMaxSources = 65536;
const std::string kOtherSources = "\x01other sources";

Result<std::optional<std::int64_t>> wholeNumber(const MetaRepository &meta, const char *key)
{
    auto value = meta.get(QString::fromLatin1(key));
    if (!value)
        return value.error();
    if (!value.value())
        return std::optional<std::int64_t>{};
    bool ok = false;
    const qlonglong n = value.value()->trimmed().toLongLong(&ok);
    if (!ok || n <= 0)
        return Error{ErrorCode::InvalidInput, std::string("the setting ") + key + " must be a positive whole number"};
    return std::optional<std::int64_t>(n);
}

} // namespace

Result<void> RefusalLog::loadPolicy(const QSqlDatabase &db)
{
    const MetaRepository meta(db);
    RefusalLogPolicy policy = m_policy;
    auto threshold = wholeNumber(meta, RefusalLogPolicy::kRepeatThresholdKey);
    auto days = wholeNumber(meta, RefusalLogPolicy::kMaxAgeDaysKey);
    auto megabytes = wholeNumber(meta, RefusalLogPolicy::kMaxMegabytesKey);
    for (const auto *r : {&threshold, &days, &megabytes}) {
        if (!*r)
            return r->error();
    }
    if (threshold.value())
        policy.repeatThreshold = static_cast<int>(std::min<std::int64_t>(*threshold.value(), 1000000));
    if (days.value())
        policy.maxAgeMs = std::min<std::int64_t>(*days.value(), 36500) * 24 * 60 * 60 * 1000;
    if (megabytes.value())
        policy.maxBytes = std::min<std::int64_t>(*megabytes.value(), 1000000) * 1000 * 1000;
    m_policy = policy;
    return {};
}

LogEntry RefusalLog::entryFor(const Refusal &r, std::int64_t atMs)
{
    LogEntry e;
    e.atMs = atMs;
    e.message = utf8Prefix(r.payload, kLogPayloadHeadBytes);
    e.reason = utf8Prefix(r.reason, kLogPayloadHeadBytes);
    e.source = utf8Prefix(r.source, 64);
    e.endpoint = utf8Prefix(r.endpoint, 64);
    e.status = r.status;
    e.payloadSha256 = sha256Hex(r.payload);
    e.payloadBytes = static_cast<std::int64_t>(r.payload.size());
    e.repeats = 1;
    return e;
}

std::int64_t RefusalLog::sizeOf(const LogEntry &e)
{
    return static_cast<std::int64_t>(e.message.size() + e.reason.size() + e.source.size() + e.endpoint.size()
                                     + e.payloadSha256.size())
        + kLogRowOverheadBytes;
}

Result<void> RefusalLog::record(TradeRepository &repo, const Refusal &refusal)
{
    const std::int64_t now = m_clock.nowMs();
    const std::int64_t minute = now / kMinuteMs;
    if (minute != m_minute) {
        m_sources.clear();
        m_minute = minute;
    }
    const std::string &key = m_sources.size() < kMaxSources || m_sources.count(refusal.source) ? refusal.source
                                                                                                : kOtherSources;
    SourceMinute &counted = m_sources[key];
    ++counted.count;
    const bool overThreshold = counted.count > m_policy.repeatThreshold;
    bool written = false;
    if (overThreshold && counted.rowId != 0) {
        auto added = repo.addLogRepeat(counted.rowId);
        if (!added)
            return added.error();
        written = added.value(); // false: pruned meanwhile, so a new row
    }
    if (!written) {
        const LogEntry entry = entryFor(refusal, now);
        const std::int64_t size = sizeOf(entry);
        auto id = repo.insertLog(entry, size);
        if (!id)
            return id.error();
        if (overThreshold)
            counted.rowId = id.value();
        m_bytesSincePrune += size;
    }
    // A pass every interval, and sooner when a burst wrote a hundredth of
    // the budget: never per request.
    if (!m_pruned || now - m_lastPruneMs >= m_policy.pruneIntervalMs || m_bytesSincePrune >= m_policy.maxBytes / 100) {
        if (auto pruned = prune(repo); !pruned)
            return pruned.error();
    }
    return {};
}

Result<PruneReport> RefusalLog::prune(TradeRepository &repo)
{
    const std::int64_t now = m_clock.nowMs();
    PruneReport report;
    auto old = repo.deleteLogBefore(now - m_policy.maxAgeMs);
    if (!old)
        return old.error();
    report.byAge = old.value();
    auto total = repo.logBytes();
    if (!total)
        return total.error();
    if (total.value() > m_policy.maxBytes) {
        // Down to nine tenths, so that the next passes have nothing to do
        // for a while instead of deleting a row or two each time.
        auto beyond = repo.deleteLogBeyond(m_policy.maxBytes - m_policy.maxBytes / 10);
        if (!beyond)
            return beyond.error();
        report.bySize = beyond.value();
    }
    m_pruned = true;
    m_lastPruneMs = now;
    m_bytesSincePrune = 0;
    return report;
}

} // namespace exchange::trade
