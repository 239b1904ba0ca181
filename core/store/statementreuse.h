#pragma once
// StatementReuse: while one is alive on a thread, sql::run and sql::prepare
// on its connection prepare each statement text once and run the prepared
// statement again for the same text. For a batch that runs the same
// statements many times in one transaction (WithdrawalService::requestAll):
// SQLite otherwise parses and compiles each again, its INSERTs with their
// triggers.
//
// A query run() returned is then valid until the same text is run again
// on that connection: read it first, as every repository does (it turns
// rows into records before it returns). The statements are reset when a
// Savepoint ends and when the scope ends, so none is left half-read at a
// rollback or a commit. Scopes nest; one thread, one connection each.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <unordered_map>

namespace exchange {

class StatementReuse final
{
public:
    explicit StatementReuse(const QSqlDatabase &db);
    ~StatementReuse();
    Q_DISABLE_COPY_MOVE(StatementReuse)

    // The statement prepared for this text on db in the active scope;
    // nullptr when there is none for db on this thread, or none yet.
    static QSqlQuery *find(const QSqlDatabase &db, const QString &statement);
    // Whether a scope is active for db on this thread.
    static bool isActive(const QSqlDatabase &db);
    // Keeps query (prepared on db) in the active scope: the one kept.
    static QSqlQuery &keep(const QSqlDatabase &db, const QString &statement, QSqlQuery &&query);
    // Resets every statement kept for db on this thread (a savepoint ends).
    static void resetAll(const QSqlDatabase &db);

private:
    static StatementReuse *activeFor(const QSqlDatabase &db);

    QString m_connection;
    std::unordered_map<QString, QSqlQuery> m_queries;
    StatementReuse *m_outer = nullptr;
};

} // namespace exchange
