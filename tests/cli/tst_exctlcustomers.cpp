// exctl customer … through the real binary on this run's backend: add,
// update, freeze, unfreeze, close, show, list and import, with --json on
// the reads and the usual exit codes (0 ok, 1 refused, 2 usage). Changes
// are made by a person (exctl --operator NAME): an operator may, an
// approver and the command line's cli:<user> may not (they may read). A
// frozen customer's withdrawal request is refused with exit 1 and nothing
// written, and accepted again once they are unfrozen. An import says what
// it did per line, is idempotent, and a bad line 3 refuses the file.
// customer addresses add|remove|list keep the customer's own addresses
// under the same rules (a wallet of the exchange, a duplicate or a bad
// address refused with exit 1 and nothing written); a withdrawal elsewhere
// is a new destination, which waits for review once an admin sets
// asset set --review-new-destinations on.

#include "core/security/role.h"
#include "exctlpeople.h"
#include "exctlrun.h"
#include "testdatabase.h"

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

} // namespace

using exchange::security::Role;

class TestExctlCustomers : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors();
    void onlyAPersonWithTheRoleChangesCustomers();
    void addUpdateShowAndList();
    void aFrozenCustomerCannotWithdrawUntilUnfrozen();
    void moneyCommandsTakeTheExternalIdAndRefuseAnAmbiguousNumber();
    void closingWithABalanceIsRefused();
    void importSaysWhatItDidAndRefusesABadFile();
    void theirOwnAddressesAndNewDestinations();

private:
    ExctlRun exctl(const QStringList &a) const { return runExctl(m_db->url(), a); }
    // The customers as `customer list --json` says them, and how many
    // changes of customers the audit log holds (sign-ins are audited too).
    QString customers() const;
    int withdrawals() const;
    QString writeFile(const QString &name, const QByteArray &content);

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ExctlPeople> m_people;
    QTemporaryDir m_dir;
};

void TestExctlCustomers::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    QVERIFY(m_dir.isValid());
    QCOMPARE(exctl(args({"init", "--demo"})).code, 0);
    m_people = std::make_unique<ExctlPeople>(m_db->url());
    m_people->addDemo();
    // Operators at the front desk, each with two codes at once: changes
    // are spread over them so that nobody waits for the clock.
}

void TestExctlCustomers::cleanupTestCase()
{
    m_people.reset();
    m_db.reset();
}

QString TestExctlCustomers::customers() const
{
    const ExctlRun listed = exctl(args({"customer", "list", "--json"}));
    const ExctlRun audit = exctl(args({"audit", "list", "--json", "--action", "customer.", "--limit", "100000"}));
    return listed.out + QString::number(QJsonDocument::fromJson(audit.out.toUtf8()).array().size());
}

int TestExctlCustomers::withdrawals() const
{
    return QJsonDocument::fromJson(exctl(args({"withdrawals", "list", "--json"})).out.toUtf8()).array().size();
}

QString TestExctlCustomers::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return QString();
    return path;
}

void TestExctlCustomers::usageErrors()
{
    QCOMPARE(exctl(args({"customer", "add", "--name", "Ada"})).code, 2);
    QCOMPARE(exctl(args({"customer", "add", "web:1"})).code, 2);
    QCOMPARE(exctl(args({"customer", "update", "web:1"})).code, 2);
    QCOMPARE(exctl(args({"customer", "freeze"})).code, 2);
    QCOMPARE(exctl(args({"customer", "show"})).code, 2);
    QCOMPARE(exctl(args({"customer", "list", "--state", "sleeping"})).code, 2);
    QCOMPARE(exctl(args({"customer", "list", "--limit", "x"})).code, 2);
    QCOMPARE(exctl(args({"customer", "import"})).code, 2);
    QCOMPARE(exctl(args({"customer", "show", "web:none"})).code, 1);
}

void TestExctlCustomers::onlyAPersonWithTheRoleChangesCustomers()
{
    const QString before = customers();
    const ExctlRun cli = exctl(args({"customer", "add", "web:cli", "--name", "Nobody"}));
    QCOMPARE(cli.code, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("--operator NAME")), qPrintable(cli.err));
    QCOMPARE(exctl(args({"customer", "freeze", "c-1"})).code, 1);
    const ExctlRun approver = m_people->as(QStringLiteral("approver"), args({"customer", "freeze", "c-1"}));
    QCOMPARE(approver.code, 1);
    QVERIFY2(approver.err.contains(QStringLiteral("manage_customers")), qPrintable(approver.err));
    QCOMPARE(customers(), before);
    // Reading needs nobody.
    QCOMPARE(exctl(args({"customer", "show", "c-1"})).code, 0);
}

