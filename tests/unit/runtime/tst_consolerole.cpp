// Least privilege on PostgreSQL (ConsoleRole, AppendOnlyGuard). A login
// role in exchange_console opens the migrated database, appends audit
// records and works normally (a withdrawal requested over the limit and
// approved through the core services), but cannot UPDATE the audit log,
// DELETE a signed statement, TRUNCATE the ledger's transfers, drop or
// disable a trigger, or alter or create a table; the audit chain and the
// ledger check still pass. The owner's connection is reported as able to
// bypass the triggers, the console's is not; the console role can neither
// re-grant itself nor migrate (it is told the owner must). On SQLite there
// are no roles: nothing is granted, a grant is refused, nothing is warned.

#include "core/base/manualclock.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/appendonlyguard.h"
#include "core/runtime/consolerole.h"
#include "core/runtime/schema.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QTest>
#include <QUrl>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

const std::string kStellar = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}

Actor approver(std::int64_t id, const char *name)
{
    Actor a = Actor::fromOperator(id, name, Role::Approver);
    a.secondFactor = true;
    return a;
}

qint64 count(const QSqlDatabase &db, const char *table)
{
    auto q = sql::run(db, QStringLiteral("SELECT COUNT(*) FROM ") + QString::fromLatin1(table));
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

// Empty when STATEMENT fails with a permission error; what happened otherwise.
QString deniedAs(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return QStringLiteral("accepted: ") + statement;
    const QString error = q.lastError().text();
    if (!error.contains(QStringLiteral("permission denied")) && !error.contains(QStringLiteral("must be owner")))
        return QStringLiteral("%1: refused, but not for want of rights: %2").arg(statement, error);
    return {};
}

} // namespace

class TestConsoleRole : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(TestDatabase::backendName())); }
    void sqliteHasNoRoles();
    void aConsoleRoleWorksButCannotEditOrAlter();
    void grantToRefusesWhatTheGroupCannotBind();

private:
    // A fresh login role with a random name and password; dropped at the end.
    QString makeLogin(Database &owner, QString *password);
    void dropLogin(Database &owner, const QString &login);
};

