// OperatorsModel, AuditLogModel and OperatorSession over a real store and
// the real core thread, checked by QAbstractItemModelTester: rows load, a
// viewer's change is refused by the core (not only hidden), an admin's
// change shows up in both models, new audit records arrive at the top
// without a reset, a broken chain is reported, and a second-factor job
// waits for its code and is refused when cancelled.

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/security/operatorservice.h"
#include "core/security/permissions.h"
#include "core/security/totp.h"
#include "core/store/sql.h"
#include "models/auditlogmodel.h"
#include "models/operatorsession.h"
#include "models/operatorsmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;
using namespace exchange::security;

namespace {
const QByteArray kTotpSecret = QByteArrayLiteral("test-totp-not-secret");
}

class TestSecurityModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void operatorsLoadAndViewersAreRefusedByTheCore();
    void adminChangesShowInBothModels();
    void brokenChainIsReported();
    void secondFactorJobsWaitForTheCode();
    void aDemotedOrDisabledAdminLosesThePowerAtOnce();
    void theSessionFollowsItsOperatorsChanges();

private:
    std::shared_ptr<Session> login(const char *user, const char *password);
    // Enrols the session's operator with kTotpSecret now, on the core thread.
    bool enrol(const std::shared_ptr<Session> &session);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<CoreRuntime> m_runtime;
    std::unique_ptr<CoreServices> m_services;
    std::unique_ptr<OperatorSession> m_session;
};

void TestSecurityModels::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    auto db = m_testDb->open();
    QVERIFY(db);
    m_runtime = std::make_unique<CoreRuntime>();
    m_services = std::make_unique<CoreServices>(std::move(db));
    QVERIFY(m_services->operators().add(Actor::cli("setup"), "adam", Role::Admin, "admin-password").ok());
    QVERIFY(m_services->operators().add(Actor::cli("setup"), "vera", Role::Viewer, "viewer-password").ok());
    m_session = std::make_unique<OperatorSession>(*m_runtime, m_services->operators());
}

void TestSecurityModels::cleanup()
{
    m_session.reset();
    Database *db = m_services ? &m_services->database() : nullptr;
    if (m_runtime)
        m_runtime->stop([db] { if (db) db->releaseThreadConnection(); });
    m_runtime.reset();
    m_services.reset();
    m_testDb.reset();
}

std::shared_ptr<Session> TestSecurityModels::login(const char *user, const char *password)
{
    // Sessions are made on the core thread, as the login dialog does.
    std::shared_ptr<Session> session;
    auto *ops = &m_services->operators();
    const std::string name = user;
    const QByteArray pw(password);
    bool done = false;
    m_runtime->post([ops, name, pw] { return ops->login(name, pw); }, this,
                    [&](Result<std::shared_ptr<Session>> r) {
                        if (r.ok())
                            session = r.value();
                        done = true;
                    });
    [&] { QTRY_VERIFY(done); }();
    return session;
}

bool TestSecurityModels::enrol(const std::shared_ptr<Session> &session)
{
    auto *ops = &m_services->operators();
    std::optional<Result<void>> done;
    m_runtime->post(
        [ops, session]() -> Result<void> {
            if (auto begun = ops->beginEnrolment(*session, kTotpSecret); !begun)
                return begun.error();
            return ops->confirmEnrolment(*session, Totp::codeAt(kTotpSecret, QDateTime::currentSecsSinceEpoch()));
        },
        this, [&done](Result<void> r) { done = std::move(r); });
    return QTest::qWaitFor([&done] { return done.has_value(); }, 10000) && done->ok();
}

void TestSecurityModels::operatorsLoadAndViewersAreRefusedByTheCore()
{
    OperatorsModel model(*m_session, m_services->operators(), m_services->vault(), &m_services->notifier());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0); // nobody signed in: nothing shown
    auto vera = login("vera", "viewer-password");
    QVERIFY(vera);
    m_session->signIn(vera);
    QTRY_VERIFY(model.isLoaded());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(OperatorsModel::ColumnCount));
    QCOMPARE(model.index(0, OperatorsModel::Username).data().toString(), QStringLiteral("adam"));
    QCOMPARE(model.index(0, OperatorsModel::TwoFactor).data().toString(), QStringLiteral("Must enrol at next sign-in"));
    QCOMPARE(model.index(1, OperatorsModel::Role).data().toString(), QStringLiteral("Viewer"));
    QCOMPARE(model.index(1, OperatorsModel::LastSignIn).data(OperatorsModel::RawValueRole).toLongLong() > 0, true);

    QSignalSpy failed(&model, &OperatorsModel::actionFailed);
    model.setRole(QStringLiteral("vera"), Role::Admin);
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("may not manage_operators")));
    QCOMPARE(m_services->operators().list(Actor::cli("t")).value().back().role, Role::Viewer);
}

