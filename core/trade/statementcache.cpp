#include "core/trade/statementcache.h"

#include "core/store/sql.h"

namespace exchange::trade {

Result<QSqlQuery *> StatementCache::fallback(const QSqlDatabase &db, const QString &statement,
                                            const QVariantList &values)
{
    auto q = sql::run(db, statement, values);
    if (!q)
        return q.error();
    m_fallback.emplace(std::move(q).value());
    return &*m_fallback;
}

Result<QSqlQuery *> StatementCache::run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (db.connectionName() != m_connection) {
        m_queries.clear();
        m_connection = db.connectionName();
    }
    auto it = m_queries.find(statement);
    if (it == m_queries.end()) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            return fallback(db, statement, values);
        it = m_queries.insert(statement, std::move(query));
    }
    QSqlQuery &query = it.value();
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec()) {
        m_queries.erase(it);
        return fallback(db, statement, values);
    }
    return &query;
}

} // namespace exchange::trade
