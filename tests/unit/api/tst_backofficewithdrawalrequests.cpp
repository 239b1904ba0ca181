// POST /v1/customers/{external_id}/withdrawals on this run's backend: a
// signed client with scope withdrawals requests a customer's withdrawal;
// it is answered 201 as GET /v1/withdrawals/{id} renders it, requested by
// "api:<client>", held in the ledger, with the client's signed request kept
// beside it; over the 24h limit it waits for review with the limit and
// the total that breached it in numbers. Every refusal (a missing or bad
// Idempotency-Key, a bad body naming its field, an unknown customer or
// asset, a bad destination, a memo, too little money, a frozen customer,
// a client without the scope) writes nothing: withdrawals, ledger, audit
// log, kept answers and kept requests are as they were. The same key with
// the same body is one withdrawal answered twice alike (Idempotent-Replayed:
// true the second time); with another body 409; after 24 h the key is free.
// Two servers on their own connections sent one key at the same moment make
// one withdrawal, and both answer it. Requests that arrive together are
// asked for together, each as if alone after the ones before it: a
// refused one writes nothing and the others stand, a key used twice in the
// batch is one withdrawal.

#include "core/api/apiclientservice.h"
#include "core/api/backofficeserver.h"
#include "core/api/backofficesigning.h"
#include "core/api/backofficewithdrawalrequests.h"
#include "core/base/manualclock.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/strkey.h"
#include "core/crypto/hashes.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hex.h"
#include "core/customers/customerservice.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerservice.h"
#include "core/ledger/transferrequest.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "core/withdrawals/apiwithdrawalrequestrepository.h"
#include "core/withdrawals/withdrawalservice.h"
#include "backofficetestclient.h"
#include "loopbackdriver.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testsigners.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <barrier>
#include <thread>

using namespace exchange;
using namespace exchange::api;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;
const QByteArray kStellar = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

QByteArray body(const char *amount, const QByteArray &asset = "XLM", const QByteArray &destination = kStellar)
{
    return "{\"asset\":\"" + asset + "\",\"amount\":\"" + amount + "\",\"destination\":\"" + destination + "\"}";
}

} // namespace

class TestBackOfficeWithdrawalRequests : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aWithdrawalIsRequestedAsEverywhere();
    void overTheDailyLimitItWaitsForReviewWithTheNumbers();
    void everyRefusalWritesNothing_data();
    void everyRefusalWritesNothing();
    void theSameKeyAndBodyIsOneWithdrawalAnsweredAlike();
    void theSameKeyWithAnotherBodyIsRefused();
    void aKeyIsFreeAgainAfterADay();
    void aFrozenCustomerIsRefused();
    void aClientWithoutTheScopeIsRefused();
    void twoAtOnceWithOneKeyMakeOneWithdrawal();
    void requestsThatArriveTogetherAreDecidedEachAsAlone();
    void theListenerAsksForWhatArrivesTogetherInOneCommit();
    void theSameSignedBytesTwiceAtOnceAreOneRequest();
    void anotherCustomersMAddressIsAnInternalTransfer();

private:
    api::HttpResponse post(const QByteArray &target, const QByteArray &payload, const QByteArray &key,
                           const QByteArray &client = "webapp");
    HttpRequest signedRequest(const QByteArray &target, const QByteArray &payload, const QByteArray &key,
                              const QByteArray &client = "webapp");
    QJsonObject json(const api::HttpResponse &r) { return QJsonDocument::fromJson(r.body()).object(); }
    QString codeOf(const api::HttpResponse &r) { return json(r).value(QStringLiteral("code")).toString(); }
    int count(const char *table);
    // What a refusal must leave as it was.
    QList<int> written();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kStart};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<customers::CustomerService> m_customers;
    std::unique_ptr<ApiClientService> m_clients;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<withdrawals::WithdrawalService> m_withdrawals;
    std::unique_ptr<BackOfficeServer> m_server;
    QByteArray m_pin;
    std::map<QByteArray, QByteArray> m_seeds;
    int m_nonce = 0;
};

