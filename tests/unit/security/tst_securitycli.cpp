// exctl operator … and audit …: the first admin from the command line,
// role changes, and `audit verify` naming the first bad record after the
// database is tampered with.

#include "core/store/sql.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestSecurityCli : public QObject
{
    Q_OBJECT
private slots:
    void operatorsAndAuditFromTheCommandLine();

private:
    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run exctl(const QString &url, const QStringList &args, const QByteArray &input = {});
};

TestSecurityCli::Run TestSecurityCli::exctl(const QString &url, const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(EXCTL_PATH), QStringList{QStringLiteral("--db"), url} + args);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60'000);
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void TestSecurityCli::operatorsAndAuditFromTheCommandLine()
{
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    const QString url = t.url();
    QCOMPARE(exctl(url, {QStringLiteral("init")}).exitCode, 0);
    auto add = exctl(url, {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("root"),
                           QStringLiteral("--role"), QStringLiteral("admin")},
                     "cli-test-password\n");
    QCOMPARE(add.exitCode, 0);
    QVERIFY(add.out.contains(QStringLiteral("added root (admin)")));
    QCOMPARE(exctl(url, {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("vera"), QStringLiteral("--role"),
                         QStringLiteral("viewer")}, "cli-test-password\n").exitCode, 0);
    QCOMPARE(exctl(url, {QStringLiteral("operator"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"),
                         QStringLiteral("boss")}).exitCode, 2);
    QCOMPARE(exctl(url, {QStringLiteral("operator"), QStringLiteral("set-role"), QStringLiteral("vera"),
                         QStringLiteral("approver")}).exitCode, 0);
    auto lastAdmin = exctl(url, {QStringLiteral("operator"), QStringLiteral("disable"), QStringLiteral("root")});
    QCOMPARE(lastAdmin.exitCode, 1);
    QVERIFY(lastAdmin.err.contains(QStringLiteral("no admin")));
    QCOMPARE(exctl(url, {QStringLiteral("operator"), QStringLiteral("reset-password"), QStringLiteral("vera")},
                   "another-password\n").exitCode, 0);

    auto list = exctl(url, {QStringLiteral("operator"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray operators = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(operators.size(), 2);
    QCOMPARE(operators.at(1).toObject().value(QStringLiteral("role")).toString(), QStringLiteral("approver"));
    QVERIFY(!list.out.contains(QStringLiteral("argon2")));

    QCOMPARE(exctl(url, {QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"), QStringLiteral("--hot-max"),
                         QStringLiteral("100.5")}).exitCode, 0);
    auto audit = exctl(url, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                             QStringLiteral("--action"), QStringLiteral("settings.")});
    QCOMPARE(audit.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    QCOMPARE(records.size(), 1);
    const QJsonObject change = records.first().toObject();
    QVERIFY(change.value(QStringLiteral("actor")).toString().startsWith(QStringLiteral("cli:")));
    QCOMPARE(change.value(QStringLiteral("after")).toObject().value(QStringLiteral("hot_max")).toString(),
             QStringLiteral("100.5"));
    auto all = exctl(url, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 5);
    QVERIFY(!all.out.contains(QStringLiteral("cli-test-password")) && !all.out.contains(QStringLiteral("another-password")));

    auto ok = exctl(url, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains(QStringLiteral("intact: 5 records")));

    auto db = t.open();
    if (db->dialect().isSQLite())
        QVERIFY(exchange::sql::execute(db->connection(), QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
    else
        QVERIFY(exchange::sql::execute(db->connection(),
                                       QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")).ok());
    QVERIFY(exchange::sql::execute(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE seq = 3")).ok());
    db.reset();
    auto bad = exctl(url, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(bad.exitCode, 1);
    const QJsonObject verdict = QJsonDocument::fromJson(bad.out.toUtf8()).object();
    QCOMPARE(verdict.value(QStringLiteral("intact")).toBool(), false);
    QCOMPARE(verdict.value(QStringLiteral("first_bad_record")).toInteger(), 3);
}

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "tst_securitycli.moc"
