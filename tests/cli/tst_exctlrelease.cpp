// exctl withdrawals release: the real binary on this run's backend ends an
// integrity hold as an admin signed in with a two-factor code. Exactly one
// of --paid and --reject (usage, exit 2); a withdrawal not held, an unknown
// id, a TxId that is none of the chain's, the command line's cli:<user> and
// an approver are refused (exit 1) and change nothing; --reject gives the
// funds back and rejects it, audited under the admin's name.
//
// The withdrawal is put on hold by an UPDATE of its state in SQL: that is
// what the payout signer does when its checks fail.

#include "core/store/database.h"
#include "core/store/sql.h"
#include "exctlpeople.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

namespace {

using Run = ExctlRun;
using exchange::security::Role;

const QString kDestination = QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ");

} // namespace

class TestExctlRelease : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void exactlyOneOfPaidAndReject();
    void refusalsChangeNothing();
    void anAdminRejectsAHeldWithdrawal();

private:
    Run exctl(const QStringList &args) const { return runExctl(m_db->url(), args); }
    Run exctlAs(const QString &name, const QStringList &args) { return m_people->as(name, args); }
    QString requestXlm(const QString &amount);
    void hold(const QString &id);
    QJsonObject withdrawal(const QString &id) const;
    QString available() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ExctlPeople> m_people;
    QString m_held;
    QString m_processing;
};

QString TestExctlRelease::requestXlm(const QString &amount)
{
    // Requested by an operator; the vault pins the demo admin's key.
    const Run made = m_people->asAnyone(Role::Operator, {QStringLiteral("withdraw"), QStringLiteral("request"), QStringLiteral("--customer"), QStringLiteral("1"),
                            QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--to"), kDestination,
                            QStringLiteral("--amount"), amount, QStringLiteral("--json")});
    if (made.code != 0)
        return {};
    return QString::number(QJsonDocument::fromJson(made.out.toUtf8()).object().value(QStringLiteral("id")).toInteger());
}

void TestExctlRelease::hold(const QString &id)
{
    auto db = m_db->open();
    QVERIFY(db);
    auto q = exchange::sql::run(db->connection(),
                                QStringLiteral("UPDATE withdrawals SET state = 'held_for_integrity', note = ? WHERE id = ?"),
                                {QStringLiteral("the signer's journal says this withdrawal was signed already"), id.toLongLong()});
    QVERIFY(q.ok());
    QCOMPARE(q.value().numRowsAffected(), 1);
}

