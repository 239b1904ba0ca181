// exctl as an operator or a script uses it: the real binary, on the
// backend of this run. Exit codes 0 / 1 (refused, one line on stderr) /
// 2 (usage), help, and the database it is pointed at: one that is missing,
// empty or no exchange's is refused and left alone, init makes one only its
// owner can read, and the demo's addresses come from the published keys.
// The command groups have files of their own: tst_exctlassets,
// tst_exctlledger, tst_exctlwithdrawals.

#include "core/chains/algorand/keys.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/chains/publishedkeys.h"
#include "core/chains/stellar/keys.h"
#include "core/store/existingdatabase.h"
#include "core/store/sql.h"
#include "exctlrun.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestExctl : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrorsExitWith2();
    void helpAndVersion();
    void aGroupAloneListsItsCommands();
    void aBadIdNamesWhatWasTyped();
    void unreachableDatabaseIsRefused();
    void aMissingDatabaseIsRefusedAndNotCreated();
    void aZeroByteFileIsRefusedAndLeftAlone();
    void anUninitialisedDatabaseIsRefused();
    void serveRefusesWhatIsNoExchangeDatabase();
    void initCreatesAFileOnlyItsOwnerCanRead();
    void theDemoAddressesComeFromThePublishedKeys();
    void initWithoutDemoConfiguresNoPublishedKey();
    void sigVerifyNamesTheScheme();

private:
    ExctlRun exctl(const QStringList &args) const { return runExctl(m_db->url(), args); }

    std::unique_ptr<TestDatabase> m_db;
};

void TestExctl::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    const ExctlRun r = exctl({QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("demo data added")));
    QVERIFY(!r.out.contains(QStringLiteral("password")));
    // Again: nothing new, still success.
    const ExctlRun again = exctl({QStringLiteral("init"), QStringLiteral("--demo")});
    QCOMPARE(again.code, 0);
    QVERIFY(again.out.contains(QStringLiteral("already present")));
}

void TestExctl::cleanupTestCase()
{
    m_db.reset();
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
    const ExctlRun help = exctl({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("asset set")));
    const ExctlRun setHelp = exctl({QStringLiteral("asset"), QStringLiteral("set"), QStringLiteral("--help")});
    QCOMPARE(setHelp.code, 0);
    QVERIFY(setHelp.out.contains(QStringLiteral("--min-deposit")));
    QCOMPARE(exctl({QStringLiteral("--version")}).code, 0);
}

