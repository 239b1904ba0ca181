#include "core/store/storeschema.h"

#include "core/money/asset.h"

namespace exchange {

// 1: exact amount arithmetic on PostgreSQL, assets with their settings,
// customers, and a key-value table for store-wide facts.
QStringList storeSchema(const Dialect &d)
{
    QStringList s;
    if (!d.isSQLite()) {
        s << QStringLiteral("CREATE FUNCTION amount_add(numeric, numeric) RETURNS numeric "
                            "LANGUAGE SQL IMMUTABLE STRICT AS 'SELECT $1 + $2'")
          << QStringLiteral("CREATE FUNCTION amount_sub(numeric, numeric) RETURNS numeric "
                            "LANGUAGE SQL IMMUTABLE STRICT AS 'SELECT $1 - $2'")
          << QStringLiteral("CREATE AGGREGATE amount_sum(numeric) "
                            "(SFUNC = numeric_add, STYPE = numeric, INITCOND = '0')");
    }
    s << QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    s << QStringLiteral(
             "CREATE TABLE assets ("
             " code TEXT PRIMARY KEY CHECK (length(code) BETWEEN 1 AND 12),"
             " name TEXT NOT NULL,"
             " chain TEXT NOT NULL CHECK (chain IN ('stellar', 'ethereum', 'algorand')),"
             " decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 38),"
             " display_decimals INTEGER NOT NULL CHECK (display_decimals BETWEEN 0 AND decimals),"
             " %1, %2, %3, %4, %5, %6, %7,"
             " version INTEGER NOT NULL DEFAULT 1,"
             " updated_at BIGINT NOT NULL)")
             .arg(d.amountColumn(QStringLiteral("min_deposit")),
                  d.amountColumn(QStringLiteral("min_collection")),
                  d.amountColumn(QStringLiteral("withdraw_fee")),
                  d.amountColumn(QStringLiteral("limit_24h")),
                  d.amountColumn(QStringLiteral("limit_72h")),
                  d.amountColumn(QStringLiteral("hot_max")),
                  d.amountColumn(QStringLiteral("warm_max")));
    // The chains' native assets exist from the start, with every setting at
    // zero: nothing is paid out automatically until an admin sets limits.
    const QString zero = d.amountToSql(Amount::zero()).toString();
    for (const Asset &asset : nativeAssets()) {
        s << QStringLiteral("INSERT INTO assets (code, name, chain, decimals, display_decimals,"
                            " min_deposit, min_collection, withdraw_fee, limit_24h, limit_72h,"
                            " hot_max, warm_max, updated_at)"
                            " VALUES ('%1', '%2', '%3', %4, %5, '%6', '%6', '%6', '%6', '%6', '%6', '%6', 0)")
                 .arg(QString::fromStdString(asset.code), QString::fromStdString(asset.name),
                      QString::fromLatin1(chainName(asset.chain)))
                 .arg(asset.decimals)
                 .arg(asset.displayDecimals)
                 .arg(zero);
    }
    s << QStringLiteral("CREATE TABLE customers ("
                        " %1,"
                        " name TEXT NOT NULL CHECK (length(name) > 0),"
                        " email TEXT,"
                        " disabled INTEGER NOT NULL DEFAULT 0,"
                        " created_at BIGINT NOT NULL)")
             .arg(d.idColumn(QStringLiteral("id")));
    s << QStringLiteral("CREATE UNIQUE INDEX customers_email ON customers (email)");
    return s;
}

} // namespace exchange
