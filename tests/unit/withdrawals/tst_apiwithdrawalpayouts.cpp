// The payout signer and back-office clients' withdrawals, on this run's
// backend (PayoutStage: root's key pinned, Ada with 5000 XLM): a withdrawal
// a signed client with scope withdrawals requested through
// POST /v1/customers/{external_id}/withdrawals is paid, because the
// client's request kept with it verifies with the key root signed for the
// client and states this withdrawal. Whoever can only write rows gets it
// held as request_not_genuine, nothing signed: the row's amount or
// destination changed in SQL, the kept body changed, a client whose
// statement nobody signed (inserted in SQL), one signed by an admin whose
// key does not chain to the pin, one without the scope withdrawals, and a
// kept request copied under a second withdrawal (the signer's journal pays
// a client's signed request once), and a rejected request's bytes stored
// under a new withdrawal an hour later (the signed time is not the hold's).

#include "core/api/apiclientservice.h"
#include "core/api/backofficeserver.h"
#include "core/api/backofficesigning.h"
#include "core/base/manualclock.h"
#include "core/crypto/base64.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hex.h"
#include "core/customers/customerservice.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/store/unitofwork.h"
#include "core/withdrawals/apiwithdrawalrequestrepository.h"
#include "core/withdrawals/payoutservice.h"
#include "core/withdrawals/withdrawalservice.h"
#include "payoutstage.h"
#include "scriptedpayer.h"
#include "testsigners.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::api;
using exchange::withdrawals::WithdrawalState;

namespace {

const QByteArray kOther = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ"; // hot: a valid account

} // namespace

class TestApiWithdrawalPayouts : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aGenuineClientWithdrawalIsPaid();
    void theRowsAmountChangedInTheDatabaseIsHeld();
    void theRowsDestinationChangedInTheDatabaseIsHeld();
    void theKeptBodyChangedInTheDatabaseIsHeld();
    void aClientNoAdminSignedIsHeld();
    void aClientSignedByAnAdminOffThePinIsHeld();
    void aClientWithoutTheWithdrawalsScopeIsHeld();
    void aKeptRequestCopiedUnderAnotherWithdrawalIsPaidOnce();
    void aRejectedRequestStoredAgainLaterIsHeld();

private:
    QByteArray body(const char *amount) const;
    // Through the server, as the web app asks: the withdrawal's id.
    std::int64_t requestThroughApi(const char *amount);
    // What an insider with the database can make: a withdrawal by
    // "api:<client>" with its ledger holds and a request kept beside it,
    // signed by seed over bodyBytes, without the server.
    std::int64_t forge(const QString &client, const QByteArray &seed, const char *amount);
    withdrawals::ApiWithdrawalRequest signedRequest(const QString &client, const QByteArray &seed, const QByteArray &bodyBytes);
    void addClient(const std::string &admin, const QString &name, const QByteArray &seed, const QString &scopes);
    void exec(const QString &statement, const QVariantList &values = {});
    WithdrawalState state(std::int64_t id);
    void expectPaid(std::int64_t id);
    // Held as request_not_genuine, the withdrawal's note saying why.
    void expectHeld(std::int64_t id, const char *why);

    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<PayoutStage> m_stage;
    std::unique_ptr<customers::CustomerService> m_customers;
    std::unique_ptr<ApiClientService> m_clients;
    std::unique_ptr<BackOfficeServer> m_server;
    QByteArray m_seed;
    QString m_externalId;
    int m_nonce = 0;
};

