#pragma once
// A fresh, empty database for one test, on the backend the test run asks
// for: EXCHANGE_TEST_BACKEND=sqlite (default) or postgresql. PostgreSQL
// comes from the private server the test fixture started (its URL in the
// file named by EXCHANGE_TEST_PG_URL_FILE); each TestDatabase creates its
// own database there and drops it afterwards.

#include "core/store/database.h"

#include <QTemporaryDir>

#include <memory>

class TestDatabase final
{
public:
    TestDatabase();
    ~TestDatabase();
    Q_DISABLE_COPY_MOVE(TestDatabase)

    // Empty string when the database could be created; otherwise why not.
    QString failure() const { return m_failure; }
    const QString &url() const { return m_url; }
    bool isPostgres() const { return m_postgres; }

    // Opens (and by default migrates) a Database on the test database.
    std::unique_ptr<exchange::Database> open(bool migrate = true) const;

    static QString backendName();

private:
    QTemporaryDir m_dir;
    QString m_url;
    QString m_adminUrl;
    QString m_name;
    QString m_failure;
    bool m_postgres = false;
};

// Fails the current test (and returns) unless the database is ready.
#define REQUIRE_TEST_DATABASE(testDb)                                                             \
    do {                                                                                          \
        if (!(testDb).failure().isEmpty())                                                        \
            QFAIL(qPrintable((testDb).failure()));                                                \
    } while (false)
