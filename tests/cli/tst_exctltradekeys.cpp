// The exchange's own trade keys through the real exctl binary, on the
// backend of this run: trade address generate / import and init
// --vault-passphrase-file. What is checked comes from outside the code under
// test: the chains' own address checks, the published keys derived here,
// the vault opened through the core's KeyVault and the key derived again
// with the chain code, the audit log, and /address of a running exctl serve.

#include "core/base/systemclock.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/chainchecks.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/chains/publishedkeys.h"
#include "core/chains/stellar/keys.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/existingdatabase.h"
#include "core/store/sql.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>
#include <vector>

using namespace exchange;

namespace {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

struct HttpAnswer {
    int status = 0;
    QJsonObject body;
};

// stdinFile: what the process reads on stdin (else nothing: it is closed, as in CI).
Run exctlOn(const QString &url, const QStringList &args, const QString &stdinFile = {})
{
    QProcess process;
    if (!stdinFile.isEmpty())
        process.setStandardInputFile(stdinFile);
    else
        process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(EXCTL_PATH), QStringList{QStringLiteral("--db"), url} + args);
    if (!process.waitForFinished(120000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QStringList args(std::initializer_list<const char *> words)
{
    QStringList out;
    for (const char *w : words)
        out << QString::fromLatin1(w);
    return out;
}

// The address generate printed: the word after "address is now".
QString printedAddress(const QString &out)
{
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("address is (?:now )?(\\S+)")).match(out);
    return m.hasMatch() ? m.captured(1) : QString();
}

std::map<QString, QString> listedAddresses(const QString &url)
{
    const Run r = exctlOn(url, args({"trade", "address", "list", "--json"}));
    std::map<QString, QString> out;
    const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.value().isString())
            out.emplace(it.key(), it.value().toString());
    }
    return out;
}

