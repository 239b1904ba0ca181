// GET /v1/customers/{external_id}/balances on this run's backend: per asset
// the customer has an account in (in code order), what is available, what a
// withdrawal's hold keeps back and the total, each an exact decimal string
// in the asset's unit (never a JSON number), with the asset's decimals; a
// customer who never had a balance has none; an unknown customer is 404
// unknown_customer, a client without scope read 403, another method 405,
// another path under the customer 404; reading writes nothing to the ledger.
// GET /v1/customers/{external_id}/withdrawals: newest first, a page of
// ?limit= at a time, next_cursor leading to the next page without repeating
// or skipping one while new withdrawals arrive, null after the last; a bad
// limit or cursor is 400 invalid_query. GET /v1/withdrawals/{id}: one, with
// its customer's external id, amounts as strings and the review reason.
// The same for deposits (GET …/deposits, GET /v1/deposits/{id}); a deposit
// that is no customer's (unattributed) is 404 unknown_deposit.

#include "core/api/apiclientservice.h"
#include "core/api/backofficesigning.h"
#include "core/api/backofficeserver.h"
#include "core/base/manualclock.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hex.h"
#include "core/customers/customerservice.h"
#include "core/deposits/depositrepository.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerservice.h"
#include "core/ledger/transferrequest.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testoperators.h"
#include "testsigners.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::api;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;
const std::string kStellar = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";

Amount units(const char *text, int decimals)
{
    return Amount::parse(text, decimals).value();
}

} // namespace

class TestBackOfficeReads : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void perAssetAvailableHeldAndTotalAsExactStrings();
    void aCustomerWithoutBalancesHasNone();
    void refusals();
    void aCustomersWithdrawalsNewestFirstPageByPage();
    void oneWithdrawalAndItsRefusals();
    void depositsPageByPageAndOne();
    void theOpenApiDocumentNamesEveryPathTheServerAnswers();

private:
    // Ada (c-1) holds 5000 XLM; 24h limit 1000, fee 0.01.
    void fundAdaAndSetLimits();
    std::int64_t requestXlm(const char *amount);
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
    std::unique_ptr<withdrawals::WithdrawalService> m_withdrawals;
    security::Actor m_tester;
    QByteArray m_pin;
    std::map<QByteArray, QByteArray> m_seeds;
    int m_nonce = 0;
};

void TestBackOfficeReads::init()
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

void TestBackOfficeReads::cleanup()
{
    m_withdrawals.reset();
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

HttpResponse TestBackOfficeReads::get(const QByteArray &target, const QByteArray &client, const QByteArray &method)
{
    HttpRequest r;
    r.method = method;
    r.target = target;
    r.path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    const QByteArray timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    const QByteArray nonce = "balances-nonce-" + QByteArray::number(++m_nonce).rightJustified(6, '0');
    const QByteArray canonical = backoffice::canonicalString(method, target, timestamp, nonce, QByteArray());
    const QByteArray signature =
        QByteArray::fromStdString(base64::encode(crypto::ed25519::sign(m_seeds.at(client), canonical)));
    r.headers = {{"x-client", client}, {"x-timestamp", timestamp}, {"x-nonce", nonce}, {"x-signature", signature}};
    r.source = QHostAddress::LocalHost;
    return m_server->answer(r);
}

int TestBackOfficeReads::transfers()
{
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM ledger_transfers"));
    return q && q.value().next() ? q.value().value(0).toInt() : -1;
}

void TestBackOfficeReads::perAssetAvailableHeldAndTotalAsExactStrings()
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

void TestBackOfficeReads::aCustomerWithoutBalancesHasNone()
{
    const HttpResponse answer = get("/v1/customers/c-2/balances");
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Ok);
    QCOMPARE(json(answer).value(QStringLiteral("external_id")).toString(), QStringLiteral("c-2"));
    QVERIFY(json(answer).value(QStringLiteral("balances")).isArray());
    QCOMPARE(json(answer).value(QStringLiteral("balances")).toArray().size(), 0);
}

void TestBackOfficeReads::refusals()
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

