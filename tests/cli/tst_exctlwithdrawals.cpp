// Withdrawals through the real exctl binary, on the backend of this run:
// request, review and cancel; the decisions about where money goes
// (approve, reject, manual payout, money settings) only as a person
// (exctl --operator with EXCTL_PASSWORD / EXCTL_TOTP), never as cli:<user>;
// four eyes; the audit naming who decided; a wrong code or password, or a
// code used twice, refused and audited; no terminal and no variable ends
// the sign-in at once.
//
// Decisions are spread over the demo's admin and approver and operators
// enrolled here (ExctlPeople), so that no one needs more than the two codes
// the server would take from them at once.

#include "core/security/role.h"
#include "core/security/totp.h"
#include "exctlpeople.h"
#include "exctlrun.h"
#include "testdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

class TestExctlWithdrawals : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void withdrawalRequestReviewAndCancel();
    void anUnderApprovedWithdrawalIsNotSentToManual();
    void approvingAsCliIsRefusedAndChangesNothing();
    void anOperatorApprovesAndTheAuditNamesThem();
    void aTwoFactorCodeIsTakenOnce();
    void aWrongCodeIsRefusedAndAudited();
    void withoutTerminalOrVariableTheSignInEndsAtOnce();
    void auditListKeepsItsOwnOperatorFilter();

private:
    ExctlRun exctl(const QStringList &args) const { return runExctl(m_db->url(), args); }
    QJsonArray assets() const;
    QJsonArray auditOf(const QString &action) const;
    QString stateOf(const QString &id) const;
    QString reviewedXlmWithdrawal(const QString &amount);
    // exctl --operator … withdraw request args: the vault pins the demo
    // admin's key, so a request is signed by whoever makes it; taken in
    // turn by the demo operator and three clerks, two codes each at once.
    ExctlRun requestAs(const QStringList &args);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ExctlPeople> m_people;
    int m_requests = 0;
    QString m_fourEyesWithdrawal; // 6,000 XLM under review, above the four-eyes amount
};

namespace {
const QByteArray kDemoSecret = QByteArrayLiteral("demo-totp-not-secret");
} // namespace

QJsonArray TestExctlWithdrawals::auditOf(const QString &action) const
{
    const ExctlRun r = exctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--action"),
                              action, QStringLiteral("--limit"), QStringLiteral("1000")});
    return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).array() : QJsonArray{};
}

