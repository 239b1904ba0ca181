#include "core/base/systemclock.h"

#include <QDateTime>

namespace exchange {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace exchange