void TestBackOfficeReads::fundAdaAndSetLimits()
{
    m_tester = testAdmin(*m_db, "tester");
    security::AuditedSettings settings(*m_db, m_clock);
    QVERIFY(settings.change(m_tester, "XLM", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "1000"},
                                             {AssetSetting::Limit72h, "2000"}})
                .ok());
    m_withdrawals = std::make_unique<withdrawals::WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    const auto ada = m_customers->findByExternalId(QStringLiteral("c-1")).value().id;
    QVERIFY(m_ledger->submit(ledger::TransferRequest::posted("t:ada", ledger::TransferCode::Deposit,
                                                             ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                             ledger::customerAccount(ada, "XLM"), units("5000", 7)))
                .ok());
}

std::int64_t TestBackOfficeReads::requestXlm(const char *amount)
{
    const auto ada = m_customers->findByExternalId(QStringLiteral("c-1")).value().id;
    auto requested = m_withdrawals->request(m_tester, ada, "XLM", kStellar, units(amount, 7));
    return requested ? requested.value().id : -1;
}

void TestBackOfficeReads::aCustomersWithdrawalsNewestFirstPageByPage()
{
    fundAdaAndSetLimits();
    const std::int64_t first = requestXlm("25");
    const std::int64_t second = requestXlm("600");
    const std::int64_t third = requestXlm("700"); // over the 24h limit: under review
    QVERIFY(first > 0 && second > first && third > second);

    const HttpResponse page1 = get("/v1/customers/c-1/withdrawals?limit=2");
    QCOMPARE(page1.status(), HttpResponse::StatusCode::Ok);
    const QJsonArray items1 = json(page1).value(QStringLiteral("withdrawals")).toArray();
    QCOMPARE(items1.size(), 2);
    QCOMPARE(items1.at(0).toObject().value(QStringLiteral("id")).toInteger(), third);
    QCOMPARE(items1.at(1).toObject().value(QStringLiteral("id")).toInteger(), second);
    QCOMPARE(items1.at(0).toObject().value(QStringLiteral("amount")), QJsonValue(QStringLiteral("700")));
    QCOMPARE(items1.at(0).toObject().value(QStringLiteral("fee")), QJsonValue(QStringLiteral("0.01")));
    QCOMPARE(items1.at(0).toObject().value(QStringLiteral("external_id")).toString(), QStringLiteral("c-1"));
    const QString cursor = json(page1).value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());

    // A new withdrawal between two pages neither repeats nor shifts one.
    QVERIFY(requestXlm("1") > third);
    const HttpResponse page2 = get("/v1/customers/c-1/withdrawals?limit=2&cursor=" + cursor.toLatin1());
    QCOMPARE(page2.status(), HttpResponse::StatusCode::Ok);
    const QJsonArray items2 = json(page2).value(QStringLiteral("withdrawals")).toArray();
    QCOMPARE(items2.size(), 1);
    QCOMPARE(items2.at(0).toObject().value(QStringLiteral("id")).toInteger(), first);
    QCOMPARE(items2.at(0).toObject().value(QStringLiteral("amount")), QJsonValue(QStringLiteral("25")));
    QVERIFY(json(page2).value(QStringLiteral("next_cursor")).isNull());

    // Without a limit, all four (up to 50), newest first.
    const QJsonArray all = json(get("/v1/customers/c-1/withdrawals")).value(QStringLiteral("withdrawals")).toArray();
    QCOMPARE(all.size(), 4);
    QVERIFY(all.at(0).toObject().value(QStringLiteral("id")).toInteger() > third);
    // Bob has none.
    const HttpResponse bob = get("/v1/customers/c-2/withdrawals");
    QCOMPARE(json(bob).value(QStringLiteral("withdrawals")).toArray().size(), 0);
    QVERIFY(json(bob).value(QStringLiteral("next_cursor")).isNull());

    for (const QByteArray &query : {QByteArray("limit=0"), QByteArray("limit=101"), QByteArray("limit=ten"),
                                    QByteArray("limit=-1"), QByteArray("cursor=not-a-cursor"), QByteArray("cursor=")}) {
        const HttpResponse refused = get("/v1/customers/c-1/withdrawals?" + query);
        QVERIFY2(refused.status() == HttpResponse::StatusCode::BadRequest, query.constData());
        QCOMPARE(codeOf(refused), QStringLiteral("invalid_query"));
    }
    QCOMPARE(codeOf(get("/v1/customers/c-99/withdrawals")), QStringLiteral("unknown_customer"));
    QCOMPARE(codeOf(get("/v1/customers/c-1/withdrawals", "support")), QStringLiteral("missing_scope"));
}

