// exctl as an operator or a script uses it: the real binary, on the
// backend of this run. Exit codes 0 / 1 (refused, one line on stderr) /
// 2 (usage), JSON that parses, and refused changes that change nothing.

#include "core/store/sql.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

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
    void unreachableDatabaseIsRefused();
    void ledgerBalancesAndStatement();
    void ledgerAdjustNeedsAReasonAndAnExistingCustomer();
    void withdrawalRequestReviewAndCancel();
    void ledgerCheckCatchesACorruptedRow();

private:
    Run exctl(const QStringList &args) const;
    QJsonArray assets() const;

    std::unique_ptr<TestDatabase> m_db;
};

Run TestExctl::exctl(const QStringList &args) const
{
    QProcess process;
    process.start(QStringLiteral(EXCTL_PATH), QStringList{QStringLiteral("--db"), m_db->url()} + args);
    if (!process.waitForFinished(60000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
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
    QTest::newRow("72h below 24h") << QStringList{QStringLiteral("XLM"), QStringLiteral("--limit-72h"), QStringLiteral("1")} << "limit_72h";
}

void TestExctl::refusalsChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const QJsonArray before = assets();
    const Run r = exctl(QStringList{QStringLiteral("asset"), QStringLiteral("set")} + args);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(assets(), before);
}

void TestExctl::aValidChangeIsVisibleInTheList()
{
    const Run r = exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("ETH"),
                         QStringLiteral("--hot-max"), QStringLiteral("123.000000000000000001"),
                         QStringLiteral("--limit-24h"), QStringLiteral("6")});
    QCOMPARE(r.code, 0);
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
    QCOMPARE(exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"), QStringLiteral("--limit-24h"),
                    QStringLiteral("5"), QStringLiteral("--limit-72h"), QStringLiteral("5")}).code,
             0);
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
    // exctl requested it, so exctl may not approve it.
    const Run own = exctl({QStringLiteral("withdrawals"), QStringLiteral("approve"), id});
    QCOMPARE(own.code, 1);
    QVERIFY(own.err.contains(QStringLiteral("own")));
    QCOMPARE(exctl({QStringLiteral("withdrawals"), QStringLiteral("reject"), id}).code, 2); // no --reason
    const Run cancelled = exctl({QStringLiteral("withdrawals"), QStringLiteral("cancel"), id, QStringLiteral("--json")});
    QCOMPARE(cancelled.code, 0);
    QCOMPARE(QJsonDocument::fromJson(cancelled.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
             QStringLiteral("cancelled"));
    const Run again = exctl({QStringLiteral("withdrawals"), QStringLiteral("reject"), id, QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(QStringLiteral("cancelled")));
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

QTEST_GUILESS_MAIN(TestExctl)
#include "tst_exctl.moc"
