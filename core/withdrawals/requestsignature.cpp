#include "core/withdrawals/requestsignature.h"

#include "core/chains/chainchecks.h"

namespace exchange::withdrawals {

bool RequestSignature::verifies() const
{
    return chains::verifyMessage(chain, signer, QByteArray::fromStdString(payload), signature).ok();
}

} // namespace exchange::withdrawals
