// Operators: first admin, role-checked changes, sign-in with a growing
// delay and audit records after wrong passwords, TOTP enrolment with the
// RFC 6238 secret, a code accepted once, and the last admin protected.

#include "core/base/manualclock.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"
#include "core/security/totp.h"
#include "core/store/sql.h"
#include "testdatabase.h"

#include <QSqlRecord>
#include <QTest>

using namespace exchange;
using namespace exchange::security;

class TestOperatorService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void firstAdminOnlyOnFirstRun();
    void onlyAdminsManageOperators();
    void wrongPasswordsGrowADelayAndAreAudited();
    void disabledOperatorCannotSignIn();
    void totpEnrolmentAndCodesWorkOnce();
    void totpSecretIsNotStoredInTheClear();
    void passwordResetEndsTheEnrolment();
    void lastAdminIsKept();

private:
    std::shared_ptr<Session> login(const char *user, const char *password);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    // RFC 6238's T = 1111111109 s.
    ManualClock m_clock{1111111109LL * 1000};
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OperatorService> m_ops;
};

namespace {
const QByteArray kRfcSecret = QByteArrayLiteral("12345678901234567890");
const Actor kCli = Actor::cli("tester");
}

void TestOperatorService::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock.set(1111111109LL * 1000);
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    m_ops = std::make_unique<OperatorService>(*m_db, m_clock, *m_audit);
}