void TestBackOfficeWithdrawalRequests::init()
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
    m_signers->trustVault(*m_vault, "root", "back office withdrawals passphrase");
    m_pin = *m_vault->pinnedAdminKey().value();
    m_customers = std::make_unique<customers::CustomerService>(*m_db, m_clock, *m_audit);
    m_clients = std::make_unique<ApiClientService>(*m_db, m_clock, *m_audit);
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_withdrawals = std::make_unique<withdrawals::WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    m_server = std::make_unique<BackOfficeServer>(*m_db, *m_clients, *m_customers, m_clock, [this] { return m_pin; });
    m_server->setWithdrawals(m_withdrawals.get());
    for (const auto &[name, scopes] :
         {std::pair<QByteArray, const char *>{"webapp", "read,withdrawals"}, {"reader", "read,customers"}, {"shop", "withdrawals"}}) {
        m_seeds[name] = crypto::ed25519::randomSeed();
        QVERIFY(m_clients->add(m_signers->confirmed("root"), QString::fromLatin1(name),
                               QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(m_seeds[name]))),
                               QString::fromLatin1(scopes)));
    }
    // Ada (c-1) holds 5000 XLM; XLM's 24h limit is 1000, 72h 2000, fee 0.01.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('Ada', 1000)")));
    const auto tester = testAdmin(*m_db, "tester");
    security::AuditedSettings settings(*m_db, m_clock);
    QVERIFY(settings.change(tester, "XLM", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "1000"},
                                           {AssetSetting::Limit72h, "2000"}})
                .ok());
    const auto ada = m_customers->findByExternalId(QStringLiteral("c-1")).value().id;
    QVERIFY(m_ledger->submit(ledger::TransferRequest::posted("t:ada", ledger::TransferCode::Deposit,
                                                             ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                             ledger::customerAccount(ada, "XLM"),
                                                             Amount::parse("5000", 7).value()))
                .ok());
}