QString TestConsoleRole::makeLogin(Database &owner, QString *password)
{
    const QString login = QStringLiteral("console_%1").arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'));
    *password = QStringLiteral("pw%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    if (!sql::execute(owner.connection(), QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login, *password)))
        return {};
    return login;
}

void TestConsoleRole::dropLogin(Database &owner, const QString &login)
{
    (void)sql::execute(owner.connection(), QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
}

void TestConsoleRole::sqliteHasNoRoles()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    if (t.isPostgres())
        QSKIP("the PostgreSQL twin checks roles in the other test functions");
    auto db = t.open();
    QVERIFY(db);
    auto ensured = ConsoleRole::ensure(*db);
    QVERIFY(ensured.ok());
    QCOMPARE(ensured.value().state, ConsoleRole::Outcome::State::NotPostgres);
    QVERIFY(ensured.value().message.empty());
    QCOMPARE(ConsoleRole::grantTo(*db, QStringLiteral("anyone")).error().code, ErrorCode::InvalidInput);
    auto bypass = AppendOnlyGuard::bypass(*db);
    QVERIFY(bypass.ok());
    QVERIFY(!bypass.value());
}

void TestConsoleRole::aConsoleRoleWorksButCannotEditOrAlter()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    if (!t.isPostgres())
        QSKIP("roles are PostgreSQL's (sqliteHasNoRoles covers SQLite)");
    ManualClock clock{1'700'000'000'000};
    auto owner = t.open();
    QVERIFY(owner);

    // The owner (the test server's superuser) seeds what a console finds.
    const Actor admin = testAdmin(*owner, "tester");
    addTestOperators(*owner, {approver(1, "olga"), approver(2, "pete")});
    const std::int64_t ada = CustomerRepository(owner->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    QVERIFY(security::AuditedSettings(*owner, clock)
                .change(admin, "XLM", {{AssetSetting::Limit24h, "1000"}, {AssetSetting::Limit72h, "2000"}})
                .ok());
    QVERIFY(ledger::LedgerService(*owner, clock)
                .submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                        ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                        ledger::customerAccount(ada, "XLM"), xlm("5000")))
                .ok());
    auto ensured = ConsoleRole::ensure(*owner);
    QVERIFY2(ensured.ok(), ensured.ok() ? "" : ensured.error().message.c_str());
    QCOMPARE(ensured.value().state, ConsoleRole::Outcome::State::Granted);

    QString password;
    const QString login = makeLogin(*owner, &password);
    QVERIFY(!login.isEmpty());
    auto cleanupLogin = qScopeGuard([&] { dropLogin(*owner, login); });
    auto granted = ConsoleRole::grantTo(*owner, login);
    QVERIFY2(granted.ok(), granted.ok() ? "" : granted.error().message.c_str());
    QVERIFY(QString::fromStdString(granted.value().message).contains(login));
    QVERIFY(ConsoleRole::grantTo(*owner, login).ok()); // again: idempotent

    // The owner could set the triggers aside; say so.
    auto ownerBypass = AppendOnlyGuard::bypass(*owner);
    QVERIFY(ownerBypass.ok());
    QVERIFY(ownerBypass.value());
    QVERIFY(QString::fromStdString(*ownerBypass.value()).contains(QStringLiteral("superuser")));

    QUrl url(t.url());
    url.setUserName(login);
    url.setPassword(password);
    {
        auto opened = Database::open(url.toString());
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        Database &console = *opened.value();
        // Every opener migrates first: with nothing to do, the console role may.
        auto migrated = console.migrate(allMigrations());
        QVERIFY2(migrated.ok(), migrated.ok() ? "" : migrated.error().message.c_str());
        auto bypass = AppendOnlyGuard::bypass(console);
        QVERIFY(bypass.ok());
        QVERIFY2(!bypass.value(), bypass.value() ? bypass.value()->c_str() : "");
        // Only the owner grants.
        QCOMPARE(ConsoleRole::ensure(console).value().state, ConsoleRole::Outcome::State::NotOwner);

        // Normal work as the console role: a request over the 24h limit
        // waits for review and another operator approves it.
        const QSqlDatabase db = console.connection();
        const qint64 auditBefore = count(db, "audit_log");
        ledger::LedgerService ledgerService(console, clock);
        security::AuditLog audit(console, clock);
        WithdrawalService withdrawals(console, clock, ledgerService, audit);
        auto requested = withdrawals.request(approver(1, "olga"), ada, "XLM", kStellar, xlm("1500"));
        QVERIFY2(requested.ok(), requested.ok() ? "" : requested.error().message.c_str());
        QCOMPARE(requested.value().state, WithdrawalState::UnderReview);
        auto approved = withdrawals.approve(approver(2, "pete"), requested.value().id);
        QVERIFY2(approved.ok(), approved.ok() ? "" : approved.error().message.c_str());
        QCOMPARE(approved.value().state, WithdrawalState::Approved);
        QVERIFY(count(db, "audit_log") >= auditBefore + 2);
        QVERIFY(sql::run(db,
                         QStringLiteral("INSERT INTO signed_statements (kind, object_type, object_id, operator_id,"
                                        " public_key, statement, signature, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                         {QStringLiteral("approve"), QStringLiteral("withdrawal"), QString::number(requested.value().id), 2,
                          QString(64, QLatin1Char('a')), QStringLiteral("{}"), QString(128, QLatin1Char('b')),
                          qint64(1'700'000'000'000)})
                    .ok());

        // What the role may not do, whatever the triggers say.
        const qint64 audits = count(db, "audit_log");
        for (const QString &statement :
             {QStringLiteral("UPDATE audit_log SET actor_name = 'someone else'"),
              QStringLiteral("DELETE FROM signed_statements"), QStringLiteral("TRUNCATE ledger_transfers"),
              QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log"),
              QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER"),
              QStringLiteral("ALTER TABLE withdrawals ADD COLUMN note TEXT"),
              QStringLiteral("CREATE TABLE shadow_audit (x TEXT)"),
              QStringLiteral("DELETE FROM schema_version"),
              QStringLiteral("SET session_replication_role = replica")}) {
            const QString why = deniedAs(db, statement);
            QVERIFY2(why.isEmpty(), qPrintable(why));
        }
        QCOMPARE(count(db, "audit_log"), audits);
        QCOMPARE(count(db, "signed_statements"), 1);

        auto verified = audit.verify();
        QVERIFY(verified.ok());
        QVERIFY2(verified.value().intact, verified.value().problem.c_str());
        auto checked = ledger::LedgerChecker(console, clock).check();
        QVERIFY(checked.ok());
        QVERIFY(checked.value().clean());

        // A newer build on an older schema: the console role may not
        // migrate, says whose job it is, and changes nothing.
        QVERIFY(sql::run(owner->connection(), QStringLiteral("DELETE FROM schema_version WHERE version = ?"),
                         {allMigrations().latestVersion()})
                    .ok());
        auto refused = console.migrate(allMigrations());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
        QVERIFY2(QString::fromStdString(refused.error().message).contains(QStringLiteral("owner")), refused.error().message.c_str());
        QCOMPARE(console.schemaVersion().value(), allMigrations().latestVersion() - 1);
        console.releaseThreadConnection();
    }
}

void TestConsoleRole::grantToRefusesWhatTheGroupCannotBind()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    if (!t.isPostgres())
        QSKIP("roles are PostgreSQL's (sqliteHasNoRoles covers SQLite)");
    auto owner = t.open();
    QVERIFY(owner);
    auto missing = ConsoleRole::grantTo(*owner, QStringLiteral("no_such_role_here"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    auto user = sql::run(owner->connection(), QStringLiteral("SELECT current_user"));
    QVERIFY(user && user.value().next());
    auto superuser = ConsoleRole::grantTo(*owner, user.value().value(0).toString());
    QVERIFY(!superuser.ok());
    QVERIFY(QString::fromStdString(superuser.error().message).contains(QStringLiteral("superuser")));
}

QTEST_GUILESS_MAIN(TestConsoleRole)
#include "tst_consolerole.moc"
