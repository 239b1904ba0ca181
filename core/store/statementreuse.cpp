#include "core/store/statementreuse.h"

namespace exchange {

namespace {

thread_local StatementReuse *t_active = nullptr;

} // namespace

StatementReuse::StatementReuse(const QSqlDatabase &db) : m_connection(db.connectionName()), m_outer(t_active)
{
    t_active = this;
}

StatementReuse::~StatementReuse()
{
    for (auto &[text, query] : m_queries)
        query.finish();
    m_queries.clear();
    t_active = m_outer;
}

StatementReuse *StatementReuse::activeFor(const QSqlDatabase &db)
{
    for (StatementReuse *scope = t_active; scope; scope = scope->m_outer)
        if (scope->m_connection == db.connectionName())
            return scope;
    return nullptr;
}

QSqlQuery *StatementReuse::find(const QSqlDatabase &db, const QString &statement)
{
    StatementReuse *scope = activeFor(db);
    if (!scope)
        return nullptr;
    const auto it = scope->m_queries.find(statement);
    return it == scope->m_queries.end() ? nullptr : &it->second;
}

bool StatementReuse::isActive(const QSqlDatabase &db)
{
    return activeFor(db) != nullptr;
}

QSqlQuery &StatementReuse::keep(const QSqlDatabase &db, const QString &statement, QSqlQuery &&query)
{
    // Called only while isActive(db).
    return activeFor(db)->m_queries.insert_or_assign(statement, std::move(query)).first->second;
}

void StatementReuse::resetAll(const QSqlDatabase &db)
{
    for (StatementReuse *scope = t_active; scope; scope = scope->m_outer)
        if (scope->m_connection == db.connectionName())
            for (auto &[text, query] : scope->m_queries)
                query.finish();
}

} // namespace exchange