QString TestExctlWithdrawals::stateOf(const QString &id) const
{
    const ExctlRun listed = exctl({QStringLiteral("withdrawals"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        if (QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id)
            return v.toObject().value(QStringLiteral("state")).toString();
    }
    return {};
}

ExctlRun TestExctlWithdrawals::requestAs(const QStringList &args)
{
    static const QStringList clerks{QStringLiteral("operator"), QStringLiteral("clerk-1"), QStringLiteral("clerk-2"),
                                    QStringLiteral("clerk-3")};
    return m_people->as(clerks.at(m_requests++ % clerks.size()), args);
}

QString TestExctlWithdrawals::reviewedXlmWithdrawal(const QString &amount)
{
    const ExctlRun made = requestAs({QStringLiteral("withdraw"), QStringLiteral("request"), QStringLiteral("--customer"), QStringLiteral("1"),
                                 QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--to"),
                                 QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"), QStringLiteral("--amount"),
                                 amount, QStringLiteral("--json")});
    const QJsonObject w = QJsonDocument::fromJson(made.out.toUtf8()).object();
    if (made.code != 0 || w.value(QStringLiteral("state")).toString() != u"under_review")
        return {};
    return QString::number(w.value(QStringLiteral("id")).toInteger());
}

QJsonArray TestExctlWithdrawals::assets() const
{
    const ExctlRun r = exctl({QStringLiteral("asset"), QStringLiteral("list"), QStringLiteral("--json")});
    if (r.code != 0)
        return {};
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void TestExctlWithdrawals::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    QCOMPARE(exctl({QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    m_people = std::make_unique<ExctlPeople>(m_db->url());
    m_people->addDemo();
    // A second admin, two more approvers and three clerks who request,
    // each with two codes at once.
    using exchange::security::Role;
    for (const auto &[name, role] : {std::pair{QStringLiteral("admin-1"), Role::Admin},
                                     std::pair{QStringLiteral("approver-1"), Role::Approver},
                                     std::pair{QStringLiteral("approver-2"), Role::Approver},
                                     std::pair{QStringLiteral("clerk-1"), Role::Operator},
                                     std::pair{QStringLiteral("clerk-2"), Role::Operator},
                                     std::pair{QStringLiteral("clerk-3"), Role::Operator}}) {
        const QString refused = m_people->enrol(name, role);
        QVERIFY2(refused.isEmpty(), qPrintable(name + QStringLiteral(": ") + refused));
    }
}

void TestExctlWithdrawals::cleanupTestCase()
{
    m_people.reset();
    m_db.reset();
}

void TestExctlWithdrawals::withdrawalRequestReviewAndCancel()
{
    const QString to = QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ");
    const QStringList request{QStringLiteral("withdraw"), QStringLiteral("request"), QStringLiteral("--customer"), QStringLiteral("1"),
                              QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--to")};
    QCOMPARE(exctl(request + QStringList{to}).code, 2); // no --amount
    const ExctlRun badAddress = requestAs(request + QStringList{QStringLiteral("GNOPE"), QStringLiteral("--amount"), QStringLiteral("10")});
    QCOMPARE(badAddress.code, 1);
    QCOMPARE(badAddress.err.count(u'\n'), 1);
    QVERIFY2(badAddress.err.contains(QStringLiteral("not a valid stellar address")), qPrintable(badAddress.err));
    QCOMPARE(exctl(request + QStringList{to, QStringLiteral("--amount"), QStringLiteral("0.00000001")}).code, 1);
    QCOMPARE(requestAs(request + QStringList{to, QStringLiteral("--amount"), QStringLiteral("99999999")}).code, 1);
    // Without an operator, nobody signs the request: refused, nothing made.
    const ExctlRun unsigned_ = exctl(request + QStringList{to, QStringLiteral("--amount"), QStringLiteral("10")});
    QCOMPARE(unsigned_.code, 1);
    QVERIFY2(unsigned_.err.contains(QStringLiteral("--operator")), qPrintable(unsigned_.err));
    // Over the 24h limit: reviewed.
    // (Below the demo's four-eyes amount of 5,000 XLM: a warning, said and accepted.)
    const ExctlRun limits = m_people->as(QStringLiteral("admin"),
                                         {QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"), QStringLiteral("--limit-24h"),
                                          QStringLiteral("5"), QStringLiteral("--limit-72h"), QStringLiteral("5"),
                                          QStringLiteral("--accept-warnings")});
    QVERIFY2(limits.code == 0, qPrintable(limits.err));
    QVERIFY2(limits.err.contains(QStringLiteral("warning: XLM: the four-eyes amount (5,000.00 XLM) is above the 24h limit (5.00 XLM)")),
             qPrintable(limits.err));
    const ExctlRun made = requestAs(request + QStringList{to, QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--json")});
    QCOMPARE(made.code, 0);
    const QJsonObject w = QJsonDocument::fromJson(made.out.toUtf8()).object();
    const QString id = QString::number(w.value(QStringLiteral("id")).toInteger());
    QCOMPARE(w.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    QCOMPARE(w.value(QStringLiteral("amount")).toString(), QStringLiteral("10.00"));
    const ExctlRun listed = exctl({QStringLiteral("withdrawals"), QStringLiteral("list"), QStringLiteral("--state"),
                                   QStringLiteral("under_review"), QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(listed.code, 0);
    const QJsonArray queue = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.first().toObject().value(QStringLiteral("destination")).toString(), to);
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("nope")}).code, 2);
    // exctl requested it; exctl alone decides nothing about it.
    const ExctlRun own = exctl({QStringLiteral("withdrawals"), QStringLiteral("approve"), id});
    QCOMPARE(own.code, 1);
    QVERIFY2(own.err.contains(QStringLiteral("needs an operator")), qPrintable(own.err));
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("reject"), id}).code, 2); // no --reason
    const ExctlRun cancelled = exctl({QStringLiteral("withdrawals"), QStringLiteral("cancel"), id, QStringLiteral("--json")});
    QCOMPARE(cancelled.code, 0);
    QCOMPARE(QJsonDocument::fromJson(cancelled.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("cancelled"));
    const ExctlRun again = m_people->as(QStringLiteral("approver"), {QStringLiteral("withdrawals"), QStringLiteral("reject"), id,
                                                                   QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QStringLiteral("cancelled")), qPrintable(again.err));
}

// Four eyes wherever money leaves: an approver on the command line cannot
// send a withdrawal above the four-eyes amount to manual payout without its
// two approvals. The amount itself is set with asset set --four-eyes.
void TestExctlWithdrawals::anUnderApprovedWithdrawalIsNotSentToManual()
{
    const ExctlRun tooPrecise = exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"),
                                       QStringLiteral("--four-eyes"), QStringLiteral("1.123456789")});
    QCOMPARE(tooPrecise.code, 1);
    const ExctlRun fourEyes = m_people->as(QStringLiteral("admin-1"),
                                           {QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"),
                                            QStringLiteral("--four-eyes"), QStringLiteral("5000"), QStringLiteral("--limit-24h"),
                                            QStringLiteral("5"), QStringLiteral("--limit-72h"), QStringLiteral("5"),
                                            QStringLiteral("--accept-warnings")});
    QVERIFY2(fourEyes.code == 0, qPrintable(fourEyes.err));
    QVERIFY2(fourEyes.out.contains(QStringLiteral("XLM four-eyes amount: 5000.00 XLM")), qPrintable(fourEyes.out));
    const ExctlRun made = requestAs({QStringLiteral("withdraw"), QStringLiteral("request"), QStringLiteral("--customer"), QStringLiteral("1"),
                                 QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--to"),
                                 QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"), QStringLiteral("--amount"),
                                 QStringLiteral("6000"), QStringLiteral("--json")});
    QCOMPARE(made.code, 0);
    const QJsonObject w = QJsonDocument::fromJson(made.out.toUtf8()).object();
    const QString id = QString::number(w.value(QStringLiteral("id")).toInteger());
    QCOMPARE(w.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));

    const ExctlRun manual = m_people->as(QStringLiteral("approver-1"), {QStringLiteral("withdrawals"), QStringLiteral("manual"), id});
    QCOMPARE(manual.code, 1);
    QVERIFY2(manual.err.contains(QStringLiteral("withdrawal %1 needs 2 approvals by different approvers, none of them the "
                                                "requester, before it is paid outside the system; it has 0")
                                     .arg(id)),
             qPrintable(manual.err));
    const ExctlRun listed = exctl({QStringLiteral("withdrawals"), QStringLiteral("list"), QStringLiteral("--state"),
                                   QStringLiteral("under_review"), QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--json")});
    bool stillReviewed = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        stillReviewed |= QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id;
    QVERIFY(stillReviewed);
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("cancel"), id}).code, 0);
}

// Four eyes cannot be bypassed from the command line: cli:<user> approves
// nothing, so two OS users running exctl are not two approvers.
void TestExctlWithdrawals::approvingAsCliIsRefusedAndChangesNothing()
{
    // XLM as the test before left it: limits of 5, four eyes above 5,000.
    m_fourEyesWithdrawal = reviewedXlmWithdrawal(QStringLiteral("6000"));
    QVERIFY(!m_fourEyesWithdrawal.isEmpty());
    const qsizetype approvalsBefore = auditOf(QStringLiteral("withdrawal.approve")).size();
    for (const char *command : {"approve", "manual"}) {
        const ExctlRun r = exctl({QStringLiteral("withdrawals"), QString::fromLatin1(command), m_fourEyesWithdrawal});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(QStringLiteral("deciding where money goes needs an operator: exctl --operator NAME")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("(cli:")), qPrintable(r.err));
    }
    const ExctlRun reject = exctl({QStringLiteral("withdrawals"), QStringLiteral("reject"), m_fourEyesWithdrawal,
                                   QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(reject.code, 1);
    QVERIFY2(reject.err.contains(QStringLiteral("needs an operator")), qPrintable(reject.err));
    QCOMPARE(stateOf(m_fourEyesWithdrawal), QStringLiteral("under_review"));
    QCOMPARE(auditOf(QStringLiteral("withdrawal.approve")).size(), approvalsBefore);
    // Nor a money setting: the four-eyes amount stays.
    const ExctlRun setting = exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"), QStringLiteral("--four-eyes"),
                                    QStringLiteral("none")});
    QCOMPARE(setting.code, 1);
    QVERIFY2(setting.err.contains(QStringLiteral("needs an operator")), qPrintable(setting.err));
    const ExctlRun chain = exctl({QStringLiteral("chain"), QStringLiteral("set"), QStringLiteral("stellar"), QStringLiteral("--node"),
                                  QStringLiteral("https://horizon.example.org")});
    QVERIFY2(chain.code == 1 && chain.err.contains(QStringLiteral("needs an operator")), qPrintable(chain.err));
    for (const QJsonValue &v : assets()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == u"XLM")
            QVERIFY2(QJsonDocument(v.toObject()).toJson().contains("5000"), QJsonDocument(v.toObject()).toJson().constData());
    }
}

