#include "core/withdrawals/integrityholdschema.h"

namespace exchange::withdrawals {

QStringList integrityHoldSchema(const Dialect &d)
{
    QStringList s;
    if (d.isSQLite()) {
        // SQLite cannot alter a CHECK. Rebuilding the table would need the
        // foreign keys of its children off, which a migration's transaction
        // cannot do; widening an IN list changes nothing stored, so the
        // table's recorded SQL is edited in place as SQLite documents
        // ("Making Other Kinds Of Table Schema Changes"). RESET reloads this
        // connection's schema; the table made and dropped after it bumps the
        // schema cookie so that every other connection reloads too. All of it
        // is in the migration's transaction: a failure leaves the old schema.
        s << QStringLiteral("PRAGMA writable_schema = ON");
        s << QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, '''manual_payout''))',"
                            " '''manual_payout'', ''held_for_integrity''))')"
                            " WHERE type = 'table' AND name = 'withdrawals'");
        s << QStringLiteral("PRAGMA writable_schema = RESET");
        s << QStringLiteral("CREATE TABLE migration_17_schema_cookie (x INTEGER)");
        s << QStringLiteral("DROP TABLE migration_17_schema_cookie");
    } else {
        s << QStringLiteral("ALTER TABLE withdrawals DROP CONSTRAINT withdrawals_state_check");
        s << QStringLiteral("ALTER TABLE withdrawals ADD CONSTRAINT withdrawals_state_check CHECK (state IN ("
                            "'under_review', 'approved', 'processing', 'broadcast', 'succeeded', 'failed', 'rejected',"
                            " 'cancelled', 'error', 'manual_payout', 'held_for_integrity'))");
    }
    return s;
}

} // namespace exchange::withdrawals
