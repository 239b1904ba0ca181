// The back-office API's signed requests on this run's backend: the
// canonical string as docs/backoffice-api.md defines it; a signature made by
// node's crypto.sign('ed25519') (an independent implementation) verifies;
// changing any single byte of the method, path, query, timestamp, nonce or
// body fails the signature and records nothing; a replayed nonce, a
// timestamp 61 s off, an unknown or disabled client are refused with 401 and
// a missing scope with 403, each with its stable code; unknown paths are 404
// only after authentication; nonces are pruned once they cannot be replayed.
// And ApiClientService: admin in person only, who signs the client's
// registration, audited, refusals change nothing; the authenticator trusts a
// client only as an admin signed it (traced from the vault's pin): a client
// inserted in SQL, a scope widened, a key swapped or a disabled client
// re-enabled in SQL is client_not_signed, and with no pin no client is
// trusted.

#include "core/api/apiclientservice.h"
#include "core/api/backofficesigning.h"
#include "core/api/backofficeserver.h"
#include "core/base/manualclock.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hex.h"
#include "core/customers/customerservice.h"
#include "core/api/apiclientstatement.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/signedstatements.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testsigners.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::api;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

// RFC 8032's test 1 key; the vectors below were signed with it by node 20's
// crypto.sign(null, canonical, key) (tests/interop/backoffice_api.mjs signs
// the same way against a running server).
const char kSeedHex[] = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const char kPublicHex[] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const char kNodeSignature[] = "2j04guyJZ/tbE1Op7lb8NExDCgUdDgOrbNKe+up53O4WwjLc9WHuNphmTQeEnAKOvzPnZqb8C/h9zBJqY0MDDg==";
constexpr qint64 kNow = 1'700'000'000;

QByteArray seed()
{
    return hex::decode(kSeedHex).value();
}

struct Parts {
    QByteArray method = "GET";
    QByteArray target = "/v1/customers/c-1?x=1";
    QByteArray timestamp = QByteArray::number(kNow);
    QByteArray nonce = "nonce-0123456789ab";
    QByteArray body;
    QByteArray client = "webapp";
};

HttpRequest request(const Parts &p, const QByteArray &signature)
{
    HttpRequest r;
    r.method = p.method;
    r.target = p.target;
    const qsizetype query = p.target.indexOf('?');
    r.path = query < 0 ? p.target : p.target.left(query);
    r.body = p.body;
    r.headers = {{"x-client", p.client}, {"x-timestamp", p.timestamp}, {"x-nonce", p.nonce}, {"x-signature", signature}};
    r.source = QHostAddress::LocalHost;
    return r;
}

QByteArray signatureOf(const Parts &p, const QByteArray &key = seed())
{
    const QByteArray canonical = backoffice::canonicalString(p.method, p.target, p.timestamp, p.nonce, p.body);
    return QByteArray::fromStdString(base64::encode(crypto::ed25519::sign(key, canonical)));
}

HttpRequest signedRequest(const Parts &p)
{
    return request(p, signatureOf(p));
}

QJsonObject json(const HttpResponse &response)
{
    return QJsonDocument::fromJson(response.body()).object();
}

QString codeOf(const HttpResponse &response)
{
    return json(response).value(QStringLiteral("code")).toString();
}

// Another byte in place of c that keeps the field well formed where it can
// (a digit for a digit, a letter for a letter), so the signature is what fails.
char changed(char c)
{
    if (c >= '0' && c <= '9')
        return c == '9' ? '0' : static_cast<char>(c + 1);
    if (c >= 'a' && c <= 'z')
        return c == 'z' ? 'a' : static_cast<char>(c + 1);
    if (c >= 'A' && c <= 'Z')
        return c == 'Z' ? 'A' : static_cast<char>(c + 1);
    return static_cast<char>(c ^ 0x01);
}

} // namespace