void TestExctlWithdrawals::anOperatorApprovesAndTheAuditNamesThem()
{
    QVERIFY(!m_fourEyesWithdrawal.isEmpty());
    const QStringList approve{QStringLiteral("withdrawals"), QStringLiteral("approve"), m_fourEyesWithdrawal, QStringLiteral("--json")};
    const ExctlRun first = m_people->as(QStringLiteral("approver-2"), approve);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QCOMPARE(QJsonDocument::fromJson(first.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("under_review"));
    const QJsonArray approvals = auditOf(QStringLiteral("withdrawal.approve"));
    QVERIFY(!approvals.isEmpty());
    const QJsonObject last = approvals.first().toObject().value(QStringLiteral("seq")).toInteger()
                                     > approvals.last().toObject().value(QStringLiteral("seq")).toInteger()
                                 ? approvals.first().toObject()
                                 : approvals.last().toObject();
    QCOMPARE(last.value(QStringLiteral("actor")).toString(), QStringLiteral("approver-2"));
    QCOMPARE(last.value(QStringLiteral("actor_kind")).toString(), QStringLiteral("operator"));
    QCOMPARE(last.value(QStringLiteral("object_id")).toString(), m_fourEyesWithdrawal);

    // The same person twice is one approval: refused, still waiting.
    const ExctlRun twice = m_people->as(QStringLiteral("approver-2"), approve);
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.contains(QStringLiteral("already approved")), qPrintable(twice.err));
    QCOMPARE(stateOf(m_fourEyesWithdrawal), QStringLiteral("under_review"));

    // A second person: approved.
    const ExctlRun second = m_people->as(QStringLiteral("admin-1"), approve);
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("approved"));
}

