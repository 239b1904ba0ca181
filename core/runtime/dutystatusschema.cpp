#include "core/runtime/dutystatusschema.h"

namespace exchange {

QStringList dutyStatusSchema(const Dialect &d)
{
    QStringList s;
    s << QStringLiteral("CREATE TABLE duty_status ("
                        " kind TEXT NOT NULL CHECK (kind IN ('watcher', 'payouts')),"
                        " name TEXT NOT NULL,"
                        " health TEXT NOT NULL CHECK (health IN ('running', 'blocked', 'off', 'down')),"
                        " text TEXT NOT NULL,"
                        " down_since BIGINT NULL,"
                        " reported_by TEXT NOT NULL,"
                        " updated_at BIGINT NOT NULL,"
                        " PRIMARY KEY (kind, name))");
    if (!d.isSQLite())
        s << QStringLiteral("CREATE TRIGGER duty_status_feed AFTER INSERT OR UPDATE OR DELETE ON duty_status"
                            " FOR EACH STATEMENT EXECUTE FUNCTION exchange_notify_statement('Duty')");
    return s;
}

} // namespace exchange