// The audit records of one action.
QJsonArray auditRecords(const QString &url, const QString &action)
{
    const Run r = exctlOn(url, {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
    QJsonArray out;
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (v.toObject().value(QStringLiteral("action")).toString() == action)
            out.append(v);
    }
    return out;
}

int rowCount(const QString &url, const QString &sql)
{
    auto db = openExistingDatabase(url);
    if (!db)
        return -1;
    auto q = sql::run(db.value()->connection(), sql);
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

// The published keys' addresses, derived here with the chain code: the
// all-0x07 seed and accounts 0-9 of BIP-39's "abandon … about".
QStringList publishedAddresses()
{
    const QByteArray sevens(32, '\x07');
    const std::string_view mnemonic =
        "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
    QStringList out{QString::fromStdString(ethereum::checksumAddress(ethereum::addressFromSecretKey(sevens).value())),
                    QString::fromStdString(algorand::addressFromSeed(sevens)),
                    QString::fromStdString(stellar::accountIdFromSeed(sevens))};
    for (std::uint32_t i = 0; i < 10; ++i) {
        out << QString::fromStdString(ethereum::checksumAddress(
            ethereum::addressFromSecretKey(ethereum::secretKeyFromMnemonic(mnemonic, "", i).value()).value()));
        out << QString::fromStdString(stellar::accountIdFromSeed(stellar::sep5Seed(mnemonic, "", i).value()));
    }
    return out;
}

// What the 32 key bytes sign for, by the chain code alone.
QString addressOfSecret(Chain chain, const QByteArray &key)
{
    switch (chain) {
    case Chain::Ethereum: return QString::fromStdString(ethereum::checksumAddress(ethereum::addressFromSecretKey(key).value()));
    case Chain::Algorand: return QString::fromStdString(algorand::addressFromSeed(key));
    case Chain::Stellar: return QString::fromStdString(stellar::accountIdFromSeed(key));
    }
    return {};
}

// The addresses vault keys sign for (by key name), opened through the
// core's KeyVault with the passphrase, unlocked once for all of them (each
// unlock costs the vault's Argon2id); a key that cannot be read is missing.
std::map<std::string, QString> vaultKeyAddresses(const QString &url, const QByteArray &passphrase,
                                                 const std::vector<std::pair<Chain, std::string>> &keys)
{
    auto db = openExistingDatabase(url);
    if (!db)
        return {};
    SystemClock clock;
    security::AuditLog audit(*db.value(), clock);
    security::KeyVault vault(*db.value(), clock, audit);
    if (!vault.unlock(security::Actor::cli("tst_exctltradekeys"), passphrase))
        return {};
    std::map<std::string, QString> addresses;
    for (const auto &[chain, name] : keys) {
        (void)vault.useKey(name, [&, chain = chain, name = name](const unsigned char *key, std::size_t size) {
            if (size == 32)
                addresses[name] = addressOfSecret(chain, QByteArray(reinterpret_cast<const char *>(key), 32));
        });
    }
    return addresses;
}

// The address one vault key signs for; empty when it cannot be read.
QString vaultKeyAddress(const QString &url, const QByteArray &passphrase, Chain chain, const std::string &name)
{
    const auto addresses = vaultKeyAddresses(url, passphrase, {{chain, name}});
    const auto it = addresses.find(name);
    return it == addresses.end() ? QString() : it->second;
}

// The canonical address of the chain, as its own check spells it; empty if invalid.
QString validAddress(Chain chain, const QString &address)
{
    auto valid = chains::validateAddress(chain, address.toStdString());
    return valid ? QString::fromStdString(valid.value()) : QString();
}

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

class TestExctlTradeKeys : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void generateWithoutAVaultIsRefusedAndChangesNothing();
    void generateStoresAKeyTheAddressComesFrom_data();
    void generateStoresAKeyTheAddressComesFrom();
    void importSetsTheAddressOfTheVaultsTradeKey();
    void initWithAPassphraseFileConfiguresEveryChain();
    void initWithoutOneSaysTheTradeApiRefuses();

private:
    // A throwaway passphrase of this run in a file, for --vault-passphrase-file and stdin.
    QString m_passphraseFile;
    QByteArray m_passphrase;
    QTemporaryDir m_dir;
};

void TestExctlTradeKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_passphrase = "throwaway " + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    m_passphraseFile = m_dir.filePath(QStringLiteral("passphrase"));
    QFile file(m_passphraseFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_passphrase + '\n');
}