// A two-factor code is taken once: the same code again, even for another
// decision within its 30 seconds, is refused and changes nothing. (Every
// other decision in these tests signs in with a fresh code.)
void TestExctlWithdrawals::aTwoFactorCodeIsTakenOnce()
{
    const QString first = reviewedXlmWithdrawal(QStringLiteral("100"));
    const QString second = reviewedXlmWithdrawal(QStringLiteral("101"));
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    const QProcessEnvironment env = m_people->signIn(QStringLiteral("approver-1"));
    const auto reject = [&](const QString &id) {
        return runExctl(m_db->url(), {QStringLiteral("--operator"), QStringLiteral("approver-1"), QStringLiteral("withdrawals"),
                                       QStringLiteral("reject"), id, QStringLiteral("--reason"), QStringLiteral("sent twice")},
                         env);
    };
    const ExctlRun rejected = reject(first);
    QVERIFY2(rejected.code == 0, qPrintable(rejected.err));
    QCOMPARE(stateOf(first), QStringLiteral("rejected"));
    const ExctlRun again = reject(second);
    QCOMPARE(again.code, 1);
    QCOMPARE(again.err.count(u'\n'), 1);
    QVERIFY2(again.err.contains(QStringLiteral("this two-factor code was used already")), qPrintable(again.err));
    QCOMPARE(stateOf(second), QStringLiteral("under_review"));
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("cancel"), second}).code, 0);
}

