#include "core/store/sql.h"

#include "core/store/statementreuse.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcStore, "exchange.store")

namespace exchange::sql {

namespace {

ErrorCode classify(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // SQLite (extended codes): 5 busy, 6 locked, 2067/1555 unique/primary
    // key, other 19 + n*256 constraints. PostgreSQL: 40001 serialization,
    // 40P01 deadlock, 23505 unique, other 23xxx integrity, 08xxx connection.
    bool numeric = false;
    const int sqliteCode = code.toInt(&numeric);
    if (code == u"40001" || code == u"40P01" || code == u"23505")
        return ErrorCode::Conflict;
    if (numeric && (sqliteCode % 256 == 5 || sqliteCode % 256 == 6 || sqliteCode == 2067
                    || sqliteCode == 1555))
        return ErrorCode::Conflict;
    if (code.startsWith(u"23") || (numeric && sqliteCode % 256 == 19))
        return ErrorCode::InvalidInput;
    if (code.startsWith(u"08") || code.startsWith(u"57P"))
        return ErrorCode::Unavailable;
    // Qt's SQLite driver reports failed steps as connection errors too, so
    // the type counts only where no native code said otherwise.
    if (error.type() == QSqlError::ConnectionError && (!numeric || sqliteCode % 256 == 14))
        return ErrorCode::Unavailable;
    return ErrorCode::Internal;
}

// PostgreSQL's own errors carry an SQLSTATE; libpq's (a dropped or
// refused connection) carry none. Either way the session is gone.
bool connectionLost(const QSqlQuery &query)
{
    const QSqlDriver *driver = query.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return false;
    const QString code = query.lastError().nativeErrorCode();
    return code.isEmpty() || code.startsWith(u"08") || code.startsWith(u"57P");
}

Error failure(const QSqlQuery &query, const QString &statement)
{
    const QSqlError error = query.lastError();
    if (connectionLost(query)) {
        // Database::connection() opens it again before its next use.
        const_cast<QSqlDriver *>(query.driver())->setProperty(kConnectionLost, true);
    }
    qCWarning(lcStore).noquote() << "SQL failed:" << statement.simplified().left(200)
                                 << "--" << error.text();
    const ErrorCode code = connectionLost(query) ? ErrorCode::Unavailable : classify(error);
    std::string message;
    switch (code) {
    case ErrorCode::Unavailable: message = "the database cannot be reached"; break;
    case ErrorCode::Conflict: message = "the database refused a conflicting change"; break;
    case ErrorCode::InvalidInput: message = "the database refused a value that breaks its rules"; break;
    default: message = "a database statement failed"; break;
    }
    return Error{code, message};
}

} // namespace

Error errorOf(const QSqlQuery &query, const QString &statement)
{
    return failure(query, statement);
}

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &statement)
{
    const bool reuse = StatementReuse::isActive(db);
    QSqlQuery *kept = reuse ? StatementReuse::find(db, statement) : nullptr;
    if (!kept) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            return failure(query, statement);
        if (!reuse)
            return query;
        kept = &StatementReuse::keep(db, statement, std::move(query));
    }
    // A copy shares the prepared statement (and its results) with the one
    // kept: what reuse is. Qt deprecates copying because that sharing
    // surprises; StatementReuse's rule says when it is safe.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    return QSqlQuery(*kept);
    QT_WARNING_POP
}

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    auto prepared = prepare(db, statement);
    if (!prepared)
        return prepared.error();
    QSqlQuery query = std::move(prepared).value();
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
    return code == u"23505" || code == u"2067" || code == u"1555";
}

} // namespace exchange::sql
