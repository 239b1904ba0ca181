// exctl as an operator or a script uses it: the real binary, on the
// backend of this run. Exit codes 0 / 1 (refused, one line on stderr) /
// 2 (usage), JSON that parses, and refused changes that change nothing.

#include "core/chains/algorand/keys.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/chains/publishedkeys.h"
#include "core/chains/stellar/keys.h"
#include "core/security/totp.h"
#include "core/store/existingdatabase.h"
#include "core/store/sql.h"
#include "sqlitedamage.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <map>

#include <sys/stat.h>

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestExctl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void initWithDemoListsTheThreeAssets();
    void overPreciseAmountIsRefusedAndChangesNothing();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void aValidChangeIsVisibleInTheList();
    void usageErrorsExitWith2();
    void helpAndVersion();
    void aGroupAloneListsItsCommands();
    void aBadIdNamesWhatWasTyped();
    void unreachableDatabaseIsRefused();
    void ledgerBalancesAndStatement();
    void ledgerAdjustNeedsAReasonAndAnExistingCustomer();
    void withdrawalRequestReviewAndCancel();
    void anUnderApprovedWithdrawalIsNotSentToManual();
    void approvingAsCliIsRefusedAndChangesNothing();
    void anOperatorApprovesAndTheAuditNamesThem();
    void aWrongCodeIsRefusedAndAudited();
    void withoutTerminalOrVariableTheSignInEndsAtOnce();
    void auditListKeepsItsOwnOperatorFilter();
    void ledgerCheckCatchesACorruptedRow();
    void aMissingDatabaseIsRefusedAndNotCreated();
    void aZeroByteFileIsRefusedAndLeftAlone();
    void anUninitialisedDatabaseIsRefused();
    void serveRefusesWhatIsNoExchangeDatabase();
    void initCreatesAFileOnlyItsOwnerCanRead();
    void theDemoAddressesComeFromThePublishedKeys();
    void initWithoutDemoConfiguresNoPublishedKey();
    void aDamagedIndexFailsTheLedgerCheck();

private:
    Run exctl(const QStringList &args) const;
    static Run exctlOn(const QString &url, const QStringList &args, const QProcessEnvironment &env = {});
    // exctl --operator NAME, signed in with the demo password and a fresh
    // two-factor code (the demo operators' published secret).
    Run exctlAs(const QString &name, const QStringList &args);
    // A code each step once, within one step of now: the server takes each
    // step once per operator; when the steps are used up, wait for the clock.
    QString nextCode(const QString &name);
    QJsonArray assets() const;
    QJsonArray auditOf(const QString &action) const;
    QString stateOf(const QString &id) const;
    QString reviewedXlmWithdrawal(const QString &amount);

    std::unique_ptr<TestDatabase> m_db;
    std::map<QString, qint64> m_lastStep; // per operator: the last step whose code was used
    QString m_fourEyesWithdrawal;          // 6,000 XLM under review, above the four-eyes amount
};

namespace {
const QByteArray kDemoSecret = QByteArrayLiteral("demo-totp-not-secret");
const std::map<QString, QString> kDemoPasswords{{QStringLiteral("admin"), QStringLiteral("demo-admin")},
                                                {QStringLiteral("approver"), QStringLiteral("demo-approver")}};
} // namespace

Run TestExctl::exctl(const QStringList &args) const
{
    return exctlOn(m_db->url(), args);
}

Run TestExctl::exctlOn(const QString &url, const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    // The umask of a typical login: files 0644 unless made otherwise.
    process.setChildProcessModifier([] { ::umask(022); });
    process.start(QStringLiteral(EXCTL_PATH), QStringList{QStringLiteral("--db"), url} + args);
    if (!process.waitForFinished(60000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString TestExctl::nextCode(const QString &name)
{
    qint64 &last = m_lastStep[name];
    [[maybe_unused]] const bool inTime =
        QTest::qWaitFor([&last] { return last + 1 <= QDateTime::currentSecsSinceEpoch() / 30 + 1; }, 31000);
    const qint64 now = QDateTime::currentSecsSinceEpoch() / 30;
    last = std::max(last + 1, now - 1);
    return QString::fromStdString(exchange::security::Totp::codeForStep(kDemoSecret, last));
}

Run TestExctl::exctlAs(const QString &name, const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EXCTL_PASSWORD"), kDemoPasswords.at(name));
    env.insert(QStringLiteral("EXCTL_TOTP"), nextCode(name));
    return exctlOn(m_db->url(), QStringList{QStringLiteral("--operator"), name} + args, env);
}

QJsonArray TestExctl::auditOf(const QString &action) const
{
    const Run r = exctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--action"),
                         action, QStringLiteral("--limit"), QStringLiteral("1000")});
    return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).array() : QJsonArray{};
}

QString TestExctl::stateOf(const QString &id) const
{
    const Run listed = exctl({QStringLiteral("withdrawals"), QStringLiteral("list"), QStringLiteral("--json")});
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
        if (QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id)
            return v.toObject().value(QStringLiteral("state")).toString();
    }
    return {};
}

QString TestExctl::reviewedXlmWithdrawal(const QString &amount)
{
    const Run made = exctl({QStringLiteral("withdraw"), QStringLiteral("request"), QStringLiteral("--customer"), QStringLiteral("1"),
                            QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--to"),
                            QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"), QStringLiteral("--amount"),
                            amount, QStringLiteral("--json")});
    const QJsonObject w = QJsonDocument::fromJson(made.out.toUtf8()).object();
    if (made.code != 0 || w.value(QStringLiteral("state")).toString() != u"under_review")
        return {};
    return QString::number(w.value(QStringLiteral("id")).toInteger());
}

