#include "core/store/savepoint.h"

#include "core/store/sql.h"
#include "core/store/statementreuse.h"
#include "core/store/unitofwork.h"

#include <atomic>

namespace exchange {

namespace {

// Names are unique in the process, so savepoints may nest without naming
// each other's.
QString nextName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral("exchange_sp_%1").arg(++counter);
}

} // namespace

Savepoint::Savepoint(UnitOfWork &work) : m_db(work.db()), m_name(nextName())
{
    if (auto began = work.began(); !began) {
        m_error = began.error();
        return;
    }
    if (auto set = sql::execute(m_db, QStringLiteral("SAVEPOINT ") + m_name); !set) {
        m_error = set.error();
        return;
    }
    m_open = true;
}

Savepoint::~Savepoint()
{
    (void)rollback();
}

Result<void> Savepoint::began() const
{
    if (m_open)
        return {};
    return m_error;
}

Result<void> Savepoint::release()
{
    if (!m_open)
        return Result<void>::failure(ErrorCode::Internal, "release of a savepoint that is not open");
    m_open = false;
    StatementReuse::resetAll(m_db);
    return sql::execute(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_name);
}

Result<void> Savepoint::rollback()
{
    if (!m_open)
        return {};
    m_open = false;
    StatementReuse::resetAll(m_db);
    // Back to where it began, then gone: the transaction goes on.
    if (auto back = sql::execute(m_db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_name); !back)
        return back;
    return sql::execute(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_name);
}

} // namespace exchange
