#include "testoperators.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QSqlQuery>

#include <algorithm>

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
    // Several processes may add theirs at once (the interop probes): a
    // refused insert reads again and, if the name is still missing, tries
    // the next id.
    for (int attempt = 0; attempt < 20; ++attempt) {
        auto found = sql::run(db.connection(), select, {QString::fromStdString(name)});
        if (!found)
            qFatal("cannot read test admin %s: %s", name.c_str(), found.error().message.c_str());
        if (found.value().next()) {
            security::Actor admin =
                security::Actor::fromOperator(found.value().value(0).toLongLong(), name, security::Role::Admin);
            admin.secondFactor = true;
            return admin;
        }
        // An id of its own, far above the small ids tests give their
        // operators (addTestOperators) and the ones the store hands out.
        auto highest = sql::run(db.connection(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM operators"));
        if (!highest || !highest.value().next())
            qFatal("cannot read the operators for test admin %s", name.c_str());
        const qint64 id = std::max<qint64>(900, highest.value().value(0).toLongLong() + 1) + attempt;
        (void)sql::run(db.connection(),
                       QStringLiteral("INSERT INTO operators (id, username, role, password_hash, created_at,"
                                      " updated_at) VALUES (?, ?, 'admin', 'not-a-hash', 0, 0)"),
                       {QVariant::fromValue<qint64>(id), QString::fromStdString(name)});
    }
    qFatal("cannot add test admin %s", name.c_str());
}
