#pragma once
// HttpRateLimiter: a token bucket per source address. Each source may spend
// `burst` tokens at once and earns `perSecond` back each second; a source
// without a token is told when the next one comes. Memory is bounded: past
// maxSources buckets, the full ones (sources quiet long enough to be back
// at their burst) are forgotten, and if that is not enough, all are.
// A rate of 0 turns the limiter off.

#include <QHash>
#include <QHostAddress>

namespace exchange::api {

class HttpRateLimiter final
{
public:
    HttpRateLimiter(int perSecond, int burst, int maxSources = 100'000);

    bool enabled() const { return m_perSecond > 0; }
    // Whether source has a token now; if not, the whole seconds until it has.
    bool available(const QHostAddress &source, qint64 nowMs, int *retryAfterSeconds = nullptr);
    // Spends a token (the bucket may go empty, never below).
    void spend(const QHostAddress &source, qint64 nowMs);
    int sources() const { return static_cast<int>(m_buckets.size()); }

private:
    struct Bucket {
        qint64 milliTokens = 0; // a thousandth of a token, to stay in integers
        qint64 updatedMs = 0;
    };
    Bucket &refilled(const QHostAddress &source, qint64 nowMs);
    void forgetSome(qint64 nowMs);

    qint64 m_perSecond;
    qint64 m_capacity; // milli-tokens
    int m_maxSources;
    QHash<QHostAddress, Bucket> m_buckets;
};

} // namespace exchange::api