void TestBackOfficeWithdrawalRequests::cleanup()
{
    m_server.reset();
    m_withdrawals.reset();
    m_ledger.reset();
    m_clients.reset();
    m_customers.reset();
    m_vault.reset();
    m_signers.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

api::HttpResponse TestBackOfficeWithdrawalRequests::post(const QByteArray &target, const QByteArray &payload,
                                                         const QByteArray &key, const QByteArray &client)
{
    return m_server->answer(signedRequest(target, payload, key, client));
}

HttpRequest TestBackOfficeWithdrawalRequests::signedRequest(const QByteArray &target, const QByteArray &payload,
                                                            const QByteArray &key, const QByteArray &client)
{
    HttpRequest r;
    r.method = "POST";
    r.target = target;
    r.path = target;
    r.body = payload;
    const QByteArray timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    const QByteArray nonce = "withdrawal-nonce-" + QByteArray::number(++m_nonce).rightJustified(6, '0');
    const QByteArray canonical = backoffice::canonicalString(r.method, target, timestamp, nonce, payload);
    const QByteArray signature =
        QByteArray::fromStdString(base64::encode(crypto::ed25519::sign(m_seeds.at(client), canonical)));
    r.headers = {{"x-client", client}, {"x-timestamp", timestamp}, {"x-nonce", nonce}, {"x-signature", signature}};
    if (!key.isNull())
        r.headers.emplace_back("idempotency-key", key);
    r.source = QHostAddress::LocalHost;
    return r;
}

int TestBackOfficeWithdrawalRequests::count(const char *table)
{
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

QList<int> TestBackOfficeWithdrawalRequests::written()
{
    return {count("withdrawals"), count("ledger_transfers"), count("audit_log"), count("api_idempotency"),
            count("backoffice_withdrawal_requests")};
}

void TestBackOfficeWithdrawalRequests::aWithdrawalIsRequestedAsEverywhere()
{
    const QList<int> before = written();
    const QByteArray payload = body("25.5");
    const HttpResponse answer = post("/v1/customers/c-1/withdrawals", payload, "order-1");
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Created);
    QVERIFY(!answer.serialize(1, true).contains("Idempotent-Replayed"));
    const QJsonObject created = json(answer);
    QCOMPARE(created.value(QStringLiteral("external_id")).toString(), QStringLiteral("c-1"));
    QCOMPARE(created.value(QStringLiteral("amount")), QJsonValue(QStringLiteral("25.5")));
    QCOMPARE(created.value(QStringLiteral("fee")), QJsonValue(QStringLiteral("0.01")));
    QCOMPARE(created.value(QStringLiteral("state")).toString(), QStringLiteral("processing"));
    QVERIFY(created.value(QStringLiteral("review")).isNull());
    const qint64 id = created.value(QStringLiteral("id")).toInteger();
    QVERIFY(id > 0);

    // As GET /v1/withdrawals/{id} renders it, with the review besides.
    QJsonObject expected;
    {
        const QByteArray target = "/v1/withdrawals/" + QByteArray::number(id);
        HttpRequest r;
        r.method = "GET";
        r.target = r.path = target;
        const QByteArray timestamp = QByteArray::number(m_clock.nowMs() / 1000);
        const QByteArray nonce = "withdrawal-read-nonce-" + QByteArray::number(++m_nonce);
        const QByteArray signature = QByteArray::fromStdString(base64::encode(crypto::ed25519::sign(
            m_seeds.at("webapp"), backoffice::canonicalString("GET", target, timestamp, nonce, QByteArray()))));
        r.headers = {{"x-client", "webapp"}, {"x-timestamp", timestamp}, {"x-nonce", nonce}, {"x-signature", signature}};
        const HttpResponse read = m_server->answer(r);
        QCOMPARE(read.status(), HttpResponse::StatusCode::Ok);
        expected = json(read);
    }
    QJsonObject withoutReview = created;
    withoutReview.remove(QStringLiteral("review"));
    QCOMPARE(withoutReview, expected);

    // The service's path: requested by the client, held in the ledger, audited.
    auto w = m_withdrawals->find(id);
    QVERIFY(w);
    QCOMPARE(w.value().requestedBy, std::string("api:webapp"));
    QCOMPARE(w.value().amount, Amount::parse("25.5", 7).value());
    auto audited = sql::run(m_db->connection(),
                            QStringLiteral("SELECT actor_kind, actor_name FROM audit_log WHERE action = 'withdrawal.request'"
                                           " AND object_id = ?"),
                            {QString::number(id)});
    QVERIFY(audited && audited.value().next());
    QCOMPARE(audited.value().value(0).toString(), QStringLiteral("api"));
    QCOMPARE(audited.value().value(1).toString(), QStringLiteral("api:webapp"));
    const QList<int> after = written();
    QCOMPARE(after[0], before[0] + 1);
    QVERIFY(after[1] > before[1]); // the holds
    QCOMPARE(after[3], before[3] + 1);
    QCOMPARE(after[4], before[4] + 1);

    // The client's signed request as received, for the payout signer.
    auto kept = withdrawals::ApiWithdrawalRequestRepository(m_db->connection()).of(id);
    QVERIFY(kept && kept.value());
    QCOMPARE(kept.value()->client, QStringLiteral("webapp"));
    QCOMPARE(kept.value()->method, QByteArray("POST"));
    QCOMPARE(kept.value()->target, QByteArray("/v1/customers/c-1/withdrawals"));
    QCOMPARE(kept.value()->body, payload);
    const QByteArray canonical = backoffice::canonicalString(kept.value()->method, kept.value()->target,
                                                             kept.value()->timestamp, kept.value()->nonce, kept.value()->body);
    auto signature = base64::decode(kept.value()->signature.toStdString());
    QVERIFY(signature);
    QVERIFY(crypto::ed25519::verify(crypto::ed25519::publicKeyFromSeed(m_seeds.at("webapp")), canonical, signature.value()));
}

void TestBackOfficeWithdrawalRequests::overTheDailyLimitItWaitsForReviewWithTheNumbers()
{
    QCOMPARE(post("/v1/customers/c-1/withdrawals", body("1000"), "first").status(), HttpResponse::StatusCode::Created);
    m_clock.advance(1000);
    const HttpResponse answer = post("/v1/customers/c-1/withdrawals", body("25"), "second");
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Created);
    const QJsonObject created = json(answer);
    QCOMPARE(created.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    const QJsonObject review = created.value(QStringLiteral("review")).toObject();
    QVERIFY(!review.value(QStringLiteral("reason")).toString().isEmpty());
    // Not on Ada's list: flagged (XLM does not review new destinations).
    QCOMPARE(review.value(QStringLiteral("new_destination")), QJsonValue(true));
    const QJsonArray breaches = review.value(QStringLiteral("breaches")).toArray();
    QCOMPARE(breaches.size(), 1);
    const QJsonObject breach = breaches.at(0).toObject();
    QCOMPARE(breach.value(QStringLiteral("window")).toString(), QStringLiteral("24h"));
    QCOMPARE(breach.value(QStringLiteral("total")), QJsonValue(QStringLiteral("1025")));
    QCOMPARE(breach.value(QStringLiteral("limit")), QJsonValue(QStringLiteral("1000")));
}

void TestBackOfficeWithdrawalRequests::everyRefusalWritesNothing_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("names");

    const QByteArray c1 = "/v1/customers/c-1/withdrawals";
    QTest::newRow("no key") << c1 << body("1") << QByteArray() << 400 << "invalid_idempotency_key" << "";
    QTest::newRow("key with a space") << c1 << body("1") << QByteArray("a b") << 400 << "invalid_idempotency_key" << "";
    QTest::newRow("key too long") << c1 << body("1") << QByteArray(65, 'k') << 400 << "invalid_idempotency_key" << "";
    QTest::newRow("not json") << c1 << QByteArray("asset=XLM") << QByteArray("k") << 400 << "invalid_body" << "";
    QTest::newRow("unknown field") << c1 << QByteArray(R"({"asset":"XLM","amount":"1","destination":")" + kStellar + R"(","fee":"0"})")
                                   << QByteArray("k") << 400 << "invalid_body" << "fee";
    QTest::newRow("amount a number") << c1 << QByteArray(R"({"asset":"XLM","amount":1,"destination":")" + kStellar + "\"}")
                                     << QByteArray("k") << 400 << "invalid_body" << "amount";
    QTest::newRow("amount too precise") << c1 << body("1.00000001") << QByteArray("k") << 400 << "invalid_body" << "amount";
    QTest::newRow("amount zero") << c1 << body("0") << QByteArray("k") << 400 << "invalid_body" << "amount";
    QTest::newRow("no destination") << c1 << QByteArray(R"({"asset":"XLM","amount":"1"})") << QByteArray("k") << 400
                                    << "invalid_body" << "destination";
    QTest::newRow("duplicate amount") << c1 << QByteArray(R"({"asset":"XLM","amount":"1","amount":"900","destination":")" + kStellar + "\"}")
                                      << QByteArray("k") << 400 << "invalid_body" << "";
    QTest::newRow("memo") << c1 << QByteArray(R"({"asset":"XLM","amount":"1","destination":")" + kStellar + R"(","memo":"12"})")
                          << QByteArray("k") << 400 << "invalid_body" << "memo";
    QTest::newRow("unknown asset") << c1 << body("1", "DOGE") << QByteArray("k") << 400 << "unknown_asset" << "";
    QTest::newRow("bad destination") << c1 << body("1", "XLM", "GNOTANADDRESS") << QByteArray("k") << 400
                                     << "invalid_destination" << "";
    QTest::newRow("unknown customer") << QByteArray("/v1/customers/c-404/withdrawals") << body("1") << QByteArray("k")
                                      << 404 << "unknown_customer" << "";
    QTest::newRow("more than the balance") << c1 << body("4999.995") << QByteArray("k") << 422 << "insufficient_funds" << "";
}

