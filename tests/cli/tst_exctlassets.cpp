// exctl asset list / asset set through the real binary, on the backend of
// this run: the demo's three assets with exact decimal strings, refusals
// (too many decimals, bad numbers, the rules between settings, warnings
// not accepted unasked) that change nothing, and an admin's change that
// the list shows.

#include "exctlpeople.h"
#include "exctlrun.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

class TestExctlAssets : public QObject
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

private:
    ExctlRun exctl(const QStringList &args) const { return runExctl(m_db->url(), args); }
    QJsonArray assets() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ExctlPeople> m_people;
};

QJsonArray TestExctlAssets::assets() const
{
    const ExctlRun r = exctl({QStringLiteral("asset"), QStringLiteral("list"), QStringLiteral("--json")});
    if (r.code != 0)
        return {};
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void TestExctlAssets::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    QCOMPARE(exctl({QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    m_people = std::make_unique<ExctlPeople>(m_db->url());
    m_people->addDemo();
}

void TestExctlAssets::cleanupTestCase()
{
    m_people.reset();
    m_db.reset();
}

void TestExctlAssets::initWithDemoListsTheThreeAssets()
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
        // The demo admin, whose key the vault pins, signed every asset's settings.
        const QJsonObject signedState = asset.value(QStringLiteral("signed")).toObject();
        QCOMPARE(signedState.value(QStringLiteral("state")).toString(), QStringLiteral("yes"));
        QVERIFY(signedState.value(QStringLiteral("differences")).toArray().isEmpty());
    }
    // The table says the same in its last column.
    const ExctlRun table = exctl({QStringLiteral("asset"), QStringLiteral("list")});
    QCOMPARE(table.code, 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines.front().endsWith(QStringLiteral(" SIGNED")), qPrintable(lines.front()));
    for (const QString &line : lines.mid(1))
        QVERIFY2(line.endsWith(QStringLiteral(" yes")), qPrintable(line));
}

void TestExctlAssets::overPreciseAmountIsRefusedAndChangesNothing()
{
    const QJsonArray before = assets();
    const ExctlRun r = exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("XLM"),
                              QStringLiteral("--min-deposit"), QStringLiteral("0.00000001")});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY(r.err.contains(QStringLiteral("7 decimal places")));
    QCOMPARE(assets(), before);
}

void TestExctlAssets::refusalsChangeNothing_data()
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

void TestExctlAssets::refusalsChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const QJsonArray before = assets();
    const ExctlRun r = exctl(QStringList{QStringLiteral("asset"), QStringLiteral("set")} + args);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QCOMPARE(assets(), before);
}

void TestExctlAssets::aValidChangeIsVisibleInTheList()
{
    const ExctlRun r = m_people->as(QStringLiteral("admin"), {QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("ETH"),
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

QTEST_GUILESS_MAIN(TestExctlAssets)
#include "tst_exctlassets.moc"