void TestExctlCustomers::addUpdateShowAndList()
{
    const ExctlRun added = m_people->asAnyone(Role::Operator, args({"customer", "add", "web:1001", "--name", "Ada Lovelace",
                                                                       "--email", "ada.king@example.net", "--json"}));
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const QJsonObject ada = QJsonDocument::fromJson(added.out.toUtf8()).object();
    QCOMPARE(ada.value(QStringLiteral("external_id")).toString(), QStringLiteral("web:1001"));
    QCOMPARE(ada.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QVERIFY(ada.value(QStringLiteral("id")).toInteger() > 0);
    // The same external id again: refused, one line, nothing written.
    const QString before = customers();
    const ExctlRun twice = m_people->asAnyone(Role::Operator, args({"customer", "add", "web:1001", "--name", "Other"}));
    QCOMPARE(twice.code, 1);
    QCOMPARE(twice.err.trimmed(), QStringLiteral("exctl: another customer has the external id web:1001"));
    QCOMPARE(customers(), before);

    const ExctlRun updated = m_people->asAnyone(Role::Operator, args({"customer", "update", "web:1001", "--name", "Ada King"}));
    QVERIFY2(updated.code == 0, qPrintable(updated.err));
    const ExctlRun shown = exctl(args({"customer", "show", "web:1001", "--json"}));
    QCOMPARE(shown.code, 0);
    const QJsonObject now = QJsonDocument::fromJson(shown.out.toUtf8()).object();
    QCOMPARE(now.value(QStringLiteral("name")).toString(), QStringLiteral("Ada King"));
    QCOMPARE(now.value(QStringLiteral("email")).toString(), QStringLiteral("ada.king@example.net"));
    QVERIFY(now.value(QStringLiteral("balances")).toArray().isEmpty());

    const ExctlRun found = exctl(args({"customer", "list", "--find", "KING", "--json"}));
    QCOMPARE(found.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(found.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("external_id")).toString(), QStringLiteral("web:1001"));
    const ExctlRun text = exctl(args({"customer", "list", "--find", "web:1001"}));
    QCOMPARE(text.out, QStringLiteral("web:1001  active  Ada King <ada.king@example.net>  (id %1)\n").arg(ada.value(QStringLiteral("id")).toInteger()));
    QVERIFY(text.err.isEmpty());

    // A full page says there may be more, and where to read on; the JSON stays an array.
    const ExctlRun page = exctl(args({"customer", "list", "--limit", "2", "--offset", "1", "--json"}));
    QCOMPARE(page.code, 0);
    QCOMPARE(QJsonDocument::fromJson(page.out.toUtf8()).array().size(), 2);
    QVERIFY2(page.err.contains(QStringLiteral("there may be more (--offset 3)")), qPrintable(page.err));
}

// --customer of the money commands: the number or the external id; a
// number that is also another customer's external id is refused, naming
// both, until #N or @ID says which.
void TestExctlCustomers::moneyCommandsTakeTheExternalIdAndRefuseAnAmbiguousNumber()
{
    auto balancesOf = [this](const char *customer) {
        return exctl(args({"ledger", "balances", "--customer", customer, "--json"}));
    };
    const ExctlRun byNumber = balancesOf("2");
    QCOMPARE(byNumber.code, 0);
    // The demo's customer 2 is c-2 to the exchange's own systems.
    QCOMPARE(balancesOf("c-2").out, byNumber.out);
    QCOMPARE(balancesOf("#2").out, byNumber.out);
    QCOMPARE(balancesOf("@c-2").out, byNumber.out);

    // A customer whose external id is "2", the number of another.
    const ExctlRun added = m_people->asAnyone(Role::Operator, args({"customer", "add", "2", "--name", "Two", "--json"}));
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const qint64 two = QJsonDocument::fromJson(added.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    QVERIFY(two != 2);
    const ExctlRun ambiguous = balancesOf("2");
    QCOMPARE(ambiguous.code, 1);
    QVERIFY2(ambiguous.err.contains(QStringLiteral("is ambiguous: it is customer number 2 and the external id of customer number %1").arg(two)),
             qPrintable(ambiguous.err));
    QCOMPARE(balancesOf("#2").out, byNumber.out);
    const ExctlRun theirs = balancesOf("@2");
    QCOMPARE(theirs.code, 0);
    QVERIFY(theirs.out != byNumber.out);

    // A withdrawal for the ambiguous one is refused and writes nothing.
    const QString before = exctl(args({"withdrawals", "list", "--json"})).out;
    const ExctlRun request = m_people->asAnyone(Role::Operator, args({"withdraw", "request", "--customer", "2", "--asset", "XLM",
                                                                     "--to", "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ",
                                                                     "--amount", "1"}));
    QCOMPARE(request.code, 1);
    QVERIFY2(request.err.contains(QStringLiteral("ambiguous")), qPrintable(request.err));
    QCOMPARE(exctl(args({"withdrawals", "list", "--json"})).out, before);
    QCOMPARE(exctl(args({"ledger", "balances", "--customer", "web:nobody"})).code, 1);
}

void TestExctlCustomers::aFrozenCustomerCannotWithdrawUntilUnfrozen()
{
    // The demo's first customer has XLM.
    const QStringList request = args({"withdraw", "request", "--customer", "1", "--asset", "XLM", "--to",
                                      "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ", "--amount", "1"});
    const ExctlRun frozen = m_people->asAnyone(Role::Operator, args({"customer", "freeze", "c-1"}));
    QVERIFY2(frozen.code == 0, qPrintable(frozen.err));
    QVERIFY(frozen.out.startsWith(QStringLiteral("frozen c-1  frozen  ")));
    const ExctlRun listed = exctl(args({"customer", "list", "--state", "frozen", "--json"}));
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().first().toObject().value(QStringLiteral("external_id")).toString(),
             QStringLiteral("c-1"));
    const int before = withdrawals();
    // Requested as the demo operator: the demo's vault pins its admin, so
    // a request is signed by whoever makes it.
    const ExctlRun refused = m_people->asAnyone(Role::Operator, request);
    QCOMPARE(refused.code, 1);
    QCOMPARE(refused.err.trimmed(),
             QStringLiteral("exctl: customer c-1 is frozen: no withdrawal is requested for them until they are unfrozen"));
    QCOMPARE(withdrawals(), before);
    QCOMPARE(m_people->asAnyone(Role::Operator, args({"customer", "freeze", "c-1"})).code, 1); // twice

    QCOMPARE(m_people->asAnyone(Role::Operator, args({"customer", "unfreeze", "c-1"})).code, 0);
    const ExctlRun accepted = m_people->asAnyone(Role::Operator, request);
    QVERIFY2(accepted.code == 0, qPrintable(accepted.err));
    QCOMPARE(withdrawals(), before + 1);
}

void TestExctlCustomers::closingWithABalanceIsRefused()
{
    const QString before = customers();
    const ExctlRun refused = m_people->asAnyone(Role::Operator, args({"customer", "close", "c-1"}));
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QStringLiteral("cannot be closed")), qPrintable(refused.err));
    QCOMPARE(customers(), before);
}