void TestSecurityModels::adminChangesShowInBothModels()
{
    auto adam = login("adam", "admin-password");
    QVERIFY(enrol(adam));
    m_session->signIn(adam);
    OperatorsModel operators(*m_session, m_services->operators(), m_services->vault(), &m_services->notifier());
    AuditLogModel audit(*m_session, m_services->audit(), &m_services->notifier());
    QAbstractItemModelTester t1(&operators, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&audit, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(operators.isLoaded() && audit.isLoaded());
    QTRY_COMPARE(audit.chainState(), AuditLogModel::ChainState::Intact);
    const int before = audit.rowCount();
    QCOMPARE(before, 4); // two adds, adam's sign-in and his enrolment

    QSignalSpy reset(&audit, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&audit, &QAbstractItemModel::rowsInserted);
    QSignalSpy done(&operators, &OperatorsModel::actionDone);
    QSignalSpy asked(m_session.get(), &OperatorSession::codeRequested);
    operators.addOperator(QStringLiteral("olga"), Role::Operator, QStringLiteral("olga-password"));
    // Adding an operator is confirmed with a code, like every change of who may do what.
    QTRY_COMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("Add olga as Operator"));
    QCOMPARE(done.count(), 0);
    m_session->submitCode(QString::fromStdString(Totp::codeForStep(kTotpSecret, QDateTime::currentSecsSinceEpoch() / 30 + 1)));
    QTRY_COMPARE(done.count(), 1);
    QTRY_COMPARE(operators.rowCount(), 3);
    QTRY_COMPARE(audit.rowCount(), before + 1);
    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() >= 1);
    QCOMPARE(audit.index(0, AuditLogModel::Action).data().toString(), QStringLiteral("operator.add"));
    QCOMPARE(audit.index(0, AuditLogModel::Actor).data().toString(), QStringLiteral("adam"));
    QCOMPARE(audit.index(0, AuditLogModel::Object).data().toString(), QStringLiteral("operator olga"));
    QCOMPARE(audit.index(0, AuditLogModel::Seq).data(AuditLogModel::RawValueRole).toLongLong(), qint64(5));

    AuditFilter onlyAdam;
    onlyAdam.actorName = "adam";
    audit.setFilter(onlyAdam);
    QTRY_COMPARE(audit.rowCount(), 3); // adam's sign-in, his enrolment and the add
}

void TestSecurityModels::brokenChainIsReported()
{
    auto adam = login("adam", "admin-password");
    Database &db = m_services->database();
    if (db.dialect().isSQLite())
        QVERIFY(sql::execute(db.connection(), QStringLiteral("DROP TRIGGER audit_log_no_update")).ok());
    else
        QVERIFY(sql::execute(db.connection(), QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")).ok());
    QVERIFY(sql::execute(db.connection(), QStringLiteral("UPDATE audit_log SET object_id = 'eve' WHERE seq = 2")).ok());
    m_session->signIn(adam);
    AuditLogModel audit(*m_session, m_services->audit(), &m_services->notifier());
    QSignalSpy checked(&audit, &AuditLogModel::chainChecked);
    audit.verify();
    QTRY_COMPARE(audit.chainState(), AuditLogModel::ChainState::Broken);
    QVERIFY(audit.chainText().contains(QStringLiteral("record 2")));
}

void TestSecurityModels::secondFactorJobsWaitForTheCode()
{
    auto adam = login("adam", "admin-password");
    m_session->signIn(adam);
    QSignalSpy asked(m_session.get(), &OperatorSession::codeRequested);
    std::optional<Result<int>> answer;
    m_session->runConfirmed<int>(QStringLiteral("Change something"), [](const Actor &a) -> Result<int> {
        return a.secondFactor ? 1 : 0;
    }, this, [&](Result<int> r) { answer = r; });
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("Change something"));
    QVERIFY(m_session->isWaitingForCode());
    QVERIFY(!answer);
    m_session->cancelCode();
    QVERIFY(answer && !answer->ok());
    QCOMPARE(answer->error().code, ErrorCode::Unauthorized);

    // Not enrolled: the core refuses any code.
    answer.reset();
    m_session->runConfirmed<int>(QStringLiteral("Again"), [](const Actor &) -> Result<int> { return 1; }, this,
                                 [&](Result<int> r) { answer = r; });
    m_session->submitCode(QStringLiteral("123456"));
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->error().code, ErrorCode::WrongState);

    // Signed out: refused at once.
    m_session->signOut();
    answer.reset();
    m_session->run<int>([](const Actor &) -> Result<int> { return 1; }, this, [&](Result<int> r) { answer = r; });
    QVERIFY(answer && !answer->ok());
}

