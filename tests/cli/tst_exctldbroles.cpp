// Least privilege from the command line, on this run's store. On PostgreSQL
// `exctl init` renews the consoles' group role and says what it may do,
// `exctl db grant-console ROLE` makes a login role a member (again: still
// success; an unknown role or the superuser: refused, exit 1), that login
// runs `audit verify` and `ledger check`, and `exctl serve` warns on stderr
// when it connects as a role that could drop the append-only triggers and
// not when it connects as the console's login. On SQLite there are no
// roles: init says nothing of them, grant-console is refused, serve warns
// of nothing.

#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run exctl(const QString &url, const QStringList &args)
{
    QProcess process;
    process.start(QStringLiteral(EXCTL_PATH), QStringList{QStringLiteral("--db"), url} + args);
    if (!process.waitForFinished(120000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

const QString kWarning = QStringLiteral("may drop or disable the triggers");

QStringList serveBriefly()
{
    return {QStringLiteral("serve"), QStringLiteral("--api"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-duties"),
            QStringLiteral("--for-seconds"), QStringLiteral("1")};
}

} // namespace

class TestExctlDbRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors();
    void sqliteHasNoRoles();
    void aGrantedLoginWorksAndServeWarnsOnlyForTheOwner();

private:
    std::unique_ptr<TestDatabase> m_db;
    Run m_init;
};

void TestExctlDbRoles::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    m_init = exctl(m_db->url(), {QStringLiteral("init")});
    QVERIFY2(m_init.code == 0, qPrintable(m_init.err));
}

void TestExctlDbRoles::cleanupTestCase()
{
    m_db.reset();
}

void TestExctlDbRoles::usageErrors()
{
    QCOMPARE(exctl(m_db->url(), {QStringLiteral("db"), QStringLiteral("grant-console")}).code, 2);
    QCOMPARE(exctl(m_db->url(), {QStringLiteral("db"), QStringLiteral("grant-console"), QStringLiteral("a"), QStringLiteral("b")}).code, 2);
}

void TestExctlDbRoles::sqliteHasNoRoles()
{
    if (m_db->isPostgres())
        QSKIP("aGrantedLoginWorksAndServeWarnsOnlyForTheOwner covers PostgreSQL");
    QVERIFY(!m_init.out.contains(QStringLiteral("exchange_console")));
    const Run grant = exctl(m_db->url(), {QStringLiteral("db"), QStringLiteral("grant-console"), QStringLiteral("desk")});
    QCOMPARE(grant.code, 1);
    QVERIFY2(grant.err.contains(QStringLiteral("no roles")), qPrintable(grant.err));
    const Run serve = exctl(m_db->url(), serveBriefly());
    QCOMPARE(serve.code, 0);
    QVERIFY2(!serve.err.contains(kWarning), qPrintable(serve.err));
}

void TestExctlDbRoles::aGrantedLoginWorksAndServeWarnsOnlyForTheOwner()
{
    if (!m_db->isPostgres())
        QSKIP("roles are PostgreSQL's (sqliteHasNoRoles covers SQLite)");
    QVERIFY2(m_init.out.contains(QStringLiteral("the consoles' role exchange_console may read and write the working tables")),
             qPrintable(m_init.out));

    auto owner = m_db->open(false);
    QVERIFY(owner);
    const QString login = QStringLiteral("desk_%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    const QString password = QStringLiteral("pw%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    QVERIFY(exchange::sql::execute(owner->connection(), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, password)));
    auto dropLogin = qScopeGuard(
        [&] { (void)exchange::sql::execute(owner->connection(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(login)); });

    const QStringList grant{QStringLiteral("db"), QStringLiteral("grant-console"), login};
    const Run granted = exctl(m_db->url(), grant);
    QVERIFY2(granted.code == 0, qPrintable(granted.err));
    QVERIFY(granted.out.contains(login + QStringLiteral(" is a member of exchange_console")));
    QVERIFY(!(granted.out + granted.err).contains(password));
    QCOMPARE(exctl(m_db->url(), grant).code, 0);
    const Run unknown = exctl(m_db->url(), {QStringLiteral("db"), QStringLiteral("grant-console"), QStringLiteral("no_such_desk")});
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("no role named")), qPrintable(unknown.err));

    // The test server's user owns the tables and is a superuser: warned.
    const Run asOwner = exctl(m_db->url(), serveBriefly());
    QCOMPARE(asOwner.code, 0);
    QVERIFY2(asOwner.err.contains(kWarning), qPrintable(asOwner.err));

    QUrl url(m_db->url());
    url.setUserName(login);
    url.setPassword(password);
    const QString asDesk = url.toString();
    const Run audit = exctl(asDesk, {QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(audit.code == 0, qPrintable(audit.err));
    const Run ledger = exctl(asDesk, {QStringLiteral("ledger"), QStringLiteral("check")});
    QVERIFY2(ledger.code == 0, qPrintable(ledger.err));
    const Run serve = exctl(asDesk, serveBriefly());
    QVERIFY2(serve.code == 0, qPrintable(serve.err));
    QVERIFY2(!serve.err.contains(kWarning), qPrintable(serve.err));
    owner->releaseThreadConnection();
}

QTEST_GUILESS_MAIN(TestExctlDbRoles)
#include "tst_exctldbroles.moc"