void TestApiWithdrawalPayouts::init()
{
    m_stage = std::make_unique<PayoutStage>(m_clock);
    QVERIFY2(m_stage->failure().isEmpty(), qPrintable(m_stage->failure()));
    m_stage->chain().hotBalance = Amount::parse("5000", 7).value();
    m_customers = std::make_unique<customers::CustomerService>(m_stage->db(), m_clock, m_stage->audit());
    m_clients = std::make_unique<ApiClientService>(m_stage->db(), m_clock, m_stage->audit());
    const QByteArray pin = *m_stage->vault().pinnedAdminKey().value();
    m_server = std::make_unique<BackOfficeServer>(m_stage->db(), *m_clients, *m_customers, m_clock, [pin] { return pin; });
    m_server->setWithdrawals(&m_stage->withdrawals());
    m_seed = crypto::ed25519::randomSeed();
    addClient("root", QStringLiteral("webapp"), m_seed, QStringLiteral("read,withdrawals"));
    m_externalId = m_customers->find(m_stage->ada()).value().externalId;
}

void TestApiWithdrawalPayouts::cleanup()
{
    m_server.reset();
    m_clients.reset();
    m_customers.reset();
    m_stage.reset();
}

void TestApiWithdrawalPayouts::addClient(const std::string &admin, const QString &name, const QByteArray &seed,
                                         const QString &scopes)
{
    auto added = m_clients->add(m_stage->signers().confirmed(admin), name,
                                QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(seed))), scopes);
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
}

QByteArray TestApiWithdrawalPayouts::body(const char *amount) const
{
    return QByteArray("{\"asset\":\"XLM\",\"amount\":\"") + amount + "\",\"destination\":\""
           + PayoutStage::kDestination + "\"}";
}

withdrawals::ApiWithdrawalRequest TestApiWithdrawalPayouts::signedRequest(const QString &client, const QByteArray &seed,
                                                                           const QByteArray &bodyBytes)
{
    withdrawals::ApiWithdrawalRequest r;
    r.client = client;
    r.method = "POST";
    r.target = "/v1/customers/" + m_externalId.toUtf8().toPercentEncoding() + "/withdrawals";
    r.timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    r.nonce = "payout-test-nonce-" + QByteArray::number(++m_nonce).rightJustified(4, '0');
    r.body = bodyBytes;
    r.signature = QByteArray::fromStdString(base64::encode(
        crypto::ed25519::sign(seed, backoffice::canonicalString(r.method, r.target, r.timestamp, r.nonce, r.body))));
    return r;
}

std::int64_t TestApiWithdrawalPayouts::requestThroughApi(const char *amount)
{
    const withdrawals::ApiWithdrawalRequest signedOne = signedRequest(QStringLiteral("webapp"), m_seed, body(amount));
    HttpRequest r;
    r.method = signedOne.method;
    r.target = r.path = signedOne.target;
    r.body = signedOne.body;
    r.headers = {{"x-client", "webapp"},
                 {"x-timestamp", signedOne.timestamp},
                 {"x-nonce", signedOne.nonce},
                 {"x-signature", signedOne.signature},
                 {"idempotency-key", "key-" + signedOne.nonce}};
    const HttpResponse answer = m_server->answer(r);
    if (answer.status() != HttpResponse::StatusCode::Created)
        qFatal("the API refused: %s", answer.body().constData());
    m_clock.advance(1000);
    return QJsonDocument::fromJson(answer.body()).object().value(QStringLiteral("id")).toInteger();
}

std::int64_t TestApiWithdrawalPayouts::forge(const QString &client, const QByteArray &seed, const char *amount)
{
    const withdrawals::ApiWithdrawalRequest kept = signedRequest(client, seed, body(amount));
    auto w = m_stage->withdrawals().request(
        security::Actor::api(client.toStdString(), {}), m_stage->ada(), "XLM", PayoutStage::kDestination,
        Amount::parse(amount, 7).value(), [&kept](UnitOfWork &work, const withdrawals::WithdrawalRecord &made) -> Result<void> {
            withdrawals::ApiWithdrawalRequest withId = kept;
            withId.withdrawalId = made.id;
            return withdrawals::ApiWithdrawalRequestRepository(work.db()).add(withId);
        });
    if (!w)
        qFatal("forging failed: %s", w.error().message.c_str());
    m_clock.advance(1000);
    return w.value().id;
}