// Signed in as admin, then demoted and disabled by another admin elsewhere:
// the open console acts with the role the store gives now, not the one it
// signed in with (found by a UI test: before, a demoted admin could still
// act as admin, e.g. add operators, until they signed out).
void TestSecurityModels::aDemotedOrDisabledAdminLosesThePowerAtOnce()
{
    QVERIFY(m_services->operators().add(Actor::cli("setup"), "ines", Role::Admin, "ines-password").ok());
    auto adam = login("adam", "admin-password");
    QVERIFY(adam);
    m_session->signIn(adam);
    // An action without a code, as the console runs it: what may this
    // session's operator do now?
    auto tryToReject = [this]() -> Result<int> {
        std::optional<Result<int>> answer;
        m_session->run<int>(
            [](const Actor &actor) -> Result<int> {
                if (auto allowed = authorize(actor, Action::RejectWithdrawal); !allowed)
                    return allowed.error();
                return 1;
            },
            this, [&answer](Result<int> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 5000))
            return Error{ErrorCode::Internal, "no answer"};
        return *answer;
    };
    QVERIFY(tryToReject().ok());

    // Another admin (as exctl would) makes adam a viewer: refused at once.
    QVERIFY(m_services->operators().setRole(Actor::cli("ines"), "adam", Role::Viewer).ok());
    const auto asViewer = tryToReject();
    QVERIFY(!asViewer.ok());
    QVERIFY2(asViewer.error().message.find("(viewer) may not reject_withdrawal") != std::string::npos,
             asViewer.error().message.c_str());

    // Made admin again, it works; disabled, nothing does.
    QVERIFY(m_services->operators().setRole(Actor::cli("ines"), "adam", Role::Admin).ok());
    QVERIFY(tryToReject().ok());
    QVERIFY(m_services->operators().setDisabled(Actor::cli("ines"), "adam", true).ok());
    const auto disabled = tryToReject();
    QVERIFY(!disabled.ok());
    QVERIFY2(disabled.error().message.find("may no longer sign in") != std::string::npos, disabled.error().message.c_str());
}

// The console's controls follow the operator's role as it changes: a new
// role is announced (signedIn again, with the new actor), and a disabled
// operator's session is revoked so the console locks.
void TestSecurityModels::theSessionFollowsItsOperatorsChanges()
{
    QVERIFY(m_services->operators().add(Actor::cli("setup"), "ines", Role::Admin, "ines-password").ok());
    auto adam = login("adam", "admin-password");
    QVERIFY(adam);
    m_session->signIn(adam);
    m_session->followChanges(m_services->notifier());
    QSignalSpy signedIn(m_session.get(), &OperatorSession::signedIn);
    QSignalSpy revoked(m_session.get(), &OperatorSession::revoked);

    // Another operator's change is none of this session's business.
    QVERIFY(m_services->operators().setRole(Actor::cli("ines"), "vera", Role::Operator).ok());
    QVERIFY(m_services->operators().setRole(Actor::cli("ines"), "adam", Role::Approver).ok());
    QTRY_COMPARE(signedIn.count(), 1);
    QCOMPARE(m_session->actor().role, Role::Approver);
    QCOMPARE(m_session->actor().username, std::string("adam"));
    QCOMPARE(revoked.count(), 0);

    QVERIFY(m_services->operators().setDisabled(Actor::cli("ines"), "adam", true).ok());
    QTRY_COMPARE(revoked.count(), 1);
    QVERIFY(revoked.at(0).at(0).toString().contains(QStringLiteral("may no longer sign in")));
    QCOMPARE(signedIn.count(), 1);
}

QTEST_MAIN(TestSecurityModels)
#include "tst_securitymodels.moc"
