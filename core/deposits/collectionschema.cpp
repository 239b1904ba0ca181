#include "core/deposits/collectionschema.h"

namespace exchange::deposits {

QStringList collectionSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE collections ("
                        " %1,"
                        " group_key TEXT NOT NULL,"
                        " chain TEXT NOT NULL CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
                        " asset TEXT NOT NULL REFERENCES assets (code),"
                        " from_address TEXT NOT NULL,"
                        " tier TEXT NOT NULL CHECK (tier IN ('hot', 'warm', 'cold')),"
                        " to_address TEXT NOT NULL,"
                        " %2,"
                        " %3,"
                        " %4,"
                        " sequence BIGINT NOT NULL,"
                        " raw_tx TEXT NOT NULL,"
                        " txid TEXT NOT NULL UNIQUE,"
                        " state TEXT NOT NULL CHECK (state IN ('signed', 'broadcast', 'confirmed', 'failed')),"
                        " created_at BIGINT NOT NULL,"
                        " updated_at BIGINT NOT NULL,"
                        " note TEXT NOT NULL DEFAULT '',"
                        " UNIQUE (chain, from_address, sequence))")
             .arg(d.idColumn(QStringLiteral("id")), d.amountColumn(QStringLiteral("amount")),
                  d.amountColumn(QStringLiteral("max_fee")), d.nullableAmountColumn(QStringLiteral("fee")));
    s << QStringLiteral("CREATE INDEX collections_state ON collections (state, id)");
    s << QStringLiteral("CREATE INDEX collections_group ON collections (group_key)");
    s << QStringLiteral("CREATE TABLE collection_deposits ("
                        " group_key TEXT NOT NULL,"
                        " deposit_id BIGINT NOT NULL REFERENCES deposits (id),"
                        " PRIMARY KEY (group_key, deposit_id))");
    return s;
}

} // namespace exchange::deposits