void TestBackOfficeWithdrawalRequests::everyRefusalWritesNothing()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, key);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, names);
    const QList<int> before = written();
    const HttpResponse answer = post(target, payload, key);
    QCOMPARE(static_cast<int>(answer.status()), status);
    QCOMPARE(codeOf(answer), code);
    if (!names.isEmpty())
        QVERIFY2(json(answer).value(QStringLiteral("error")).toString().contains(names), answer.body().constData());
    QCOMPARE(written(), before);
}

void TestBackOfficeWithdrawalRequests::theSameKeyAndBodyIsOneWithdrawalAnsweredAlike()
{
    const HttpResponse first = post("/v1/customers/c-1/withdrawals", body("30"), "order-7");
    QCOMPARE(first.status(), HttpResponse::StatusCode::Created);
    const QList<int> once = written();
    m_clock.advance(5000);
    const HttpResponse second = post("/v1/customers/c-1/withdrawals", body("30"), "order-7");
    QCOMPARE(second.status(), HttpResponse::StatusCode::Created);
    QCOMPARE(second.body(), first.body());
    QVERIFY(second.serialize(1, true).contains("Idempotent-Replayed: true\r\n"));
    QCOMPARE(written(), once);
    // Another client's same key is its own.
    const HttpResponse other = post("/v1/customers/c-1/withdrawals", body("30"), "order-7", "shop");
    QCOMPARE(other.status(), HttpResponse::StatusCode::Created);
    QVERIFY(json(other).value(QStringLiteral("id")) != json(first).value(QStringLiteral("id")));
}

