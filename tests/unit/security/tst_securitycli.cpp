// exctl operator … and audit …: the first admin from the command line,
// role changes, and `audit verify` naming the first bad record after the
// database is tampered with, and a chain cut back to an earlier intact
// state below the head the payout signer journaled.

#include "core/store/sql.h"
#include "core/base/systemclock.h"
#include "core/security/auditlog.h"
#include "core/security/exchangeidentity.h"
#include "core/security/signerjournal.h"
#include "testdatabase.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSecurityCli : public QObject
{
    Q_OBJECT
private slots:
    void operatorsAndAuditFromTheCommandLine();
    void auditVerifyNoticesAChainCutBackBelowWhatTheSignerSaw();

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

    // cli:<user> maintains, but a money setting is a person's decision:
    // refused, nothing changed, nothing audited.
    auto setting = exctl(url, {QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"), QStringLiteral("--hot-max"),
                               QStringLiteral("100.5")});
    QCOMPARE(setting.exitCode, 1);
    QVERIFY2(setting.err.contains(QStringLiteral("needs an operator: exctl --operator NAME")), qPrintable(setting.err));
    auto settings = exctl(url, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                                QStringLiteral("--action"), QStringLiteral("settings.")});
    QCOMPARE(settings.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(settings.out.toUtf8()).array().size(), 0);
    auto audit = exctl(url, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                             QStringLiteral("--action"), QStringLiteral("operator.set_role")});
    QCOMPARE(audit.exitCode, 0);
    const QJsonArray records = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    QCOMPARE(records.size(), 1);
    const QJsonObject change = records.first().toObject();
    QVERIFY(change.value(QStringLiteral("actor")).toString().startsWith(QStringLiteral("cli:")));
    QCOMPARE(change.value(QStringLiteral("after")).toObject().value(QStringLiteral("role")).toString(),
             QStringLiteral("approver"));
    auto all = exctl(url, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).array().size(), 4);
    QVERIFY(!all.out.contains(QStringLiteral("cli-test-password")) && !all.out.contains(QStringLiteral("another-password")));

    auto ok = exctl(url, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(ok.out.contains(QStringLiteral("intact: 4 records")));

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

void TestSecurityCli::auditVerifyNoticesAChainCutBackBelowWhatTheSignerSaw()
{
    QTemporaryDir journals;
    QVERIFY(journals.isValid());
    qputenv("EXCHANGE_SIGNER_JOURNAL_DIR", journals.path().toUtf8());
    TestDatabase t;
    REQUIRE_TEST_DATABASE(t);
    const QString url = t.url();
    QCOMPARE(exctl(url, {QStringLiteral("init")}).exitCode, 0);
    for (const char *name : {"root", "vera", "omar"})
        QCOMPARE(exctl(url, {QStringLiteral("operator"), QStringLiteral("add"), QString::fromLatin1(name),
                             QStringLiteral("--role"), QStringLiteral("admin")},
                       "cli-test-password\n")
                     .exitCode,
                 0);

    // The signer signed a payout when the chain's head was its last record.
    auto db = t.open();
    exchange::SystemClock clock;
    exchange::security::AuditLog audit(*db, clock);
    auto id = exchange::security::ExchangeIdentity::obtain(*db, audit);
    QVERIFY(id.ok());
    const auto head = audit.head().value();
    QVERIFY(head.seq >= 4);
    {
        auto journal = exchange::security::SignerJournal::open(
            exchange::security::SignerJournal::pathFor(journals.path(), id.value()), id.value());
        QVERIFY(journal.ok());
        exchange::security::SignerRecord line;
        line.withdrawalId = 1;
        line.chain = "stellar";
        line.asset = "XLM";
        line.amount = "10.0000000";
        line.destination = "GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37";
        line.source = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
        line.txid = "tx-1";
        line.sequence = 101;
        line.atMs = clock.nowMs();
        line.auditSeq = head.seq;
        line.auditHash = head.hash;
        QVERIFY(journal.value().append(line).ok());
    }
    auto agrees = exctl(url, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(agrees.exitCode, 0);

    // Restored from an older backup: the last two records and the head that
    // named them are gone, the shorter chain is intact in itself.
    const auto earlier = audit.list({}).value();
    const exchange::security::AuditEntry &kept = *std::find_if(earlier.begin(), earlier.end(), [&](const auto &e) {
        return e.seq == head.seq - 2;
    });
    if (db->dialect().isSQLite())
        QVERIFY(exchange::sql::execute(db->connection(), QStringLiteral("DROP TRIGGER audit_log_no_delete")).ok());
    else
        QVERIFY(exchange::sql::execute(db->connection(),
                                       QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")).ok());
    QVERIFY(exchange::sql::run(db->connection(), QStringLiteral("DELETE FROM audit_log WHERE seq > ?"),
                               {QVariant::fromValue<qint64>(kept.seq)})
                .ok());
    QVERIFY(exchange::sql::run(db->connection(), QStringLiteral("UPDATE meta SET value = ? WHERE key = 'audit_head'"),
                               {QStringLiteral("%1:%2").arg(kept.seq).arg(QString::fromStdString(kept.hash))})
                .ok());
    QVERIFY(audit.verify().value().intact); // the chain alone cannot tell
    db.reset();

    auto cut = exctl(url, {QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(cut.exitCode, 1);
    const QString expected = QStringLiteral("the audit chain was cut back: the signer saw record %1 (hash %2) on ")
                                 .arg(head.seq)
                                 .arg(QString::fromStdString(head.hash));
    QVERIFY2(cut.err.contains(expected), qPrintable(cut.err));
    auto json = exctl(url, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("intact")).toBool(), false);
    qunsetenv("EXCHANGE_SIGNER_JOURNAL_DIR");
}

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "tst_securitycli.moc"
