#include "core/store/unitofwork.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QSqlDriver>

namespace exchange {

UnitOfWork::UnitOfWork(Database &database, Access access) : m_db(database.connection())
{
    if (!m_db.isOpen()) {
        m_error = Error{ErrorCode::Unavailable, "the database cannot be reached"};
        return;
    }
    const QString begin = access == Access::Write ? database.dialect().beginWrite() : database.dialect().beginRead();
    if (auto begun = sql::execute(m_db, begin); !begun) {
        m_error = begun.error();
        return;
    }
    m_active = true;
    m_db.driver()->setProperty(sql::kInTransaction, true);
}

UnitOfWork::~UnitOfWork()
{
    rollback();
}

Result<void> UnitOfWork::began() const
{
    if (m_active)
        return {};
    return m_error;
}

Result<void> UnitOfWork::commit()
{
    if (!m_active)
        return Result<void>::failure(ErrorCode::Internal, "commit without an active transaction");
    auto committed = sql::execute(m_db, QStringLiteral("COMMIT"));
    if (!committed) {
        rollback();
        return committed;
    }
    m_active = false;
    m_db.driver()->setProperty(sql::kInTransaction, false);
    return {};
}

void UnitOfWork::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    (void)sql::execute(m_db, QStringLiteral("ROLLBACK"));
    m_db.driver()->setProperty(sql::kInTransaction, false);
}

} // namespace exchange