void TestExctlCustomers::importSaysWhatItDidAndRefusesABadFile()
{
    const QString good = writeFile(QStringLiteral("good.csv"), "external_id,name,email\n"
                                                               "imp:1,\"Hopper, Grace\",grace.hopper@example.net\n"
                                                               "imp:2,Alan Turing,\n");
    QVERIFY(!good.isEmpty());
    const ExctlRun first = m_people->asAnyone(Role::Operator, {QStringLiteral("customer"), QStringLiteral("import"), good});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QCOMPARE(first.out, QStringLiteral("line 2: added imp:1\nline 3: added imp:2\n2 added, 0 updated, 0 unchanged\n"));
    const ExctlRun again = m_people->asAnyone(Role::Operator, {QStringLiteral("customer"), QStringLiteral("import"), good, QStringLiteral("--json")});
    QCOMPARE(again.code, 0);
    const QJsonObject said = QJsonDocument::fromJson(again.out.toUtf8()).object();
    QCOMPARE(said.value(QStringLiteral("unchanged")).toInt(), 2);
    QCOMPARE(said.value(QStringLiteral("lines")).toArray().at(0).toObject().value(QStringLiteral("outcome")).toString(),
             QStringLiteral("unchanged"));

    const QString bad = writeFile(QStringLiteral("bad.jsonl"), "{\"external_id\": \"imp:3\", \"name\": \"Edsger\"}\n"
                                                               "{\"external_id\": \"imp:1\", \"name\": \"Grace Hopper\"}\n"
                                                               "{\"external_id\": \"imp:4\"}\n");
    const QString before = customers();
    const ExctlRun refused = m_people->asAnyone(Role::Operator, {QStringLiteral("customer"), QStringLiteral("import"), bad});
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.startsWith(QStringLiteral("exctl: line 3: ")), qPrintable(refused.err));
    QCOMPARE(customers(), before);
    // cli:<user> imports nothing either.
    QCOMPARE(exctl({QStringLiteral("customer"), QStringLiteral("import"), good}).code, 1);
    QCOMPARE(exctl({QStringLiteral("customer"), QStringLiteral("import"), m_dir.filePath(QStringLiteral("missing.csv"))}).code, 1);
}

