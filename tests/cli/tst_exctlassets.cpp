// exctl asset list / asset set through the real binary, on the backend of
// this run: the demo's three assets with exact decimal strings, refusals
// (too many decimals, bad numbers, the rules between settings, warnings
// not accepted unasked) that change nothing, and an admin's change that
// the list shows. asset add: an admin adds a Stellar credit asset and an
// ASA that algod confirms (the suite's algod, on a thread of its own while
// exctl runs); malformed identities, decimals algod disagrees with, an ASA
// algod does not know, a taken code or token are refused and change nothing.

#include "algodthread.h"
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
    void initWithDemoListsItsSixAssets();
    void overPreciseAmountIsRefusedAndChangesNothing();
    void refusalsChangeNothing_data();
    void refusalsChangeNothing();
    void aValidChangeIsVisibleInTheList();
    void malformedTokensAreRefusedBeforeAnything_data();
    void malformedTokensAreRefusedBeforeAnything();
    void anAdminAddsTokensTheListShows();

private:
    ExctlRun exctl(const QStringList &args) const { return runExctl(m_db->url(), args); }
    QJsonArray assets() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ExctlPeople> m_people;
};

namespace {

constexpr auto kIssuer = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

} // namespace

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

void TestExctlAssets::initWithDemoListsItsSixAssets()
{
    const QJsonArray list = assets();
    QCOMPARE(list.size(), 6); // the three coins and USDC on each chain
    QStringList codes;
    for (const QJsonValue &v : list)
        codes << v.toObject().value(QStringLiteral("code")).toString();
    codes.sort();
    QCOMPARE(codes, (QStringList{QStringLiteral("ALGO"), QStringLiteral("ETH"), QStringLiteral("USDC"), QStringLiteral("USDCALGO"),
                                 QStringLiteral("USDCXLM"), QStringLiteral("XLM")}));
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
    QCOMPARE(lines.size(), 10); // the header, six assets, then each token's identity
    QVERIFY2(lines.front().endsWith(QStringLiteral(" SIGNED")), qPrintable(lines.front()));
    for (const QString &line : lines.mid(1, 6)) {
        QVERIFY2(line.endsWith(QStringLiteral(" yes")), qPrintable(line));
        // The columns line up under the header, the longest code too.
        QCOMPARE(line.indexOf(QStringLiteral(" yes")), lines.front().indexOf(QStringLiteral(" SIGNED")));
    }
    QCOMPARE(lines.mid(7), (QStringList{QStringLiteral("USDC: erc20 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"),
                                        QStringLiteral("USDCALGO: algorand_asa 31566704"),
                                        QStringLiteral("USDCXLM: stellar_credit USDC:GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN")}));
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

void TestExctlAssets::malformedTokensAreRefusedBeforeAnything_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("reason");
    const QString issuer = QString::fromLatin1(kIssuer);
    QTest::newRow("issuer checksum")
        << QStringList{QStringLiteral("EURS"), QStringLiteral("--chain"), QStringLiteral("stellar"), QStringLiteral("--stellar-issuer"),
                       QStringLiteral("GA7RYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"), QStringLiteral("--decimals"), QStringLiteral("7")}
        << "the issuer is not a valid Stellar account id";
    QTest::newRow("stellar decimals")
        << QStringList{QStringLiteral("EURS"), QStringLiteral("--chain"), QStringLiteral("stellar"), QStringLiteral("--stellar-issuer"),
                       issuer, QStringLiteral("--decimals"), QStringLiteral("2")}
        << "counts in 7 decimals";
    QTest::newRow("erc20 checksum")
        << QStringList{QStringLiteral("USDC"), QStringLiteral("--chain"), QStringLiteral("ethereum"), QStringLiteral("--erc20"),
                       QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"), QStringLiteral("--decimals"), QStringLiteral("6")}
        << "the ERC-20 contract is not an Ethereum address";
    QTest::newRow("erc20 on stellar")
        << QStringList{QStringLiteral("USDC"), QStringLiteral("--chain"), QStringLiteral("stellar"), QStringLiteral("--erc20"),
                       QStringLiteral("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"), QStringLiteral("--decimals"), QStringLiteral("6")}
        << "cannot be on stellar";
    QTest::newRow("lower-case code")
        << QStringList{QStringLiteral("eurs"), QStringLiteral("--chain"), QStringLiteral("stellar"), QStringLiteral("--stellar-issuer"),
                       issuer, QStringLiteral("--decimals"), QStringLiteral("7")}
        << "capital letters and digits";
    QTest::newRow("asa zero")
        << QStringList{QStringLiteral("USDA"), QStringLiteral("--chain"), QStringLiteral("algorand"), QStringLiteral("--asa"),
                       QStringLiteral("0"), QStringLiteral("--decimals"), QStringLiteral("6")}
        << "an ASA id is a whole number";
}

void TestExctlAssets::malformedTokensAreRefusedBeforeAnything()
{
    QFETCH(QStringList, args);
    QFETCH(QString, reason);
    const QJsonArray before = assets();
    // No operator needed to be told: nothing is asked of the node or the database.
    const ExctlRun r = exctl(QStringList{QStringLiteral("asset"), QStringLiteral("add")} + args);
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err.count(u'\n'), 1);
    QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("nothing changed")), qPrintable(r.err));
    QCOMPARE(assets(), before);
}