class TestBackOfficeAuth : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void canonicalStringIsTheDocumentedOne();
    void aSignatureMadeByNodeVerifies();
    void everySingleChangedByteFailsTheSignature();
    void aReplayedNonceIsRefused();
    void aTimestampMoreThan60SecondsOffIsRefused();
    void unknownAndDisabledClientsAreRefused();
    void malformedOrMissingHeadersAreRefused();
    void aMissingScopeIs403AndUnknownPathsAre404AfterAuthentication();
    void noncesArePrunedOnceTheyCannotBeReplayed();
    void onlyAnAdminInPersonManagesClientsAndRefusalsChangeNothing();
    void aClientInsertedInSqlIsNotTrusted();
    void aScopeWidenedOrAKeySwappedInSqlIsNotTrusted();
    void aClientReenabledInSqlOrSignedByANonAdminIsNotTrusted();
    void withoutAPinNoClientIsTrusted();

private:
    // root (the vault's pinned admin) in person, for one decision.
    Actor admin();
    HttpResponse pingAs(const QByteArray &client, const QByteArray &key, const QByteArray &nonce);
    int nonceRows();
    int auditRows() { return static_cast<int>(m_audit->list().value().size()); }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kNow * 1000};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<customers::CustomerService> m_customers;
    std::unique_ptr<ApiClientService> m_clients;
    std::unique_ptr<BackOfficeServer> m_server;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<security::KeyVault> m_vault;
    QByteArray m_pin;
};

void TestBackOfficeAuth::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    // The signers' codes move the clock; they start an hour before kNow.
    m_clock.set((kNow - 3600) * 1000);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_signers->add("oscar", Role::Operator);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers->trustVault(*m_vault, "root", "back office test passphrase");
    m_signers->registerKey("root", "oscar");
    m_pin = *m_vault->pinnedAdminKey().value();
    m_customers = std::make_unique<customers::CustomerService>(*m_db, m_clock, *m_audit);
    m_clients = std::make_unique<ApiClientService>(*m_db, m_clock, *m_audit);
    m_server = std::make_unique<BackOfficeServer>(*m_db, *m_clients, *m_customers, m_clock, [this] { return m_pin; });
    // The database names a customer added without an external id c-<id>: c-1.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('Ada', 1000)")));
    QVERIFY(m_clients->add(admin(), QStringLiteral("webapp"), QString::fromLatin1(kPublicHex),
                           QStringLiteral("read,customers")));
    m_clock.set(kNow * 1000);
}

Actor TestBackOfficeAuth::admin()
{
    // Each code moves the clock 30 s: a request signed at kNow after one
    // decision is still within the 60 s allowed.
    return m_signers->confirmed("root");
}

HttpResponse TestBackOfficeAuth::pingAs(const QByteArray &client, const QByteArray &key, const QByteArray &nonce)
{
    Parts p;
    p.target = "/v1/ping";
    p.client = client;
    p.nonce = nonce;
    p.timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    return m_server->answer(request(p, signatureOf(p, key)));
}