void TestExctlCustomers::theirOwnAddressesAndNewDestinations()
{
    const QString own = QStringLiteral("GDQP2KPQGKIHYJGXNUIYOMHARUARCA7DJT5FO2FFOOKY3B2WSQHG4W37");
    const QString elsewhere = QStringLiteral("GDRXE2BQUC3AZNPVFSCEZ76NJ3WWL25FYFK6RGZGIEKWE4SOOHSUJUJ6");
    const auto listed = [&] { return exctl(args({"customer", "addresses", "list", "c-1", "--json"})); };
    const auto addressesAudited = [&] {
        return QJsonDocument::fromJson(exctl(args({"audit", "list", "--json", "--action", "customer.address.", "--limit", "1000"}))
                                           .out.toUtf8())
            .array()
            .size();
    };
    QCOMPARE(listed().code, 0);
    QCOMPARE(QJsonDocument::fromJson(listed().out.toUtf8()).array().size(), 0);

    // Usage: exit 2.
    QCOMPARE(exctl(args({"customer", "addresses", "add", "c-1", "--address", "G"})).code, 2);
    QCOMPARE(exctl(args({"customer", "addresses", "add", "c-1", "--chain", "stellar"})).code, 2);
    QCOMPARE(exctl(args({"customer", "addresses", "remove", "--chain", "stellar", "--address", "G"})).code, 2);
    QCOMPARE(exctl(args({"customer", "addresses", "list"})).code, 2);

    const QStringList add = args({"customer", "addresses", "add", "c-1", "--chain", "stellar", "--address"});
    // Without a person, or by one without the role: refused, nothing written.
    const ExctlRun cli = exctl(add + QStringList{own});
    QCOMPARE(cli.code, 1);
    QVERIFY2(cli.err.contains(QStringLiteral("--operator NAME")), qPrintable(cli.err));
    QCOMPARE(m_people->as(QStringLiteral("approver"), add + QStringList{own}).code, 1);
    QCOMPARE(addressesAudited(), 0);

    const QString adder = m_people->anyone(Role::Operator);
    const ExctlRun added = m_people->as(adder, add + QStringList{own, QStringLiteral("--label"), QStringLiteral("hardware wallet"),
                                                                 QStringLiteral("--json")});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const QJsonObject row = QJsonDocument::fromJson(added.out.toUtf8()).object();
    QCOMPARE(row.value(QStringLiteral("address")).toString(), own);
    QCOMPARE(row.value(QStringLiteral("chain")).toString(), QStringLiteral("stellar"));
    QCOMPARE(row.value(QStringLiteral("label")).toString(), QStringLiteral("hardware wallet"));
    QCOMPARE(row.value(QStringLiteral("added_by")).toString(), adder);
    const QJsonArray one = QJsonDocument::fromJson(listed().out.toUtf8()).array();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.first().toObject().value(QStringLiteral("address")).toString(), own);
    QCOMPARE(addressesAudited(), 1);
    const ExctlRun text = exctl(args({"customer", "addresses", "list", "c-1"}));
    QVERIFY2(text.out.startsWith(QStringLiteral("stellar   ") + own + QStringLiteral("  hardware wallet  (added by %1 ").arg(adder)),
             qPrintable(text.out));

    // Refused with one line, nothing written: twice, an exchange wallet, a
    // bad address, an unknown customer.
    const QString before = listed().out;
    const ExctlRun twice = m_people->asAnyone(Role::Operator, add + QStringList{own});
    QCOMPARE(twice.code, 1);
    QCOMPARE(twice.err.trimmed(), QStringLiteral("exctl: customer c-1 has %1 on their address list already").arg(own));
    const QJsonArray wallets = QJsonDocument::fromJson(exctl(args({"wallets", "--json"})).out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("wallets"))
                                   .toArray();
    QString exchangeWallet;
    for (const QJsonValue &w : wallets) {
        if (w.toObject().value(QStringLiteral("chain")).toString() == u"stellar")
            exchangeWallet = w.toObject().value(QStringLiteral("address")).toString();
    }
    QVERIFY(!exchangeWallet.isEmpty());
    const ExctlRun wallet = m_people->asAnyone(Role::Operator, add + QStringList{exchangeWallet});
    QCOMPARE(wallet.code, 1);
    QVERIFY2(wallet.err.contains(QStringLiteral("is the exchange's own")), qPrintable(wallet.err));
    const ExctlRun bad = m_people->asAnyone(Role::Operator, add + QStringList{QStringLiteral("GNOPE")});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("is not a valid stellar address")), qPrintable(bad.err));
    QCOMPARE(m_people->asAnyone(Role::Operator, args({"customer", "addresses", "add", "web:nobody", "--chain", "stellar", "--address"}) + QStringList{elsewhere})
                 .code,
             1);
    QCOMPARE(listed().out, before);
    QCOMPARE(addressesAudited(), 1);

    // A withdrawal to the listed address is not flagged; elsewhere it is,
    // and with the review on it waits for an approver.
    const auto request = [&](const QString &to) {
        const ExctlRun r = m_people->asAnyone(Role::Operator, args({"withdraw", "request", "--customer", "1", "--asset", "XLM",
                                                                          "--amount", "1", "--json", "--to"})
                                                                        + QStringList{to});
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    };
    const QJsonObject toOwn = request(own);
    QCOMPARE(toOwn.value(QStringLiteral("new_destination")).toBool(), false);
    QCOMPARE(toOwn.value(QStringLiteral("state")).toString(), QStringLiteral("processing"));
    const QJsonObject flagged = request(elsewhere);
    QCOMPARE(flagged.value(QStringLiteral("new_destination")).toBool(), true);
    QCOMPARE(flagged.value(QStringLiteral("state")).toString(), QStringLiteral("processing"));

    QCOMPARE(m_people->asAnyone(Role::Operator, args({"asset", "set", "XLM", "--review-new-destinations", "maybe"})).code, 2);
    QCOMPARE(m_people->asAnyone(Role::Operator, args({"asset", "set", "XLM", "--review-new-destinations", "on"})).code, 1);
    const ExctlRun on = m_people->as(QStringLiteral("admin"), args({"asset", "set", "XLM", "--review-new-destinations", "on"}));
    QVERIFY2(on.code == 0, qPrintable(on.err));
    QVERIFY2(on.out.contains(QStringLiteral("XLM review of new destinations: on")), qPrintable(on.out));
    const QJsonObject held = request(elsewhere);
    QCOMPARE(held.value(QStringLiteral("new_destination")).toBool(), true);
    QCOMPARE(held.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    QCOMPARE(held.value(QStringLiteral("review_reason")).toString(),
             QStringLiteral("new destination: the address is not on the customer's address list"));
    QCOMPARE(request(own).value(QStringLiteral("state")).toString(), QStringLiteral("processing"));
    QCOMPARE(m_people->as(QStringLiteral("admin"), args({"asset", "set", "XLM", "--review-new-destinations", "off"})).code, 0);

    // Removed by a colleague, audited; removing it again is refused.
    const QStringList remove = args({"customer", "addresses", "remove", "c-1", "--chain", "stellar", "--address"});
    const ExctlRun removed = m_people->asAnyone(Role::Operator, remove + QStringList{own});
    QVERIFY2(removed.code == 0, qPrintable(removed.err));
    QVERIFY2(removed.out.startsWith(QStringLiteral("removed stellar   ") + own), qPrintable(removed.out));
    QCOMPARE(QJsonDocument::fromJson(listed().out.toUtf8()).array().size(), 0);
    QCOMPARE(addressesAudited(), 2);
    const ExctlRun again = m_people->asAnyone(Role::Operator, remove + QStringList{own});
    QCOMPARE(again.code, 1);
    QCOMPARE(again.err.trimmed(), QStringLiteral("exctl: customer c-1 has no address %1 on their address list").arg(own));
    QCOMPARE(addressesAudited(), 2);
}

QTEST_GUILESS_MAIN(TestExctlCustomers)
#include "tst_exctlcustomers.moc"
