#pragma once
// The real wall clock.

#include "core/base/clock.h"

namespace exchange {

class SystemClock final : public Clock
{
public:
    qint64 nowMs() const override;
};

} // namespace exchange
