// exctl stellar trustlines / stellar trustline through the real binary, on
// the backend of this run, against the suite's Horizon (on a thread of its
// own while exctl runs): the demo's hot, warm and cold and a Stellar token an
// admin added are listed without lines; an admin's warm trustline is written
// unsigned to the file, a change_trust of warm's next sequence number for the
// token, and nothing is sent; an operator, the command line's own admin and a
// token not in force are refused with nothing written; once the line is on
// the ledger the list shows it. exctl stellar memo-required (SEP-29 on the
// base account, hot's) likewise: the state shown, an operator and usage
// errors refused, the demo's vault (no hot:stellar key) refused with the
// hint to export, the admin's export an unsigned manage_data of hot's next
// sequence number, and once the entry is on the ledger it shows as set and
// `on` makes nothing. exctl stellar channels: usage errors, an empty pool
// listed, an operator refused, and the demo's vault (no hot:stellar key)
// refused before any channel key is stored.

#include "core/chains/stellar/paymenttransaction.h"
#include "exctlpeople.h"
#include "exctlrun.h"
#include "horizontestserver.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace exchange;

namespace {

// SEP-0023's example account id as the token's issuer.
constexpr auto kIssuer = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
constexpr std::int64_t kWarmSequence = 77'000'000'000;
constexpr std::int64_t kHotSequence = 78'000'000'000;
constexpr char kDemoVaultPassphrase[] = "demo-vault-passphrase\n"; // published with the demo

// The suite's Horizon on a thread of its own: exctl's test waits for the
// binary without running an event loop. Its accounts are set on that thread.
class HorizonThread final : public QThread
{
public:
    QString url;
    HorizonTestServer *server = nullptr;

    bool startAndWait()
    {
        start();
        m_ready.acquire();
        return !url.isEmpty();
    }
    template <typename F> void onServer(F &&f)
    {
        QMetaObject::invokeMethod(server, std::forward<F>(f), Qt::BlockingQueuedConnection);
    }

protected:
    void run() override
    {
        HorizonTestServer horizon(stellar::TestNetworkPassphrase);
        if (horizon.listen()) {
            url = horizon.url();
            server = &horizon;
        }
        m_ready.release();
        exec();
        server = nullptr;
    }

private:
    QSemaphore m_ready;
};

} // namespace

class TestExctlTrustlines : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void theListShowsEachWalletWithoutALine();
    void refusalsWriteNothing();
    void anAdminExportsWarmsLineUnsigned();
    void aLineOnTheLedgerIsListed();
    void memoRequiredShowsTheBaseAccountsState();
    void memoRequiredRefusalsMakeNothing();
    void memoRequiredIsExportedUnsignedThenShownSet();
    void channelsListAnEmptyPoolAndRefuseWithNothingMade();

private:
    QJsonObject memoState() const
    {
        const ExctlRun r = exctl({QStringLiteral("stellar"), QStringLiteral("memo-required"), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    int memoAudits() const
    {
        const ExctlRun r = exctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--action"),
                                  QStringLiteral("stellar.memo_required")});
        return static_cast<int>(QJsonDocument::fromJson(r.out.toUtf8()).array().size());
    }

    ExctlRun exctl(const QStringList &args) const { return runExctl(m_db->url(), args); }
    QJsonArray listed() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ExctlPeople> m_people;
    HorizonThread m_horizon;
    QTemporaryDir m_dir;
    QString m_warm;
    QString m_hot;
};

QJsonArray TestExctlTrustlines::listed() const
{
    const ExctlRun r = exctl({QStringLiteral("stellar"), QStringLiteral("trustlines"), QStringLiteral("--json")});
    if (r.code != 0)
        qWarning("%s", qPrintable(r.err));
    return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("trustlines")).toArray();
}

