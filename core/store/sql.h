#pragma once
// Small helpers over QSqlQuery that turn driver failures into Result
// errors. The driver's own text goes to the log (it may quote values);
// the returned message names only what failed.

#include "core/base/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace exchange::sql {

// Set on a connection's driver when a statement found its PostgreSQL
// session gone (server restart, cut network, terminated backend).
inline constexpr char kConnectionLost[] = "exchangeConnectionLost";
// Set while a UnitOfWork's transaction is open on a connection: a lost
// session is not reopened under it, or the rest of that transaction would
// run outside any transaction on the new session; it reopens once the
// transaction has ended (failed).
inline constexpr char kInTransaction[] = "exchangeInTransaction";

// Prepares `statement` on db (forward only), or takes the one a
// StatementReuse scope keeps for it.
Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &statement);

// Prepares `statement` on db, binds `values` positionally and executes it.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement,
                      std::initializer_list<QVariant> values = {});
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &statement, const QVariantList &values);

// Executes a statement without parameters (DDL, BEGIN, PRAGMA).
Result<void> execute(const QSqlDatabase &db, const QString &statement);

// The error of a failed prepare or exec of `query` (logged; for callers
// that keep a prepared query to run it many times).
Error errorOf(const QSqlQuery &query, const QString &statement);

// True when the last error of `query` is a unique-constraint violation.
bool isUniqueViolation(const QSqlQuery &query);

} // namespace exchange::sql
