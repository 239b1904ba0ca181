// GET /v1/customers/{external_id}/balances on this run's backend: per asset
// the customer has an account in (in code order), what is available, what a
// withdrawal's hold keeps back and the total, each an exact decimal string
// in the asset's unit (never a JSON number), with the asset's decimals; a
// customer who never had a balance has none; an unknown customer is 404
// unknown_customer, a client without scope read 403, another method 405,
// another path under the customer 404; reading writes nothing to the ledger.

#include "core/api/apiclientservice.h"
#include "core/api/backofficesigning.h"
#include "core/api/backofficeserver.h"
#include "core/base/manualclock.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hex.h"
#include "core/customers/customerservice.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerservice.h"
#include "core/ledger/transferrequest.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"
#include "testsigners.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::api;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;

Amount units(const char *text, int decimals)
{
    return Amount::parse(text, decimals).value();
}

} // namespace

class TestBackOfficeBalances : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void perAssetAvailableHeldAndTotalAsExactStrings();
    void aCustomerWithoutBalancesHasNone();
    void refusals();

private:
    HttpResponse get(const QByteArray &target, const QByteArray &client = "webapp", const QByteArray &method = "GET");
    QJsonObject json(const HttpResponse &r) { return QJsonDocument::fromJson(r.body()).object(); }
    QString codeOf(const HttpResponse &r) { return json(r).value(QStringLiteral("code")).toString(); }
    int transfers();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kStart};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<customers::CustomerService> m_customers;
    std::unique_ptr<ApiClientService> m_clients;
    std::unique_ptr<BackOfficeServer> m_server;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    QByteArray m_pin;
    std::map<QByteArray, QByteArray> m_seeds;
    int m_nonce = 0;
};

void TestBackOfficeBalances::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_clock.set(kStart);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers->trustVault(*m_vault, "root", "back office balances passphrase");
    m_pin = *m_vault->pinnedAdminKey().value();
    m_customers = std::make_unique<customers::CustomerService>(*m_db, m_clock, *m_audit);
    m_clients = std::make_unique<ApiClientService>(*m_db, m_clock, *m_audit);
    m_server = std::make_unique<BackOfficeServer>(*m_db, *m_clients, *m_customers, m_clock, [this] { return m_pin; });
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    for (const auto &[name, scopes] : {std::pair<QByteArray, const char *>{"webapp", "read"}, {"support", "customers"}}) {
        m_seeds[name] = crypto::ed25519::randomSeed();
        QVERIFY(m_clients->add(m_signers->confirmed("root"), QString::fromLatin1(name),
                               QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(m_seeds[name]))),
                               QString::fromLatin1(scopes)));
    }
    // c-1 and c-2, as the database names customers added without an external id.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('Ada', 1000)")));
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('Bob', 1000)")));
}

