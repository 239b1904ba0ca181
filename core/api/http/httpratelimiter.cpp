#include "core/api/http/httpratelimiter.h"

#include <algorithm>

namespace exchange::api {

HttpRateLimiter::HttpRateLimiter(int perSecond, int burst, int maxSources)
    : m_perSecond(std::max(0, perSecond)), m_capacity(std::max(1, burst) * qint64(1000)), m_maxSources(maxSources)
{
}

HttpRateLimiter::Bucket &HttpRateLimiter::refilled(const QHostAddress &source, qint64 nowMs)
{
    auto it = m_buckets.find(source);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxSources)
            forgetSome(nowMs);
        it = m_buckets.insert(source, Bucket{m_capacity, nowMs});
    }
    Bucket &bucket = it.value();
    // A token per 1000/perSecond ms: milli-tokens earned = elapsed ms * perSecond.
    const qint64 elapsed = std::max<qint64>(0, nowMs - bucket.updatedMs);
    bucket.milliTokens = std::min(m_capacity, bucket.milliTokens + std::min(elapsed, qint64(86'400'000)) * m_perSecond);
    bucket.updatedMs = nowMs;
    return bucket;
}

bool HttpRateLimiter::available(const QHostAddress &source, qint64 nowMs, int *retryAfterSeconds)
{
    if (!enabled())
        return true;
    const Bucket &bucket = refilled(source, nowMs);
    if (bucket.milliTokens >= 1000)
        return true;
    if (retryAfterSeconds) {
        const qint64 waitMs = (1000 - bucket.milliTokens + m_perSecond - 1) / m_perSecond;
        *retryAfterSeconds = static_cast<int>(std::max<qint64>(1, (waitMs + 999) / 1000));
    }
    return false;
}

void HttpRateLimiter::spend(const QHostAddress &source, qint64 nowMs)
{
    if (!enabled())
        return;
    Bucket &bucket = refilled(source, nowMs);
    bucket.milliTokens = std::max<qint64>(0, bucket.milliTokens - 1000);
}

void HttpRateLimiter::forgetSome(qint64 nowMs)
{
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        const qint64 elapsed = std::max<qint64>(0, nowMs - it->updatedMs);
        if (it->milliTokens + std::min(elapsed, qint64(86'400'000)) * m_perSecond >= m_capacity)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() >= m_maxSources)
        m_buckets.clear(); // a flood of sources: forgetting them all is the bounded choice
}

} // namespace exchange::api
