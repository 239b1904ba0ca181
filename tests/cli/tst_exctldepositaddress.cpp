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
// - --all issues an address to every active customer without one (not
//   to a frozen one), each audited, once: a second run issues nothing; it
//   refuses, issuing nothing, when the Algorand pool cannot cover them,
//   and deposit-pool --size N --fill fills it with the vault's passphrase;
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

#include <QSet>

#include <map>
#include <memory>
#include <utility>

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
    void allIssuesToEveryActiveCustomerWithoutOne();
    void allRefusesWhenThePoolIsShort();
    void onlyAPersonWithTheRoleIssues();

private:
    ExctlRun exctl(const QStringList &a) const { return runExctl(m_db->url(), a); }
    // What issuing would change: the deposit rows and their audit records.
    QString issued() const;
    QJsonObject issueJson(const char *external, const char *asset);
    // customer id -> their deposit addresses on chain (from exctl wallets).
    std::map<qint64, QStringList> depositAddresses(const QString &chain) const;
    // The internal ids of the customers in state (exctl customer list).
    QSet<qint64> customersIn(const char *state) const;
    // Imports count customers "web:<prefix>-<n>" from a CSV file.
    bool importCustomers(const QString &prefix, int count);
    qint64 poolAvailable() const;

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

std::map<qint64, QStringList> TestExctlDepositAddress::depositAddresses(const QString &chain) const
{
    std::map<qint64, QStringList> out;
    const QJsonObject all = QJsonDocument::fromJson(exctl(args({"wallets", "--json"})).out.toUtf8()).object();
    for (const QJsonValue &w : all.value(QStringLiteral("wallets")).toArray()) {
        const QJsonObject o = w.toObject();
        if (o.value(QStringLiteral("chain")).toString() == chain && o.value(QStringLiteral("tier")).toString() == QStringLiteral("deposit")
            && !o.value(QStringLiteral("customer")).isNull())
            out[o.value(QStringLiteral("customer")).toInteger()] << o.value(QStringLiteral("address")).toString();
    }
    return out;
}

QSet<qint64> TestExctlDepositAddress::customersIn(const char *state) const
{
    QSet<qint64> ids;
    const ExctlRun listed = exctl(args({"customer", "list", "--state", state, "--limit", "100000", "--json"}));
    for (const QJsonValue &c : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        ids.insert(c.toObject().value(QStringLiteral("id")).toInteger());
    return ids;
}

bool TestExctlDepositAddress::importCustomers(const QString &prefix, int count)
{
    const QString path = m_dir.filePath(prefix + QStringLiteral(".csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write("external_id,name\n");
    for (int n = 1; n <= count; ++n)
        file.write(QStringLiteral("web:%1-%2,Customer %2 of %1\n").arg(prefix).arg(n).toUtf8());
    file.close();
    const ExctlRun imported = m_people->asAnyone(Role::Operator, QStringList{QStringLiteral("customer"), QStringLiteral("import"), path});
    if (imported.code != 0)
        qWarning("%s", qPrintable(imported.err));
    return imported.code == 0;
}

qint64 TestExctlDepositAddress::poolAvailable() const
{
    return QJsonDocument::fromJson(exctl(args({"deposit-pool", "--json"})).out.toUtf8()).object().value(QStringLiteral("available")).toInteger();
}

void TestExctlDepositAddress::allIssuesToEveryActiveCustomerWithoutOne()
{
    QVERIFY(importCustomers(QStringLiteral("bulk"), 30));
    QCOMPARE(m_people->asAnyone(Role::Operator, args({"customer", "freeze", "web:bulk-7"})).code, 0);
    const qint64 frozenId = QJsonDocument::fromJson(exctl(args({"customer", "show", "web:bulk-7", "--json"})).out.toUtf8())
                                .object().value(QStringLiteral("id")).toInteger();
    QVERIFY(frozenId > 0);

    QCOMPARE(m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "web:ada", "--all", "--asset", "ETH"})).code, 2);
    const QString before = issued();
    QCOMPARE(m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "--all", "--asset", "XLM"})).code, 1);
    QCOMPARE(exctl(args({"customer", "deposit-address", "--all", "--asset", "ETH"})).code, 1);
    QCOMPARE(issued(), before);

    const QSet<qint64> active = customersIn("active");
    QVERIFY(active.size() > 30);
    for (const char *chain : {"ethereum", "algorand"}) {
        const QString chainName = QString::fromLatin1(chain);
        const char *asset = chainName == QStringLiteral("ethereum") ? "ETH" : "ALGO";
        const auto had = depositAddresses(chainName);
        qint64 activeWithOne = 0;
        for (qint64 id : active)
            activeWithOne += had.count(id) ? 1 : 0;
        QVERIFY(activeWithOne < active.size());
        const int auditBefore = QJsonDocument::fromJson(exctl(args({"audit", "list", "--json", "--action", "customer.deposit_address",
                                                                    "--limit", "100000"})).out.toUtf8()).array().size();

        const ExctlRun all = m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "--all", "--asset", asset, "--json"}));
        QVERIFY2(all.code == 0, qPrintable(all.err));
        const QJsonObject summary = QJsonDocument::fromJson(all.out.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("issued")).toInteger(), active.size() - activeWithOne);
        QCOMPARE(summary.value(QStringLiteral("already_had")).toInteger(), activeWithOne);

        // Every active customer has exactly one, the earlier ones unchanged,
        // all distinct; the frozen customer got none; one audit record each.
        const auto after = depositAddresses(chainName);
        QSet<QString> distinct;
        for (qint64 id : active) {
            QVERIFY2(after.count(id) && after.at(id).size() == 1, qPrintable(QStringLiteral("customer %1").arg(id)));
            if (had.count(id))
                QCOMPARE(after.at(id), had.at(id));
            distinct.insert(after.at(id).first());
        }
        QCOMPARE(distinct.size(), active.size());
        QVERIFY(!after.count(frozenId));
        const int auditAfter = QJsonDocument::fromJson(exctl(args({"audit", "list", "--json", "--action", "customer.deposit_address",
                                                                   "--limit", "100000"})).out.toUtf8()).array().size();
        QCOMPARE(auditAfter - auditBefore, active.size() - activeWithOne);

        // Again: nothing to issue, nothing written.
        const QString settled = issued();
        const ExctlRun again = m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "--all", "--asset", asset}));
        QVERIFY2(again.code == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral("0 %1 deposit addresses issued now; %2 active customers had one already")
                                        .arg(chainName).arg(active.size())),
                 qPrintable(again.out));
        QCOMPARE(issued(), settled);
    }
}

