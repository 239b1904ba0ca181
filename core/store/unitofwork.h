#pragma once
// UnitOfWork: one database transaction. It begins on construction (a write
// transaction), is committed only by commit(), and is rolled back by the
// destructor otherwise, so an early return or an exception leaves nothing
// half-written.
//
// A commit is durable (on disk when commit() returns) unless the work asks
// for Durability::SurvivesProcessCrash: then it survives the process's
// crash (SIGKILL included: it is in the operating system's hands) but the
// last such commits may be lost with the machine (power, kernel), and no
// durable commit after them is (SQLite: synchronous=NORMAL for this
// transaction, the WAL written without fsync; PostgreSQL: synchronous_commit
// off for it). For bookkeeping whose loss costs nothing (a request's nonce),
// never for money.

#include "core/base/result.h"

#include <QSqlDatabase>

namespace exchange {

class Database;

class UnitOfWork final
{
public:
    enum class Access {
        Write, // takes the write lock at once (SQLite IMMEDIATE)
        Read,  // a consistent snapshot that writes nothing
    };

    enum class Durability {
        Durable,
        SurvivesProcessCrash,
    };

    explicit UnitOfWork(Database &database, Access access = Access::Write, Durability durability = Durability::Durable);
    ~UnitOfWork();
    Q_DISABLE_COPY_MOVE(UnitOfWork)

    // Whether BEGIN succeeded; if not, error() says why.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Result<void> began() const;

    const QSqlDatabase &db() const { return m_db; }

    Result<void> commit();
    void rollback();

private:
    void restoreDurability();

    QSqlDatabase m_db;
    bool m_active = false;
    bool m_sqliteRelaxed = false; // synchronous=NORMAL until the transaction ends
    Error m_error;
};

} // namespace exchange