void TestBackOfficeBalances::cleanup()
{
    m_ledger.reset();
    m_server.reset();
    m_clients.reset();
    m_customers.reset();
    m_vault.reset();
    m_signers.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

HttpResponse TestBackOfficeBalances::get(const QByteArray &target, const QByteArray &client, const QByteArray &method)
{
    HttpRequest r;
    r.method = method;
    r.target = target;
    r.path = target;
    const QByteArray timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    const QByteArray nonce = "balances-nonce-" + QByteArray::number(++m_nonce).rightJustified(6, '0');
    const QByteArray canonical = backoffice::canonicalString(method, target, timestamp, nonce, QByteArray());
    const QByteArray signature =
        QByteArray::fromStdString(base64::encode(crypto::ed25519::sign(m_seeds.at(client), canonical)));
    r.headers = {{"x-client", client}, {"x-timestamp", timestamp}, {"x-nonce", nonce}, {"x-signature", signature}};
    r.source = QHostAddress::LocalHost;
    return m_server->answer(r);
}

int TestBackOfficeBalances::transfers()
{
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ledger_transfers"));
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

void TestBackOfficeBalances::perAssetAvailableHeldAndTotalAsExactStrings()
{
    const auto ada = m_customers->findByExternalId(QStringLiteral("c-1")).value().id;
    const auto hot = [](const char *asset) { return ledger::walletAccount(ledger::owner::HotWallet, asset); };
    QVERIFY(m_ledger->submit(ledger::TransferRequest::posted("t:1", ledger::TransferCode::Deposit, hot("XLM"),
                                                             ledger::customerAccount(ada, "XLM"), units("100.5", 7)))
                .ok());
    QVERIFY(m_ledger->submit(ledger::TransferRequest::pending("t:2", ledger::TransferCode::Withdrawal,
                                                              ledger::customerAccount(ada, "XLM"), hot("XLM"), units("10", 7)))
                .ok());
    // One microalgo: the smallest amount says all six decimals.
    QVERIFY(m_ledger->submit(ledger::TransferRequest::posted("t:3", ledger::TransferCode::Deposit, hot("ALGO"),
                                                             ledger::customerAccount(ada, "ALGO"), units("0.000001", 6)))
                .ok());
    const int before = transfers();

    const HttpResponse answer = get("/v1/customers/c-1/balances");
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Ok);
    const QJsonObject body = json(answer);
    QCOMPARE(body.value(QStringLiteral("external_id")).toString(), QStringLiteral("c-1"));
    const QJsonArray balances = body.value(QStringLiteral("balances")).toArray();
    QCOMPARE(balances.size(), 2);
    const QJsonObject algo = balances.at(0).toObject();
    const QJsonObject xlm = balances.at(1).toObject();
    QCOMPARE(algo.value(QStringLiteral("asset")).toString(), QStringLiteral("ALGO"));
    QCOMPARE(algo.value(QStringLiteral("decimals")).toInt(), 6);
    QCOMPARE(algo.value(QStringLiteral("available")), QJsonValue(QStringLiteral("0.000001")));
    QCOMPARE(algo.value(QStringLiteral("held")), QJsonValue(QStringLiteral("0")));
    QCOMPARE(algo.value(QStringLiteral("total")), QJsonValue(QStringLiteral("0.000001")));
    QCOMPARE(xlm.value(QStringLiteral("asset")).toString(), QStringLiteral("XLM"));
    QCOMPARE(xlm.value(QStringLiteral("decimals")).toInt(), 7);
    QCOMPARE(xlm.value(QStringLiteral("available")), QJsonValue(QStringLiteral("90.5")));
    QCOMPARE(xlm.value(QStringLiteral("held")), QJsonValue(QStringLiteral("10")));
    QCOMPARE(xlm.value(QStringLiteral("total")), QJsonValue(QStringLiteral("100.5")));
    // Strings in the bytes themselves, never numbers.
    QVERIFY2(answer.body().contains("\"available\":\"90.5\""), answer.body().constData());
    QCOMPARE(transfers(), before);
}

void TestBackOfficeBalances::aCustomerWithoutBalancesHasNone()
{
    const HttpResponse answer = get("/v1/customers/c-2/balances");
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Ok);
    QCOMPARE(json(answer).value(QStringLiteral("external_id")).toString(), QStringLiteral("c-2"));
    QVERIFY(json(answer).value(QStringLiteral("balances")).isArray());
    QCOMPARE(json(answer).value(QStringLiteral("balances")).toArray().size(), 0);
}

void TestBackOfficeBalances::refusals()
{
    const HttpResponse unknown = get("/v1/customers/c-99/balances");
    QCOMPARE(unknown.status(), HttpResponse::StatusCode::NotFound);
    QCOMPARE(codeOf(unknown), QStringLiteral("unknown_customer"));
    const HttpResponse noScope = get("/v1/customers/c-1/balances", "support");
    QCOMPARE(noScope.status(), HttpResponse::StatusCode::Forbidden);
    QCOMPARE(codeOf(noScope), QStringLiteral("missing_scope"));
    const HttpResponse posted = get("/v1/customers/c-1/balances", "webapp", "POST");
    QCOMPARE(posted.status(), HttpResponse::StatusCode::MethodNotAllowed);
    const HttpResponse other = get("/v1/customers/c-1/nothing");
    QCOMPARE(other.status(), HttpResponse::StatusCode::NotFound);
    QCOMPARE(codeOf(other), QStringLiteral("not_found"));
    QCOMPARE(codeOf(get("/v1/customers//balances")), QStringLiteral("not_found"));
    // The record itself is still scope customers' (support's), not read's.
    QCOMPARE(get("/v1/customers/c-1", "support").status(), HttpResponse::StatusCode::Ok);
    QCOMPARE(codeOf(get("/v1/customers/c-1")), QStringLiteral("missing_scope"));
}

QTEST_GUILESS_MAIN(TestBackOfficeBalances)
#include "tst_backofficebalances.moc"