void TestExctlTradeKeys::generateWithoutAVaultIsRefusedAndChangesNothing()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    QCOMPARE(exctlOn(db.url(), args({"init"})).code, 0);
    const int auditBefore = rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(auditBefore >= 0);
    for (const QStringList &which : {args({"--chain", "ethereum"}), args({"--all"})}) {
        const Run r = exctlOn(db.url(), args({"trade", "address", "generate", "--vault-passphrase-file"}) + QStringList{m_passphraseFile} + which);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no key vault")) && r.err.contains(QStringLiteral("exctl vault init")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QString::fromLatin1(m_passphrase)), qPrintable(r.err));
    }
    QVERIFY(listedAddresses(db.url()).empty());
    QCOMPARE(rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM vault_keys")), 0);
    QCOMPARE(rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'vault'")), 0);
    QCOMPARE(rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
}

void TestExctlTradeKeys::generateStoresAKeyTheAddressComesFrom_data()
{
    QTest::addColumn<QString>("chain");
    QTest::addColumn<QString>("platform");
    QTest::newRow("ethereum") << QStringLiteral("ethereum") << QStringLiteral("Ethereum");
    QTest::newRow("algorand") << QStringLiteral("algorand") << QStringLiteral("Algorand");
    QTest::newRow("stellar") << QStringLiteral("stellar") << QStringLiteral("Stellar");
}

void TestExctlTradeKeys::generateStoresAKeyTheAddressComesFrom()
{
    QFETCH(QString, chain);
    const Chain which = *chainFromName(chain.toStdString());
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    QCOMPARE(exctlOn(db.url(), args({"init"})).code, 0);
    QCOMPARE(exctlOn(db.url(), args({"vault", "init"}), m_passphraseFile).code, 0);
    const QStringList generate = args({"trade", "address", "generate", "--vault-passphrase-file"}) + QStringList{m_passphraseFile}
                                 + QStringList{QStringLiteral("--chain"), chain};

    const Run first = exctlOn(db.url(), generate);
    QCOMPARE(first.code, 0);
    const QString address = printedAddress(first.out);
    QVERIFY2(!address.isEmpty(), qPrintable(first.out));
    QVERIFY2(!first.out.contains(QString::fromLatin1(m_passphrase)), qPrintable(first.out));
    // What list shows, and only on this chain.
    const auto listed = listedAddresses(db.url());
    QCOMPARE(listed.size(), std::size_t{1});
    QCOMPARE(listed.at(chain), address);
    // A valid address of the chain in its canonical spelling (Ethereum: EIP-55).
    QCOMPARE(validAddress(which, address), address);
    if (which == Chain::Ethereum) {
        QCOMPARE(QString::fromStdString(ethereum::checksumAddress(ethereum::parseAddress(address.toStdString()).value())), address);
        QVERIFY(address != address.toLower());
    }
    QVERIFY(!publishedAddresses().contains(address));
    QVERIFY(!publishedKeyOrigin(which, address.toStdString()));
    // The vault holds a key that signs for it, and its row names it.
    const std::string keyName = "trade:" + chain.toStdString() + ":1";
    QCOMPARE(vaultKeyAddress(db.url(), m_passphrase, which, keyName), address);
    QCOMPARE(rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM vault_keys WHERE name = '%1' AND public_id = '%2'")
                                    .arg(QString::fromStdString(keyName), address)),
             1);
    // Audited: the address set, from nothing.
    const QJsonArray set = auditRecords(db.url(), QStringLiteral("trade.address"));
    QCOMPARE(set.size(), 1);
    QCOMPARE(set.at(0).toObject().value(QStringLiteral("object_id")).toString(), chain);
    QCOMPARE(set.at(0).toObject().value(QStringLiteral("after")).toObject().value(QStringLiteral("address")).toString(), address);
    QCOMPARE(auditRecords(db.url(), QStringLiteral("vault.add_key")).size(), 1);

    // Again without --replace: refused naming the address, and nothing changes
    // (not even an audit record of an unlock).
    const int auditBefore = rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const Run again = exctlOn(db.url(), generate);
    QCOMPARE(again.code, 1);
    QVERIFY2(again.err.contains(address) && again.err.contains(QStringLiteral("--replace")), qPrintable(again.err));
    QCOMPARE(listedAddresses(db.url()), listed);
    QCOMPARE(rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM vault_keys")), 1);
    QCOMPARE(rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);

    // With --replace: another fresh key; the first stays in the vault.
    const Run replaced = exctlOn(db.url(), generate + QStringList{QStringLiteral("--replace")});
    QCOMPARE(replaced.code, 0);
    const QString second = printedAddress(replaced.out);
    QCOMPARE(validAddress(which, second), second);
    QVERIFY(second != address);
    QCOMPARE(listedAddresses(db.url()).at(chain), second);
    const std::string secondKey = "trade:" + chain.toStdString() + ":2";
    const auto both = vaultKeyAddresses(db.url(), m_passphrase, {{which, secondKey}, {which, keyName}});
    QCOMPARE(both.size(), std::size_t{2});
    QCOMPARE(both.at(secondKey), second);
    QCOMPARE(both.at(keyName), address);
    const QJsonArray sets = auditRecords(db.url(), QStringLiteral("trade.address"));
    QCOMPARE(sets.size(), 2);
    bool replacedAudited = false;
    for (const QJsonValue &v : sets) {
        const QJsonObject r = v.toObject();
        replacedAudited |= r.value(QStringLiteral("before")).toObject().value(QStringLiteral("address")).toString() == address
                           && r.value(QStringLiteral("after")).toObject().value(QStringLiteral("address")).toString() == second;
    }
    QVERIFY(replacedAudited);

    // A wrong passphrase is refused and sets nothing.
    const QString wrong = m_dir.filePath(QStringLiteral("wrong"));
    {
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("another throwaway one\n");
    }
    const Run locked = exctlOn(db.url(), args({"trade", "address", "generate", "--replace", "--vault-passphrase-file"})
                                             + QStringList{wrong, QStringLiteral("--chain"), chain});
    QCOMPARE(locked.code, 1);
    QVERIFY2(locked.err.contains(QStringLiteral("wrong vault passphrase")), qPrintable(locked.err));
    QCOMPARE(listedAddresses(db.url()).at(chain), second);
    QCOMPARE(rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM vault_keys")), 2);
}

void TestExctlTradeKeys::importSetsTheAddressOfTheVaultsTradeKey()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    QCOMPARE(exctlOn(db.url(), args({"init"})).code, 0);
    const QStringList pass{QStringLiteral("--vault-passphrase-file"), m_passphraseFile};
    QCOMPARE(exctlOn(db.url(), args({"vault", "init"}) + pass).code, 0);
    const Run generated = exctlOn(db.url(), args({"trade", "address", "generate", "--chain", "ethereum"}) + pass);
    QCOMPARE(generated.code, 0);
    const QString ours = printedAddress(generated.out);

    // Another address set by hand (not a published key), then import.
    const QString other = QString::fromStdString(ethereum::checksumAddress(ethereum::addressFromSecretKey(QByteArray(32, '\x5c')).value()));
    QCOMPARE(exctlOn(db.url(), args({"trade", "address", "set", "--chain", "ethereum"}) + QStringList{other}).code, 0);
    const QStringList import = args({"trade", "address", "import", "--chain", "ethereum"}) + pass;
    const Run refused = exctlOn(db.url(), import);
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(other) && refused.err.contains(QStringLiteral("--replace")), qPrintable(refused.err));
    QCOMPARE(listedAddresses(db.url()).at(QStringLiteral("ethereum")), other);

    const Run imported = exctlOn(db.url(), import + QStringList{QStringLiteral("--replace")});
    QCOMPARE(imported.code, 0);
    QCOMPARE(printedAddress(imported.out), ours);
    QCOMPARE(listedAddresses(db.url()).at(QStringLiteral("ethereum")), ours);

    // A chain without a trade key in the vault: refused, nothing set.
    const Run none = exctlOn(db.url(), args({"trade", "address", "import", "--chain", "stellar"}) + pass);
    QCOMPARE(none.code, 1);
    QVERIFY2(none.err.contains(QStringLiteral("no stellar trade key")), qPrintable(none.err));
    QVERIFY(!listedAddresses(db.url()).count(QStringLiteral("stellar")));

    // A vault row whose recorded address is not what its key signs for is
    // refused: the secret decides, not the row.
    {
        auto opened = openExistingDatabase(db.url());
        QVERIFY(opened);
        QVERIFY(sql::run(opened.value()->connection(),
                         QStringLiteral("UPDATE vault_keys SET public_id = ? WHERE name = 'trade:ethereum:1'"), {other}));
    }
    QCOMPARE(exctlOn(db.url(), args({"trade", "address", "set", "--chain", "ethereum"}) + QStringList{other}).code, 0);
    const Run forged = exctlOn(db.url(), import + QStringList{QStringLiteral("--replace")});
    QCOMPARE(forged.code, 1);
    QVERIFY2(forged.err.contains(ours), qPrintable(forged.err));
    QCOMPARE(listedAddresses(db.url()).at(QStringLiteral("ethereum")), other);
}

void TestExctlTradeKeys::initWithAPassphraseFileConfiguresEveryChain()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    const Run r = exctlOn(db.url(), QStringList{QStringLiteral("init"), QStringLiteral("--vault-passphrase-file"), m_passphraseFile});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("key vault created")), qPrintable(r.out));
    const auto listed = listedAddresses(db.url());
    QCOMPARE(listed.size(), std::size_t{3});
    const QStringList published = publishedAddresses();
    std::vector<std::pair<Chain, std::string>> keys;
    for (const auto &[chain, address] : listed)
        keys.emplace_back(*chainFromName(chain.toStdString()), "trade:" + chain.toStdString() + ":1");
    const auto inVault = vaultKeyAddresses(db.url(), m_passphrase, keys);
    int key = 0;
    for (const auto &[chain, address] : listed) {
        const Chain which = *chainFromName(chain.toStdString());
        QCOMPARE(validAddress(which, address), address);
        QVERIFY(!published.contains(address));
        QVERIFY2(r.out.contains(address), qPrintable(r.out));
        const auto it = inVault.find("trade:" + chain.toStdString() + ":1");
        QVERIFY2(it != inVault.end(), qPrintable(chain));
        QCOMPARE(it->second, address);
        ++key;
    }
    QCOMPARE(key, 3);
    QCOMPARE(auditRecords(db.url(), QStringLiteral("trade.address")).size(), 3);

    // Again: the addresses stay.
    QCOMPARE(exctlOn(db.url(), QStringList{QStringLiteral("init"), QStringLiteral("--vault-passphrase-file"), m_passphraseFile}).code, 0);
    QCOMPARE(listedAddresses(db.url()), listed);
    QCOMPARE(rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM vault_keys")), 3);

    // The trade API answers them.
    QProcess serve;
    serve.start(QStringLiteral(EXCTL_PATH), {QStringLiteral("--db"), db.url(), QStringLiteral("serve"), QStringLiteral("--api"),
                                             QStringLiteral("127.0.0.1:0"), QStringLiteral("--no-duties")});
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
    for (const auto &[chain, platform] : {std::pair{"ethereum", "Ethereum"}, {"algorand", "Algorand"}, {"stellar", "Stellar"}}) {
        const HttpAnswer answer = httpGet(port, QStringLiteral("/address?platform=") + QLatin1String(platform));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.value(QStringLiteral("address")).toString(), listed.at(QLatin1String(chain)));
    }
    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));

    // The demo keeps its published keys: a passphrase file is a usage error there.
    TestDatabase demo;
    REQUIRE_TEST_DATABASE(demo);
    QCOMPARE(exctlOn(demo.url(), QStringList{QStringLiteral("init"), QStringLiteral("--demo"), QStringLiteral("--vault-passphrase-file"),
                                             m_passphraseFile})
                 .code,
             2);
}

void TestExctlTradeKeys::initWithoutOneSaysTheTradeApiRefuses()
{
    TestDatabase db;
    REQUIRE_TEST_DATABASE(db);
    const Run r = exctlOn(db.url(), args({"init"}));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("no trade address for ethereum, algorand, stellar"))
                 && r.out.contains(QStringLiteral("exctl trade address generate")),
             qPrintable(r.out));
    QVERIFY(listedAddresses(db.url()).empty());
    QCOMPARE(rowCount(db.url(), QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'vault'")), 0);
    // The demo says nothing of the kind: it has its addresses.
    TestDatabase demo;
    REQUIRE_TEST_DATABASE(demo);
    const Run d = exctlOn(demo.url(), args({"init", "--demo"}));
    QCOMPARE(d.code, 0);
    QVERIFY2(!d.out.contains(QStringLiteral("no trade address")), qPrintable(d.out));
}

QTEST_GUILESS_MAIN(TestExctlTradeKeys)
#include "tst_exctltradekeys.moc"
