#pragma once
// A clock that stands still until told otherwise (tests, benchmarks, demo
// data with a fixed history).

#include "core/base/clock.h"

namespace exchange {

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 nowMs = 0) : m_now(nowMs) {}
    qint64 nowMs() const override { return m_now; }
    void set(qint64 nowMs) { m_now = nowMs; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

} // namespace exchange
