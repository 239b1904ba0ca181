// exctl customer deposit-address through the real binary on this run's
// backend, on the demo database (whose vault holds no seed, but which
// recorded its published mnemonic's Ethereum xpub and an Algorand pool):
// - Stellar needs nothing issued: the hot account, the memo id and the
//   M-address;
// - Ethereum from the recorded xpub (the mnemonic's own key at its index)
//   and Algorand from the pool, each issued once and shown again
//   unchanged; --json says the same;
// - exctl vault import-seed checks the xpub against the seed and tops the
//   pool up to its size;
// - a person with the role issues (--operator): the command line's
//   cli:<user> and an approver may not; usage errors exit 2.

#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/chains/stellar/strkey.h"
#include "core/security/role.h"
#include "exctlpeople.h"
#include "exctlrun.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr const char *kMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
constexpr const char *kDemoVaultPassphrase = "demo-vault-passphrase";

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

std::string seedEthereumAddress(std::uint32_t index)
{
    using namespace exchange;
    return ethereum::checksumAddress(
        ethereum::addressFromSecretKey(ethereum::secretKeyFromMnemonic(kMnemonic, "", index).value()).value());
}

} // namespace

using exchange::security::Role;

class TestExctlDepositAddress : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors();
    void stellarNeedsNothingIssued();
    void theDemoIssuesFromItsRecordedXpubAndPool();
    void theSeedTopsThePoolUpAndChecksTheXpub();
    void onlyAPersonWithTheRoleIssues();

private:
    ExctlRun exctl(const QStringList &a) const { return runExctl(m_db->url(), a); }
    // What issuing would change: the deposit rows and their audit records.
    QString issued() const;
    QJsonObject issueJson(const char *external, const char *asset);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ExctlPeople> m_people;
    QTemporaryDir m_dir;
};

void TestExctlDepositAddress::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    QVERIFY(m_dir.isValid());
    QCOMPARE(exctl(args({"init", "--demo"})).code, 0);
    m_people = std::make_unique<ExctlPeople>(m_db->url());
    m_people->addDemo();
    for (const char *ext : {"web:ada", "web:bob", "web:cy"}) {
        const ExctlRun added = m_people->asAnyone(Role::Operator, args({"customer", "add", ext, "--name", ext}));
        QVERIFY2(added.code == 0, qPrintable(added.err));
    }
}

void TestExctlDepositAddress::cleanupTestCase()
{
    m_people.reset();
    m_db.reset();
}

QString TestExctlDepositAddress::issued() const
{
    const ExctlRun wallets = exctl(args({"wallets", "--json"}));
    const ExctlRun audit = exctl(args({"audit", "list", "--json", "--action", "customer.deposit_address", "--limit", "100000"}));
    return wallets.out + QString::number(QJsonDocument::fromJson(audit.out.toUtf8()).array().size());
}

QJsonObject TestExctlDepositAddress::issueJson(const char *external, const char *asset)
{
    const ExctlRun r = m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", external, "--asset", asset, "--json"}));
    if (r.code != 0)
        qWarning("%s", qPrintable(r.err));
    return r.code == 0 ? QJsonDocument::fromJson(r.out.toUtf8()).object() : QJsonObject();
}

void TestExctlDepositAddress::usageErrors()
{
    QCOMPARE(m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "--asset", "ETH"})).code, 2);
    QCOMPARE(m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "web:ada"})).code, 2);
    const QString before = issued();
    QCOMPARE(m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "web:ada", "--asset", "DOGE"})).code, 1);
    QCOMPARE(m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "web:none", "--asset", "ETH"})).code, 1);
    QCOMPARE(issued(), before);
}

void TestExctlDepositAddress::stellarNeedsNothingIssued()
{
    const QString before = issued();
    const QJsonObject xlm = issueJson("web:ada", "xlm");
    const qint64 id = xlm.value(QStringLiteral("customer_id")).toInteger();
    QVERIFY(id > 0);
    QCOMPARE(xlm.value(QStringLiteral("chain")).toString(), QStringLiteral("stellar"));
    QCOMPARE(xlm.value(QStringLiteral("memo_id")).toString(), QString::number(id));
    auto muxed = exchange::stellar::strkey::decodeMuxedAccount(xlm.value(QStringLiteral("muxed_address")).toString().toStdString());
    QVERIFY(muxed.ok());
    QCOMPARE(muxed.value().id, static_cast<std::uint64_t>(id));
    QCOMPARE(QString::fromStdString(exchange::stellar::strkey::encodeAccountId(muxed.value().publicKey)),
             xlm.value(QStringLiteral("address")).toString());
    QCOMPARE(issued(), before);
}

