#include "core/store/unitofwork.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QSqlDriver>

namespace exchange {

UnitOfWork::UnitOfWork(Database &database, Access access, Durability durability) : m_db(database.connection())
{
    if (!m_db.isOpen()) {
        m_error = Error{ErrorCode::Unavailable, "the database cannot be reached"};
        return;
    }
    const bool relaxed = durability == Durability::SurvivesProcessCrash && access == Access::Write;
    const bool sqlite = database.dialect().isSQLite();
    // SQLite changes synchronous outside a transaction only.
    if (relaxed && sqlite) {
        if (auto set = sql::execute(m_db, QStringLiteral("PRAGMA synchronous=NORMAL")); !set) {
            m_error = set.error();
            return;
        }
        m_sqliteRelaxed = true;
    }
    const QString begin = access == Access::Write ? database.dialect().beginWrite() : database.dialect().beginRead();
    if (auto begun = sql::execute(m_db, begin); !begun) {
        m_error = begun.error();
        restoreDurability();
        return;
    }
    m_active = true;
    m_db.driver()->setProperty(sql::kInTransaction, true);
    if (relaxed && !sqlite) {
        if (auto set = sql::execute(m_db, QStringLiteral("SET LOCAL synchronous_commit TO OFF")); !set) {
            m_error = set.error();
            rollback();
        }
    }
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
    restoreDurability();
    return {};
}

void UnitOfWork::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    (void)sql::execute(m_db, QStringLiteral("ROLLBACK"));
    m_db.driver()->setProperty(sql::kInTransaction, false);
    restoreDurability();
}

void UnitOfWork::restoreDurability()
{
    if (!m_sqliteRelaxed)
        return;
    m_sqliteRelaxed = false;
    // Every later commit on the connection is durable again. Should that
    // fail, the connection is opened anew before its next use, and
    // Database::configure sets synchronous=FULL there.
    if (!sql::execute(m_db, QStringLiteral("PRAGMA synchronous=FULL")))
        m_db.driver()->setProperty(sql::kConnectionLost, true);
}

} // namespace exchange
