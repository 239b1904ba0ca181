#include "core/runtime/appendonlyschema.h"

namespace exchange {

const QStringList &appendOnlyTables()
{
    static const QStringList tables{QStringLiteral("audit_log"), QStringLiteral("signed_statements"),
                                    QStringLiteral("ledger_transfers"), QStringLiteral("webhook_events")};
    return tables;
}

QStringList appendOnlySchema(const Dialect &d)
{
    QStringList s;
    if (d.isSQLite())
        return s;
    s << QStringLiteral("CREATE FUNCTION refuse_truncate() RETURNS trigger LANGUAGE plpgsql AS"
                        " $$ BEGIN RAISE EXCEPTION '% is append-only: TRUNCATE refused', TG_TABLE_NAME; END $$");
    // As migration 19 shipped: the tables that existed then.
    for (const char *table : {"audit_log", "signed_statements", "ledger_transfers"}) {
        s << QStringLiteral("CREATE TRIGGER %1_no_truncate BEFORE TRUNCATE ON %1"
                            " FOR EACH STATEMENT EXECUTE FUNCTION refuse_truncate()")
                 .arg(QLatin1String(table));
    }
    return s;
}

} // namespace exchange