void TestBackOfficeWithdrawalRequests::theSameKeyWithAnotherBodyIsRefused()
{
    QCOMPARE(post("/v1/customers/c-1/withdrawals", body("30"), "order-8").status(), HttpResponse::StatusCode::Created);
    const QList<int> once = written();
    const HttpResponse other = post("/v1/customers/c-1/withdrawals", body("31"), "order-8");
    QCOMPARE(other.status(), HttpResponse::StatusCode::Conflict);
    QCOMPARE(codeOf(other), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(written(), once);
}

void TestBackOfficeWithdrawalRequests::aKeyIsFreeAgainAfterADay()
{
    const HttpResponse first = post("/v1/customers/c-1/withdrawals", body("30"), "order-9");
    QCOMPARE(first.status(), HttpResponse::StatusCode::Created);
    m_clock.advance(23LL * 3600 * 1000);
    QCOMPARE(post("/v1/customers/c-1/withdrawals", body("31"), "order-9").status(), HttpResponse::StatusCode::Conflict);
    m_clock.advance(2LL * 3600 * 1000);
    const HttpResponse later = post("/v1/customers/c-1/withdrawals", body("31"), "order-9");
    QCOMPARE(later.status(), HttpResponse::StatusCode::Created);
    QVERIFY(json(later).value(QStringLiteral("id")).toInteger() > json(first).value(QStringLiteral("id")).toInteger());
    QCOMPARE(count("api_idempotency"), 1);
}

void TestBackOfficeWithdrawalRequests::aFrozenCustomerIsRefused()
{
    QVERIFY(m_customers->freeze(m_signers->confirmed("root"), QStringLiteral("c-1")).ok());
    const QList<int> before = written();
    const HttpResponse answer = post("/v1/customers/c-1/withdrawals", body("1"), "order-f");
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Forbidden);
    QCOMPARE(codeOf(answer), QStringLiteral("customer_frozen"));
    QCOMPARE(written(), before);
}

void TestBackOfficeWithdrawalRequests::aClientWithoutTheScopeIsRefused()
{
    const QList<int> before = written();
    const HttpResponse answer = post("/v1/customers/c-1/withdrawals", body("1"), "order-s", "reader");
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Forbidden);
    QCOMPARE(codeOf(answer), QStringLiteral("missing_scope"));
    QCOMPARE(written(), before);
}

