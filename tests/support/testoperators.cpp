#include "testoperators.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QSqlQuery>

void addTestOperators(exchange::Database &db, const std::vector<exchange::security::Actor> &operators)
{
    using namespace exchange;
    for (const security::Actor &actor : operators) {
        auto inserted = sql::run(db.connection(),
                                 QStringLiteral("INSERT INTO operators (id, username, role, password_hash, created_at,"
                                                " updated_at) VALUES (?, ?, ?, 'not-a-hash', 0, 0)"),
                                 {QVariant::fromValue<qint64>(actor.operatorId), QString::fromStdString(actor.username),
                                  QString::fromUtf8(security::roleName(actor.role))});
        if (!inserted)
            qFatal("cannot add test operator %s: %s", actor.username.c_str(), inserted.error().message.c_str());
    }
}
