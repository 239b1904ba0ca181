#pragma once
// Savepoint: a part of a UnitOfWork's transaction that can be undone alone
// (SQL SAVEPOINT), for a batch of requests in one commit: one refused
// leaves nothing of itself and the others stand. It begins on
// construction; release() keeps what was done since (it is then the
// transaction's, committed or rolled back with it); rollback() undoes it,
// and so does the destructor when neither was called. On PostgreSQL it is
// also what lets the transaction go on after a statement failed in it.

#include "core/base/result.h"

#include <QSqlDatabase>
#include <QString>

namespace exchange {

class UnitOfWork;

class Savepoint final
{
public:
    explicit Savepoint(UnitOfWork &work);
    ~Savepoint();
    Q_DISABLE_COPY_MOVE(Savepoint)

    // Whether SAVEPOINT succeeded (and the transaction was active).
    Result<void> began() const;
    Result<void> release();
    Result<void> rollback();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_open = false;
    Error m_error;
};

} // namespace exchange