void TestExctlDepositAddress::allRefusesWhenThePoolIsShort()
{
    const qint64 available = poolAvailable();
    QVERIFY(available > 0);
    QVERIFY(importCustomers(QStringLiteral("many"), static_cast<int>(available) + 5));
    const QString before = issued();
    const ExctlRun refused = m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "--all", "--asset", "ALGO"}));
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("holds %1 addresses for %2 customers without one: 5 missing")
                                      .arg(available).arg(available + 5)),
             qPrintable(refused.err));
    QVERIFY2(refused.err.contains(QStringLiteral("exctl deposit-pool --size N --fill")), qPrintable(refused.err));
    QCOMPARE(issued(), before);
    QCOMPARE(poolAvailable(), available);

    // What the refusal says to do: a size that covers them, and --fill
    // unlocks the vault (here its passphrase from a file) and fills it now.
    const QString passphrase = m_dir.filePath(QStringLiteral("vault-passphrase"));
    const QString wrongPassphrase = m_dir.filePath(QStringLiteral("wrong-passphrase"));
    for (const auto &[path, text] : {std::pair{passphrase, QByteArray(kDemoVaultPassphrase)}, std::pair{wrongPassphrase, QByteArray("not it")}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text + '\n');
    }
    const QString size = QString::number(available + 5 + 10);
    QCOMPARE(exctl(QStringList{QStringLiteral("deposit-pool"), QStringLiteral("--vault-passphrase-file"), passphrase}).code, 2);
    const ExctlRun wrong = exctl(QStringList{QStringLiteral("deposit-pool"), QStringLiteral("--fill"),
                                             QStringLiteral("--vault-passphrase-file"), wrongPassphrase});
    QCOMPARE(wrong.code, 1);
    QCOMPARE(poolAvailable(), available);
    const ExctlRun filled = exctl(QStringList{QStringLiteral("deposit-pool"), QStringLiteral("--size"), size, QStringLiteral("--fill"),
                                              QStringLiteral("--vault-passphrase-file"), passphrase, QStringLiteral("--json")});
    QVERIFY2(filled.code == 0, qPrintable(filled.err));
    QCOMPARE(QJsonDocument::fromJson(filled.out.toUtf8()).object().value(QStringLiteral("available")).toInteger(), size.toLongLong());
    const ExctlRun all = m_people->asAnyone(Role::Operator, args({"customer", "deposit-address", "--all", "--asset", "ALGO", "--json"}));
    QVERIFY2(all.code == 0, qPrintable(all.err));
    QCOMPARE(QJsonDocument::fromJson(all.out.toUtf8()).object().value(QStringLiteral("issued")).toInteger(), available + 5);
    QCOMPARE(poolAvailable(), 10);
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
