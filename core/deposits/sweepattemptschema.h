#pragma once
// The attempts of an Ethereum sweep or refuel that a replacement took the
// place of (sweep_attempts). A collections or refuels row always holds its
// current attempt (the newest signed, or the one mined); every earlier
// attempt on the same nonce is kept here with its bytes, so that whichever
// of them the chain mines is found, and none is ever signed again.

#include "core/store/dialect.h"

#include <QStringList>

namespace exchange::deposits {

QStringList sweepAttemptSchema(const Dialect &dialect);

} // namespace exchange::deposits
