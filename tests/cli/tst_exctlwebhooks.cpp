// exctl api-client webhook add|list|remove and webhook deliveries|retry
// through the real binary on this run's backend: only an admin in person
// adds or removes an endpoint or retries a delivery (cli:<user>, an operator
// and an approver are refused, exit 1, and may list); a URL that is not
// http(s) with a host, an unknown client and a URL added twice are refused
// and change nothing; a removed endpoint is listed no more and may be added
// again; a failed delivery is listed under --failed and retried (one, or all
// failed) due now with another day to go; every change is audited.

#include "core/security/role.h"
#include "core/store/sql.h"
#include "exctlpeople.h"
#include "exctlrun.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

const char kKeyHex[] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

} // namespace

using exchange::security::Role;

class TestExctlWebhooks : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void usageErrors();
    void onlyAnAdminInPersonAddsAndRemoves();
    void refusalsChangeNothing();
    void failedDeliveriesAreListedAndRetried();

private:
    ExctlRun exctl(const QStringList &a) const { return runExctl(m_db->url(), a); }
    QJsonArray json(const QStringList &a) const { return QJsonDocument::fromJson(exctl(a).out.toUtf8()).array(); }
    // The endpoints as list --json says them, and the number of webhook changes audited.
    QString state() const;

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ExctlPeople> m_people;
};

void TestExctlWebhooks::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    QCOMPARE(exctl(args({"init", "--demo"})).code, 0);
    m_people = std::make_unique<ExctlPeople>(m_db->url());
    m_people->addDemo();
    const ExctlRun added =
        m_people->asAnyone(Role::Admin, args({"api-client", "add", "webapp", "--public-key", kKeyHex, "--scopes", "read"}));
    QVERIFY2(added.code == 0, qPrintable(added.err));
}

void TestExctlWebhooks::cleanupTestCase()
{
    m_people.reset();
    m_db.reset();
}

QString TestExctlWebhooks::state() const
{
    const ExctlRun listed = exctl(args({"api-client", "webhook", "list", "--json"}));
    const QJsonArray audit = json(args({"audit", "list", "--json", "--action", "webhook_", "--limit", "100000"}));
    return listed.out + QString::number(audit.size());
}

void TestExctlWebhooks::usageErrors()
{
    QCOMPARE(exctl(args({"api-client", "webhook", "add", "webapp"})).code, 2);
    QCOMPARE(exctl(args({"api-client", "webhook", "remove", "webapp"})).code, 2);
    QCOMPARE(exctl(args({"api-client", "webhook", "list", "extra"})).code, 2);
    QCOMPARE(exctl(args({"webhook", "retry"})).code, 2);
    QCOMPARE(exctl(args({"webhook", "retry", "7", "--all-failed"})).code, 2);
    QCOMPARE(exctl(args({"webhook", "retry", "seven"})).code, 2);
}

void TestExctlWebhooks::onlyAnAdminInPersonAddsAndRemoves()
{
    const QStringList add = args({"api-client", "webhook", "add", "webapp", "https://shop.example/hooks"});
    const QString before = state();
    for (const char *who : {"", "operator", "approver"}) {
        const ExctlRun refused = *who ? m_people->as(QString::fromLatin1(who), add) : exctl(add);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("manage_api_clients")), qPrintable(refused.err));
    }
    QCOMPARE(state(), before);

    const ExctlRun added = m_people->asAnyone(Role::Admin, add);
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const ExctlRun local = m_people->asAnyone(
        Role::Admin, args({"api-client", "webhook", "add", "webapp", "http://127.0.0.1:8080/hooks", "--json"}));
    QVERIFY2(local.code == 0, qPrintable(local.err));
    QCOMPARE(QJsonDocument::fromJson(local.out.toUtf8()).object().value(QStringLiteral("url")).toString(),
             QStringLiteral("http://127.0.0.1:8080/hooks"));

    QJsonArray list = json(args({"api-client", "webhook", "list", "--json"}));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("client")).toString(), QStringLiteral("webapp"));
    QCOMPARE(list.at(0).toObject().value(QStringLiteral("url")).toString(), QStringLiteral("http://127.0.0.1:8080/hooks"));
    QCOMPARE(list.at(1).toObject().value(QStringLiteral("url")).toString(), QStringLiteral("https://shop.example/hooks"));
    QVERIFY(exctl(args({"api-client", "webhook", "list"})).out.contains(QStringLiteral("webapp  https://shop.example/hooks")));

    const QStringList remove = args({"api-client", "webhook", "remove", "webapp", "http://127.0.0.1:8080/hooks"});
    QCOMPARE(exctl(remove).code, 1);
    const ExctlRun removed = m_people->asAnyone(Role::Admin, remove);
    QVERIFY2(removed.code == 0, qPrintable(removed.err));
    list = json(args({"api-client", "webhook", "list", "--json"}));
    QCOMPARE(list.size(), 1);
    QCOMPARE(m_people->asAnyone(Role::Admin, remove).code, 1); // removed already
    // Added again: enabled again.
    QCOMPARE(m_people->asAnyone(Role::Admin, args({"api-client", "webhook", "add", "webapp", "http://127.0.0.1:8080/hooks"})).code,
             0);
    QCOMPARE(json(args({"api-client", "webhook", "list", "--json"})).size(), 2);

    const QJsonArray audit = json(args({"audit", "list", "--json", "--action", "webhook_endpoint.", "--limit", "100"}));
    QCOMPARE(audit.size(), 4); // two adds, a remove, an add again
}

