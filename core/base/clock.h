#pragma once
// The time as the core sees it: injectable, so that rolling windows (24h,
// 72h) and timestamps can be tested at their exact boundaries.

#include <QtGlobal>

namespace exchange {

class Clock
{
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch, UTC.
    virtual qint64 nowMs() const = 0;
};

} // namespace exchange
