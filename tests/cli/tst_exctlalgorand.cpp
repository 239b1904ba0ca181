// exctl algorand opt-ins / opt-in through the real binary, on the backend
// of this run, against the suite's algod: the demo's hot, warm and cold
// wallets are listed against an ASA the pinned admin added; an admin
// exports warm's opt-in (the vault passphrase on stdin) as the unsigned
// opt-in transaction of warm's address, audited; usage errors, the local
// admin cli:<user>, an asset not in force, cold short of ALGO and hot
// without its key in the vault write nothing and send nothing.

#include "algodthread.h"
#include "core/chains/algorand/address.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "exctlpeople.h"
#include "exctlrun.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using exchange::security::Role;

namespace {

constexpr std::uint64_t kAsaId = 312769; // Tether USDt (the demo has Circle's USDC, 31566704)
constexpr char kDemoVaultPassphrase[] = "demo-vault-passphrase\n"; // published with the demo

// The rows of this test's ASA only.
QJsonArray usda(const QJsonArray &rows)
{
    QJsonArray mine;
    for (const QJsonValue &v : rows) {
        if (v.toObject().value(QStringLiteral("asset")).toString() == u"USDA")
            mine.append(v);
    }
    return mine;
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromUtf8(w);
    return list;
}

} // namespace

class TestExctlAlgorand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors();
    void theListShowsEachWalletAgainstTheAsa();
    void anAdminExportsWarmsOptIn();
    void refusalsWriteAndSendNothing();

