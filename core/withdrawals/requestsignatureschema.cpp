#include "core/withdrawals/requestsignatureschema.h"

namespace exchange::withdrawals {

QStringList requestSignatureSchema(const Dialect &)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE withdrawal_request_signatures ("
                        " withdrawal_id BIGINT NOT NULL REFERENCES withdrawals (id),"
                        " position INTEGER NOT NULL CHECK (position >= 0),"
                        " chain TEXT NOT NULL CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
                        " signer TEXT NOT NULL CHECK (length(signer) > 0),"
                        " signature TEXT NOT NULL CHECK (length(signature) > 0),"
                        " payload TEXT NOT NULL CHECK (length(payload) > 0),"
                        " PRIMARY KEY (withdrawal_id, position))");
    return s;
}

} // namespace exchange::withdrawals
