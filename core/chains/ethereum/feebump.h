#pragma once
// The fees of a transaction that replaces a pending one (same sender, same
// nonce): nodes take a replacement only when both its max fee per gas and
// its max priority fee (tip) are at least 12.5% above the pending one's
// (geth's txpool price bump, Nethermind and Besu alike at most that), so
// each is the old one times 9/8 rounded up, or the node's current
// suggestion when that is higher. The tip never exceeds the max fee. A cap
// on the max fee per gas that does not leave room for the bump refuses the
// replacement (InvalidInput, saying both figures); it never signs less.

#include "core/base/result.h"
#include "core/money/int128.h"

namespace exchange::ethereum {

struct Eip1559Fees {
    int128 maxFeePerGas = 0;
    int128 maxPriorityFeePerGas = 0;

    friend bool operator==(const Eip1559Fees &, const Eip1559Fees &) = default;
};

// value × 9/8, rounded up: the least a node takes as a replacement of value.
int128 bumpedByEighth(int128 value);

// The fees of the replacement of `pending`, at least `suggested`, with a max
// fee per gas of at most capPerGas (wei).
Result<Eip1559Fees> replacementFees(const Eip1559Fees &pending, const Eip1559Fees &suggested, int128 capPerGas);

} // namespace exchange::ethereum