void TestBackOfficeReads::oneWithdrawalAndItsRefusals()
{
    fundAdaAndSetLimits();
    QVERIFY(requestXlm("600") > 0);
    m_clock.advance(1234);
    const qint64 requestedAt = m_clock.nowMs();
    const std::int64_t reviewed = requestXlm("700.5");
    const HttpResponse answer = get("/v1/withdrawals/" + QByteArray::number(reviewed));
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Ok);
    const QJsonObject w = json(answer);
    QCOMPARE(w.value(QStringLiteral("id")).toInteger(), reviewed);
    QCOMPARE(w.value(QStringLiteral("external_id")).toString(), QStringLiteral("c-1"));
    QCOMPARE(w.value(QStringLiteral("asset")).toString(), QStringLiteral("XLM"));
    QCOMPARE(w.value(QStringLiteral("chain")).toString(), QStringLiteral("stellar"));
    QCOMPARE(w.value(QStringLiteral("destination")).toString(), QString::fromStdString(kStellar));
    QCOMPARE(w.value(QStringLiteral("amount")), QJsonValue(QStringLiteral("700.5")));
    QCOMPARE(w.value(QStringLiteral("fee")), QJsonValue(QStringLiteral("0.01")));
    QCOMPARE(w.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    QVERIFY(w.value(QStringLiteral("review_reason")).isString());
    QVERIFY(w.value(QStringLiteral("txid")).isNull());
    QCOMPARE(QDateTime::fromString(w.value(QStringLiteral("requested_at")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(),
             requestedAt);

    for (const QByteArray &id : {QByteArray("999"), QByteArray("abc"), QByteArray("-1"), QByteArray("1234567890123456789")}) {
        const HttpResponse refused = get("/v1/withdrawals/" + id);
        QVERIFY2(refused.status() == HttpResponse::StatusCode::NotFound, id.constData());
        QCOMPARE(codeOf(refused), QStringLiteral("unknown_withdrawal"));
    }
    QCOMPARE(get("/v1/withdrawals/1", "webapp", "POST").status(), HttpResponse::StatusCode::MethodNotAllowed);
    QCOMPARE(codeOf(get("/v1/withdrawals/1", "support")), QStringLiteral("missing_scope"));
    QCOMPARE(codeOf(get("/v1/withdrawals/1/more")), QStringLiteral("not_found"));
}

void TestBackOfficeReads::depositsPageByPageAndOne()
{
    const auto ada = m_customers->findByExternalId(QStringLiteral("c-1")).value().id;
    deposits::DepositRepository repository(m_db->connection(), m_db->dialect());
    const auto observe = [&](const char *txid, const char *amount, std::optional<std::int64_t> customer,
                             deposits::DepositState state) {
        deposits::ObservedPayment p;
        p.chain = Chain::Stellar;
        p.txid = txid;
        p.asset = "XLM";
        p.to = kStellar;
        p.from = "GB-sender";
        p.memo = "1";
        p.amount = units(amount, 7);
        p.height = 4242;
        auto inserted = repository.insert(p, customer, state, m_clock.nowMs());
        return inserted ? inserted.value().id : std::int64_t{-1};
    };
    const std::int64_t first = observe("aa01", "100.5", ada, deposits::DepositState::Credited);
    const std::int64_t stranger = observe("aa02", "3", std::nullopt, deposits::DepositState::Unattributed);
    const std::int64_t second = observe("aa03", "0.0000001", ada, deposits::DepositState::Credited);
    QVERIFY(first > 0 && stranger > first && second > stranger);

    const HttpResponse page1 = get("/v1/customers/c-1/deposits?limit=1");
    QCOMPARE(page1.status(), HttpResponse::StatusCode::Ok);
    const QJsonArray items1 = json(page1).value(QStringLiteral("deposits")).toArray();
    QCOMPARE(items1.size(), 1);
    const QJsonObject newest = items1.at(0).toObject();
    QCOMPARE(newest.value(QStringLiteral("id")).toInteger(), second);
    QCOMPARE(newest.value(QStringLiteral("amount")), QJsonValue(QStringLiteral("0.0000001")));
    QCOMPARE(newest.value(QStringLiteral("txid")).toString(), QStringLiteral("aa03"));
    QCOMPARE(newest.value(QStringLiteral("state")).toString(), QStringLiteral("credited"));
    QCOMPARE(newest.value(QStringLiteral("external_id")).toString(), QStringLiteral("c-1"));
    QCOMPARE(newest.value(QStringLiteral("height")).toInteger(), 4242);
    const QString cursor = json(page1).value(QStringLiteral("next_cursor")).toString();
    QVERIFY(!cursor.isEmpty());
    const HttpResponse page2 = get("/v1/customers/c-1/deposits?limit=1&cursor=" + cursor.toLatin1());
    const QJsonArray items2 = json(page2).value(QStringLiteral("deposits")).toArray();
    QCOMPARE(items2.size(), 1); // the unattributed one between them is nobody's
    QCOMPARE(items2.at(0).toObject().value(QStringLiteral("id")).toInteger(), first);
    QCOMPARE(items2.at(0).toObject().value(QStringLiteral("amount")), QJsonValue(QStringLiteral("100.5")));
    QVERIFY(json(page2).value(QStringLiteral("next_cursor")).isNull());
    QCOMPARE(json(get("/v1/customers/c-2/deposits")).value(QStringLiteral("deposits")).toArray().size(), 0);
    QCOMPARE(codeOf(get("/v1/customers/c-1/deposits?limit=1000")), QStringLiteral("invalid_query"));

    const HttpResponse one = get("/v1/deposits/" + QByteArray::number(first));
    QCOMPARE(one.status(), HttpResponse::StatusCode::Ok);
    QCOMPARE(json(one).value(QStringLiteral("amount")), QJsonValue(QStringLiteral("100.5")));
    QCOMPARE(json(one).value(QStringLiteral("external_id")).toString(), QStringLiteral("c-1"));
    for (const QByteArray &id : {QByteArray::number(stranger), QByteArray("999"), QByteArray("x1")}) {
        const HttpResponse refused = get("/v1/deposits/" + id);
        QVERIFY2(refused.status() == HttpResponse::StatusCode::NotFound, id.constData());
        QCOMPARE(codeOf(refused), QStringLiteral("unknown_deposit"));
    }
    QCOMPARE(codeOf(get("/v1/deposits/" + QByteArray::number(first), "support")), QStringLiteral("missing_scope"));
}

void TestBackOfficeReads::theOpenApiDocumentNamesEveryPathTheServerAnswers()
{
    const HttpResponse answer = get("/v1/openapi.json");
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Ok);
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(answer.body(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.value(QStringLiteral("openapi")).toString(), QStringLiteral("3.1.0"));
    const QJsonObject paths = document.value(QStringLiteral("paths")).toObject();
    QCOMPARE(paths.size(), 15);
    int operations = 0;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        QString path = it.key();
        path.replace(QStringLiteral("{external_id}"), QStringLiteral("c-1"))
            .replace(QStringLiteral("{id}"), QStringLiteral("1"))
            .replace(QStringLiteral("{chain}"), QStringLiteral("stellar"))
            .replace(QStringLiteral("{address}"), QString::fromStdString(kStellar));
        const QJsonObject methods = it.value().toObject();
        QVERIFY2(!methods.isEmpty(), qPrintable(path));
        for (auto method = methods.begin(); method != methods.end(); ++method) {
            QVERIFY2(method.key() == QLatin1String("get") || method.key() == QLatin1String("post")
                         || method.key() == QLatin1String("delete"),
                     qPrintable(path + QLatin1Char(' ') + method.key()));
            const HttpResponse routed = get(path.toUtf8(), "webapp", method.key().toUpper().toLatin1());
            // Routed: answered, or refused for the object or the scope
            // (unknown_withdrawal, missing_scope), never not_found.
            QVERIFY2(codeOf(routed) != QStringLiteral("not_found")
                         && routed.status() != HttpResponse::StatusCode::MethodNotAllowed,
                     qPrintable(path + QLatin1Char(' ') + method.key()));
            ++operations;
        }
    }
    QCOMPARE(operations, 17);
    QCOMPARE(codeOf(get("/v1/openapi.json", "support")), QStringLiteral("missing_scope"));
}

QTEST_GUILESS_MAIN(TestBackOfficeReads)
#include "tst_backofficereads.moc"
