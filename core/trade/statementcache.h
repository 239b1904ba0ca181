#pragma once
// Prepared statements kept across calls on one connection, so that the hot
// path of the trade service does not compile the same SQL for every order.
// Tied to the connection it was filled on: a different connection (another
// thread, a reopened database) starts it afresh. On any failure the
// statement runs once more through sql::run, which classifies and logs the
// error the same way as everywhere else (a failed statement changed
// nothing, so running it again is safe).

#include "core/base/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace exchange::trade {

class StatementCache final
{
public:
    // The query, executed; valid until the next run(). Read its rows, then
    // call finish() on it.
    Result<QSqlQuery *> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

private:
    Result<QSqlQuery *> fallback(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

    QString m_connection;
    QHash<QString, QSqlQuery> m_queries;
    std::optional<QSqlQuery> m_fallback;
};

} // namespace exchange::trade