void TestExctlWithdrawals::aWrongCodeIsRefusedAndAudited()
{
    const QString id = reviewedXlmWithdrawal(QStringLiteral("100"));
    QVERIFY(!id.isEmpty());
    const qsizetype failedBefore = auditOf(QStringLiteral("totp.failed")).size();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EXCTL_PASSWORD"), QStringLiteral("demo-approver"));
    // A code of ten minutes from now: no code the server accepts now.
    const qint64 later = QDateTime::currentSecsSinceEpoch() / 30 + 20;
    env.insert(QStringLiteral("EXCTL_TOTP"), QString::fromStdString(exchange::security::Totp::codeForStep(kDemoSecret, later)));
    const ExctlRun wrong = runExctl(m_db->url(), {QStringLiteral("--operator"), QStringLiteral("approver"), QStringLiteral("withdrawals"),
                                                  QStringLiteral("approve"), id},
                                    env);
    QCOMPARE(wrong.code, 1);
    QCOMPARE(wrong.err.count(u'\n'), 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("code")), qPrintable(wrong.err));
    QCOMPARE(stateOf(id), QStringLiteral("under_review"));
    const QJsonArray failed = auditOf(QStringLiteral("totp.failed"));
    QCOMPARE(failed.size(), failedBefore + 1);
    bool named = false;
    for (const QJsonValue &v : failed)
        named |= v.toObject().value(QStringLiteral("actor")).toString() == u"approver";
    QVERIFY(named);
    // A wrong password: refused, and audited as a refused sign-in.
    const qsizetype loginsBefore = auditOf(QStringLiteral("login.failed")).size();
    env.insert(QStringLiteral("EXCTL_PASSWORD"), QStringLiteral("not-the-password"));
    const ExctlRun password = runExctl(m_db->url(), {QStringLiteral("--operator"), QStringLiteral("approver"), QStringLiteral("withdrawals"),
                                                     QStringLiteral("approve"), id},
                                       env);
    QCOMPARE(password.code, 1);
    QCOMPARE(auditOf(QStringLiteral("login.failed")).size(), loginsBefore + 1);
    QCOMPARE(stateOf(id), QStringLiteral("under_review"));
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("cancel"), id}).code, 0);
}

// CI runs without stdin: no terminal and no variable is a refusal at once,
// never a wait for a password that cannot come.
void TestExctlWithdrawals::withoutTerminalOrVariableTheSignInEndsAtOnce()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("EXCTL_PASSWORD"));
    env.remove(QStringLiteral("EXCTL_TOTP"));
    const QStringList args{QStringLiteral("--operator"), QStringLiteral("admin"), QStringLiteral("asset"), QStringLiteral("set"),
                           QStringLiteral("XLM"), QStringLiteral("--four-eyes"), QStringLiteral("none")};
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(EXCTL_PATH), QStringList{QStringLiteral("--db"), m_db->url()} + args);
    QVERIFY(process.waitForStarted());
    // stdin stays open and empty: a reader would wait for ever.
    QVERIFY2(process.waitForFinished(20000), "exctl waited for a password");
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QStringLiteral("--operator admin needs the password: set EXCTL_PASSWORD")), qPrintable(err));

    env.insert(QStringLiteral("EXCTL_PASSWORD"), QStringLiteral("demo-admin"));
    const ExctlRun noCode = runExctl(m_db->url(), args, env);
    QCOMPARE(noCode.code, 1);
    QVERIFY2(noCode.err.contains(QStringLiteral("--operator admin needs a two-factor code: set EXCTL_TOTP")), qPrintable(noCode.err));
    const ExctlRun usage = exctl({QStringLiteral("--operator")});
    QCOMPARE(usage.code, 2);
}

// --operator before the command is who acts; after `audit list` it is that
// command's own filter, as before.
void TestExctlWithdrawals::auditListKeepsItsOwnOperatorFilter()
{
    const ExctlRun r = exctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--operator"),
                              QStringLiteral("approver")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray records = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!records.isEmpty());
    for (const QJsonValue &v : records)
        QCOMPARE(v.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("approver"));
}

QTEST_GUILESS_MAIN(TestExctlWithdrawals)
#include "tst_exctlwithdrawals.moc"
