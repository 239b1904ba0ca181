#include "testdatabase.h"

#include "core/runtime/schema.h"
#include "core/store/sql.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

QString TestDatabase::backendName()
{
    return qEnvironmentVariable("EXCHANGE_TEST_BACKEND", QStringLiteral("sqlite"));
}

TestDatabase::TestDatabase()
{
    m_postgres = backendName() == u"postgresql";
    if (!m_postgres) {
        m_url = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("test.db"));
        return;
    }
    QFile file(qEnvironmentVariable("EXCHANGE_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_failure = QStringLiteral("PostgreSQL test server URL file missing (%1): did the postgres fixture run?")
                        .arg(file.fileName());
        return;
    }
    m_adminUrl = QString::fromUtf8(file.readAll()).trimmed();
    m_name = QStringLiteral("t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    auto admin = exchange::Database::open(m_adminUrl);
    if (!admin) {
        m_failure = QString::fromStdString(admin.error().message);
        return;
    }
    auto created = exchange::sql::execute(admin.value()->connection(), QStringLiteral("CREATE DATABASE ") + m_name);
    if (!created) {
        m_failure = QStringLiteral("cannot create a PostgreSQL test database");
        return;
    }
    m_url = m_adminUrl.left(m_adminUrl.lastIndexOf(u'/') + 1) + m_name;
}

TestDatabase::~TestDatabase()
{
    if (!m_postgres || m_name.isEmpty() || !m_failure.isEmpty())
        return;
    auto admin = exchange::Database::open(m_adminUrl);
    if (admin)
        (void)exchange::sql::execute(admin.value()->connection(),
                                     QStringLiteral("DROP DATABASE IF EXISTS ") + m_name + QStringLiteral(" WITH (FORCE)"));
}

std::unique_ptr<exchange::Database> TestDatabase::open(bool migrate) const
{
    auto db = exchange::Database::open(m_url);
    if (!db) {
        qWarning("cannot open the test database: %s", db.error().message.c_str());
        return nullptr;
    }
    if (migrate) {
        if (auto migrated = db.value()->migrate(exchange::allMigrations()); !migrated) {
            qWarning("cannot migrate the test database: %s", migrated.error().message.c_str());
            return nullptr;
        }
    }
    return std::move(db).value();
}