void TestExctlAssets::anAdminAddsTokensTheListShows()
{
    const QString admin = QStringLiteral("admin");
    const QString issuer = QString::fromLatin1(kIssuer);
    ExctlRun r = m_people->as(admin, {QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("EURS"), QStringLiteral("--chain"),
                                      QStringLiteral("stellar"), QStringLiteral("--stellar-issuer"), issuer, QStringLiteral("--decimals"),
                                      QStringLiteral("7"), QStringLiteral("--name"), QStringLiteral("Euro token")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.out, QStringLiteral("EURS added: stellar_credit EURS:%1 on stellar, 7 decimals; every setting is 0 until set (asset set)\n")
                        .arg(issuer));

    AlgodThread algod([](AlgodTestServer &a) { a.setAsset(312769, {6, QStringLiteral("USDt"), QStringLiteral("Tether USDt"), 1000000000000}); });
    QVERIFY(algod.startAndWait());
    // Refusals need an admin but not the pinned one: anyone spreads the codes.
    const auto anyAdmin = [this](const QStringList &args) { return m_people->asAnyone(exchange::security::Role::Admin, args); };
    r = anyAdmin({QStringLiteral("chain"), QStringLiteral("set"), QStringLiteral("algorand"), QStringLiteral("--node"), algod.url});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray before = assets();
    // algod says 6 decimals; an id it does not know.
    r = anyAdmin({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("USDA"), QStringLiteral("--chain"),
                             QStringLiteral("algorand"), QStringLiteral("--asa"), QStringLiteral("312769"), QStringLiteral("--decimals"),
                             QStringLiteral("2")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("the token has 6 decimals, not 2 as typed; nothing changed")), qPrintable(r.err));
    r = anyAdmin({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("USDA"), QStringLiteral("--chain"),
                             QStringLiteral("algorand"), QStringLiteral("--asa"), QStringLiteral("404"), QStringLiteral("--decimals"),
                             QStringLiteral("6")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("ASA 404 does not exist")), qPrintable(r.err));
    QCOMPARE(assets(), before);
    r = m_people->as(admin, {QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("USDA"), QStringLiteral("--chain"),
                             QStringLiteral("algorand"), QStringLiteral("--asa"), QStringLiteral("312769"), QStringLiteral("--decimals"),
                             QStringLiteral("6")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    algod.quit();
    algod.wait();

    // Taken: the code, and the token under another code.
    r = anyAdmin({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("EURS"), QStringLiteral("--chain"),
                             QStringLiteral("stellar"), QStringLiteral("--stellar-issuer"), issuer, QStringLiteral("--stellar-code"),
                             QStringLiteral("EURX"), QStringLiteral("--decimals"), QStringLiteral("7")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("asset codes are unique")), qPrintable(r.err));
    r = anyAdmin({QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("EURX"), QStringLiteral("--chain"),
                             QStringLiteral("stellar"), QStringLiteral("--stellar-issuer"), issuer, QStringLiteral("--stellar-code"),
                             QStringLiteral("EURS"), QStringLiteral("--decimals"), QStringLiteral("7")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("a token cannot be two assets")), qPrintable(r.err));

    // Listed with the coins, each token's identity signed and in force.
    std::map<QString, QJsonObject> byCode;
    for (const QJsonValue &v : assets())
        byCode[v.toObject().value(QStringLiteral("code")).toString()] = v.toObject();
    QCOMPARE(byCode.size(), std::size_t{8}); // the demo's six, EURS and USDA
    QCOMPARE(byCode[QStringLiteral("XLM")].value(QStringLiteral("kind")).toString(), QStringLiteral("native"));
    QVERIFY(byCode[QStringLiteral("XLM")].value(QStringLiteral("identity")).toObject().value(QStringLiteral("in_force")).toBool());
    const QJsonObject eurs = byCode[QStringLiteral("EURS")];
    QCOMPARE(eurs.value(QStringLiteral("kind")).toString(), QStringLiteral("stellar_credit"));
    QCOMPARE(eurs.value(QStringLiteral("name")).toString(), QStringLiteral("Euro token"));
    QCOMPARE(eurs.value(QStringLiteral("decimals")).toInt(), 7);
    const QJsonObject eursIdentity = eurs.value(QStringLiteral("identity")).toObject();
    QCOMPARE(eursIdentity.value(QStringLiteral("issuer")).toString(), issuer);
    QCOMPARE(eursIdentity.value(QStringLiteral("code")).toString(), QStringLiteral("EURS"));
    QVERIFY2(eursIdentity.value(QStringLiteral("in_force")).toBool(), qPrintable(eursIdentity.value(QStringLiteral("problem")).toString()));
    const QJsonObject usda = byCode[QStringLiteral("USDA")].value(QStringLiteral("identity")).toObject();
    QCOMPARE(usda.value(QStringLiteral("asset_id")).toString(), QStringLiteral("312769"));
    QVERIFY(usda.value(QStringLiteral("in_force")).toBool());
    // Every setting at zero until an admin sets it.
    QCOMPARE(eurs.value(QStringLiteral("settings")).toObject().value(QStringLiteral("limit_24h")).toString(), QStringLiteral("0.00"));
    const ExctlRun table = exctl({QStringLiteral("asset"), QStringLiteral("list")});
    QCOMPARE(table.code, 0);
    QVERIFY2(table.out.contains(QStringLiteral("USDA: algorand_asa 312769\n")), qPrintable(table.out));
}

QTEST_GUILESS_MAIN(TestExctlAssets)
#include "tst_exctlassets.moc"
