#pragma once
// inRetryingTransaction: runs body in a transaction and commits it. A
// Conflict (another writer, or a row that left the state it was read in)
// rolls back and runs body again from the start, so body re-reads whatever
// it decides on (a BEGIN that timed out waiting for the write lock is tried
// again too); any other error rolls back and is returned. For services
// whose every step is "read, decide, write, audit" in one commit.

#include "core/base/result.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"

#include <QThread>

namespace exchange {

inline constexpr int kTransactionAttempts = 8;

template <typename T, typename Body>
Result<T> inRetryingTransaction(Database &database, Body body)
{
    Error last{ErrorCode::Conflict, "the store was too busy; try again"};
    for (int attempt = 0; attempt < kTransactionAttempts; ++attempt) {
        UnitOfWork work(database);
        if (auto began = work.began(); !began) {
            // SQLite's BEGIN IMMEDIATE gives up after the busy timeout when
            // other writers keep taking the lock first: take another turn.
            if (began.error().code != ErrorCode::Conflict)
                return began.error();
            last = began.error();
            QThread::msleep(static_cast<unsigned long>(1 + attempt * attempt));
            continue;
        }
        Result<T> done = body(work);
        if (done) {
            auto committed = work.commit();
            if (committed)
                return done;
            if (committed.error().code != ErrorCode::Conflict)
                return committed.error();
            last = committed.error();
        } else {
            if (done.error().code != ErrorCode::Conflict)
                return done.error();
            last = done.error();
            work.rollback();
        }
        QThread::msleep(static_cast<unsigned long>(1 + attempt * attempt));
    }
    return last;
}

} // namespace exchange