void TestExctlTrustlines::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    QVERIFY(m_dir.isValid());
    QCOMPARE(exctl({QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    m_people = std::make_unique<ExctlPeople>(m_db->url());
    m_people->addDemo();
    QVERIFY(m_horizon.startAndWait());
    ExctlRun r = m_people->as(QStringLiteral("admin"), {QStringLiteral("chain"), QStringLiteral("set"), QStringLiteral("stellar"),
                                                        QStringLiteral("--node"), m_horizon.url, QStringLiteral("--network"),
                                                        QString::fromLatin1(stellar::TestNetworkPassphrase)});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = m_people->as(QStringLiteral("admin"), {QStringLiteral("asset"), QStringLiteral("add"), QStringLiteral("EURS"),
                                               QStringLiteral("--chain"), QStringLiteral("stellar"), QStringLiteral("--stellar-issuer"),
                                               QString::fromLatin1(kIssuer), QStringLiteral("--decimals"), QStringLiteral("7"),
                                               QStringLiteral("--name"), QStringLiteral("Euro token")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray wallets = QJsonDocument::fromJson(exctl({QStringLiteral("wallets"), QStringLiteral("--json")}).out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("wallets"))
                                   .toArray();
    for (const QJsonValue &w : wallets) {
        const QJsonObject o = w.toObject();
        if (o.value(QStringLiteral("chain")).toString() == u"stellar" && o.value(QStringLiteral("tier")).toString() == u"warm")
            m_warm = o.value(QStringLiteral("address")).toString();
        if (o.value(QStringLiteral("chain")).toString() == u"stellar" && o.value(QStringLiteral("tier")).toString() == u"hot")
            m_hot = o.value(QStringLiteral("address")).toString();
    }
    QVERIFY(!m_warm.isEmpty());
    QVERIFY(!m_hot.isEmpty());
    const QString warm = m_warm;
    m_horizon.onServer([server = m_horizon.server, warm] { server->setAccount(warm, 1000'0000000, kWarmSequence); });
}

void TestExctlTrustlines::cleanupTestCase()
{
    m_horizon.quit();
    m_horizon.wait();
    m_people.reset();
    m_db.reset();
}

void TestExctlTrustlines::theListShowsEachWalletWithoutALine()
{
    // Hot, warm and cold for each Stellar token in force: the demo's
    // USDCXLM and this test's EURS.
    const QJsonArray all = listed();
    QJsonArray lines;
    for (const QJsonValue &v : all) {
        if (v.toObject().value(QStringLiteral("asset")).toString() == u"EURS")
            lines.append(v);
    }
    QCOMPARE(all.size(), 6);
    QCOMPARE(lines.size(), 3);
    for (const QJsonValue &v : lines) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QStringLiteral("line")).toString(), QStringLiteral("EURS:%1").arg(QString::fromLatin1(kIssuer)));
        QVERIFY(!o.value(QStringLiteral("exists")).toBool());
        QCOMPARE(o.value(QStringLiteral("account_exists")).toBool(), o.value(QStringLiteral("tier")).toString() == u"warm");
    }
}

void TestExctlTrustlines::refusalsWriteNothing()
{
    const QString file = m_dir.filePath(QStringLiteral("refused.txt"));
    const QStringList warmArgs{QStringLiteral("stellar"), QStringLiteral("trustline"), QStringLiteral("EURS"), QStringLiteral("--tier"),
                               QStringLiteral("warm"), QStringLiteral("--export"), file};
    ExctlRun r = m_people->as(QStringLiteral("operator"), warmArgs);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("change_money_settings")), qPrintable(r.err));
    r = exctl(warmArgs); // the command line's own admin decides nothing here
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("needs an operator")), qPrintable(r.err));
    r = m_people->as(QStringLiteral("admin"), {QStringLiteral("stellar"), QStringLiteral("trustline"), QStringLiteral("XLM"),
                                               QStringLiteral("--tier"), QStringLiteral("warm"), QStringLiteral("--export"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("XLM is not a Stellar token an admin signed")), qPrintable(r.err));
    r = exctl({QStringLiteral("stellar"), QStringLiteral("trustline"), QStringLiteral("EURS"), QStringLiteral("--tier"),
               QStringLiteral("warm")});
    QCOMPARE(r.code, 2); // a usage error: warm's line is exported
    QVERIFY(!QFile::exists(file));
}

void TestExctlTrustlines::anAdminExportsWarmsLineUnsigned()
{
    const QString file = m_dir.filePath(QStringLiteral("trust.txt"));
    const ExctlRun r = m_people->as(QStringLiteral("admin"), {QStringLiteral("stellar"), QStringLiteral("trustline"), QStringLiteral("eurs"),
                                                              QStringLiteral("--tier"), QStringLiteral("warm"), QStringLiteral("--export"),
                                                              file, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(out.value(QStringLiteral("address")).toString(), m_warm);
    QVERIFY(!out.value(QStringLiteral("submitted")).toBool());
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(exported.readAll().trimmed().toStdString());
    QVERIFY(tx.ok());
    QVERIFY(tx.value().operation == stellar::OperationType::ChangeTrust);
    QCOMPARE(tx.value().source.toString(), m_warm.toStdString());
    QCOMPARE(tx.value().sequence, kWarmSequence + 1);
    QCOMPARE(tx.value().asset.toString(), std::string("EURS:") + kIssuer);
    QCOMPARE(tx.value().amount, stellar::MaxTrustLimit);
    QVERIFY(tx.value().signatures.empty());
    QCOMPARE(out.value(QStringLiteral("txid")).toString().toStdString(), tx.value().hashHex(stellar::TestNetworkPassphrase));
    int posts = -1;
    m_horizon.onServer([server = m_horizon.server, &posts] { posts = server->posts(); });
    QCOMPARE(posts, 0);
    const ExctlRun audit = exctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                  QStringLiteral("stellar.trustline"), QStringLiteral("--json")});
    QCOMPARE(audit.code, 0);
    QVERIFY2(audit.out.contains(m_warm), qPrintable(audit.out));
}

void TestExctlTrustlines::aLineOnTheLedgerIsListed()
{
    // Signed offline and submitted: the ledger has warm's line.
    m_horizon.onServer([server = m_horizon.server, warm = m_warm] {
        HorizonTestServer::Trustline line;
        line.code = "EURS";
        line.issuer = kIssuer;
        line.balance = 25'0000000;
        server->setTrustline(warm, line);
    });
    bool seen = false;
    for (const QJsonValue &v : listed()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("tier")).toString() != u"warm" || o.value(QStringLiteral("asset")).toString() != u"EURS")
            continue;
        seen = true;
        QVERIFY(o.value(QStringLiteral("exists")).toBool());
        QVERIFY(o.value(QStringLiteral("authorized")).toBool());
        QCOMPARE(o.value(QStringLiteral("balance")).toString(), QStringLiteral("25"));
    }
    QVERIFY(seen);
    // Asked again, the admin's command makes nothing new.
    const ExctlRun again = m_people->as(QStringLiteral("admin"), {QStringLiteral("stellar"), QStringLiteral("trustline"), QStringLiteral("EURS"),
                                                                  QStringLiteral("--tier"), QStringLiteral("warm"), QStringLiteral("--export"),
                                                                  m_dir.filePath(QStringLiteral("again.txt"))});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("already: nothing made")), qPrintable(again.out));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("again.txt"))));
}

