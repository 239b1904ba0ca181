#include "core/withdrawals/withdrawalkeyschema.h"

namespace exchange::withdrawals {

QStringList withdrawalKeySchema(const Dialect &)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE withdrawal_keys ("
                        " customer_id BIGINT NOT NULL REFERENCES customers (id),"
                        " chain TEXT NOT NULL CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
                        " address TEXT NOT NULL CHECK (length(address) > 0),"
                        " added_by TEXT NOT NULL,"
                        " added_at BIGINT NOT NULL,"
                        " PRIMARY KEY (customer_id, chain, address))");
    s << QStringLiteral("CREATE TABLE withdrawal_key_policies ("
                        " customer_id BIGINT PRIMARY KEY REFERENCES customers (id),"
                        " required INTEGER NOT NULL CHECK (required >= 1))");
    s << QStringLiteral("CREATE TABLE withdrawal_api_requests ("
                        " customer_id BIGINT NOT NULL REFERENCES customers (id),"
                        " request_id TEXT NOT NULL CHECK (length(request_id) BETWEEN 1 AND 64),"
                        " withdrawal_id BIGINT NOT NULL UNIQUE REFERENCES withdrawals (id),"
                        " signers TEXT NOT NULL,"
                        " at BIGINT NOT NULL,"
                        " PRIMARY KEY (customer_id, request_id))");
    return s;
}

} // namespace exchange::withdrawals
