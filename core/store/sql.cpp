#include "core/store/sql.h"

#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "exchange.store")

namespace exchange::sql {

namespace {

ErrorCode classify(const QSqlError &error)
{
    switch (error.type()) {
    case QSqlError::ConnectionError: return ErrorCode::Unavailable;
    case QSqlError::StatementError:
    case QSqlError::TransactionError:
    case QSqlError::UnknownError:
    case QSqlError::NoError: break;
    }
    const QString code = error.nativeErrorCode();
    // SQLite: 5 busy, 6 locked, 19 constraint; PostgreSQL: 40001 serialization,
    // 40P01 deadlock, 23xxx integrity, 08xxx connection.
    if (code == u"5" || code == u"6" || code == u"40001" || code == u"40P01")
        return ErrorCode::Conflict;
    if (code == u"19" || code.startsWith(u"23"))
        return ErrorCode::Conflict;
    if (code.startsWith(u"08") || code == u"57P01")
        return ErrorCode::Unavailable;
    return ErrorCode::Internal;
}

Error failure(const QSqlQuery &query, const QString &statement)
{
    const QSqlError error = query.lastError();
    qCWarning(lcStore).noquote() << "SQL failed:" << statement.simplified().left(200)
                                 << "--" << error.text();
    const ErrorCode code = classify(error);
    std::string message;
    switch (code) {
    case ErrorCode::Unavailable: message = "the database cannot be reached"; break;
    case ErrorCode::Conflict: message = "the database refused a conflicting change"; break;
    default: message = "a database statement failed"; break;
    }
    return Error{code, message};
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return failure(query, statement);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    if (!query.exec())
        return failure(query, statement);
    return query;
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, std::initializer_list<QVariant> values)
{
    return run(db, statement, QVariantList(values));
}

Result<void> execute(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return failure(query, statement);
    return {};
}

bool isUniqueViolation(const QSqlQuery &query)
{
    const QString code = query.lastError().nativeErrorCode();
    return code == u"23505" || code == u"2067" || code == u"1555" || code == u"19";
}

} // namespace exchange::sql