private:
    ExctlRun exctl(const QStringList &list) const { return runExctl(m_db->url(), list); }
    // As name, the vault's passphrase on stdin.
    ExctlRun withVault(const QString &name, const QStringList &list)
    {
        return runExctl(m_db->url(), QStringList{QStringLiteral("--operator"), name} + list, m_people->signIn(name),
                        QByteArray(kDemoVaultPassphrase));
    }
    int auditedExports() const
    {
        const ExctlRun r = exctl(args({"audit", "list", "--json", "--action", "algorand.opt_in"}));
        return static_cast<int>(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ExctlPeople> m_people;
    std::unique_ptr<AlgodThread> m_algod;
    std::map<QString, QString> m_address; // the demo's algorand wallets by tier
    QTemporaryDir m_dir;
};

void TestExctlAlgorand::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    QCOMPARE(exctl(args({"init", "--demo"})).code, 0);
    m_people = std::make_unique<ExctlPeople>(m_db->url());
    m_people->addDemo();
    const ExctlRun wallets = exctl(args({"wallets", "--json"}));
    QCOMPARE(wallets.code, 0);
    for (const QJsonValue &v : QJsonDocument::fromJson(wallets.out.toUtf8()).object().value(QStringLiteral("wallets")).toArray()) {
        const QJsonObject w = v.toObject();
        if (w.value(QStringLiteral("chain")).toString() == u"algorand" && w.value(QStringLiteral("customer")).isNull())
            m_address[w.value(QStringLiteral("tier")).toString()] = w.value(QStringLiteral("address")).toString();
    }
    for (const char *tier : {"hot", "warm", "cold"})
        QVERIFY2(m_address.count(QString::fromLatin1(tier)), tier);
    const auto addresses = m_address;
    m_algod = std::make_unique<AlgodThread>([addresses](AlgodTestServer &a) {
        a.setAsset(kAsaId, {6, QStringLiteral("USDA"), QStringLiteral("USD on Algorand"), 1'000'000'000'000});
        a.setAccount(addresses.at(QStringLiteral("hot")), 10'000000);
        a.setAccount(addresses.at(QStringLiteral("warm")), 5'000000);
        a.setAccount(addresses.at(QStringLiteral("cold")), 150'000); // 0.05 ALGO above its minimum balance
    });
    QVERIFY(m_algod->startAndWait());
    ExctlRun r = m_people->as(QStringLiteral("admin"), QStringList{QStringLiteral("chain"), QStringLiteral("set"), QStringLiteral("algorand"),
                                                                 QStringLiteral("--node"), m_algod->url});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = m_people->as(QStringLiteral("admin"), args({"asset", "add", "USDA", "--chain", "algorand", "--asa", "312769", "--decimals", "6"}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(m_dir.isValid());
}

void TestExctlAlgorand::cleanupTestCase()
{
    m_algod.reset();
    m_people.reset();
    m_db.reset();
}

void TestExctlAlgorand::usageErrors()
{
    QCOMPARE(exctl(args({"algorand", "opt-in", "--tier", "warm", "--export", "x"})).code, 2);      // no CODE
    QCOMPARE(exctl(args({"algorand", "opt-in", "USDA", "--tier", "deposit", "--export", "x"})).code, 2);
    QCOMPARE(exctl(args({"algorand", "opt-in", "USDA", "--tier", "warm"})).code, 2);              // warm's key is not here
    QCOMPARE(exctl(args({"algorand", "opt-in", "USDA", "--tier", "hot", "--export", "x"})).code, 2); // hot's is signed here
    QCOMPARE(exctl(args({"algorand", "opt-ins", "extra"})).code, 2);
    QVERIFY(!QFile::exists(QStringLiteral("x")));
}

void TestExctlAlgorand::theListShowsEachWalletAgainstTheAsa()
{
    const ExctlRun r = exctl(args({"algorand", "opt-ins", "--json"}));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray rows = usda(QJsonDocument::fromJson(r.out.toUtf8()).array());
    QCOMPARE(rows.size(), 3); // hot, warm, cold (the demo's USDCALGO has its own rows)
    QStringList tiers;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        tiers << o.value(QStringLiteral("tier")).toString();
        QCOMPARE(o.value(QStringLiteral("asset")).toString(), QStringLiteral("USDA"));
        QCOMPARE(o.value(QStringLiteral("asa_id")).toString(), QStringLiteral("312769"));
        QCOMPARE(o.value(QStringLiteral("address")).toString(), m_address.at(o.value(QStringLiteral("tier")).toString()));
        QCOMPARE(o.value(QStringLiteral("opted_in")).toBool(), false);
    }
    QCOMPARE(tiers, (QStringList{QStringLiteral("hot"), QStringLiteral("warm"), QStringLiteral("cold")}));
    const ExctlRun table = exctl(args({"algorand", "opt-ins"}));
    QCOMPARE(table.code, 0);
    QCOMPARE(table.out.count(QStringLiteral("USDA (ASA 312769): not opted in")), 3);
}

void TestExctlAlgorand::anAdminExportsWarmsOptIn()
{
    const QString file = m_dir.filePath(QStringLiteral("warm-opt-in.msgpack"));
    const QString admin = m_people->anyone(Role::Admin);
    const ExctlRun r = withVault(admin, QStringList{QStringLiteral("algorand"), QStringLiteral("opt-in"), QStringLiteral("usda"),
                                                    QStringLiteral("--tier"), QStringLiteral("warm"), QStringLiteral("--export"), file,
                                                    QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("tier")).toString(), QStringLiteral("warm"));
    QCOMPARE(o.value(QStringLiteral("address")).toString(), m_address.at(QStringLiteral("warm")));
    QCOMPARE(o.value(QStringLiteral("fee")).toString(), QStringLiteral("0.001"));
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    auto tx = exchange::algorand::AssetTransferTransaction::decodeTransaction(written.readAll());
    QVERIFY2(tx.ok(), tx.ok() ? "" : tx.error().message.c_str());
    QVERIFY(tx.value().isOptIn());
    QVERIFY(tx.value().signature.isEmpty());
    QCOMPARE(QString::fromStdString(exchange::algorand::encodeAddress(tx.value().sender)), m_address.at(QStringLiteral("warm")));
    QCOMPARE(tx.value().assetId, kAsaId);
    QCOMPARE(QString::number(tx.value().lastValid), o.value(QStringLiteral("last_valid")).toString());
    QCOMPARE(auditedExports(), 1);
    // Exporting writes; it sends nothing: warm has still not opted in.
    const QJsonArray rows = usda(QJsonDocument::fromJson(exctl(args({"algorand", "opt-ins", "--json"})).out.toUtf8()).array());
    QCOMPARE(rows.at(1).toObject().value(QStringLiteral("opted_in")).toBool(), false);
}

void TestExctlAlgorand::refusalsWriteAndSendNothing()
{
    const int audited = auditedExports();
    const QString file = m_dir.filePath(QStringLiteral("refused.msgpack"));
    // The local admin cli:<user> decides nothing about where money goes.
    ExctlRun r = runExctl(m_db->url(), args({"algorand", "opt-in", "USDA", "--tier", "warm", "--export"}) << file, {},
                          QByteArray(kDemoVaultPassphrase));
    QCOMPARE(r.code, 1);
    // Not an ASA in force.
    r = withVault(m_people->anyone(Role::Admin), args({"algorand", "opt-in", "XLM", "--tier", "warm", "--export"}) << file);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("XLM is not an Algorand Standard Asset in force")), qPrintable(r.err));
    // Cold lacks the ALGO.
    r = withVault(m_people->anyone(Role::Admin), args({"algorand", "opt-in", "USDA", "--tier", "cold", "--export"}) << file);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("send it ALGO first")), qPrintable(r.err));
    // The demo's vault holds no hot key: nothing is signed.
    r = withVault(m_people->anyone(Role::Admin), args({"algorand", "opt-in", "USDA", "--tier", "hot"}));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("hot:algorand")), qPrintable(r.err));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(auditedExports(), audited);
    const QJsonArray rows = QJsonDocument::fromJson(exctl(args({"algorand", "opt-ins", "--json"})).out.toUtf8()).array();
    for (const QJsonValue &v : rows)
        QCOMPARE(v.toObject().value(QStringLiteral("opted_in")).toBool(), false);
}

QTEST_GUILESS_MAIN(TestExctlAlgorand)
#include "tst_exctlalgorand.moc"