void TestBackOfficeAuth::cleanup()
{
    m_server.reset();
    m_clients.reset();
    m_customers.reset();
    m_vault.reset();
    m_signers.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

int TestBackOfficeAuth::nonceRows()
{
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM api_nonces"));
    if (!q || !q.value().next())
        return -1;
    return q.value().value(0).toInt();
}

void TestBackOfficeAuth::canonicalStringIsTheDocumentedOne()
{
    // docs/backoffice-api.md: method, target, timestamp, nonce and the hex
    // SHA-256 of the body, joined by "\n", nothing after the last.
    QCOMPARE(backoffice::canonicalString("GET", "/v1/customers/c-1?x=1", "1700000000", "nonce-0123456789ab", QByteArray()),
             QByteArray("GET\n/v1/customers/c-1?x=1\n1700000000\nnonce-0123456789ab\n"
                        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    // SHA-256("abc") from FIPS 180-2.
    QCOMPARE(backoffice::canonicalString("POST", "/v1/ping", "1", "AbCdEfGhIjKlMnOp", "abc"),
             QByteArray("POST\n/v1/ping\n1\nAbCdEfGhIjKlMnOp\n"
                        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestBackOfficeAuth::aSignatureMadeByNodeVerifies()
{
    const HttpResponse answer = m_server->answer(request(Parts{}, kNodeSignature));
    QCOMPARE(answer.status(), HttpResponse::StatusCode::Ok);
    const QJsonObject customer = json(answer);
    QCOMPARE(customer.value(QStringLiteral("external_id")).toString(), QStringLiteral("c-1"));
    QCOMPARE(customer.value(QStringLiteral("name")).toString(), QStringLiteral("Ada"));
    QCOMPARE(customer.value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(customer.value(QStringLiteral("created_at")).toString(), QStringLiteral("1970-01-01T00:00:01.000Z"));
    QCOMPARE(nonceRows(), 1);
}

void TestBackOfficeAuth::everySingleChangedByteFailsTheSignature()
{
    Parts signedParts;
    signedParts.body = "{\"a\":1}";
    signedParts.nonce = "AbCdEfGhIjKlMnOp0123";
    const QByteArray signature = signatureOf(signedParts);
    QByteArray Parts::*const fields[] = {&Parts::method, &Parts::target, &Parts::timestamp, &Parts::nonce, &Parts::body};
    int tried = 0;
    for (QByteArray Parts::*field : fields) {
        for (qsizetype i = 0; i < (signedParts.*field).size(); ++i) {
            Parts p = signedParts;
            (p.*field)[i] = changed((p.*field)[i]);
            QVERIFY((p.*field) != (signedParts.*field));
            const HttpResponse answer = m_server->answer(request(p, signature));
            QVERIFY2(answer.status() == HttpResponse::StatusCode::Unauthorized, (p.*field).constData());
            QCOMPARE(codeOf(answer), QStringLiteral("bad_signature"));
            ++tried;
        }
    }
    QVERIFY(tried > 40);
    QCOMPARE(nonceRows(), 0); // nothing written for a bad signature
    // The request as signed passes: the failures above were the changes.
    const HttpResponse ok = m_server->answer(request(signedParts, signature));
    QCOMPARE(ok.status(), HttpResponse::StatusCode::Ok);
    QCOMPARE(nonceRows(), 1);
}

void TestBackOfficeAuth::aReplayedNonceIsRefused()
{
    Parts p;
    p.target = "/v1/ping";
    const HttpRequest first = signedRequest(p);
    QCOMPARE(m_server->answer(first).status(), HttpResponse::StatusCode::Ok);
    const HttpResponse replayed = m_server->answer(first);
    QCOMPARE(replayed.status(), HttpResponse::StatusCode::Unauthorized);
    QCOMPARE(codeOf(replayed), QStringLiteral("replayed_nonce"));
    // Signed anew a second later with the same nonce: still a replay.
    m_clock.advance(1000);
    p.timestamp = QByteArray::number(kNow + 1);
    QCOMPARE(codeOf(m_server->answer(signedRequest(p))), QStringLiteral("replayed_nonce"));
    p.nonce = "another-nonce-0001";
    QCOMPARE(m_server->answer(signedRequest(p)).status(), HttpResponse::StatusCode::Ok);
}

void TestBackOfficeAuth::aTimestampMoreThan60SecondsOffIsRefused()
{
    int n = 0;
    const auto attempt = [&](qint64 offset) {
        Parts p;
        p.target = "/v1/ping";
        p.timestamp = QByteArray::number(kNow + offset);
        p.nonce = "skew-nonce-000000" + QByteArray::number(++n);
        return m_server->answer(signedRequest(p));
    };
    for (qint64 offset : {-61, 61, -3600}) {
        const HttpResponse refused = attempt(offset);
        QCOMPARE(refused.status(), HttpResponse::StatusCode::Unauthorized);
        QCOMPARE(codeOf(refused), QStringLiteral("stale_timestamp"));
    }
    QCOMPARE(nonceRows(), 0);
    for (qint64 offset : {-60, 60, 0})
        QCOMPARE(attempt(offset).status(), HttpResponse::StatusCode::Ok);
}

void TestBackOfficeAuth::unknownAndDisabledClientsAreRefused()
{
    Parts p;
    p.target = "/v1/ping";
    p.client = "stranger";
    QCOMPARE(codeOf(m_server->answer(signedRequest(p))), QStringLiteral("unknown_client"));

    QVERIFY(m_clients->disable(admin(), QStringLiteral("webapp")));
    p.client = "webapp";
    const HttpResponse refused = m_server->answer(signedRequest(p));
    QCOMPARE(refused.status(), HttpResponse::StatusCode::Unauthorized);
    QCOMPARE(codeOf(refused), QStringLiteral("client_disabled"));
    // A bad signature is that, whatever the client's state.
    p.nonce = "other-nonce-000001";
    QCOMPARE(codeOf(m_server->answer(request(p, signatureOf(p, crypto::ed25519::randomSeed())))),
             QStringLiteral("bad_signature"));
    QCOMPARE(nonceRows(), 0);
}

void TestBackOfficeAuth::malformedOrMissingHeadersAreRefused()
{
    Parts p;
    p.target = "/v1/ping";
    HttpRequest unsigned_ = signedRequest(p);
    unsigned_.headers.clear();
    QCOMPARE(codeOf(m_server->answer(unsigned_)), QStringLiteral("missing_authentication"));
    for (const auto &[timestamp, nonce] : {std::pair<QByteArray, QByteArray>{"-1700000000", "nonce-0123456789ab"},
                                           {"1700000000.5", "nonce-0123456789ab"},
                                           {"1700000000", "short"},
                                           {"1700000000", "nonce with spaces!!"}}) {
        p.timestamp = timestamp;
        p.nonce = nonce;
        const HttpResponse refused = m_server->answer(signedRequest(p));
        QCOMPARE(refused.status(), HttpResponse::StatusCode::Unauthorized);
        QCOMPARE(codeOf(refused), QStringLiteral("malformed_authentication"));
    }
    QCOMPARE(codeOf(m_server->answer(request(Parts{}, "AAAA"))), QStringLiteral("malformed_authentication"));
    QCOMPARE(nonceRows(), 0);
}

void TestBackOfficeAuth::aMissingScopeIs403AndUnknownPathsAre404AfterAuthentication()
{
    const QByteArray readerSeed = crypto::ed25519::randomSeed();
    QVERIFY(m_clients->add(admin(), QStringLiteral("reader"),
                           QString::fromStdString(base64::encode(crypto::ed25519::publicKeyFromSeed(readerSeed))),
                           QStringLiteral("read")));
    Parts p;
    p.client = "reader";
    const HttpResponse forbidden = m_server->answer(request(p, signatureOf(p, readerSeed)));
    QCOMPARE(forbidden.status(), HttpResponse::StatusCode::Forbidden);
    QCOMPARE(codeOf(forbidden), QStringLiteral("missing_scope"));
    p.target = "/v1/ping";
    p.nonce = "reader-nonce-00002";
    const HttpResponse pong = m_server->answer(request(p, signatureOf(p, readerSeed)));
    QCOMPARE(pong.status(), HttpResponse::StatusCode::Ok);
    QCOMPARE(json(pong).value(QStringLiteral("client")).toString(), QStringLiteral("reader"));
    QCOMPARE(json(pong).value(QStringLiteral("server_time_unix")).toInteger(), m_clock.nowMs() / 1000); // kNow + the code's 30 s

    Parts unknown;
    unknown.target = "/v1/nothing-here";
    HttpRequest unsigned_ = signedRequest(unknown);
    unsigned_.headers.clear();
    QCOMPARE(m_server->answer(unsigned_).status(), HttpResponse::StatusCode::Unauthorized);
    const HttpResponse notFound = m_server->answer(signedRequest(unknown));
    QCOMPARE(notFound.status(), HttpResponse::StatusCode::NotFound);
    QCOMPARE(codeOf(notFound), QStringLiteral("not_found"));
    Parts nobody;
    nobody.target = "/v1/customers/c-999";
    nobody.nonce = "nobody-nonce-00003";
    QCOMPARE(codeOf(m_server->answer(signedRequest(nobody))), QStringLiteral("unknown_customer"));
}

void TestBackOfficeAuth::noncesArePrunedOnceTheyCannotBeReplayed()
{
    Parts p;
    p.target = "/v1/ping";
    QCOMPARE(m_server->answer(signedRequest(p)).status(), HttpResponse::StatusCode::Ok);
    QCOMPARE(nonceRows(), 1);
    // Within twice the skew the nonce is kept (and the request would be stale
    // after 60 s anyway)...
    m_clock.advance(ApiClientService::kNonceLifetimeMs - 1000);
    p.nonce = "second-nonce-00001";
    p.timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    QCOMPARE(m_server->answer(signedRequest(p)).status(), HttpResponse::StatusCode::Ok);
    QCOMPARE(nonceRows(), 2);
    // ...and gone once it has expired.
    m_clock.advance(ApiClientService::kNonceLifetimeMs + 1000);
    p.nonce = "third-nonce-000001";
    p.timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    QCOMPARE(m_server->answer(signedRequest(p)).status(), HttpResponse::StatusCode::Ok);
    QCOMPARE(nonceRows(), 1);
}

void TestBackOfficeAuth::onlyAnAdminInPersonManagesClientsAndRefusalsChangeNothing()
{
    const int audits = auditRows();
    const QString key = QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(crypto::ed25519::randomSeed())));
    const Actor root = admin();
    Actor noCode = root;
    noCode.secondFactor = false;
    const Actor oscar = m_signers->confirmed("oscar");
    // An admin by the rows, in person, but with no key to sign with.
    Actor cannotSign = root;
    cannotSign.signer.reset();
    struct Refused {
        Actor actor;
        QString name, key, scopes;
        ErrorCode code;
    };
    const Refused refusals[] = {
        {Actor::cli("root"), QStringLiteral("x"), key, QStringLiteral("read"), ErrorCode::Unauthorized},
        {noCode, QStringLiteral("x"), key, QStringLiteral("read"), ErrorCode::Unauthorized},
        {oscar, QStringLiteral("x"), key, QStringLiteral("read"), ErrorCode::Unauthorized},
        {cannotSign, QStringLiteral("x"), key, QStringLiteral("read"), ErrorCode::Unauthorized},
        {root, QStringLiteral("webapp"), key, QStringLiteral("read"), ErrorCode::Conflict},
        {root, QStringLiteral("x"), QString::fromLatin1(kPublicHex), QStringLiteral("read"), ErrorCode::Conflict},
        {root, QStringLiteral("x"), key.left(62), QStringLiteral("read"), ErrorCode::InvalidInput},
        {root, QStringLiteral("x"), key, QStringLiteral("read,admin"), ErrorCode::InvalidInput},
        {root, QStringLiteral("x"), key, QString(), ErrorCode::InvalidInput},
        {root, QStringLiteral("has space"), key, QStringLiteral("read"), ErrorCode::InvalidInput},
    };
    const std::size_t statements = security::SignedStatements(m_db->connection()).ofKind(kApiClientKind).value().size();
    for (const Refused &r : refusals) {
        auto added = m_clients->add(r.actor, r.name, r.key, r.scopes);
        QVERIFY2(!added, qPrintable(r.name + u' ' + r.scopes));
        QCOMPARE(added.error().code, r.code);
    }
    QCOMPARE(m_clients->list().value().size(), std::size_t(1));
    QCOMPARE(auditRows(), audits);
    QCOMPARE(m_clients->disable(oscar, QStringLiteral("webapp")).error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_clients->disable(cannotSign, QStringLiteral("webapp")).error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_clients->disable(root, QStringLiteral("nobody")).error().code, ErrorCode::NotFound);
    QCOMPARE(auditRows(), audits);
    QVERIFY(m_clients->list().value()[0].enabled);
    QCOMPARE(security::SignedStatements(m_db->connection()).ofKind(kApiClientKind).value().size(), statements);

    auto added = m_clients->add(admin(), QStringLiteral("payments.svc"), key, QStringLiteral("withdrawals, read"));
    QVERIFY(added);
    QCOMPARE(apiScopesText(added.value().scopes), QStringLiteral("read,withdrawals"));
    QVERIFY(m_clients->disable(admin(), QStringLiteral("payments.svc")));
    QCOMPARE(m_clients->disable(admin(), QStringLiteral("payments.svc")).error().code, ErrorCode::WrongState);
    // Each change signed by root, stating the whole client after it.
    const auto signedNow = security::SignedStatements(m_db->connection()).forObject("api_client", "payments.svc").value();
    QCOMPARE(signedNow.size(), std::size_t(2));
    const auto addStatement = security::Statement::parse(signedNow[0].statement).value();
    QCOMPARE(addStatement.value("change"), std::optional<std::string>("api_client.add"));
    QCOMPARE(addStatement.value("public_key"), std::optional<std::string>(key.toStdString()));
    QCOMPARE(addStatement.value("scopes"), std::optional<std::string>("read,withdrawals"));
    QCOMPARE(addStatement.value("enabled"), std::optional<std::string>("1"));
    QCOMPARE(addStatement.value("operator_name"), std::optional<std::string>("root"));
    QCOMPARE(security::Statement::parse(signedNow[1].statement).value().value("enabled"), std::optional<std::string>("0"));
    const auto entries = m_audit->list().value();
    QCOMPARE(static_cast<int>(entries.size()), audits + 2);
    QStringList actions;
    for (const auto &e : entries)
        actions << QString::fromStdString(e.action);
    QVERIFY(actions.contains(QStringLiteral("api_client.add")));
    QVERIFY(actions.contains(QStringLiteral("api_client.disable")));
    const auto clients = m_clients->list().value();
    QCOMPARE(clients.size(), std::size_t(2));
    QCOMPARE(clients[0].name, QStringLiteral("payments.svc"));
    QVERIFY(!clients[0].enabled);
    QVERIFY(clients[1].enabled);
}

void TestBackOfficeAuth::aClientInsertedInSqlIsNotTrusted()
{
    const QByteArray intruderSeed = crypto::ed25519::randomSeed();
    const QString intruderKey = QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(intruderSeed)));
    QVERIFY(sql::run(m_db->connection(),
                     QStringLiteral("INSERT INTO api_clients (name, public_key, scopes, enabled, created_at, updated_at)"
                                    " VALUES ('intruder', ?, 'read,customers,withdrawals', 1, 1, 1)"),
                     {intruderKey}));
    const HttpResponse refused = pingAs("intruder", intruderSeed, "intruder-nonce-0001");
    QCOMPARE(refused.status(), HttpResponse::StatusCode::Unauthorized);
    QCOMPARE(codeOf(refused), QStringLiteral("client_not_signed"));
    QCOMPARE(nonceRows(), 0);
    // The signed client beside it is served.
    QCOMPARE(pingAs("webapp", seed(), "webapp-nonce-00001").status(), HttpResponse::StatusCode::Ok);
}

void TestBackOfficeAuth::aScopeWidenedOrAKeySwappedInSqlIsNotTrusted()
{
    const QByteArray readerSeed = crypto::ed25519::randomSeed();
    QVERIFY(m_clients->add(admin(), QStringLiteral("reader"),
                           QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(readerSeed))),
                           QStringLiteral("read")));
    QCOMPARE(pingAs("reader", readerSeed, "reader-nonce-00001").status(), HttpResponse::StatusCode::Ok);
    const auto setScopes = [&](const char *scopes) {
        return sql::run(m_db->connection(), QStringLiteral("UPDATE api_clients SET scopes = ? WHERE name = 'reader'"),
                        {QString::fromLatin1(scopes)})
            .ok();
    };
    // Widened in SQL: refused for everything, even the scope it was signed with.
    QVERIFY(setScopes("read,customers,withdrawals"));
    const HttpResponse widened = pingAs("reader", readerSeed, "reader-nonce-00002");
    QCOMPARE(widened.status(), HttpResponse::StatusCode::Unauthorized);
    QCOMPARE(codeOf(widened), QStringLiteral("client_not_signed"));
    // The row as signed is served again: the widening was the refusal's cause.
    QVERIFY(setScopes("read"));
    QCOMPARE(pingAs("reader", readerSeed, "reader-nonce-00003").status(), HttpResponse::StatusCode::Ok);

    // webapp's key swapped for an intruder's in SQL.
    const QByteArray intruderSeed = crypto::ed25519::randomSeed();
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE api_clients SET public_key = ? WHERE name = 'webapp'"),
                     {QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(intruderSeed)))}));
    const int nonces = nonceRows();
    const HttpResponse swapped = pingAs("webapp", intruderSeed, "intruder-nonce-0002");
    QCOMPARE(swapped.status(), HttpResponse::StatusCode::Unauthorized);
    QCOMPARE(codeOf(swapped), QStringLiteral("client_not_signed"));
    QCOMPARE(codeOf(pingAs("webapp", seed(), "webapp-nonce-000002")), QStringLiteral("bad_signature"));
    QCOMPARE(nonceRows(), nonces);
}

