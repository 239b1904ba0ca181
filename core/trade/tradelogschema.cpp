#include "core/trade/tradelogschema.h"

namespace exchange::trade {

QStringList tradeLogSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("ALTER TABLE trade_log RENAME COLUMN message TO payload_head");
    s << QStringLiteral("ALTER TABLE trade_log ADD COLUMN source TEXT NOT NULL DEFAULT ''");
    s << QStringLiteral("ALTER TABLE trade_log ADD COLUMN endpoint TEXT NOT NULL DEFAULT ''");
    s << QStringLiteral("ALTER TABLE trade_log ADD COLUMN status INTEGER NOT NULL DEFAULT 0");
    s << QStringLiteral("ALTER TABLE trade_log ADD COLUMN payload_sha256 TEXT NOT NULL DEFAULT ''");
    s << QStringLiteral("ALTER TABLE trade_log ADD COLUMN payload_bytes BIGINT NOT NULL DEFAULT 0");
    s << QStringLiteral("ALTER TABLE trade_log ADD COLUMN repeats BIGINT NOT NULL DEFAULT 1 CHECK (repeats >= 1)");
    // What the row takes (its text and a fixed overhead): pruning by size sums it.
    s << QStringLiteral("ALTER TABLE trade_log ADD COLUMN size_bytes BIGINT NOT NULL DEFAULT 0");
    if (d.isSQLite()) {
        // sha256_hex and utf8_prefix are registered on every SQLite connection.
        s << QStringLiteral("UPDATE trade_log SET payload_sha256 = sha256_hex(payload_head),"
                            " payload_bytes = length(CAST(payload_head AS BLOB)),"
                            " payload_head = utf8_prefix(payload_head, %1)")
                 .arg(kLogPayloadHeadBytes);
        s << QStringLiteral("UPDATE trade_log SET size_bytes = length(CAST(payload_head AS BLOB))"
                            " + length(CAST(reason AS BLOB)) + 64 + %1")
                 .arg(kLogRowOverheadBytes);
    } else {
        // The longest prefix of at most n bytes: PostgreSQL text is always
        // valid UTF-8, so cutting whole characters keeps it valid.
        s << QStringLiteral("CREATE FUNCTION trade_log_utf8_prefix(t text, n integer) RETURNS text"
                            " LANGUAGE plpgsql IMMUTABLE STRICT AS"
                            " 'DECLARE k integer := least(length(t), n);"
                            " BEGIN WHILE octet_length(left(t, k)) > n LOOP k := k - 1; END LOOP;"
                            " RETURN left(t, k); END'");
        s << QStringLiteral("UPDATE trade_log SET payload_sha256 = encode(sha256(convert_to(payload_head, 'UTF8')), 'hex'),"
                            " payload_bytes = octet_length(payload_head),"
                            " payload_head = trade_log_utf8_prefix(payload_head, %1)")
                 .arg(kLogPayloadHeadBytes);
        s << QStringLiteral("UPDATE trade_log SET size_bytes = octet_length(payload_head) + octet_length(reason) + 64 + %1")
                 .arg(kLogRowOverheadBytes);
        s << QStringLiteral("DROP FUNCTION trade_log_utf8_prefix(text, integer)");
    }
    s << QStringLiteral("CREATE INDEX trade_log_at ON trade_log (at)");
    return s;
}

} // namespace exchange::trade