void TestExctl::aGroupAloneListsItsCommands()
{
    // "exctl withdrawals" is no command, but it names a group: its commands
    // are listed, with the usage errors' exit status.
    const ExctlRun group = exctl({QStringLiteral("withdrawals")});
    QCOMPARE(group.code, 2);
    QVERIFY2(!group.err.contains(QStringLiteral("unknown command")), qPrintable(group.err));
    QVERIFY2(group.err.startsWith(QStringLiteral("usage: exctl withdrawals COMMAND")), qPrintable(group.err));
    for (const char *command : {"withdrawals approve", "withdrawals reject", "withdrawals cancel", "withdrawals list"})
        QVERIFY2(group.err.contains(QLatin1String(command)), command);
    QVERIFY(!group.err.contains(QStringLiteral("asset set")));
    // A word that is not in the group: said so, and the group listed.
    const ExctlRun wrong = exctl({QStringLiteral("withdrawals"), QStringLiteral("frobnicate")});
    QCOMPARE(wrong.code, 2);
    QVERIFY2(wrong.err.contains(QStringLiteral("unknown command 'withdrawals frobnicate'")), qPrintable(wrong.err));
    QVERIFY(wrong.err.contains(QStringLiteral("withdrawals approve")));
    // A command's own help starts with its words, not the binary's path.
    const ExctlRun help = exctl({QStringLiteral("withdrawals"), QStringLiteral("approve"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("usage: exctl withdrawals approve ID")), qPrintable(help.out));
    QVERIFY(!help.out.contains(QStringLiteral(EXCTL_PATH)));
}

void TestExctl::aBadIdNamesWhatWasTyped()
{
    const ExctlRun approve = exctl({QStringLiteral("withdrawals"), QStringLiteral("approve"), QStringLiteral("abc")});
    QCOMPARE(approve.code, 2);
    QVERIFY2(approve.err.contains(QStringLiteral("'abc' is not a withdrawal id")), qPrintable(approve.err));
    const ExctlRun cancel = exctl({QStringLiteral("withdrawals"), QStringLiteral("cancel"), QStringLiteral("x1")});
    QCOMPARE(cancel.code, 2);
    QVERIFY2(cancel.err.contains(QStringLiteral("'x1' is not a withdrawal id")), qPrintable(cancel.err));
    const ExctlRun statement = exctl({QStringLiteral("ledger"), QStringLiteral("statement"), QStringLiteral("bob"), QStringLiteral("XLM")});
    QCOMPARE(statement.code, 2);
    QVERIFY2(statement.err.contains(QStringLiteral("'bob' is not a customer id")), qPrintable(statement.err));
    const ExctlRun assign = exctl({QStringLiteral("deposit"), QStringLiteral("assign"), QStringLiteral("1"), QStringLiteral("carol")});
    QCOMPARE(assign.code, 2);
    QVERIFY2(assign.err.contains(QStringLiteral("'carol' is not a customer id")), qPrintable(assign.err));
    // --customer takes a number or an external id: a word no customer has is said so.
    const ExctlRun balances = exctl({QStringLiteral("ledger"), QStringLiteral("balances"), QStringLiteral("--customer"), QStringLiteral("seven")});
    QCOMPARE(balances.code, 1);
    QVERIFY2(balances.err.contains(QStringLiteral("--customer seven: no customer has this external id")), qPrintable(balances.err));
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
        const ExctlRun r = runExctl(sqliteUrl(missing), command);
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
        const ExctlRun r = runExctl(sqliteUrl(empty), command);
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
        const ExctlRun r = runExctl(url, command);
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
        const ExctlRun r = runExctl(sqliteUrl(path), {QStringLiteral("serve"), QStringLiteral("--api"), QStringLiteral("127.0.0.1:0")});
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
    const ExctlRun r = runExctl(sqliteUrl(path), {QStringLiteral("init")});
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
    QCOMPARE(runExctl(sqliteUrl(path), {QStringLiteral("asset"), QStringLiteral("list")}).code, 0);
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
    const ExctlRun list = exctl({QStringLiteral("trade"), QStringLiteral("address"), QStringLiteral("list")});
    QCOMPARE(list.code, 0);
    QVERIFY2(list.out.contains(QStringLiteral("a published key")), qPrintable(list.out));
}

void TestExctl::initWithoutDemoConfiguresNoPublishedKey()
{
    TestDatabase fresh;
    REQUIRE_TEST_DATABASE(fresh);
    QCOMPARE(runExctl(fresh.url(), {QStringLiteral("init")}).code, 0);
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
    const ExctlRun malformed = runExctl(fresh.url(), set + QStringList{QStringLiteral("0x4a62316623ad457F02cDC5D997deD67a383EC56")});
    QCOMPARE(malformed.code, 1);
    QVERIFY2(malformed.err.contains(QStringLiteral("not a valid ethereum address")), qPrintable(malformed.err));
    const ExctlRun publishedKey = runExctl(fresh.url(), set + QStringList{QStringLiteral("0x4a62316623ad457f02cdc5d997ded67a383ec569")});
    QCOMPARE(publishedKey.code, 1);
    QVERIFY2(publishedKey.err.contains(QStringLiteral("published key")), qPrintable(publishedKey.err));
    QVERIFY(configuredAddresses(fresh.url()).isEmpty());
    QCOMPARE(httpGet(port, QStringLiteral("/address?platform=Ethereum")).status, 503);

    // The exchange's own key (not a published one), given in lower case.
    const QString own = QString::fromStdString(exchange::ethereum::checksumAddress(
        exchange::ethereum::addressFromSecretKey(QByteArray(32, '\x5c')).value()));
    const ExctlRun ok = runExctl(fresh.url(), set + QStringList{own.toLower()});
    QCOMPARE(ok.code, 0);
    QVERIFY(ok.out.contains(own));
    const HttpAnswer now = httpGet(port, QStringLiteral("/address?platform=Ethereum"));
    QCOMPARE(now.status, 200);
    QCOMPARE(now.body.value(QStringLiteral("address")).toString(), own);
    QCOMPARE(httpGet(port, QStringLiteral("/address?platform=Stellar")).status, 503); // still none there
    serve.terminate();
    QVERIFY(serve.waitForFinished(30000));

    // Audited: who set what, and what it was before (nothing).
    const ExctlRun audit = runExctl(fresh.url(), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json")});
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

// SEP-53's first test case, and web3's "Some data" signature printed as
// eth_account does (no 0x): each valid, under the scheme it was made with.
void TestExctl::sigVerifyNamesTheScheme()
{
    const QString stellar = QStringLiteral("GBXFXNDLV4LSWA4VB7YIL5GBD7BVNR22SGBTDKMO2SBZZHDXSKZYCP7L");
    const QString sep53 = QStringLiteral("fO5dbYhXUhBMhe6kId/cuVq/AfEnHRHEvsP8vXh03M1uLpi5e46yO2Q8rEBzu3feXQewcQE5GArp88u6ePK6BA==");
    const ExctlRun text = exctl({QStringLiteral("sig"), QStringLiteral("verify"), QStringLiteral("--chain"), QStringLiteral("stellar"),
                                 QStringLiteral("--signer"), stellar, QStringLiteral("--message"), QStringLiteral("Hello, World!"),
                                 QStringLiteral("--sig"), sep53});
    QCOMPARE(text.code, 0);
    QCOMPARE(text.out.trimmed(), QStringLiteral("valid (sep53)"));
    const ExctlRun json = exctl({QStringLiteral("sig"), QStringLiteral("verify"), QStringLiteral("--chain"), QStringLiteral("ethereum"),
                                 QStringLiteral("--signer"), QStringLiteral("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23"),
                                 QStringLiteral("--message"), QStringLiteral("Some data"), QStringLiteral("--sig"),
                                 QStringLiteral("b91467e570a6466aa9e9876cbcd013baba02900b8979d43fe208a4a4f339f5fd6007e74cd82e037b800186422fc2da167c747ef045e5d18a5f5d4300f8e1a0291c"),
                                 QStringLiteral("--json")});
    QCOMPARE(json.code, 0);
    const QJsonObject answer = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(answer.value(QStringLiteral("valid")).toBool(), true);
    QCOMPARE(answer.value(QStringLiteral("scheme")).toString(), QStringLiteral("personal_sign"));
    const ExctlRun wrong = exctl({QStringLiteral("sig"), QStringLiteral("verify"), QStringLiteral("--chain"), QStringLiteral("stellar"),
                                  QStringLiteral("--signer"), stellar, QStringLiteral("--message"), QStringLiteral("Hello, World?"),
                                  QStringLiteral("--sig"), sep53});
    QCOMPARE(wrong.code, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("neither as plain Ed25519 nor as SEP-53")), qPrintable(wrong.err));
}

QTEST_GUILESS_MAIN(TestExctl)
#include "tst_exctl.moc"
