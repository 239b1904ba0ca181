// exctl api-client add|list|disable through the real binary on this run's
// backend: only an admin in person (exctl --operator ADMIN with a code)
// registers or disables a back-office API client; cli:<user>, an operator
// and an approver are refused (exit 1) and may list. A taken name or key, a
// malformed key and an unknown scope are refused and change nothing; both
// changes are in the audit log. exctl serve refuses a --backoffice address
// that is not loopback unless --backoffice-allow-remote says so, and says it
// trusts no client unless the vault's passphrase lets it read the pin.

#include "core/security/role.h"
#include "exctlpeople.h"
#include "exctlrun.h"
#include "testdatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QStringList args(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

// Two Ed25519 public keys (RFC 8032 tests 1 and 2), hex and base64.
const char kKeyHex[] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const char kOtherKeyBase64[] = "PUAXw+hDiVqStwqnTRt+vJyYLM8uxJaMwM1V8Sr0Zgw=";
const char kOtherKeyHex[] = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";

} // namespace

using exchange::security::Role;

class TestExctlApiClients : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors();
    void onlyAnAdminInPersonAddsAndDisables();
    void refusalsChangeNothing();
    void serveKeepsTheBackOfficeOnLoopback();

private:
    ExctlRun exctl(const QStringList &a) const { return runExctl(m_db->url(), a); }
    // The clients as `api-client list --json` says them, and the number of
    // api_client changes in the audit log.
    QString state() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ExctlPeople> m_people;
};

void TestExctlApiClients::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    QCOMPARE(exctl(args({"init", "--demo"})).code, 0);
    m_people = std::make_unique<ExctlPeople>(m_db->url());
    m_people->addDemo();
}

void TestExctlApiClients::cleanupTestCase()
{
    m_people.reset();
    m_db.reset();
}

QString TestExctlApiClients::state() const
{
    const ExctlRun listed = exctl(args({"api-client", "list", "--json"}));
    const ExctlRun audit = exctl(args({"audit", "list", "--json", "--action", "api_client.", "--limit", "100000"}));
    return listed.out + QString::number(QJsonDocument::fromJson(audit.out.toUtf8()).array().size());
}

void TestExctlApiClients::usageErrors()
{
    QCOMPARE(exctl(args({"api-client", "add", "webapp", "--scopes", "read"})).code, 2);
    QCOMPARE(exctl(args({"api-client", "add", "webapp", "--public-key", kKeyHex})).code, 2);
    QCOMPARE(exctl(args({"api-client", "add", "--public-key", kKeyHex, "--scopes", "read"})).code, 2);
    QCOMPARE(exctl(args({"api-client", "disable"})).code, 2);
    QCOMPARE(exctl(args({"api-client", "list", "extra"})).code, 2);
}

void TestExctlApiClients::onlyAnAdminInPersonAddsAndDisables()
{
    const QStringList add = args({"api-client", "add", "webapp", "--public-key", kKeyHex, "--scopes", "read,customers"});
    const QString before = state();
    for (const char *who : {"", "operator", "approver"}) {
        const ExctlRun refused = *who ? m_people->as(QString::fromLatin1(who), add) : exctl(add);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("manage_api_clients")), qPrintable(refused.err));
    }
    QCOMPARE(state(), before);

    const ExctlRun added = m_people->asAnyone(Role::Admin, add);
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY(added.out.contains(QStringLiteral("webapp")));
    const ExctlRun viaBase64 = m_people->asAnyone(Role::Admin, args({"api-client", "add", "ledger-sync", "--public-key",
                                                                kOtherKeyBase64, "--scopes", "read", "--json"}));
    QVERIFY2(viaBase64.code == 0, qPrintable(viaBase64.err));
    QCOMPARE(QJsonDocument::fromJson(viaBase64.out.toUtf8()).object().value(QStringLiteral("public_key")).toString(),
             QString::fromLatin1(kOtherKeyHex));

    // Anyone may list (reading needs no operator).
    const QJsonArray list = QJsonDocument::fromJson(exctl(args({"api-client", "list", "--json"})).out.toUtf8()).array();
    QCOMPARE(list.size(), 2);
    const QJsonObject webapp = list.at(1).toObject();
    QCOMPARE(webapp.value(QStringLiteral("name")).toString(), QStringLiteral("webapp"));
    QCOMPARE(webapp.value(QStringLiteral("public_key")).toString(), QString::fromLatin1(kKeyHex));
    QCOMPARE(webapp.value(QStringLiteral("scopes")).toString(), QStringLiteral("read,customers"));
    QCOMPARE(webapp.value(QStringLiteral("enabled")).toBool(), true);
    QVERIFY(exctl(args({"api-client", "list"})).out.contains(QStringLiteral("webapp  enabled  read,customers")));

    QCOMPARE(exctl(args({"api-client", "disable", "webapp"})).code, 1); // cli:<user>
    const ExctlRun disabled = m_people->asAnyone(Role::Admin, args({"api-client", "disable", "webapp"}));
    QVERIFY2(disabled.code == 0, qPrintable(disabled.err));
    QVERIFY(exctl(args({"api-client", "list"})).out.contains(QStringLiteral("webapp  disabled")));
    QCOMPARE(m_people->asAnyone(Role::Admin, args({"api-client", "disable", "webapp"})).code, 1);

    const QJsonArray audit = QJsonDocument::fromJson(
        exctl(args({"audit", "list", "--json", "--action", "api_client.", "--limit", "100"})).out.toUtf8()).array();
    QCOMPARE(audit.size(), 3); // two adds and a disable
}

