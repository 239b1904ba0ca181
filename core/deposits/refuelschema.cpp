#include "core/deposits/refuelschema.h"

namespace exchange::deposits {

QStringList refuelSchema(const Dialect &d)
{
    QStringList s;
    if (d.isSQLite()) {
        // Widening the tier's IN list changes nothing stored; SQLite cannot
        // alter a CHECK, so the recorded SQL is edited in place as in
        // migration 17 (integrityholdschema.cpp says why this is safe).
        s << QStringLiteral("PRAGMA writable_schema = ON");
        s << QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, '(''deposit'', ''hot'', ''warm'', ''cold'')',"
                            " '(''deposit'', ''hot'', ''warm'', ''cold'', ''fee'')')"
                            " WHERE type = 'table' AND name = 'wallets'");
        // A sweep may go to the fee wallet too: gas left on a deposit
        // address, returned.
        s << QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, '(''hot'', ''warm'', ''cold'')',"
                            " '(''hot'', ''warm'', ''cold'', ''fee'')')"
                            " WHERE type = 'table' AND name = 'collections'");
        s << QStringLiteral("PRAGMA writable_schema = RESET");
        s << QStringLiteral("CREATE TABLE migration_31_schema_cookie (x INTEGER)");
        s << QStringLiteral("DROP TABLE migration_31_schema_cookie");
    } else {
        s << QStringLiteral("ALTER TABLE wallets DROP CONSTRAINT wallets_tier_check");
        s << QStringLiteral("ALTER TABLE wallets ADD CONSTRAINT wallets_tier_check"
                            " CHECK (tier IN ('deposit', 'hot', 'warm', 'cold', 'fee'))");
        s << QStringLiteral("ALTER TABLE collections DROP CONSTRAINT collections_tier_check");
        s << QStringLiteral("ALTER TABLE collections ADD CONSTRAINT collections_tier_check"
                            " CHECK (tier IN ('hot', 'warm', 'cold', 'fee'))");
    }
    s << QStringLiteral("CREATE TABLE refuels ("
                        " %1,"
                        " chain TEXT NOT NULL CHECK (chain IN ('ethereum', 'algorand')),"
                        " asset TEXT NOT NULL REFERENCES assets (code),"
                        " from_address TEXT NOT NULL,"
                        " to_address TEXT NOT NULL,"
                        " for_assets TEXT NOT NULL,"
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
    s << QStringLiteral("CREATE INDEX refuels_state ON refuels (state, id)");
    s << QStringLiteral("CREATE INDEX refuels_to ON refuels (chain, to_address, id)");
    return s;
}

} // namespace exchange::deposits