void TestOperatorService::cleanup()
{
    m_ops.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

std::shared_ptr<Session> TestOperatorService::login(const char *user, const char *password)
{
    auto s = m_ops->login(user, QByteArray(password));
    if (!s.ok())
        qWarning("login failed: %s", s.error().message.c_str());
    return s.ok() ? s.value() : nullptr;
}

void TestOperatorService::firstAdminOnlyOnFirstRun()
{
    QCOMPARE(m_ops->hasOperators().value(), false);
    auto first = m_ops->addFirstAdmin("root", "first-admin-pw");
    QVERIFY(first.ok());
    QCOMPARE(first.value().role, Role::Admin);
    QCOMPARE(m_ops->hasOperators().value(), true);
    QCOMPARE(m_ops->addFirstAdmin("root2", "first-admin-pw").error().code, ErrorCode::Conflict);
    auto log = m_audit->list().value();
    QCOMPARE(log.size(), size_t(1));
    QCOMPARE(log.front().action, std::string("operator.add"));
    QCOMPARE(log.front().actorName, std::string("cli:first-run"));
    QVERIFY(log.front().after.find("admin") != std::string::npos);
    QVERIFY(log.front().after.find("first-admin-pw") == std::string::npos);
}

void TestOperatorService::onlyAdminsManageOperators()
{
    QVERIFY(m_ops->add(kCli, "vera", Role::Viewer, "viewer-pw-1").ok());
    QVERIFY(m_ops->add(kCli, "adam", Role::Admin, "admin-pw-12").ok());
    QCOMPARE(m_ops->add(kCli, "vera", Role::Viewer, "viewer-pw-1").error().code, ErrorCode::Conflict);
    QCOMPARE(m_ops->add(kCli, "Bad Name", Role::Viewer, "viewer-pw-1").error().code, ErrorCode::InvalidInput);
    QCOMPARE(m_ops->add(kCli, "shorty", Role::Viewer, "short").error().code, ErrorCode::InvalidInput);

    auto vera = login("vera", "viewer-pw-1");
    QVERIFY(vera);
    auto refused = m_ops->add(vera->actor(), "eve", Role::Admin, "eve-password");
    QCOMPARE(refused.error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_ops->setRole(vera->actor(), "vera", Role::Admin).error().code, ErrorCode::Unauthorized);
    QVERIFY(m_ops->list(vera->actor()).ok()); // viewers read

    auto adam = login("adam", "admin-pw-12");
    QVERIFY(adam);
    // An admin without a current code may not: managing operators is
    // confirmed like approving a withdrawal (confirm() sets the flag).
    auto unconfirmed = m_ops->setRole(adam->actor(), "vera", Role::Operator);
    QCOMPARE(unconfirmed.error().code, ErrorCode::Unauthorized);
    QVERIFY(unconfirmed.error().message.find("two-factor") != std::string::npos);
    Actor confirmedAdam = adam->actor();
    confirmedAdam.secondFactor = true;
    auto promoted = m_ops->setRole(confirmedAdam, "vera", Role::Operator);
    QVERIFY(promoted.ok());
    QCOMPARE(promoted.value().role, Role::Operator);
    const AuditEntry last = m_audit->list().value().front();
    QCOMPARE(last.action, std::string("operator.set_role"));
    QCOMPARE(last.actorName, std::string("adam"));
    QVERIFY(last.before.find("\"viewer\"") != std::string::npos);
    QVERIFY(last.after.find("\"operator\"") != std::string::npos);
    // The role in a session is refreshed from the store.
    QCOMPARE(m_ops->currentActor(*vera).value().role, Role::Operator);
}

void TestOperatorService::wrongPasswordsGrowADelayAndAreAudited()
{
    QVERIFY(m_ops->add(kCli, "olga", Role::Operator, "operator-pw").ok());
    for (int i = 1; i <= 2; ++i) {
        auto r = m_ops->login("olga", "wrong-guess");
        QCOMPARE(r.error().code, ErrorCode::Unauthorized);
        QCOMPARE(r.error().message, std::string("wrong username or password"));
    }
    auto third = m_ops->login("olga", "wrong-guess");
    QVERIFY(third.error().message.find("wait 5 s") != std::string::npos);
    // Even the right password waits.
    auto early = m_ops->login("olga", "operator-pw");
    QVERIFY(early.error().message.find("try again in 5 s") != std::string::npos);
    m_clock.advance(5000);
    auto fourth = m_ops->login("olga", "wrong-guess");
    QVERIFY(fourth.error().message.find("wait 10 s") != std::string::npos);
    m_clock.advance(10'000);
    QVERIFY(login("olga", "operator-pw"));

    AuditFilter failed;
    failed.action = "login.failed";
    auto records = m_audit->list(failed).value();
    QCOMPARE(records.size(), size_t(4));
    QCOMPARE(records.front().objectId, std::string("olga"));
    QVERIFY(records.front().after.find("\"failed_logins\":4") != std::string::npos);
    for (const AuditEntry &e : m_audit->list().value())
        QVERIFY(e.after.find("wrong-guess") == std::string::npos && e.objectId.find("wrong-guess") == std::string::npos);
    // An unknown name is recorded without the name typed.
    QVERIFY(!m_ops->login("nobody", "whatever-pw").ok());
    QCOMPARE(m_audit->list().value().front().objectId, std::string("(unknown)"));
    // Success starts the count again.
    auto infos = m_ops->list(kCli).value();
    QCOMPARE(infos.front().failedLogins, 0);
}

void TestOperatorService::disabledOperatorCannotSignIn()
{
    QVERIFY(m_ops->add(kCli, "olga", Role::Operator, "operator-pw").ok());
    QVERIFY(m_ops->setDisabled(kCli, "olga", true).ok());
    auto r = m_ops->login("olga", "operator-pw");
    QCOMPARE(r.error().code, ErrorCode::Unauthorized);
    QVERIFY(r.error().message.find("disabled") != std::string::npos);
    QVERIFY(m_ops->setDisabled(kCli, "olga", false).ok());
    QVERIFY(login("olga", "operator-pw"));
}

void TestOperatorService::totpEnrolmentAndCodesWorkOnce()
{
    QVERIFY(m_ops->add(kCli, "anna", Role::Approver, "approver-pw").ok());
    auto anna = login("anna", "approver-pw");
    QVERIFY(anna);
    QVERIFY(!anna->totpEnrolled());
    QCOMPARE(m_ops->confirm(*anna, "081804").error().code, ErrorCode::WrongState);

    auto enrolment = m_ops->beginEnrolment(*anna, kRfcSecret);
    QVERIFY(enrolment.ok());
    QCOMPARE(enrolment.value().secretBase32, QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    QVERIFY(enrolment.value().uri.startsWith(QStringLiteral("otpauth://totp/")));
    QCOMPARE(m_ops->confirmEnrolment(*anna, "000000").error().code, ErrorCode::Unauthorized);
    // RFC 6238 at T = 1111111109: 07081804.
    QVERIFY(m_ops->confirmEnrolment(*anna, "081804").ok());
    QVERIFY(anna->totpEnrolled());

    // The enrolment code cannot be used again, nor can the previous step.
    auto replay = m_ops->confirm(*anna, "081804");
    QCOMPARE(replay.error().code, ErrorCode::Unauthorized);
    QVERIFY(replay.error().message.find("used already") != std::string::npos);

    // T = 1111111111 is the next step: 14050471.
    m_clock.set(1111111111LL * 1000);
    auto confirmed = m_ops->confirm(*anna, "050471");
    QVERIFY(confirmed.ok());
    QVERIFY(confirmed.value().secondFactor);
    QCOMPARE(confirmed.value().role, Role::Approver);
    QCOMPARE(m_ops->confirm(*anna, "050471").error().code, ErrorCode::Unauthorized);

    // A new session opens the stored secret with the password.
    m_clock.advance(30'000);
    auto again = login("anna", "approver-pw");
    QVERIFY(again && again->totpEnrolled());
    const std::string next = Totp::codeAt(kRfcSecret, m_clock.nowMs() / 1000);
    QVERIFY(m_ops->confirm(*again, next).ok());
    QVERIFY(!m_ops->confirm(*again, next).ok()); // once, across sessions too

    AuditFilter failed;
    failed.action = "totp.failed";
    QCOMPARE(m_audit->list(failed).value().size(), size_t(1)); // the 000000
    QVERIFY(m_ops->list(kCli).value().front().totpEnrolled);
}

void TestOperatorService::totpSecretIsNotStoredInTheClear()
{
    QVERIFY(m_ops->add(kCli, "anna", Role::Approver, "approver-pw").ok());
    auto anna = login("anna", "approver-pw");
    QVERIFY(m_ops->beginEnrolment(*anna, kRfcSecret).ok());
    QVERIFY(m_ops->confirmEnrolment(*anna, "081804").ok());
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT * FROM operators"));
    QVERIFY(q.ok());
    QVERIFY(q.value().next());
    for (int i = 0; i < q.value().record().count(); ++i) {
        const QString v = q.value().value(i).toString();
        QVERIFY(!v.contains(QString::fromLatin1(kRfcSecret)));
        QVERIFY(!v.contains(QString::fromLatin1(kRfcSecret.toHex()), Qt::CaseInsensitive));
        QVERIFY(!v.contains(QStringLiteral("GEZDGNBVGY3TQOJQ")));
        QVERIFY(!v.contains(QStringLiteral("approver-pw")));
    }
}

void TestOperatorService::passwordResetEndsTheEnrolment()
{
    QVERIFY(m_ops->add(kCli, "anna", Role::Approver, "approver-pw").ok());
    auto anna = login("anna", "approver-pw");
    QVERIFY(m_ops->beginEnrolment(*anna, kRfcSecret).ok());
    QVERIFY(m_ops->confirmEnrolment(*anna, "081804").ok());
    auto reset = m_ops->resetPassword(kCli, "anna", "new-password");
    QVERIFY(reset.ok());
    QVERIFY(!reset.value().totpEnrolled);
    QVERIFY(!m_ops->login("anna", "approver-pw").ok());
    auto fresh = login("anna", "new-password");
    QVERIFY(fresh && !fresh->totpEnrolled());
    for (const AuditEntry &e : m_audit->list().value())
        QVERIFY(e.after.find("new-password") == std::string::npos);
}

void TestOperatorService::lastAdminIsKept()
{
    QVERIFY(m_ops->addFirstAdmin("root", "first-admin-pw").ok());
    QCOMPARE(m_ops->setRole(kCli, "root", Role::Viewer).error().code, ErrorCode::WrongState);
    QCOMPARE(m_ops->setDisabled(kCli, "root", true).error().code, ErrorCode::WrongState);
    auto root = login("root", "first-admin-pw");
    Actor confirmedRoot = root->actor();
    confirmedRoot.secondFactor = true;
    QCOMPARE(m_ops->setDisabled(confirmedRoot, "root", true).error().code, ErrorCode::WrongState);
    QCOMPARE(m_ops->list(kCli).value().front().role, Role::Admin);
}

QTEST_GUILESS_MAIN(TestOperatorService)
#include "tst_operatorservice.moc"
