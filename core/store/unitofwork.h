#pragma once
// UnitOfWork: one database transaction. It begins on construction (a write
// transaction), is committed only by commit(), and is rolled back by the
// destructor otherwise, so an early return or an exception leaves nothing
// half-written.

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

    explicit UnitOfWork(Database &database, Access access = Access::Write);
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
    QSqlDatabase m_db;
    bool m_active = false;
    Error m_error;
};

} // namespace exchange
