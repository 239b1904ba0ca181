// Database URLs: both forms parse; anything else is refused with a reason;
// the redacted form never shows the password.

#include "core/store/databaseurl.h"

#include <QDir>
#include <QSqlDatabase>
#include <QTest>

using exchange::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT
private slots:
    void sqliteAbsolutePath()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/exchange/a.db"));
        QVERIFY(url.ok());
        QCOMPARE(url->kind, DatabaseUrl::Kind::SQLite);
        QCOMPARE(url->path, QStringLiteral("/var/lib/exchange/a.db"));
        QCOMPARE(url->redacted(), QStringLiteral("sqlite:///var/lib/exchange/a.db"));
    }
    void sqliteRelativePath()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("sqlite://data/a.db"));
        QVERIFY(url.ok());
        QCOMPARE(url->path, QDir::current().absoluteFilePath(QStringLiteral("data/a.db")));
    }
    void postgresql()
    {
        auto url = DatabaseUrl::parse(QStringLiteral("postgresql://ops:s3cret@db.internal:6543/exchange"));
        QVERIFY(url.ok());
        QCOMPARE(url->kind, DatabaseUrl::Kind::PostgreSQL);
        QCOMPARE(url->host, QStringLiteral("db.internal"));
        QCOMPARE(url->port, 6543);
        QCOMPARE(url->user, QStringLiteral("ops"));
        QCOMPARE(url->password, QStringLiteral("s3cret"));
        QCOMPARE(url->databaseName, QStringLiteral("exchange"));
        QVERIFY(!url->redacted().contains(QStringLiteral("s3cret")));
        QCOMPARE(url->redacted(), QStringLiteral("postgresql://ops:***@db.internal:6543/exchange"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://h/db"))->port, 5432);
    }
    // A connection is pointed at what the URL names (not opened).
    void appliedToAConnection()
    {
        {
            QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("pg"));
            DatabaseUrl::parse(QStringLiteral("postgresql://ops:s3cret@db.internal:6543/exchange"))->applyTo(pg);
            QCOMPARE(pg.hostName(), QStringLiteral("db.internal"));
            QCOMPARE(pg.port(), 6543);
            QCOMPARE(pg.userName(), QStringLiteral("ops"));
            QCOMPARE(pg.password(), QStringLiteral("s3cret"));
            QCOMPARE(pg.databaseName(), QStringLiteral("exchange"));
            QVERIFY(!pg.isOpen());
            QSqlDatabase lite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lite"));
            DatabaseUrl::parse(QStringLiteral("sqlite:///var/lib/exchange/a.db"))->applyTo(lite);
            QCOMPARE(lite.databaseName(), QStringLiteral("/var/lib/exchange/a.db"));
            QVERIFY(lite.hostName().isEmpty());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg"));
        QSqlDatabase::removeDatabase(QStringLiteral("lite"));
    }
    void refusals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("unknown scheme") << QStringLiteral("mysql://h/db");
        QTest::newRow("no scheme") << QStringLiteral("/tmp/a.db");
        QTest::newRow("sqlite without file") << QStringLiteral("sqlite://");
        QTest::newRow("postgres without db") << QStringLiteral("postgresql://u:p@h:5432/");
        QTest::newRow("postgres without host") << QStringLiteral("postgresql:///db");
    }
    void refusals()
    {
        QFETCH(QString, text);
        auto url = DatabaseUrl::parse(text);
        QVERIFY(!url.ok());
        QCOMPARE(url.error().code, exchange::ErrorCode::InvalidInput);
        QVERIFY(url.error().message.rfind("database URL", 0) == 0);
    }
    void errorsNeverShowThePassword()
    {
        auto db = DatabaseUrl::parse(QStringLiteral("postgresql://u:topsecret@h:1/"));
        QVERIFY(!db.ok());
        QVERIFY(db.error().message.find("topsecret") == std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
