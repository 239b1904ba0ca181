#include "core/wallets/feewalletschema.h"

namespace exchange::wallets {

QStringList feeWalletSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("ALTER TABLE chain_settings ADD COLUMN %1").arg(d.nullableAmountColumn(QStringLiteral("fee_wallet_max")));
    s << QStringLiteral("ALTER TABLE chain_settings ADD COLUMN %1").arg(d.nullableAmountColumn(QStringLiteral("fee_wallet_low")));
    if (d.isSQLite()) {
        // Widening the IN list changes nothing stored; SQLite cannot alter
        // a CHECK, so the recorded SQL is edited in place as in migration 17
        // (integrityholdschema.cpp says why this is safe).
        s << QStringLiteral("PRAGMA writable_schema = ON");
        s << QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, 'to_tier IN (''hot'', ''warm'')',"
                            " 'to_tier IN (''hot'', ''warm'', ''fee'')')"
                            " WHERE type = 'table' AND name = 'replenishments'");
        s << QStringLiteral("PRAGMA writable_schema = RESET");
        s << QStringLiteral("CREATE TABLE migration_32_schema_cookie (x INTEGER)");
        s << QStringLiteral("DROP TABLE migration_32_schema_cookie");
    } else {
        s << QStringLiteral("ALTER TABLE replenishments DROP CONSTRAINT replenishments_to_tier_check");
        s << QStringLiteral("ALTER TABLE replenishments ADD CONSTRAINT replenishments_to_tier_check"
                            " CHECK (to_tier IN ('hot', 'warm', 'fee'))");
    }
    return s;
}

} // namespace exchange::wallets