void TestExctlTrustlines::memoRequiredShowsTheBaseAccountsState()
{
    QJsonObject state = memoState();
    QCOMPARE(state.value(QStringLiteral("address")).toString(), m_hot);
    QCOMPARE(state.value(QStringLiteral("memo_required")).toString(), QStringLiteral("account_missing"));
    m_horizon.onServer([server = m_horizon.server, hot = m_hot] { server->setAccount(hot, 50'0000000, kHotSequence); });
    state = memoState();
    QCOMPARE(state.value(QStringLiteral("memo_required")).toString(), QStringLiteral("not_set"));
    const ExctlRun text = exctl({QStringLiteral("stellar"), QStringLiteral("memo-required")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("does not require a memo")), qPrintable(text.out));
}

void TestExctlTrustlines::memoRequiredRefusalsMakeNothing()
{
    const QString file = m_dir.filePath(QStringLiteral("memo-refused.txt"));
    QCOMPARE(exctl({QStringLiteral("stellar"), QStringLiteral("memo-required"), QStringLiteral("maybe")}).code, 2);
    QCOMPARE(exctl({QStringLiteral("stellar"), QStringLiteral("memo-required"), QStringLiteral("--export"), file}).code, 2);
    ExctlRun r = m_people->as(QStringLiteral("operator"),
                              {QStringLiteral("stellar"), QStringLiteral("memo-required"), QStringLiteral("on"), QStringLiteral("--export"), file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("change_money_settings")), qPrintable(r.err));
    // The demo's vault holds no hot key: nothing is signed, the export is named.
    const QString admin = m_people->anyone(security::Role::Admin);
    r = runExctl(m_db->url(),
                 {QStringLiteral("--operator"), admin, QStringLiteral("stellar"), QStringLiteral("memo-required"), QStringLiteral("on")},
                 m_people->signIn(admin), QByteArray(kDemoVaultPassphrase));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no hot:stellar key: give --export FILE")), qPrintable(r.err));
    QVERIFY(!QFile::exists(file));
    QCOMPARE(memoAudits(), 0);
}

void TestExctlTrustlines::channelsListAnEmptyPoolAndRefuseWithNothingMade()
{
    const auto channels = [this](const QStringList &more) {
        return exctl(QStringList{QStringLiteral("stellar"), QStringLiteral("channels")} + more);
    };
    for (const QStringList &bad : {QStringList{}, QStringList{QStringLiteral("create")}, QStringList{QStringLiteral("create"), QStringLiteral("0")},
                                   QStringList{QStringLiteral("create"), QStringLiteral("101")}, QStringList{QStringLiteral("list"), QStringLiteral("2")},
                                   QStringList{QStringLiteral("grow")}})
        QCOMPARE(channels(bad).code, 2);
    const auto listed = [&channels] {
        const ExctlRun r = channels({QStringLiteral("list"), QStringLiteral("--json")});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    QCOMPARE(listed().value(QStringLiteral("pool_size")).toInt(-1), 0);
    QVERIFY(listed().value(QStringLiteral("channels")).toArray().isEmpty());
    const QStringList create{QStringLiteral("stellar"), QStringLiteral("channels"), QStringLiteral("create"), QStringLiteral("2")};
    const QString op = m_people->anyone(security::Role::Operator);
    ExctlRun r = runExctl(m_db->url(), QStringList{QStringLiteral("--operator"), op} + create, m_people->signIn(op),
                          QByteArray(kDemoVaultPassphrase));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("change_money_settings")), qPrintable(r.err));
    // The demo's vault holds no hot key: no channel key is stored, nothing sent.
    const QString admin = m_people->anyone(security::Role::Admin);
    r = runExctl(m_db->url(), QStringList{QStringLiteral("--operator"), admin} + create, m_people->signIn(admin),
                 QByteArray(kDemoVaultPassphrase));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no hot:stellar key")), qPrintable(r.err));
    QVERIFY(listed().value(QStringLiteral("channels")).toArray().isEmpty());
    QCOMPARE(listed().value(QStringLiteral("pool_size")).toInt(-1), 0);
    const ExctlRun keys = exctl({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--action"),
                                 QStringLiteral("vault.add_key")});
    QVERIFY2(!keys.out.contains(QStringLiteral("channel:stellar")), qPrintable(keys.out));
}

void TestExctlTrustlines::memoRequiredIsExportedUnsignedThenShownSet()
{
    const QString file = m_dir.filePath(QStringLiteral("memo.txt"));
    const QStringList on{QStringLiteral("stellar"), QStringLiteral("memo-required"), QStringLiteral("on"), QStringLiteral("--export"),
                         file, QStringLiteral("--json")};
    ExctlRun r = m_people->as(QStringLiteral("admin"), on);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject out = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(out.value(QStringLiteral("address")).toString(), m_hot);
    QVERIFY(!out.value(QStringLiteral("submitted")).toBool());
    QVERIFY(!out.value(QStringLiteral("unchanged")).toBool());
    QFile exported(file);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(exported.readAll().trimmed().toStdString());
    QVERIFY(tx.ok());
    QVERIFY(tx.value().operation == stellar::OperationType::ManageData);
    QCOMPARE(tx.value().source.toString(), m_hot.toStdString());
    QCOMPARE(tx.value().sequence, kHotSequence + 1);
    QCOMPARE(tx.value().dataName, std::string("config.memo_required"));
    QCOMPARE(tx.value().dataValue, std::optional<QByteArray>(QByteArray("1")));
    QVERIFY(tx.value().signatures.empty());
    QCOMPARE(out.value(QStringLiteral("txid")).toString().toStdString(), tx.value().hashHex(stellar::TestNetworkPassphrase));
    QCOMPARE(memoAudits(), 1);

    // Signed offline and submitted: the ledger has the entry.
    m_horizon.onServer([server = m_horizon.server, hot = m_hot] { server->setDataEntry(hot, "config.memo_required", QByteArray("1")); });
    QCOMPARE(memoState().value(QStringLiteral("memo_required")).toString(), QStringLiteral("set"));
    QFile::remove(file);
    r = m_people->as(QStringLiteral("admin"), on);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("unchanged")).toBool());
    QVERIFY(!QFile::exists(file));
    QCOMPARE(memoAudits(), 1);
    int posts = -1;
    m_horizon.onServer([server = m_horizon.server, &posts] { posts = server->posts(); });
    QCOMPARE(posts, 0);
}

QTEST_GUILESS_MAIN(TestExctlTrustlines)
#include "tst_exctltrustlines.moc"