void TestApiWithdrawalPayouts::exec(const QString &statement, const QVariantList &values)
{
    auto done = sql::run(m_stage->db().connection(), statement, values);
    QVERIFY2(done.ok(), done.ok() ? "" : done.error().message.c_str());
}

WithdrawalState TestApiWithdrawalPayouts::state(std::int64_t id)
{
    return m_stage->withdrawals().find(id).value().state;
}

void TestApiWithdrawalPayouts::expectPaid(std::int64_t id)
{
    const int before = m_stage->chain().signings;
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().held, 0);
    QCOMPARE(m_stage->chain().signings, before + 1);
    QCOMPARE(state(id), WithdrawalState::Broadcast);
}

void TestApiWithdrawalPayouts::expectHeld(std::int64_t id, const char *why)
{
    const int before = m_stage->chain().signings;
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(run.value().held, 1);
    QCOMPARE(m_stage->chain().signings, before);
    QCOMPARE(state(id), WithdrawalState::HeldForIntegrity);
    auto audit = sql::run(m_stage->db().connection(),
                          QStringLiteral("SELECT after_value FROM audit_log WHERE action = 'withdrawal.held_for_integrity'"
                                         " AND object_id = ? ORDER BY seq DESC"),
                          {QString::number(id)});
    QVERIFY(audit.ok() && audit.value().next());
    const QJsonObject after = QJsonDocument::fromJson(audit.value().value(0).toString().toUtf8()).object();
    QCOMPARE(after.value(QStringLiteral("check")).toString(), QStringLiteral("request_not_genuine"));
    const std::string note = m_stage->withdrawals().find(id).value().note;
    QVERIFY2(note.find(why) != std::string::npos, note.c_str());
}

void TestApiWithdrawalPayouts::aGenuineClientWithdrawalIsPaid()
{
    const std::int64_t id = requestThroughApi("25");
    QCOMPARE(m_stage->withdrawals().find(id).value().requestedBy, std::string("api:webapp"));
    QCOMPARE(state(id), WithdrawalState::Processing);
    expectPaid(id);
}

void TestApiWithdrawalPayouts::theRowsAmountChangedInTheDatabaseIsHeld()
{
    const std::int64_t id = requestThroughApi("25");
    exec(QStringLiteral("UPDATE withdrawals SET amount = ? WHERE id = ?"),
         {m_stage->db().dialect().amountToSql(Amount::parse("250", 7).value()), QVariant::fromValue<qint64>(id)});
    expectHeld(id, "the signed body's amount is 25");
}

void TestApiWithdrawalPayouts::theRowsDestinationChangedInTheDatabaseIsHeld()
{
    const std::int64_t id = requestThroughApi("25");
    exec(QStringLiteral("UPDATE withdrawals SET destination = ? WHERE id = ?"),
         {QString::fromLatin1(kOther), QVariant::fromValue<qint64>(id)});
    expectHeld(id, "another destination");
}

void TestApiWithdrawalPayouts::theKeptBodyChangedInTheDatabaseIsHeld()
{
    const std::int64_t id = requestThroughApi("25");
    // Body and row agree again, but the client never signed this body.
    exec(QStringLiteral("UPDATE backoffice_withdrawal_requests SET body = ? WHERE withdrawal_id = ?"),
         {QString::fromUtf8(body("2500")), QVariant::fromValue<qint64>(id)});
    exec(QStringLiteral("UPDATE withdrawals SET amount = ? WHERE id = ?"),
         {m_stage->db().dialect().amountToSql(Amount::parse("2500", 7).value()), QVariant::fromValue<qint64>(id)});
    expectHeld(id, "not signed by the back-office client webapp's key");
}

void TestApiWithdrawalPayouts::aClientNoAdminSignedIsHeld()
{
    const QByteArray seed = crypto::ed25519::randomSeed();
    exec(QStringLiteral("INSERT INTO api_clients (name, public_key, scopes, enabled, created_at, updated_at)"
                        " VALUES ('ghost', ?, 'read,withdrawals', 1, 0, 0)"),
         {QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(seed)))});
    const std::int64_t id = forge(QStringLiteral("ghost"), seed, "25");
    expectHeld(id, "no admin signed the back-office client ghost");
}