QJsonArray TestExctl::assets() const
{
    const Run r = exctl({QStringLiteral("asset"), QStringLiteral("list"), QStringLiteral("--json")});
    if (r.code != 0)
        return {};
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void TestExctl::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    const Run r = exctl({QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("demo data added")));
    QVERIFY(!r.out.contains(QStringLiteral("password")));
    // Again: nothing new, still success.
    const Run again = exctl({QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QStringLiteral("already present")));
    // The demo enrolled its admin and approver with a code of this step.
    for (const auto &[name, password] : kDemoPasswords)
        m_lastStep[name] = QDateTime::currentSecsSinceEpoch() / 30;
}

void TestExctl::cleanupTestCase()
{
    m_db.reset();
}

void TestExctl::initWithDemoListsTheThreeAssets()
{
    const QJsonArray list = assets();
    QCOMPARE(list.size(), 3);
    QStringList codes;
    for (const QJsonValue &v : list)
        codes << v.toObject().value(QStringLiteral("code")).toString();
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("ALGO"), QStringLiteral("ETH"), QStringLiteral("XLM")}));
    for (const QJsonValue &v : list) {
        const QJsonObject asset = v.toObject();
        const QJsonObject settings = asset.value(QStringLiteral("settings")).toObject();
        for (const char *key : {"min_deposit", "min_collection", "withdraw_fee", "limit_24h", "limit_72h", "hot_max", "warm_max"}) {
            // Exact decimal strings, never JSON numbers.
            QVERIFY2(settings.value(QLatin1String(key)).isString(), key);
        }
        if (asset.value(QStringLiteral("code")).toString() == u"XLM") {
            QCOMPARE(asset.value(QStringLiteral("decimals")).toInt(), 7);
            QCOMPARE(asset.value(QStringLiteral("chain")).toString(), QStringLiteral("stellar"));
        }
    }
}

void TestExctl::overPreciseAmountIsRefusedAndChangesNothing()
{
    const QJsonArray before = assets();
    const Run r = exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"),
                         QStringLiteral("--min-deposit"), QStringLiteral("0.00000001")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY(r.err.contains(QStringLiteral("7 decimal places")));
    QCOMPARE(assets(), before);
}

void TestExctl::refusalsChangeNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    QTest::newRow("unknown asset") << QStringList{QStringLiteral("DOGE"), QStringLiteral("--hot-max"), QStringLiteral("1")} << "unknown asset";
    QTest::newRow("negative") << QStringList{QStringLiteral("ETH"), QStringLiteral("--warm-max"), QStringLiteral("-1")} << "sign";
    QTest::newRow("exponent") << QStringList{QStringLiteral("ETH"), QStringLiteral("--warm-max"), QStringLiteral("1e3")} << "exponent";
    QTest::newRow("separator") << QStringList{QStringLiteral("ALGO"), QStringLiteral("--hot-max"), QStringLiteral("1,000")} << "thousands";
    QTest::newRow("one good, one bad") << QStringList{QStringLiteral("ALGO"), QStringLiteral("--hot-max"), QStringLiteral("5"),
                                                      QStringLiteral("--min-deposit"), QStringLiteral("0.0000001")} << "6 decimal places";
    // The rules between settings, in the operator's words (demo XLM: min
    // collection 100, 24h limit 10,000, 72h limit 25,000).
    QTest::newRow("72h below 24h") << QStringList{QStringLiteral("XLM"), QStringLiteral("--limit-72h"), QStringLiteral("1")}
                                   << "XLM: the 72h limit (1.00 XLM) cannot be below the 24h limit (10,000.00 XLM)";
    QTest::newRow("fee above 24h") << QStringList{QStringLiteral("XLM"), QStringLiteral("--withdraw-fee"), QStringLiteral("30000")}
                                   << "XLM: the withdrawal fee (30,000.00 XLM) must be below the 24h limit (10,000.00 XLM)";
    QTest::newRow("min deposit above min collection")
        << QStringList{QStringLiteral("XLM"), QStringLiteral("--min-deposit"), QStringLiteral("100.0000001")}
        << "XLM: the min deposit (100.0000001 XLM) cannot be above the min collection (100.00 XLM)";
    QTest::newRow("a warning is not accepted unasked")
        << QStringList{QStringLiteral("XLM"), QStringLiteral("--hot-max"), QStringLiteral("0")}
        << "add --accept-warnings to save anyway";
}

void TestExctl::refusalsChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const QJsonArray before = assets();
    const Run r = exctl(QStringList{QStringLiteral("asset"), QStringLiteral("set")} + args);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(assets(), before);
}