QJsonObject TestExctlRelease::withdrawal(const QString &id) const
{
    const Run listed = exctl({QStringLiteral("withdrawals"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        if (QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id)
            return v.toObject();
    }
    return {};
}

QString TestExctlRelease::available() const
{
    // Customer 1's XLM as `ledger balances --json` reports it.
    const Run r = exctl({QStringLiteral("ledger"), QStringLiteral("balances"), QStringLiteral("--customer"), QStringLiteral("1"),
                         QStringLiteral("--json")});
    return r.code == 0 ? r.out : QString();
}

void TestExctlRelease::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    QCOMPARE(exctl({QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    m_people = std::make_unique<ExctlPeople>(m_db->url());
    m_people->addDemo();
    m_held = requestXlm(QStringLiteral("10"));
    m_processing = requestXlm(QStringLiteral("11"));
    QVERIFY(!m_held.isEmpty() && !m_processing.isEmpty());
    hold(m_held);
    QCOMPARE(withdrawal(m_held).value(QStringLiteral("state")).toString(), QStringLiteral("held_for_integrity"));
}

void TestExctlRelease::cleanupTestCase()
{
    m_people.reset();
    m_db.reset();
}

void TestExctlRelease::exactlyOneOfPaidAndReject()
{
    const QStringList release{QStringLiteral("withdrawals"), QStringLiteral("release"), m_held};
    const Run neither = exctl(release);
    QCOMPARE(neither.code, 2);
    QVERIFY2(neither.err.contains(QStringLiteral("exactly one of --paid TXID and --reject REASON")), qPrintable(neither.err));
    const Run both = exctl(release + QStringList{QStringLiteral("--paid"), QString(64, u'a'), QStringLiteral("--reject"),
                                                 QStringLiteral("not paid")});
    QCOMPARE(both.code, 2);
    QVERIFY2(both.err.contains(QStringLiteral("exactly one of")), qPrintable(both.err));
    QCOMPARE(exctl(release + QStringList{QStringLiteral("--reject"), QStringLiteral("  ")}).code, 2);
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("release"), QStringLiteral("x1"), QStringLiteral("--reject"),
                    QStringLiteral("r")})
                 .code,
             2);
    QCOMPARE(withdrawal(m_held).value(QStringLiteral("state")).toString(), QStringLiteral("held_for_integrity"));
}

void TestExctlRelease::refusalsChangeNothing()
{
    const QString before = available();
    QVERIFY(!before.isEmpty());
    const QStringList reject{QStringLiteral("--reject"), QStringLiteral("not paid")};
    // The command line's own admin decides nothing about money.
    const Run cli = exctl(QStringList{QStringLiteral("withdrawals"), QStringLiteral("release"), m_held} + reject);
    QCOMPARE(cli.code, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("needs an operator")), qPrintable(cli.err));
    // An approver may reject a withdrawal under review, not end a hold.
    const Run approver = exctlAs(QStringLiteral("approver"), QStringList{QStringLiteral("withdrawals"), QStringLiteral("release"), m_held} + reject);
    QCOMPARE(approver.code, 1);
    QVERIFY2(approver.err.contains(QStringLiteral("release_held_withdrawal")), qPrintable(approver.err));
    // Not held.
    const Run notHeld = m_people->asAnyone(Role::Admin, QStringList{QStringLiteral("withdrawals"), QStringLiteral("release"), m_processing} + reject);
    QCOMPARE(notHeld.code, 1);
    QVERIFY2(notHeld.err.contains(QStringLiteral("cannot be released from an integrity hold as not paid")), qPrintable(notHeld.err));
    // Unknown.
    const Run unknown = m_people->asAnyone(Role::Admin, QStringList{QStringLiteral("withdrawals"), QStringLiteral("release"),
                                                                     QStringLiteral("999999")} + reject);
    QCOMPARE(unknown.code, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("999999")), qPrintable(unknown.err));
    // No Stellar TxId: refused before any chain is asked.
    const Run badTxid = m_people->asAnyone(Role::Admin, {QStringLiteral("withdrawals"), QStringLiteral("release"), m_held,
                                                          QStringLiteral("--paid"), QStringLiteral("0x1234")});
    QCOMPARE(badTxid.code, 1);
    QVERIFY2(badTxid.err.contains(QStringLiteral("not a valid stellar TxId")), qPrintable(badTxid.err));

    QCOMPARE(withdrawal(m_held).value(QStringLiteral("state")).toString(), QStringLiteral("held_for_integrity"));
    QCOMPARE(withdrawal(m_processing).value(QStringLiteral("state")).toString(), QStringLiteral("processing"));
    QCOMPARE(available(), before);
}

void TestExctlRelease::anAdminRejectsAHeldWithdrawal()
{
    const QString before = available();
    const Run done = exctlAs(QStringLiteral("admin"), {QStringLiteral("withdrawals"), QStringLiteral("release"), m_held,
                                                       QStringLiteral("--reject"), QStringLiteral("never reached the chain"),
                                                       QStringLiteral("--json")});
    QVERIFY2(done.code == 0, qPrintable(done.err));
    const QJsonObject w = QJsonDocument::fromJson(done.out.toUtf8()).object();
    QCOMPARE(w.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QCOMPARE(withdrawal(m_held).value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QCOMPARE(withdrawal(m_held).value(QStringLiteral("note")).toString(), QStringLiteral("never reached the chain"));
    // The funds are the customer's again.
    QVERIFY(available() != before);
    const Run audit = exctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--action"),
                             QStringLiteral("withdrawal.release_reject")});
    const QJsonArray records = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("admin"));
    QCOMPARE(records.first().toObject().value(QStringLiteral("object_id")).toString(), m_held);
    const Run check = exctl({QStringLiteral("ledger"), QStringLiteral("check")});
    QVERIFY2(check.code == 0, qPrintable(check.err));
}

QTEST_GUILESS_MAIN(TestExctlRelease)
#include "tst_exctlrelease.moc"