void TestApiWithdrawalPayouts::aClientSignedByAnAdminOffThePinIsHeld()
{
    // An admin whose key root never registered signs a client of their own.
    m_stage->signers().add("mallory", security::Role::Admin);
    const QByteArray seed = crypto::ed25519::randomSeed();
    addClient("mallory", QStringLiteral("shadow"), seed, QStringLiteral("read,withdrawals"));
    const std::int64_t id = forge(QStringLiteral("shadow"), seed, "25");
    expectHeld(id, "no admin signed the back-office client shadow");
}

void TestApiWithdrawalPayouts::aClientWithoutTheWithdrawalsScopeIsHeld()
{
    const QByteArray seed = crypto::ed25519::randomSeed();
    addClient("root", QStringLiteral("reader"), seed, QStringLiteral("read"));
    const std::int64_t id = forge(QStringLiteral("reader"), seed, "25");
    expectHeld(id, "no scope withdrawals");
}

void TestApiWithdrawalPayouts::aKeptRequestCopiedUnderAnotherWithdrawalIsPaidOnce()
{
    const std::int64_t first = requestThroughApi("25");
    expectPaid(first);
    // The same signed bytes under a second withdrawal the insider made.
    auto kept = withdrawals::ApiWithdrawalRequestRepository(m_stage->db().connection()).of(first);
    QVERIFY(kept && kept.value());
    auto copy = m_stage->withdrawals().request(
        security::Actor::api("webapp", {}), m_stage->ada(), "XLM", PayoutStage::kDestination, Amount::parse("25", 7).value(),
        [&kept](UnitOfWork &work, const withdrawals::WithdrawalRecord &made) -> Result<void> {
            withdrawals::ApiWithdrawalRequest again = *kept.value();
            again.withdrawalId = made.id;
            return withdrawals::ApiWithdrawalRequestRepository(work.db()).add(again);
        });
    QVERIFY(copy);
    const int before = m_stage->chain().signings;
    auto run = m_stage->payouts().run(m_stage->vault());
    QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
    QCOMPARE(m_stage->chain().signings, before);
    QCOMPARE(state(copy.value().id), WithdrawalState::HeldForIntegrity);
}

void TestApiWithdrawalPayouts::aRejectedRequestStoredAgainLaterIsHeld()
{
    // Genuine, held for review (a new destination, as root asks for now)
    // and rejected: never paid, so the journal knows nothing of it.
    QVERIFY(m_stage->withdrawals().setReviewNewDestinations(m_stage->admin(), "XLM", true).ok());
    const std::int64_t first = requestThroughApi("25");
    QCOMPARE(state(first), WithdrawalState::UnderReview);
    QVERIFY(m_stage->withdrawals().reject(m_stage->signers().confirmed("olga"), first, "not this one").ok());
    QVERIFY(m_stage->withdrawals().setReviewNewDestinations(m_stage->admin(), "XLM", false).ok());
    auto kept = withdrawals::ApiWithdrawalRequestRepository(m_stage->db().connection()).of(first);
    QVERIFY(kept && kept.value());
    m_clock.advance(60LL * 60 * 1000);
    auto again = m_stage->withdrawals().request(
        security::Actor::api("webapp", {}), m_stage->ada(), "XLM", PayoutStage::kDestination, Amount::parse("25", 7).value(),
        [&kept](UnitOfWork &work, const withdrawals::WithdrawalRecord &made) -> Result<void> {
            withdrawals::ApiWithdrawalRequest copy = *kept.value();
            copy.withdrawalId = made.id;
            return withdrawals::ApiWithdrawalRequestRepository(work.db()).add(copy);
        });
    QVERIFY(again);
    expectHeld(again.value().id, "the client signed its request at");
}

QTEST_GUILESS_MAIN(TestApiWithdrawalPayouts)
#include "tst_apiwithdrawalpayouts.moc"