void TestBackOfficeWithdrawalRequests::twoAtOnceWithOneKeyMakeOneWithdrawal()
{
    constexpr int kRounds = 10;
    const QString url = m_testDb->url();
    const QByteArray pin = m_pin;
    const QByteArray seed = m_seeds.at("webapp");
    const int withdrawalsBefore = count("withdrawals");
    struct Answer {
        int status = 0;
        QByteArray body;
        bool replayed = false;
    };
    std::vector<std::vector<Answer>> answers(2, std::vector<Answer>(kRounds));
    std::barrier sync(2);
    std::vector<std::thread> threads;
    for (int who = 0; who < 2; ++who) {
        threads.emplace_back([&, who] {
            // A server of its own, on a connection of its own.
            auto opened = Database::open(url);
            if (!opened)
                qFatal("cannot open the database: %s", opened.error().message.c_str());
            std::unique_ptr<Database> db = std::move(opened).value();
            ManualClock clock(kStart);
            security::AuditLog audit(*db, clock);
            ledger::LedgerService ledger(*db, clock);
            customers::CustomerService customers(*db, clock, audit);
            ApiClientService clients(*db, clock, audit);
            withdrawals::WithdrawalService withdrawals(*db, clock, ledger, audit);
            BackOfficeServer server(*db, clients, customers, clock, [pin] { return pin; });
            server.setWithdrawals(&withdrawals);
            for (int round = 0; round < kRounds; ++round) {
                HttpRequest r;
                r.method = "POST";
                r.target = r.path = "/v1/customers/c-1/withdrawals";
                r.body = body("1");
                const QByteArray timestamp = QByteArray::number(clock.nowMs() / 1000);
                const QByteArray nonce = "race-nonce-" + QByteArray::number(who) + "-" + QByteArray::number(round).rightJustified(6, '0');
                const QByteArray signature = QByteArray::fromStdString(base64::encode(
                    crypto::ed25519::sign(seed, backoffice::canonicalString(r.method, r.target, timestamp, nonce, r.body))));
                r.headers = {{"x-client", "webapp"}, {"x-timestamp", timestamp}, {"x-nonce", nonce},
                             {"x-signature", signature}, {"idempotency-key", "race-" + QByteArray::number(round)}};
                sync.arrive_and_wait();
                const HttpResponse answer = server.answer(r);
                answers[who][round] = {static_cast<int>(answer.status()), answer.body(),
                                       answer.serialize(1, true).contains("Idempotent-Replayed: true")};
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(count("withdrawals"), withdrawalsBefore + kRounds);
    for (int round = 0; round < kRounds; ++round) {
        const Answer &a = answers[0][round];
        const Answer &b = answers[1][round];
        QVERIFY2(a.status == 201 && b.status == 201, (a.body + " / " + b.body).constData());
        QCOMPARE(a.body, b.body);
        QVERIFY(a.replayed != b.replayed); // one made it, the other answers its answer
    }
}

void TestBackOfficeWithdrawalRequests::anotherCustomersMAddressIsAnInternalTransfer()
{
    // The base account (hot) as an M-address naming Bob (c-2): internal.
    const std::string hot = stellar::accountIdFromSeed(crypto::sha256("back office internal transfer hot"));
    QVERIFY(wallets::WalletRepository(m_db->connection(), m_db->dialect())
                .add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", hot, {}, {}, false, {}, 0}, 1)
                .ok());
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('Bob', 1000)")));
    const std::int64_t ada = m_customers->findByExternalId(QStringLiteral("c-1")).value().id;
    const std::int64_t bob = m_customers->findByExternalId(QStringLiteral("c-2")).value().id;
    const auto mAddress = [&hot](std::int64_t id) {
        return QByteArray::fromStdString(
            stellar::strkey::encodeMuxedAccount({stellar::strkey::decodeAccountId(hot).value(), static_cast<std::uint64_t>(id)}));
    };
    const HttpResponse answer = post("/v1/customers/c-1/withdrawals", body("10", "XLM", mAddress(bob)), "internal-1");
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Created);
    const QJsonObject created = json(answer);
    QCOMPARE(created.value(QStringLiteral("internal")), QJsonValue(true));
    QCOMPARE(m_withdrawals->find(created.value(QStringLiteral("id")).toInteger()).value().internalTo,
             std::optional<std::int64_t>(bob));
    // Ada's own M-address would only come back: refused, nothing written.
    const QList<int> before = written();
    const HttpResponse own = post("/v1/customers/c-1/withdrawals", body("10", "XLM", mAddress(ada)), "internal-2");
    QCOMPARE(static_cast<int>(own.status()), 400);
    QVERIFY2(json(own).value(QStringLiteral("error")).toString().contains(QStringLiteral("own deposit address")),
             own.body().constData());
    QCOMPARE(written(), before);
}

QTEST_GUILESS_MAIN(TestBackOfficeWithdrawalRequests)
#include "tst_backofficewithdrawalrequests.moc"

// One batch, as the server asks for the requests of one event-loop turn:
// Ada has 5000 XLM, 24h limit 1000, fee 0.01.
void TestBackOfficeWithdrawalRequests::requestsThatArriveTogetherAreDecidedEachAsAlone()
{
    BackOfficeWithdrawalRequests requests(*m_db, *m_customers, *m_withdrawals, m_clock);
    const ApiClient client = *m_clients->findByName(QStringLiteral("webapp")).value();
    const auto prepared = [&](const char *amount, const QByteArray &key) {
        auto p = requests.prepare(signedRequest("/v1/customers/c-1/withdrawals", body(amount), key), client, "c-1");
        if (!std::holds_alternative<BackOfficeWithdrawalRequests::Prepared>(p))
            qFatal("not prepared: %s", amount);
        return std::get<BackOfficeWithdrawalRequests::Prepared>(std::move(p));
    };
    const int withdrawalsBefore = count("withdrawals");
    const int keysBefore = count("api_idempotency");
    const int keptBefore = count("backoffice_withdrawal_requests");
    const auto answers = requests.answerAll({
        prepared("600", "batch-a"),   // within the limits
        prepared("600", "batch-b"),   // 1200 in 24h with the one before it: review
        prepared("4000", "batch-c"),  // more than is left after both: refused
        prepared("600", "batch-a"),   // the first's key and body again: its answer
        prepared("601", "batch-a"),   // the first's key, another body: 409
        prepared("1", "batch-d"),     // after a refusal: stands
    });
    QCOMPARE(answers.size(), std::size_t(6));
    const auto response = [&](std::size_t i) -> HttpResponse {
        if (const auto *refusal = std::get_if<BackOfficeRefusal>(&answers[i]))
            return refusal->response();
        return std::get<HttpResponse>(answers[i]);
    };
    QCOMPARE(response(0).status(), HttpResponse::StatusCode::Created);
    QCOMPARE(json(response(0)).value(QStringLiteral("state")).toString(), QStringLiteral("processing"));
    QCOMPARE(response(1).status(), HttpResponse::StatusCode::Created);
    QCOMPARE(json(response(1)).value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    const QJsonArray breaches = json(response(1)).value(QStringLiteral("review")).toObject().value(QStringLiteral("breaches")).toArray();
    QCOMPARE(breaches.size(), 1);
    QCOMPARE(breaches.at(0).toObject().value(QStringLiteral("total")).toString(), QStringLiteral("1200"));
    QCOMPARE(static_cast<int>(response(2).status()), 422);
    QCOMPARE(codeOf(response(2)), QStringLiteral("insufficient_funds"));
    QCOMPARE(response(3).status(), HttpResponse::StatusCode::Created);
    QCOMPARE(response(3).body(), response(0).body());
    QVERIFY(response(3).serialize(1, true).contains("Idempotent-Replayed: true\r\n"));
    QCOMPARE(response(4).status(), HttpResponse::StatusCode::Conflict);
    QCOMPARE(codeOf(response(4)), QStringLiteral("idempotency_key_reused"));
    QCOMPARE(response(5).status(), HttpResponse::StatusCode::Created);
    // Three withdrawals, each with its key and its signed request; of the
    // refused one nothing.
    QCOMPARE(count("withdrawals"), withdrawalsBefore + 3);
    QCOMPARE(count("api_idempotency"), keysBefore + 3);
    QCOMPARE(count("backoffice_withdrawal_requests"), keptBefore + 3);
    // Ada's available balance: 5000 less the three and their fees.
    const auto ada = m_customers->findByExternalId(QStringLiteral("c-1")).value().id;
    auto account = m_ledger->account(ledger::customerAccount(ada, "XLM"));
    QVERIFY(account);
    QCOMPARE(account.value().available(), Amount::parse("3798.97", 7).value());
}

// Over HTTP: 48 signed requests on 8 keep-alive connections, each waiting
// for its answer before the next. Every one is made exactly once and
// answered 201 after its commit, in fewer transactions than requests.
void TestBackOfficeWithdrawalRequests::theListenerAsksForWhatArrivesTogetherInOneCommit()
{
    constexpr int kRequests = 48;
    BackOfficeTestClient loader("loader", QByteArray(32, '\x3c'));
    QVERIFY(m_clients->add(m_signers->confirmed("root"), QStringLiteral("loader"), loader.publicKeyHex(), QStringLiteral("withdrawals")));
    auto port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(port, port ? "" : port.error().message.c_str());
    const int withdrawalsBefore = count("withdrawals");
    std::vector<QByteArray> requests;
    for (int i = 0; i < kRequests; ++i)
        requests.push_back(loader.request("POST", "/v1/customers/c-1/withdrawals", body("2"),
                                          {{"Idempotency-Key", "loaded-" + QByteArray::number(i)}}, m_clock.nowMs() / 1000));
    std::size_t next = 0;
    std::map<int, int> statuses;
    int answered = 0;
    LoopbackDriver driver(port.value());
    driver.add(LoopbackTraffic{8, 1,
                               [&]() -> std::optional<QByteArray> {
                                   if (next >= requests.size())
                                       return std::nullopt;
                                   return requests[next++];
                               },
                               [&](int status, qint64) {
                                   ++statuses[status];
                                   ++answered;
                               },
                               QHostAddress()});
    driver.run([&] { return answered >= kRequests; });
    QCOMPARE(statuses, (std::map<int, int>{{201, kRequests}}));
    QCOMPARE(count("withdrawals"), withdrawalsBefore + kRequests);
    QCOMPARE(count("api_idempotency"), kRequests);
    QVERIFY2(m_server->withdrawalBatches() < kRequests, qPrintable(QString::number(m_server->withdrawalBatches())));
    const auto ada = m_customers->findByExternalId(QStringLiteral("c-1")).value().id;
    auto account = m_ledger->account(ledger::customerAccount(ada, "XLM"));
    QVERIFY(account);
    QCOMPARE(account.value().available(), Amount::parse("4903.52", 7).value()); // 5000 - 48 x (2 + 0.01)
}

// A signed request sent twice at the same moment on two connections (its
// nonce in one batch or in two): one is answered, the other is a replay.
void TestBackOfficeWithdrawalRequests::theSameSignedBytesTwiceAtOnceAreOneRequest()
{
    BackOfficeTestClient loader("loader", QByteArray(32, '\x3d'));
    QVERIFY(m_clients->add(m_signers->confirmed("root"), QStringLiteral("loader"), loader.publicKeyHex(), QStringLiteral("withdrawals")));
    auto port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY(port);
    const int withdrawalsBefore = count("withdrawals");
    for (int round = 0; round < 5; ++round) {
        const QByteArray once = loader.request("POST", "/v1/customers/c-1/withdrawals", body("3"),
                                               {{"Idempotency-Key", "twice-" + QByteArray::number(round)}}, m_clock.nowMs() / 1000);
        int sent = 0;
        std::map<int, int> statuses;
        int answered = 0;
        LoopbackDriver driver(port.value());
        driver.add(LoopbackTraffic{2, 1,
                                   [&]() -> std::optional<QByteArray> {
                                       if (sent >= 2)
                                           return std::nullopt;
                                       ++sent;
                                       return once;
                                   },
                                   [&](int status, qint64) {
                                       ++statuses[status];
                                       ++answered;
                                   },
                                   QHostAddress()});
        driver.run([&] { return answered >= 2; });
        QCOMPARE(statuses, (std::map<int, int>{{201, 1}, {401, 1}}));
    }
    QCOMPARE(count("withdrawals"), withdrawalsBefore + 5);
}