void TestExctlWebhooks::refusalsChangeNothing()
{
    const QString before = state();
    const QStringList refused[] = {
        args({"api-client", "webhook", "add", "webapp", "ftp://shop.example/hooks"}),
        args({"api-client", "webhook", "add", "webapp", "https:///hooks"}),
        args({"api-client", "webhook", "add", "webapp", "https://user:secret@shop.example/hooks"}),
        args({"api-client", "webhook", "add", "webapp", "not a url"}),
        args({"api-client", "webhook", "add", "nobody", "https://shop.example/other"}),
        args({"api-client", "webhook", "add", "webapp", "https://shop.example/hooks"}), // there already
        args({"api-client", "webhook", "remove", "webapp", "https://shop.example/never"}),
    };
    for (const QStringList &a : refused) {
        const ExctlRun r = m_people->asAnyone(Role::Admin, a);
        QVERIFY2(r.code == 1, qPrintable(a.join(u' ') + QStringLiteral(": ") + r.err));
    }
    QCOMPARE(state(), before);
}

void TestExctlWebhooks::failedDeliveriesAreListedAndRetried()
{
    // The demo's customers wrote events; two deliveries of them have failed.
    auto db = m_db->open(false);
    QVERIFY(db);
    auto events = exchange::sql::run(db->connection(), QStringLiteral("SELECT seq FROM webhook_events ORDER BY seq LIMIT 3"));
    QVERIFY(events);
    QList<qint64> seqs;
    while (events.value().next())
        seqs << events.value().value(0).toLongLong();
    QCOMPARE(seqs.size(), 3);
    auto endpoint = exchange::sql::run(db->connection(), QStringLiteral("SELECT id FROM webhook_endpoints ORDER BY id LIMIT 1"));
    QVERIFY(endpoint && endpoint.value().next());
    const qint64 endpointId = endpoint.value().value(0).toLongLong();
    for (int i = 0; i < 3; ++i) {
        QVERIFY(exchange::sql::run(db->connection(),
                                   QStringLiteral("INSERT INTO webhook_deliveries (event_seq, endpoint_id, attempts, next_attempt_at,"
                                                  " give_up_at, last_status, delivered_at, failed_at, created_at)"
                                                  " VALUES (?, ?, 12, 1000, 2000, 500, ?, ?, 1)"),
                                   {seqs.at(i), endpointId, i == 2 ? QVariant(1500) : QVariant(),
                                    i == 2 ? QVariant() : QVariant(2000)}));
    }
    db.reset();

    QCOMPARE(json(args({"webhook", "deliveries", "--json"})).size(), 3);
    QJsonArray failed = json(args({"webhook", "deliveries", "--failed", "--json"}));
    QCOMPARE(failed.size(), 2);
    const QJsonObject newest = failed.at(0).toObject();
    QCOMPARE(newest.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    QCOMPARE(newest.value(QStringLiteral("type")).toString(), QStringLiteral("customer.updated"));
    QCOMPARE(newest.value(QStringLiteral("last_status")).toInt(), 500);
    QCOMPARE(newest.value(QStringLiteral("attempts")).toInt(), 12);
    QVERIFY(exctl(args({"webhook", "deliveries", "--failed"})).out.contains(QStringLiteral("last: HTTP 500")));
    const QByteArray id = QByteArray::number(newest.value(QStringLiteral("id")).toInteger());
    const QByteArray delivered = QByteArray::number(json(args({"webhook", "deliveries", "--json"})).at(0).toObject().value(QStringLiteral("id")).toInteger());

    QCOMPARE(exctl(args({"webhook", "retry", id.constData()})).code, 1); // cli:<user>
    QCOMPARE(m_people->as(QStringLiteral("operator"), args({"webhook", "retry", "--all-failed"})).code, 1);
    QCOMPARE(json(args({"webhook", "deliveries", "--failed", "--json"})).size(), 2);
    QCOMPARE(m_people->asAnyone(Role::Admin, args({"webhook", "retry", delivered.constData()})).code, 1); // delivered
    QCOMPARE(m_people->asAnyone(Role::Admin, args({"webhook", "retry", "999999"})).code, 1);

    const ExctlRun one = m_people->asAnyone(Role::Admin, args({"webhook", "retry", id.constData()}));
    QVERIFY2(one.code == 0, qPrintable(one.err));
    failed = json(args({"webhook", "deliveries", "--failed", "--json"}));
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).toObject().value(QStringLiteral("id")).toInteger() != id.toLongLong());
    const QJsonArray all = json(args({"webhook", "deliveries", "--json"}));
    for (const QJsonValue &v : all) {
        if (v.toObject().value(QStringLiteral("id")).toInteger() != id.toLongLong())
            continue;
        QCOMPARE(v.toObject().value(QStringLiteral("state")).toString(), QStringLiteral("failing"));
        const QDateTime next = QDateTime::fromString(v.toObject().value(QStringLiteral("next_attempt")).toString(), Qt::ISODateWithMs);
        const QDateTime givesUp = QDateTime::fromString(v.toObject().value(QStringLiteral("gives_up")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(next.secsTo(QDateTime::currentDateTimeUtc())) < 120);
        QCOMPARE(next.secsTo(givesUp), 24 * 60 * 60);
    }
    const ExctlRun rest = m_people->asAnyone(Role::Admin, args({"webhook", "retry", "--all-failed"}));
    QVERIFY2(rest.code == 0, qPrintable(rest.err));
    QVERIFY(rest.out.contains(QStringLiteral("1 failed delivery is due again")));
    QCOMPARE(json(args({"webhook", "deliveries", "--failed", "--json"})).size(), 0);
    QCOMPARE(json(args({"audit", "list", "--json", "--action", "webhook_delivery.", "--limit", "100"})).size(), 2);
}

QTEST_GUILESS_MAIN(TestExctlWebhooks)
#include "tst_exctlwebhooks.moc"
