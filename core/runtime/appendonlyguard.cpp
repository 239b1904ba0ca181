#include "core/runtime/appendonlyguard.h"

#include "core/runtime/appendonlyschema.h"
#include "core/runtime/consolerole.h"
#include "core/store/database.h"
#include "core/store/sql.h"

#include <QStringList>

namespace exchange {

Result<std::optional<std::string>> AppendOnlyGuard::bypass(Database &database)
{
    if (database.dialect().isSQLite())
        return std::optional<std::string>();
    QSqlDatabase db = database.connection();
    auto super = sql::run(db, QStringLiteral("SELECT current_user, rolsuper FROM pg_roles WHERE rolname = current_user"));
    if (!super)
        return super.error();
    if (!super.value().next())
        return Error{ErrorCode::Internal, "the connected role is not in pg_roles"};
    const std::string user = super.value().value(0).toString().toStdString();
    const std::string advice = "; connect consoles and exctl serve as a login role in " + ConsoleRole::groupName().toStdString()
                               + " (exctl db grant-console)";
    if (super.value().value(1).toBool()) {
        return std::optional<std::string>("the database role " + user
                                          + " is a superuser: it may drop or disable the triggers that keep the audit log, "
                                            "the signed statements and the ledger's transfers append-only"
                                          + advice);
    }
    auto owned = sql::run(db, QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                             " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')"
                                             " AND pg_has_role(c.relowner, 'USAGE') ORDER BY c.relname"));
    if (!owned)
        return owned.error();
    QStringList tables;
    while (owned.value().next()) {
        const QString table = owned.value().value(0).toString();
        if (appendOnlyTables().contains(table))
            tables << table;
    }
    if (tables.isEmpty())
        return std::optional<std::string>();
    return std::optional<std::string>("the database role " + user + " owns " + tables.join(QStringLiteral(", ")).toStdString()
                                      + ": it may drop or disable the triggers that keep them append-only" + advice);
}

} // namespace exchange