// The demo recorded its published mnemonic's Ethereum xpub and derived an
// Algorand pool of 20 ahead: issuing needs no unlocked vault and no seed.
void TestExctlDepositAddress::theDemoIssuesFromItsRecordedXpubAndPool()
{
    const QJsonObject pool = QJsonDocument::fromJson(exctl(args({"deposit-pool", "--json"})).out.toUtf8()).object();
    QCOMPARE(pool.value(QStringLiteral("available")).toInteger(), 20);

    const QJsonObject eth = issueJson("web:ada", "ETH");
    QVERIFY(eth.value(QStringLiteral("issued_now")).toBool());
    const qint64 index = eth.value(QStringLiteral("derivation_index")).toInteger();
    QVERIFY(index >= 100);
    QCOMPARE(eth.value(QStringLiteral("address")).toString().toStdString(), seedEthereumAddress(static_cast<std::uint32_t>(index)));
    const QJsonObject algo = issueJson("web:ada", "ALGO");
    QVERIFY(algo.value(QStringLiteral("issued_now")).toBool());
    QCOMPARE(algo.value(QStringLiteral("address")).toString().size(), 58);
    const QJsonObject after = QJsonDocument::fromJson(exctl(args({"deposit-pool", "--json"})).out.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("available")).toInteger(), 19);

    // Shown again, issued once: the same address, nothing written.
    const QString before = issued();
    const ExctlRun again = m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "web:ada", "--asset", "ETH"}));
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(eth.value(QStringLiteral("address")).toString()), qPrintable(again.out));
    QVERIFY(!again.out.contains(QStringLiteral("issued now")));
    QCOMPARE(issued(), before);
}

void TestExctlDepositAddress::theSeedTopsThePoolUpAndChecksTheXpub()
{
    // The vault passphrase, then the mnemonic, on stdin.
    const QString input = m_dir.filePath(QStringLiteral("seed-input"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(kDemoVaultPassphrase) + '\n' + QByteArray(kMnemonic) + '\n');
    }
    QProcess process;
    process.setStandardInputFile(input);
    process.start(QStringLiteral(EXCTL_PATH), QStringList{QStringLiteral("--db"), m_db->url()} + args({"vault", "import-seed"}));
    QVERIFY(process.waitForFinished(120000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    // The xpub was the seed's already (a different one would stop issuing).
    QVERIFY2(!err.contains(QStringLiteral("the Ethereum xpub is recorded")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("81 Algorand addresses added to the pool (100 of 100)")), qPrintable(err));

    const QJsonObject pool = QJsonDocument::fromJson(exctl(args({"deposit-pool", "--json"})).out.toUtf8()).object();
    QCOMPARE(pool.value(QStringLiteral("available")).toInteger(), 100);
    QCOMPARE(pool.value(QStringLiteral("size")).toInteger(), 100);
    QVERIFY(!pool.value(QStringLiteral("low")).toBool());

    const qint64 index = QJsonDocument::fromJson(m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "web:ada", "--asset", "ETH", "--json"})).out.toUtf8())
                             .object().value(QStringLiteral("derivation_index")).toInteger();
    QVERIFY(index >= 100);
    const QJsonObject bob = issueJson("web:bob", "ETH");
    QCOMPARE(bob.value(QStringLiteral("derivation_index")).toInteger(), index + 1);
    const QJsonObject algo = issueJson("web:bob", "ALGO");
    QVERIFY(algo.value(QStringLiteral("issued_now")).toBool());
    QVERIFY(algo.value(QStringLiteral("derivation_index")).toInteger() >= 100);
    const QJsonObject after = QJsonDocument::fromJson(exctl(args({"deposit-pool", "--json"})).out.toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("available")).toInteger(), 99);

    // The size is a setting: refused out of range, changed (and audited) in range.
    QCOMPARE(exctl(args({"deposit-pool", "--size", "x"})).code, 2);
    QCOMPARE(exctl(args({"deposit-pool", "--size", "0"})).code, 1);
    const ExctlRun resized = exctl(args({"deposit-pool", "--size", "500", "--json"}));
    QVERIFY2(resized.code == 0, qPrintable(resized.err));
    QCOMPARE(QJsonDocument::fromJson(resized.out.toUtf8()).object().value(QStringLiteral("size")).toInteger(), 500);
}

void TestExctlDepositAddress::onlyAPersonWithTheRoleIssues()
{
    const QString before = issued();
    const ExctlRun cli = exctl(args({"customer", "deposit-address", "web:cy", "--asset", "ETH"}));
    QCOMPARE(cli.code, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("--operator NAME")), qPrintable(cli.err));
    const ExctlRun approver = m_people->as(QStringLiteral("approver"), args({"customer", "deposit-address", "web:cy", "--asset", "ETH"}));
    QCOMPARE(approver.code, 1);
    QVERIFY2(approver.err.contains(QStringLiteral("manage_customers")), qPrintable(approver.err));
    QCOMPARE(issued(), before);
}

QTEST_GUILESS_MAIN(TestExctlDepositAddress)
#include "tst_exctldepositaddress.moc"