void TestExctl::aValidChangeIsVisibleInTheList()
{
    const Run r = exctlAs(QStringLiteral("admin"), {QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("ETH"),
                                                    QStringLiteral("--hot-max"), QStringLiteral("123.000000000000000001"),
                                                    QStringLiteral("--limit-24h"), QStringLiteral("6")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    for (const QJsonValue &v : assets()) {
        const QJsonObject asset = v.toObject();
        if (asset.value(QStringLiteral("code")).toString() != u"ETH")
            continue;
        const QJsonObject settings = asset.value(QStringLiteral("settings")).toObject();
        QCOMPARE(settings.value(QStringLiteral("hot_max")).toString(), QStringLiteral("123.000000000000000001"));
        QCOMPARE(settings.value(QStringLiteral("limit_24h")).toString(), QStringLiteral("6.0000"));
        return;
    }
    QFAIL("ETH not listed");
}

void TestExctl::usageErrorsExitWith2()
{
    QCOMPARE(exctl({}).code, 2);
    QCOMPARE(exctl({QStringLiteral("frobnicate")}).code, 2);
    QCOMPARE(exctl({QStringLiteral("asset"), QStringLiteral("set")}).code, 2);
    QCOMPARE(exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM")}).code, 2);
    QCOMPARE(exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"), QStringLiteral("--no-such-option"), QStringLiteral("1")}).code, 2);
    QCOMPARE(exctl({QStringLiteral("asset"), QStringLiteral("list"), QStringLiteral("extra")}).code, 2);
}

void TestExctl::helpAndVersion()
{
    const Run help = exctl({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("asset set")));
    const Run setHelp = exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("--help")});
    QCOMPARE(setHelp.code, 0);
    QVERIFY(setHelp.out.contains(QStringLiteral("--min-deposit")));
    QCOMPARE(exctl({QStringLiteral("--version")}).code, 0);
}

void TestExctl::aGroupAloneListsItsCommands()
{
    // "exctl withdrawals" is no command, but it names a group: its commands
    // are listed, with the usage errors' exit status.
    const Run group = exctl({QStringLiteral("withdrawals")});
    QCOMPARE(group.code, 2);
    QVERIFY2(!group.err.contains(QStringLiteral("unknown command")), qPrintable(group.err));
    QVERIFY2(group.err.startsWith(QStringLiteral("usage: exctl withdrawals COMMAND")), qPrintable(group.err));
    for (const char *command : {"withdrawals approve", "withdrawals reject", "withdrawals cancel", "withdrawals list"})
        QVERIFY2(group.err.contains(QLatin1String(command)), command);
    QVERIFY(!group.err.contains(QStringLiteral("asset set")));
    // A word that is not in the group: said so, and the group listed.
    const Run wrong = exctl({QStringLiteral("withdrawals"), QStringLiteral("frobnicate")});
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("unknown command 'withdrawals frobnicate'")), qPrintable(wrong.err));
    QVERIFY(wrong.err.contains(QStringLiteral("withdrawals approve")));
    // A command's own help starts with its words, not the binary's path.
    const Run help = exctl({QStringLiteral("withdrawals"), QStringLiteral("approve"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("usage: exctl withdrawals approve ID")), qPrintable(help.out));
    QVERIFY(!help.out.contains(QStringLiteral(EXCTL_PATH)));
}

void TestExctl::aBadIdNamesWhatWasTyped()
{
    const Run approve = exctl({QStringLiteral("withdrawals"), QStringLiteral("approve"), QStringLiteral("abc")});
    QCOMPARE(approve.code, 2);
    QVERIFY2(approve.err.contains(QStringLiteral("'abc' is not a withdrawal id")), qPrintable(approve.err));
    const Run cancel = exctl({QStringLiteral("withdrawals"), QStringLiteral("cancel"), QStringLiteral("x1")});
    QCOMPARE(cancel.code, 2);
    QVERIFY2(cancel.err.contains(QStringLiteral("'x1' is not a withdrawal id")), qPrintable(cancel.err));
    const Run statement = exctl({QStringLiteral("ledger"), QStringLiteral("statement"), QStringLiteral("bob"), QStringLiteral("XLM")});
    QCOMPARE(statement.code, 2);
    QVERIFY2(statement.err.contains(QStringLiteral("'bob' is not a customer id")), qPrintable(statement.err));
    const Run assign = exctl({QStringLiteral("deposit"), QStringLiteral("assign"), QStringLiteral("1"), QStringLiteral("carol")});
    QCOMPARE(assign.code, 2);
    QVERIFY2(assign.err.contains(QStringLiteral("'carol' is not a customer id")), qPrintable(assign.err));
    const Run balances = exctl({QStringLiteral("ledger"), QStringLiteral("balances"), QStringLiteral("--customer"), QStringLiteral("seven")});
    QCOMPARE(balances.code, 2);
    QVERIFY2(balances.err.contains(QStringLiteral("'seven' is not a customer id")), qPrintable(balances.err));
}

void TestExctl::unreachableDatabaseIsRefused()
{
    QProcess process;
    process.start(QStringLiteral(EXCTL_PATH),
                  {QStringLiteral("--db"), QStringLiteral("postgresql://ops:hunter2@127.0.0.1:1/none"),
                   QStringLiteral("asset"), QStringLiteral("list")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY(err.contains(QStringLiteral("cannot open the database")));
    QVERIFY(!err.contains(QStringLiteral("hunter2")));
}

void TestExctl::ledgerBalancesAndStatement()
{
    const Run balances = exctl({QStringLiteral("ledger"), QStringLiteral("balances"), QStringLiteral("--customer"),
                                QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(balances.code, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(balances.out.toUtf8()).object().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 2); // Alan: XLM and ETH
    for (const QJsonValue &v : accounts) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("asset")).toString() == u"XLM") {
            QCOMPARE(a.value(QStringLiteral("balance")).toString(), QStringLiteral("48000.00"));
            // The demo's 20,000 XLM withdrawal under review holds its 0.01 fee too.
            QCOMPARE(a.value(QStringLiteral("available")).toString(), QStringLiteral("27999.99"));
            QCOMPARE(a.value(QStringLiteral("reserved")).toString(), QStringLiteral("20000.01"));
        }
    }
    const Run statement = exctl({QStringLiteral("ledger"), QStringLiteral("statement"), QStringLiteral("1"),
                                 QStringLiteral("XLM"), QStringLiteral("--json")});
    QCOMPARE(statement.code, 0);
    const QJsonObject s = QJsonDocument::fromJson(statement.out.toUtf8()).object();
    // Ada's four lines of the journal, then her 11,000 XLM withdrawal the
    // demo approver rejected: amount and fee held, then both released.
    QCOMPARE(s.value(QStringLiteral("total_lines")).toInt(), 8);
    const QJsonArray lines = s.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.last().toObject().value(QStringLiteral("balance")).toString(), QStringLiteral("11999.99"));
    QCOMPARE(exctl({QStringLiteral("ledger"), QStringLiteral("statement"), QStringLiteral("1"), QStringLiteral("DOGE")}).code, 1);
    QCOMPARE(exctl({QStringLiteral("ledger"), QStringLiteral("statement"), QStringLiteral("x"), QStringLiteral("XLM")}).code, 2);
}

void TestExctl::ledgerAdjustNeedsAReasonAndAnExistingCustomer()
{
    const QStringList base{QStringLiteral("ledger"), QStringLiteral("adjust"), QStringLiteral("--customer"), QStringLiteral("2"),
                           QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--amount")};
    QCOMPARE(exctl(base + QStringList{QStringLiteral("5")}).code, 2); // no --reason
    const Run blank = exctl(base + QStringList{QStringLiteral("5"), QStringLiteral("--reason"), QStringLiteral("  ")});
    QCOMPARE(blank.code, 1);
    QVERIFY(blank.err.contains(QStringLiteral("reason")));
    const Run tooPrecise = exctl(base + QStringList{QStringLiteral("0.00000001"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(tooPrecise.code, 1);
    QVERIFY(tooPrecise.err.contains(QStringLiteral("7 decimal places")));
    const Run overdraw = exctl(base + QStringList{QStringLiteral("-3200.51"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(overdraw.code, 1);
    const Run nobody = exctl({QStringLiteral("ledger"), QStringLiteral("adjust"), QStringLiteral("--customer"), QStringLiteral("999"),
                              QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--amount"), QStringLiteral("1"),
                              QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(nobody.code, 1);
    QVERIFY(nobody.err.contains(QStringLiteral("unknown customer")));
    const Run ok = exctl(base + QStringList{QStringLiteral("-0.5"), QStringLiteral("--reason"), QStringLiteral("fee refund reversed"),
                                            QStringLiteral("--id"), QStringLiteral("adj-test-1")});
    QCOMPARE(ok.code, 0);
    QVERIFY(ok.out.contains(QStringLiteral("3200")));
    // Retrying with the same id changes nothing more.
    QCOMPARE(exctl(base + QStringList{QStringLiteral("-0.5"), QStringLiteral("--reason"), QStringLiteral("fee refund reversed"),
                                      QStringLiteral("--id"), QStringLiteral("adj-test-1")}).code, 0);
    const Run after = exctl({QStringLiteral("ledger"), QStringLiteral("balances"), QStringLiteral("--customer"), QStringLiteral("2"),
                             QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("accounts")).toArray().first().toObject()
                 .value(QStringLiteral("balance")).toString(),
             QStringLiteral("3200.00"));
}

void TestExctl::withdrawalRequestReviewAndCancel()
{
    const QString to = QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ");
    const QStringList request{QStringLiteral("withdraw"), QStringLiteral("request"), QStringLiteral("--customer"), QStringLiteral("1"),
                              QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--to")};
    QCOMPARE(exctl(request + QStringList{to}).code, 2); // no --amount
    const Run badAddress = exctl(request + QStringList{QStringLiteral("GNOPE"), QStringLiteral("--amount"), QStringLiteral("10")});
    QCOMPARE(badAddress.code, 1);
    QCOMPARE(badAddress.err.count(u'\n'), 1);
    QCOMPARE(exctl(request + QStringList{to, QStringLiteral("--amount"), QStringLiteral("0.00000001")}).code, 1);
    QCOMPARE(exctl(request + QStringList{to, QStringLiteral("--amount"), QStringLiteral("99999999")}).code, 1);
    // Over the 24h limit: reviewed.
    // (Below the demo's four-eyes amount of 5,000 XLM: a warning, said and accepted.)
    const Run limits = exctlAs(QStringLiteral("admin"),
                               {QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"), QStringLiteral("--limit-24h"),
                                QStringLiteral("5"), QStringLiteral("--limit-72h"), QStringLiteral("5"),
                                QStringLiteral("--accept-warnings")});
    QVERIFY2(limits.code == 0, qPrintable(limits.err));
    QVERIFY2(limits.err.contains(QStringLiteral("warning: XLM: the four-eyes amount (5,000.00 XLM) is above the 24h limit (5.00 XLM)")),
             qPrintable(limits.err));
    const Run made = exctl(request + QStringList{to, QStringLiteral("--amount"), QStringLiteral("10"), QStringLiteral("--json")});
    QCOMPARE(made.code, 0);
    const QJsonObject w = QJsonDocument::fromJson(made.out.toUtf8()).object();
    const QString id = QString::number(w.value(QStringLiteral("id")).toInteger());
    QCOMPARE(w.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    QCOMPARE(w.value(QStringLiteral("amount")).toString(), QStringLiteral("10.00"));
    const Run listed = exctl({QStringLiteral("withdrawals"), QStringLiteral("list"), QStringLiteral("--state"),
                              QStringLiteral("under_review"), QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(listed.code, 0);
    const QJsonArray queue = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(queue.size(), 1);
    QCOMPARE(queue.first().toObject().value(QStringLiteral("destination")).toString(), to);
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("nope")}).code, 2);
    // exctl requested it; exctl alone decides nothing about it.
    const Run own = exctl({QStringLiteral("withdrawals"), QStringLiteral("approve"), id});
    QCOMPARE(own.code, 1);
    QVERIFY2(own.err.contains(QStringLiteral("needs an operator")), qPrintable(own.err));
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("reject"), id}).code, 2); // no --reason
    const Run cancelled = exctl({QStringLiteral("withdrawals"), QStringLiteral("cancel"), id, QStringLiteral("--json")});
    QCOMPARE(cancelled.code, 0);
    QCOMPARE(QJsonDocument::fromJson(cancelled.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("cancelled"));
    const Run again = exctlAs(QStringLiteral("approver"), {QStringLiteral("withdrawals"), QStringLiteral("reject"), id,
                                                         QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(QStringLiteral("cancelled")), qPrintable(again.err));
}

// Four eyes wherever money leaves: an approver on the command line cannot
// send a withdrawal above the four-eyes amount to manual payout without its
// two approvals. The amount itself is set with asset set --four-eyes.
void TestExctl::anUnderApprovedWithdrawalIsNotSentToManual()
{
    const Run tooPrecise = exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"),
                                  QStringLiteral("--four-eyes"), QStringLiteral("1.123456789")});
    QCOMPARE(tooPrecise.code, 1);
    const Run fourEyes = exctlAs(QStringLiteral("admin"),
                                 {QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"),
                                  QStringLiteral("--four-eyes"), QStringLiteral("5000"), QStringLiteral("--limit-24h"),
                                  QStringLiteral("5"), QStringLiteral("--limit-72h"), QStringLiteral("5"),
                                  QStringLiteral("--accept-warnings")});
    QVERIFY2(fourEyes.code == 0, qPrintable(fourEyes.err));
    QVERIFY2(fourEyes.out.contains(QStringLiteral("XLM four-eyes amount: 5000.00 XLM")), qPrintable(fourEyes.out));
    const Run made = exctl({QStringLiteral("withdraw"), QStringLiteral("request"), QStringLiteral("--customer"), QStringLiteral("1"),
                            QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--to"),
                            QStringLiteral("GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"), QStringLiteral("--amount"),
                            QStringLiteral("6000"), QStringLiteral("--json")});
    QCOMPARE(made.code, 0);
    const QJsonObject w = QJsonDocument::fromJson(made.out.toUtf8()).object();
    const QString id = QString::number(w.value(QStringLiteral("id")).toInteger());
    QCOMPARE(w.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));

    const Run manual = exctlAs(QStringLiteral("approver"), {QStringLiteral("withdrawals"), QStringLiteral("manual"), id});
    QCOMPARE(manual.code, 1);
    QVERIFY2(manual.err.contains(QStringLiteral("withdrawal %1 needs 2 approvals by different approvers, none of them the "
                                                "requester, before it is paid outside the system; it has 0")
                                     .arg(id)),
             qPrintable(manual.err));
    const Run listed = exctl({QStringLiteral("withdrawals"), QStringLiteral("list"), QStringLiteral("--state"),
                              QStringLiteral("under_review"), QStringLiteral("--customer"), QStringLiteral("1"), QStringLiteral("--json")});
    bool stillReviewed = false;
    for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        stillReviewed |= QString::number(v.toObject().value(QStringLiteral("id")).toInteger()) == id;
    QVERIFY(stillReviewed);
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("cancel"), id}).code, 0);
}

// Four eyes cannot be bypassed from the command line: cli:<user> approves
// nothing, so two OS users running exctl are not two approvers.
void TestExctl::approvingAsCliIsRefusedAndChangesNothing()
{
    // XLM as the test before left it: limits of 5, four eyes above 5,000.
    m_fourEyesWithdrawal = reviewedXlmWithdrawal(QStringLiteral("6000"));
    QVERIFY(!m_fourEyesWithdrawal.isEmpty());
    const qsizetype approvalsBefore = auditOf(QStringLiteral("withdrawal.approve")).size();
    for (const char *command : {"approve", "manual"}) {
        const Run r = exctl({QStringLiteral("withdrawals"), QString::fromLatin1(command), m_fourEyesWithdrawal});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.contains(QStringLiteral("deciding where money goes needs an operator: exctl --operator NAME")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("(cli:")), qPrintable(r.err));
    }
    const Run reject = exctl({QStringLiteral("withdrawals"), QStringLiteral("reject"), m_fourEyesWithdrawal,
                              QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(reject.code, 1);
    QVERIFY2(reject.err.contains(QStringLiteral("needs an operator")), qPrintable(reject.err));
    QCOMPARE(stateOf(m_fourEyesWithdrawal), QStringLiteral("under_review"));
    QCOMPARE(auditOf(QStringLiteral("withdrawal.approve")).size(), approvalsBefore);
    // Nor a money setting: the four-eyes amount stays.
    const Run setting = exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"), QStringLiteral("--four-eyes"),
                               QStringLiteral("none")});
    QCOMPARE(setting.code, 1);
    QVERIFY2(setting.err.contains(QStringLiteral("needs an operator")), qPrintable(setting.err));
    const Run chain = exctl({QStringLiteral("chain"), QStringLiteral("set"), QStringLiteral("stellar"), QStringLiteral("--node"),
                             QStringLiteral("https://horizon.example.org")});
    QVERIFY2(chain.code == 1 && chain.err.contains(QStringLiteral("needs an operator")), qPrintable(chain.err));
    for (const QJsonValue &v : assets()) {
        if (v.toObject().value(QStringLiteral("code")).toString() == u"XLM")
            QVERIFY2(QJsonDocument(v.toObject()).toJson().contains("5000"), QJsonDocument(v.toObject()).toJson().constData());
    }
}

void TestExctl::anOperatorApprovesAndTheAuditNamesThem()
{
    QVERIFY(!m_fourEyesWithdrawal.isEmpty());
    const QStringList approve{QStringLiteral("withdrawals"), QStringLiteral("approve"), m_fourEyesWithdrawal, QStringLiteral("--json")};
    const Run first = exctlAs(QStringLiteral("approver"), approve);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QCOMPARE(QJsonDocument::fromJson(first.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("under_review"));
    const QJsonArray approvals = auditOf(QStringLiteral("withdrawal.approve"));
    QVERIFY(!approvals.isEmpty());
    const QJsonObject last = approvals.first().toObject().value(QStringLiteral("seq")).toInteger()
                                     > approvals.last().toObject().value(QStringLiteral("seq")).toInteger()
                                 ? approvals.first().toObject()
                                 : approvals.last().toObject();
    QCOMPARE(last.value(QStringLiteral("actor")).toString(), QStringLiteral("approver"));
    QCOMPARE(last.value(QStringLiteral("actor_kind")).toString(), QStringLiteral("operator"));
    QCOMPARE(last.value(QStringLiteral("object_id")).toString(), m_fourEyesWithdrawal);

    // The same person twice is one approval: refused, still waiting.
    const Run twice = exctlAs(QStringLiteral("approver"), approve);
    QCOMPARE(twice.code, 1);
    QVERIFY2(twice.err.contains(QStringLiteral("already approved")), qPrintable(twice.err));
    QCOMPARE(stateOf(m_fourEyesWithdrawal), QStringLiteral("under_review"));

    // A second person: approved.
    const Run second = exctlAs(QStringLiteral("admin"), approve);
    QVERIFY2(second.code == 0, qPrintable(second.err));
    QCOMPARE(QJsonDocument::fromJson(second.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("approved"));
}

void TestExctl::aWrongCodeIsRefusedAndAudited()
{
    const QString id = reviewedXlmWithdrawal(QStringLiteral("100"));
    QVERIFY(!id.isEmpty());
    const qsizetype failedBefore = auditOf(QStringLiteral("totp.failed")).size();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("EXCTL_PASSWORD"), QStringLiteral("demo-approver"));
    // A code of ten minutes from now: no code the server accepts now.
    const qint64 later = QDateTime::currentSecsSinceEpoch() / 30 + 20;
    env.insert(QStringLiteral("EXCTL_TOTP"), QString::fromStdString(exchange::security::Totp::codeForStep(kDemoSecret, later)));
    const Run wrong = exctlOn(m_db->url(), {QStringLiteral("--operator"), QStringLiteral("approver"), QStringLiteral("withdrawals"),
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
    const Run password = exctlOn(m_db->url(), {QStringLiteral("--operator"), QStringLiteral("approver"), QStringLiteral("withdrawals"),
                                               QStringLiteral("approve"), id},
                                 env);
    QCOMPARE(password.code, 1);
    QCOMPARE(auditOf(QStringLiteral("login.failed")).size(), loginsBefore + 1);
    QCOMPARE(stateOf(id), QStringLiteral("under_review"));
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("cancel"), id}).code, 0);
}

// CI runs without stdin: no terminal and no variable is a refusal at once,
// never a wait for a password that cannot come.
void TestExctl::withoutTerminalOrVariableTheSignInEndsAtOnce()
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
    const Run noCode = exctlOn(m_db->url(), args, env);
    QCOMPARE(noCode.code, 1);
    QVERIFY2(noCode.err.contains(QStringLiteral("--operator admin needs a two-factor code: set EXCTL_TOTP")), qPrintable(noCode.err));
    const Run usage = exctl({QStringLiteral("--operator")});
    QCOMPARE(usage.code, 2);
}

// --operator before the command is who acts; after `audit list` it is that
// command's own filter, as before.
void TestExctl::auditListKeepsItsOwnOperatorFilter()
{
    const Run r = exctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--operator"),
                         QStringLiteral("approver")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray records = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QVERIFY(!records.isEmpty());
    for (const QJsonValue &v : records)
        QCOMPARE(v.toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("approver"));
}

void TestExctl::ledgerCheckCatchesACorruptedRow()
{
    const Run clean = exctl({QStringLiteral("ledger"), QStringLiteral("check")});
    QCOMPARE(clean.code, 0);
    QVERIFY(clean.out.contains(QStringLiteral("ledger clean")));
    {
        auto db = m_db->open();
        QVERIFY(db);
        QVERIFY(exchange::sql::run(db->connection(),
                                   QStringLiteral("UPDATE ledger_accounts SET debits_posted = ? WHERE kind = 'wallet' AND owner = 'hot' AND asset = 'ALGO'"),
                                   {db->dialect().amountToSql(exchange::Amount::fromBaseUnits(1))}).ok());
    }
    const Run dirty = exctl({QStringLiteral("ledger"), QStringLiteral("check")});
    QCOMPARE(dirty.code, 1);
    QVERIFY(dirty.err.contains(QStringLiteral("wallet:hot:ALGO")));
    QVERIFY(dirty.err.contains(QStringLiteral("debits_posted")));
    QVERIFY(dirty.err.contains(QStringLiteral("asset ALGO")));
    const Run json = exctl({QStringLiteral("ledger"), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(json.code, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("clean")).toBool(true), false);
}

namespace {

// What a mistyped --db must not get: a "saved", a listing of zeros, a clean check.
const QList<QStringList> kCommandsOnADatabase{
    {QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"), QStringLiteral("--min-deposit"), QStringLiteral("3")},
    {QStringLiteral("asset"), QStringLiteral("list")},
    {QStringLiteral("ledger"), QStringLiteral("check")},
    {QStringLiteral("audit"), QStringLiteral("verify")},
};

QString sqliteUrl(const QString &path)
{
    return QStringLiteral("sqlite://") + path;
}

} // namespace

void TestExctl::aMissingDatabaseIsRefusedAndNotCreated()
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("srv/exchnage.db"));
    for (const QStringList &command : kCommandsOnADatabase) {
        const Run r = exctlOn(sqliteUrl(missing), command);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no exchange database at sqlite://") + missing), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("(exctl init creates one)")));
        QVERIFY2(!r.out.contains(QStringLiteral("saved")) && !r.out.contains(QStringLiteral("clean")), qPrintable(r.out));
        QVERIFY(!QFile::exists(missing));
        QVERIFY(!QDir(dir.filePath(QStringLiteral("srv"))).exists()); // not even its folder
    }
}

void TestExctl::aZeroByteFileIsRefusedAndLeftAlone()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("x.db"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    for (const QStringList &command : kCommandsOnADatabase) {
        const Run r = exctlOn(sqliteUrl(empty), command);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no exchange database at sqlite://") + empty), qPrintable(r.err));
        QCOMPARE(QFileInfo(empty).size(), 0);
        QVERIFY(!QFile::exists(empty + QStringLiteral("-wal")));
    }
}

void TestExctl::anUninitialisedDatabaseIsRefused()
{
    // A database that is there but holds no exchange: an SQLite file of
    // something else, or an empty PostgreSQL database.
    TestDatabase other;
    REQUIRE_TEST_DATABASE(other);
    QString url = other.url();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.db"));
    if (!other.isPostgres()) {
        url = sqliteUrl(path);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
    }
    for (const QStringList &command : kCommandsOnADatabase) {
        const Run r = exctlOn(url, command);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no exchange database at ")), qPrintable(r.err));
    }
    // Nothing was written: no schema appeared.
    auto db = exchange::Database::open(url);
    QVERIFY(db);
    const QStringList tables = db.value()->connection().tables();
    QVERIFY2(!tables.contains(QStringLiteral("schema_version")), qPrintable(tables.join(u' ')));
    QVERIFY(!tables.contains(QStringLiteral("assets")));
}

void TestExctl::serveRefusesWhatIsNoExchangeDatabase()
{
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("x.db"));
    {
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    for (const QString &path : {empty, dir.filePath(QStringLiteral("missing.db"))}) {
        const Run r = exctlOn(sqliteUrl(path), {QStringLiteral("serve"), QStringLiteral("--api"), QStringLiteral("127.0.0.1:0")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no exchange database at sqlite://") + path), qPrintable(r.err));
    }
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.db"))));
    QCOMPARE(QFileInfo(empty).size(), 0);
}

void TestExctl::initCreatesAFileOnlyItsOwnerCanRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/exchange.db"));
    const Run r = exctlOn(sqliteUrl(path), {QStringLiteral("init")});
    QCOMPARE(r.code, 0);
    const auto mode = [](const QString &file) {
        struct stat st {};
        return ::stat(QFile::encodeName(file).constData(), &st) == 0 ? (st.st_mode & 0777) : 0xFFFFu;
    };
    QCOMPARE(mode(path), 0600u);
    // The -wal and -shm files of a connection writing to it: the same.
    const mode_t before = ::umask(022);
    {
        auto db = exchange::openExistingDatabase(sqliteUrl(path));
        QVERIFY(db);
        QVERIFY(exchange::sql::execute(db.value()->connection(), QStringLiteral("UPDATE meta SET value = value")).ok());
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(mode(path + QStringLiteral("-wal")), 0600u);
        QCOMPARE(mode(path + QStringLiteral("-shm")), 0600u);
    }
    ::umask(before);
    // And the exchange is there now: other commands work on it.
    QCOMPARE(exctlOn(sqliteUrl(path), {QStringLiteral("asset"), QStringLiteral("list")}).code, 0);
}

namespace {

// The published test keys, derived here with the project's chain code: the
// all-0x07 seed and accounts 0-2 and 100-105 of BIP-39's "abandon … about".
std::vector<std::pair<QString, QString>> publishedAddresses()
{
    using namespace exchange;
    const QByteArray sevens(32, '\x07');
    const std::string_view mnemonic =
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
    std::vector<std::pair<QString, QString>> out{
        {QStringLiteral("ethereum"), QString::fromStdString(ethereum::checksumAddress(ethereum::addressFromSecretKey(sevens).value()))},
        {QStringLiteral("algorand"), QString::fromStdString(algorand::addressFromSeed(sevens))},
        {QStringLiteral("stellar"), QString::fromStdString(stellar::accountIdFromSeed(sevens))}};
    for (std::uint32_t i : {0u, 1u, 2u, 100u, 101u, 102u, 103u, 104u, 105u}) {
        out.emplace_back(QStringLiteral("ethereum"),
                         QString::fromStdString(ethereum::checksumAddress(
                             ethereum::addressFromSecretKey(ethereum::secretKeyFromMnemonic(mnemonic, "", i).value()).value())));
        out.emplace_back(QStringLiteral("stellar"),
                         QString::fromStdString(stellar::accountIdFromSeed(stellar::sep5Seed(mnemonic, "", i).value())));
    }
    return out;
}

// Every address the exchange has configured: the trade API's and the wallets'.
QStringList configuredAddresses(const QString &url)
{
    QStringList addresses;
    auto db = exchange::openExistingDatabase(url);
    if (!db)
        return {QStringLiteral("(cannot open)")};
    for (const QString &sql : {QStringLiteral("SELECT value FROM meta WHERE key LIKE 'trade.address.%'"),
                               QStringLiteral("SELECT address FROM wallets")}) {
        auto q = exchange::sql::run(db.value()->connection(), sql);
        while (q && q.value().next())
            addresses << q.value().value(0).toString();
    }
    return addresses;
}

struct HttpAnswer {
    int status = 0;
    QJsonObject body;
};

HttpAnswer httpGet(quint16 port, const QString &path)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    reply += socket.readAll();
    const qsizetype bodyAt = reply.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = reply.left(reply.indexOf("\r\n")).split(' ');
    return {statusLine.size() > 1 ? statusLine.at(1).toInt() : 0,
            QJsonDocument::fromJson(bodyAt < 0 ? QByteArray() : reply.mid(bodyAt + 4)).object()};
}

} // namespace

void TestExctl::theDemoAddressesComeFromThePublishedKeys()
{
    // The derivation below is the right one: the demo's addresses are among
    // what it gives, and the core's list of published keys knows each.
    const auto published = publishedAddresses();
    const QStringList demo = configuredAddresses(m_db->url());
    QVERIFY(demo.contains(QStringLiteral("0x4a62316623ad457F02cDC5D997deD67a383EC569")));
    int found = 0;
    for (const auto &[chain, address] : published) {
        found += demo.contains(address) ? 1 : 0;
        QVERIFY2(exchange::publishedKeyOrigin(*exchange::chainFromName(chain.toStdString()), address.toStdString()),
                 qPrintable(address));
    }
    QVERIFY2(found >= 10, qPrintable(QString::number(found))); // the 0x07 trade addresses, hot/warm/cold, deposits
    const Run list = exctl({QStringLiteral("trade"), QStringLiteral("address"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY2(list.out.contains(QStringLiteral("a published key")), qPrintable(list.out));
}

void TestExctl::initWithoutDemoConfiguresNoPublishedKey()
{
    TestDatabase fresh;
    REQUIRE_TEST_DATABASE(fresh);
    QCOMPARE(exctlOn(fresh.url(), {QStringLiteral("init")}).code, 0);
    const QStringList configured = configuredAddresses(fresh.url());
    for (const auto &[chain, address] : publishedAddresses())
        QVERIFY2(!configured.contains(address, Qt::CaseInsensitive), qPrintable(chain + u' ' + address));
    QVERIFY2(configured.isEmpty(), qPrintable(configured.join(u' ')));

    QProcess serve;
    serve.start(QStringLiteral(EXCTL_PATH), {QStringLiteral("--db"), fresh.url(), QStringLiteral("serve"),
                                             QStringLiteral("--api"), QStringLiteral("127.0.0.1:0")});
    quint16 port = 0;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            serve.waitForReadyRead(100);
            const QString out = QString::fromUtf8(serve.peek(4096));
            const qsizetype at = out.indexOf(QStringLiteral("listening on http://127.0.0.1:"));
            if (at >= 0)
                port = static_cast<quint16>(out.mid(at + 30).section(u'\n', 0, 0).trimmed().toUInt());
            return port != 0;
        }(),
        30000);
    const HttpAnswer none = httpGet(port, QStringLiteral("/address?platform=Ethereum"));
    QCOMPARE(none.status, 503);
    QVERIFY2(none.body.value(QStringLiteral("error")).toString().contains(QStringLiteral("no exchange address configured")),
             QJsonDocument(none.body).toJson().constData());

    const QStringList set{QStringLiteral("trade"), QStringLiteral("address"), QStringLiteral("set"), QStringLiteral("--chain"),
                          QStringLiteral("ethereum")};
    const Run malformed = exctlOn(fresh.url(), set + QStringList{QStringLiteral("0x4a62316623ad457F02cDC5D997deD67a383EC56")});
    QCOMPARE(malformed.code, 1);
    QVERIFY2(malformed.err.contains(QStringLiteral("not a valid ethereum address")), qPrintable(malformed.err));
    const Run publishedKey = exctlOn(fresh.url(), set + QStringList{QStringLiteral("0x4a62316623ad457f02cdc5d997ded67a383ec569")});
    QCOMPARE(publishedKey.code, 1);
    QVERIFY2(publishedKey.err.contains(QStringLiteral("published key")), qPrintable(publishedKey.err));
    QVERIFY(configuredAddresses(fresh.url()).isEmpty());
    QCOMPARE(httpGet(port, QStringLiteral("/address?platform=Ethereum")).status, 503);

    // The exchange's own key (not a published one), given in lower case.
    const QString own = QString::fromStdString(exchange::ethereum::checksumAddress(
        exchange::ethereum::addressFromSecretKey(QByteArray(32, '\x5c')).value()));
    const Run ok = exctlOn(fresh.url(), set + QStringList{own.toLower()});
    QCOMPARE(ok.code, 0);
    QVERIFY(ok.out.contains(own));
    const HttpAnswer now = httpGet(port, QStringLiteral("/address?platform=Ethereum"));
    QCOMPARE(now.status, 200);
    QCOMPARE(now.body.value(QStringLiteral("address")).toString(), own);
    QCOMPARE(httpGet(port, QStringLiteral("/address?platform=Stellar")).status, 503); // still none there
    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));

    // Audited: who set what, and what it was before (nothing).
    const Run audit = exctlOn(fresh.url(), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(audit.code, 0);
    const QJsonArray records = QJsonDocument::fromJson(audit.out.toUtf8()).array();
    int setRecords = 0;
    for (const QJsonValue &v : records) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("action")).toString() != u"trade.address")
            continue;
        ++setRecords;
        QCOMPARE(r.value(QStringLiteral("object_id")).toString(), QStringLiteral("ethereum"));
        QCOMPARE(r.value(QStringLiteral("after")).toObject().value(QStringLiteral("address")).toString(), own);
        QVERIFY(r.value(QStringLiteral("before")).toObject().isEmpty());
        QVERIFY2(r.value(QStringLiteral("actor")).toString().startsWith(QStringLiteral("cli:")), QJsonDocument(r).toJson().constData());
    }
    QCOMPARE(setRecords, 1); // the refused attempts left none
}

void TestExctl::aDamagedIndexFailsTheLedgerCheck()
{
    // A demo database with one order changed behind the back of
    // trade_orders_tx, the index that allows one order per tx_id.
    if (m_db->isPostgres())
        QSKIP("physical damage is made to an SQLite file");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("demo.db"));
    QCOMPARE(exctlOn(sqliteUrl(copy), {QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    QCOMPARE(exctlOn(sqliteUrl(copy), {QStringLiteral("ledger"), QStringLiteral("check")}).code, 0);
    const QString damage = sqlitedamage::changeRowBehindIndex(
        copy, QStringLiteral("trade_orders_tx"),
        QStringLiteral("UPDATE trade_orders SET tx_id = tx_id || 'x' WHERE id = (SELECT MIN(id) FROM trade_orders WHERE tx_id IS NOT NULL)"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));
    const Run r = exctlOn(sqliteUrl(copy), {QStringLiteral("ledger"), QStringLiteral("check")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("database damaged")) && r.err.contains(QStringLiteral("trade_orders_tx")),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestExctl)
#include "tst_exctl.moc"
