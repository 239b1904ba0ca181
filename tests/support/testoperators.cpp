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

exchange::security::Actor testAdmin(exchange::Database &db, const std::string &name)
{
    using namespace exchange;
    const QString select = QStringLiteral("SELECT id FROM operators WHERE username = ?");
    auto found = sql::run(db.connection(), select, {QString::fromStdString(name)});
    if (found && !found.value().next()) {
        auto inserted = sql::run(db.connection(),
                                 QStringLiteral("INSERT INTO operators (username, role, password_hash, created_at,"
                                                " updated_at) VALUES (?, 'admin', 'not-a-hash', 0, 0)"),
                                 {QString::fromStdString(name)});
        if (!inserted)
            qFatal("cannot add test admin %s: %s", name.c_str(), inserted.error().message.c_str());
        found = sql::run(db.connection(), select, {QString::fromStdString(name)});
        if (found && !found.value().next())
            qFatal("test admin %s was not stored", name.c_str());
    }
    if (!found)
        qFatal("cannot read test admin %s: %s", name.c_str(), found.error().message.c_str());
    security::Actor admin = security::Actor::fromOperator(found.value().value(0).toLongLong(), name, security::Role::Admin);
    admin.secondFactor = true;
    return admin;
}
