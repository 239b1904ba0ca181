#include "core/chains/ethereum/feebump.h"

#include "core/money/amount.h"

#include <algorithm>

namespace exchange::ethereum {

int128 bumpedByEighth(int128 value)
{
    return value + (value + 7) / 8;
}

Result<Eip1559Fees> replacementFees(const Eip1559Fees &pending, const Eip1559Fees &suggested, int128 capPerGas)
{
    if (pending.maxFeePerGas < 0 || pending.maxPriorityFeePerGas < 0 || suggested.maxFeePerGas < 0
        || suggested.maxPriorityFeePerGas < 0 || capPerGas < 0)
        return Error{ErrorCode::InvalidInput, "a fee per gas cannot be negative"};
    Eip1559Fees f;
    f.maxPriorityFeePerGas = std::max(bumpedByEighth(pending.maxPriorityFeePerGas), suggested.maxPriorityFeePerGas);
    f.maxFeePerGas = std::max({bumpedByEighth(pending.maxFeePerGas), suggested.maxFeePerGas, f.maxPriorityFeePerGas});
    if (f.maxFeePerGas > capPerGas) {
        // The bump alone is what a node requires; the suggestion can wait
        // under the cap when the bump fits.
        Eip1559Fees least;
        least.maxPriorityFeePerGas = bumpedByEighth(pending.maxPriorityFeePerGas);
        least.maxFeePerGas = std::max(bumpedByEighth(pending.maxFeePerGas), least.maxPriorityFeePerGas);
        if (least.maxFeePerGas > capPerGas)
            return Error{ErrorCode::InvalidInput,
                         "the replacement needs a max fee of at least " + Amount::fromBaseUnits(least.maxFeePerGas).toBaseUnitString()
                             + " wei per gas (12.5% above the pending " + Amount::fromBaseUnits(pending.maxFeePerGas).toBaseUnitString()
                             + "), above the cap of " + Amount::fromBaseUnits(capPerGas).toBaseUnitString()
                             + " wei per gas; nothing signed"};
        f.maxFeePerGas = capPerGas;
        f.maxPriorityFeePerGas = std::min(f.maxPriorityFeePerGas, capPerGas);
    }
    return f;
}

} // namespace exchange::ethereum