void TestBackOfficeAuth::aClientReenabledInSqlOrSignedByANonAdminIsNotTrusted()
{
    QVERIFY(m_clients->disable(admin(), QStringLiteral("webapp")));
    QCOMPARE(codeOf(pingAs("webapp", seed(), "webapp-nonce-000003")), QStringLiteral("client_disabled"));
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE api_clients SET enabled = 1 WHERE name = 'webapp'")));
    QCOMPARE(codeOf(pingAs("webapp", seed(), "webapp-nonce-000004")), QStringLiteral("client_not_signed"));

    // An operator with a registered key signs a client's registration: not an admin's.
    const QByteArray otherSeed = crypto::ed25519::randomSeed();
    ApiClient other;
    other.name = QStringLiteral("other");
    other.publicKey = crypto::ed25519::publicKeyFromSeed(otherSeed);
    other.scopes = static_cast<ApiScopes>(ApiScope::Read);
    QVERIFY(sql::run(m_db->connection(),
                     QStringLiteral("INSERT INTO api_clients (name, public_key, scopes, enabled, created_at, updated_at)"
                                    " VALUES ('other', ?, 'read', 1, 1, 1)"),
                     {QString::fromStdString(hex::encode(other.publicKey))}));
    QVERIFY(signApiClient(m_db->connection(), m_signers->confirmed("oscar"), other, "api_client.add", m_clock.nowMs()));
    QCOMPARE(codeOf(pingAs("other", otherSeed, "other-nonce-0000001")), QStringLiteral("client_not_signed"));
    // The same statement signed by the admin is trusted.
    QVERIFY(signApiClient(m_db->connection(), admin(), other, "api_client.add", m_clock.nowMs()));
    QCOMPARE(pingAs("other", otherSeed, "other-nonce-0000002").status(), HttpResponse::StatusCode::Ok);
}

void TestBackOfficeAuth::withoutAPinNoClientIsTrusted()
{
    const QByteArray pin = m_pin;
    m_pin.clear();
    const HttpResponse refused = pingAs("webapp", seed(), "webapp-nonce-000005");
    QCOMPARE(refused.status(), HttpResponse::StatusCode::Unauthorized);
    QCOMPARE(codeOf(refused), QStringLiteral("client_not_signed"));
    // Another admin key pinned: root's statements do not chain to it.
    m_pin = crypto::ed25519::publicKeyFromSeed(crypto::ed25519::randomSeed());
    QCOMPARE(codeOf(pingAs("webapp", seed(), "webapp-nonce-000006")), QStringLiteral("client_not_signed"));
    QCOMPARE(nonceRows(), 0);
    m_pin = pin;
    QCOMPARE(pingAs("webapp", seed(), "webapp-nonce-000007").status(), HttpResponse::StatusCode::Ok);
}

QTEST_GUILESS_MAIN(TestBackOfficeAuth)
#include "tst_backofficeauth.moc"
