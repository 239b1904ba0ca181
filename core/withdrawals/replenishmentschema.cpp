#include "core/withdrawals/replenishmentschema.h"

namespace exchange::withdrawals {

QStringList replenishmentSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE replenishments ("
                        " %1,"
                        " asset TEXT NOT NULL REFERENCES assets (code),"
                        " chain TEXT NOT NULL CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
                        " from_tier TEXT NOT NULL CHECK (from_tier IN ('warm', 'cold')),"
                        " to_tier TEXT NOT NULL CHECK (to_tier IN ('hot', 'warm')),"
                        " from_address TEXT NOT NULL,"
                        " to_address TEXT NOT NULL,"
                        " %2,"
                        " %3,"
                        " unsigned_tx TEXT NOT NULL UNIQUE,"
                        " signed_tx TEXT NULL,"
                        " txid TEXT NULL UNIQUE,"
                        " state TEXT NOT NULL CHECK (state IN ('exported', 'broadcast', 'confirmed', 'failed', 'cancelled')),"
                        " exported_by TEXT NOT NULL,"
                        " created_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL,"
                        " note TEXT NOT NULL DEFAULT '')")
             .arg(d.idColumn(QStringLiteral("id")), d.amountColumn(QStringLiteral("amount")),
                  d.amountColumn(QStringLiteral("max_fee")));
    s << QStringLiteral("CREATE INDEX replenishments_state ON replenishments (state, asset)");
    s << QStringLiteral("CREATE INDEX replenishments_source ON replenishments (chain, from_address, id)");
    return s;
}

} // namespace exchange::withdrawals