void TestExctlApiClients::refusalsChangeNothing()
{
    const QString before = state();
    const QStringList refused[] = {
        args({"api-client", "add", "webapp", "--public-key", "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660d", "--scopes", "read"}),
        args({"api-client", "add", "fresh", "--public-key", kKeyHex, "--scopes", "read"}),
        args({"api-client", "add", "fresh", "--public-key", "d75a98", "--scopes", "read"}),
        args({"api-client", "add", "fresh", "--public-key", "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660d", "--scopes", "read,everything"}),
        args({"api-client", "add", "no/slash", "--public-key", "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660d", "--scopes", "read"}),
    };
    for (const QStringList &a : refused) {
        const ExctlRun run = m_people->asAnyone(Role::Admin, a);
        QVERIFY2(run.code == 1, qPrintable(a.join(u' ') + u'\n' + run.err));
    }
    QCOMPARE(state(), before);
}

void TestExctlApiClients::serveKeepsTheBackOfficeOnLoopback()
{
    const ExctlRun remote = exctl(args({"serve", "--api", "127.0.0.1:0", "--backoffice", "0.0.0.0:0", "--no-duties", "--for-seconds", "1"}));
    QCOMPARE(remote.code, 2);
    QVERIFY2(remote.err.contains(QStringLiteral("--backoffice-allow-remote")), qPrintable(remote.err));
    QCOMPARE(exctl(args({"serve", "--api", "127.0.0.1:0", "--backoffice", "localhost", "--no-duties"})).code, 2);
    QCOMPARE(exctl(args({"serve", "--api", "127.0.0.1:0", "--backoffice-allow-remote", "--no-duties"})).code, 2);

    const ExctlRun local = exctl(args({"serve", "--api", "127.0.0.1:0", "--backoffice", "127.0.0.1:0", "--no-duties", "--for-seconds", "1"}));
    QVERIFY2(local.code == 0, qPrintable(local.err));
    QVERIFY2(local.out.contains(QStringLiteral("back office listening on http://127.0.0.1:")), qPrintable(local.out));
    QVERIFY2(local.err.contains(QStringLiteral("trusts no client")), qPrintable(local.err));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile passphrase(dir.filePath(QStringLiteral("vault-passphrase")));
    QVERIFY(passphrase.open(QIODevice::WriteOnly));
    passphrase.write("demo-vault-passphrase\n"); // the demo's vault
    passphrase.close();
    const ExctlRun pinned = exctl(QStringList{QStringLiteral("serve"), QStringLiteral("--api"), QStringLiteral("127.0.0.1:0"),
                                              QStringLiteral("--backoffice"), QStringLiteral("127.0.0.1:0"),
                                              QStringLiteral("--no-duties"), QStringLiteral("--for-seconds"), QStringLiteral("1"),
                                              QStringLiteral("--vault-passphrase-file"), passphrase.fileName()});
    QVERIFY2(pinned.code == 0, qPrintable(pinned.err));
    QVERIFY2(!pinned.err.contains(QStringLiteral("trusts no client")), qPrintable(pinned.err));
    const ExctlRun allowed = exctl(args({"serve", "--api", "127.0.0.1:0", "--backoffice", "0.0.0.0:0", "--backoffice-allow-remote",
                                        "--no-duties", "--for-seconds", "1"}));
    QVERIFY2(allowed.code == 0, qPrintable(allowed.err));
    QVERIFY2(allowed.err.contains(QStringLiteral("not loopback")), qPrintable(allowed.err));
}

QTEST_GUILESS_MAIN(TestExctlApiClients)
#include "tst_exctlapiclients.moc"
