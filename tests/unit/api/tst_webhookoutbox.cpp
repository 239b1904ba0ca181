// The webhook outbox on this run's backend: the database's triggers write an
// event exactly when a change commits, whatever code path made it. A
// withdrawal's request and each change of its state write one
// withdrawal.state_changed (another column changed writes none); a deposit
// arriving at credited, ignored or unattributed writes deposit.<state>
// once (credited again after a dropped collection plan is no news); a
// customer's insert and each change of their id, name, email or state
// write customer.updated. A rolled-back change writes nothing. Each event's
// object, rendered from its snapshot, is what the GET endpoint answered
// right after the change; events refuse UPDATE and DELETE.

#include "core/api/apiclientservice.h"
#include "core/api/backofficebalances.h"
#include "core/api/backofficesigning.h"
#include "core/api/backofficeserver.h"
#include "core/api/webhookobject.h"
#include "core/api/webhookoutbox.h"
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
#include "core/store/unitofwork.h"
#include "core/withdrawals/withdrawalservice.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testsigners.h"

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

class TestWebhookOutbox : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aWithdrawalsRequestAndStateChangesEachWriteOneEvent();
    void aRolledBackChangeWritesNoEvent();
    void depositsCreditedIgnoredAndUnattributed();
    void customersInsertedAndUpdated();
    void eventsAreAppendOnly();

private:
    HttpResponse get(const QByteArray &target);
    // The events written since the last call, oldest first.
    std::vector<WebhookEvent> newEvents();
    QJsonObject rendered(const WebhookEvent &event);
    QJsonObject answer(const QByteArray &target);
    void fundAda();

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
    QByteArray m_seed;
    qint64 m_seenSeq = 0;
    int m_nonce = 0;
};

void TestWebhookOutbox::init()
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
    m_signers->trustVault(*m_vault, "root", "webhook outbox passphrase");
    m_pin = *m_vault->pinnedAdminKey().value();
    m_customers = std::make_unique<customers::CustomerService>(*m_db, m_clock, *m_audit);
    m_clients = std::make_unique<ApiClientService>(*m_db, m_clock, *m_audit);
    m_server = std::make_unique<BackOfficeServer>(*m_db, *m_clients, *m_customers, m_clock, [this] { return m_pin; });
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_seed = crypto::ed25519::randomSeed();
    QVERIFY(m_clients->add(m_signers->confirmed("root"), QStringLiteral("webapp"),
                           QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(m_seed))),
                           QStringLiteral("read,customers")));
    m_tester = testAdmin(*m_db, "tester");
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:ada"), QStringLiteral("Ada"), QString()));
    m_seenSeq = 0;
    newEvents(); // Ada's own is customersInsertedAndUpdated's business
}

void TestWebhookOutbox::cleanup()
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

HttpResponse TestWebhookOutbox::get(const QByteArray &target)
{
    HttpRequest r;
    r.method = "GET";
    r.target = target;
    r.path = target;
    const QByteArray timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    const QByteArray nonce = "outbox-nonce-" + QByteArray::number(++m_nonce).rightJustified(6, '0');
    const QByteArray canonical = backoffice::canonicalString("GET", target, timestamp, nonce, QByteArray());
    const QByteArray signature = QByteArray::fromStdString(base64::encode(crypto::ed25519::sign(m_seed, canonical)));
    r.headers = {{"x-client", "webapp"}, {"x-timestamp", timestamp}, {"x-nonce", nonce}, {"x-signature", signature}};
    r.source = QHostAddress::LocalHost;
    return m_server->answer(r);
}

QJsonObject TestWebhookOutbox::answer(const QByteArray &target)
{
    const HttpResponse r = get(target);
    if (r.status() != HttpResponse::StatusCode::Ok)
        qWarning() << target << r.body();
    return QJsonDocument::fromJson(r.body()).object();
}

std::vector<WebhookEvent> TestWebhookOutbox::newEvents()
{
    auto events = WebhookOutbox(m_db->connection()).after(m_seenSeq, 1000);
    if (!events) {
        qWarning() << events.error().message.c_str();
        return {};
    }
    if (!events.value().empty())
        m_seenSeq = events.value().back().seq;
    return events.value();
}

QJsonObject TestWebhookOutbox::rendered(const WebhookEvent &event)
{
    auto decimals = assetDecimals(*m_db);
    if (!decimals)
        return {};
    auto object = WebhookObject::object(event, decimals.value());
    if (!object)
        qWarning() << object.error().message.c_str();
    return object ? object.value() : QJsonObject();
}

void TestWebhookOutbox::fundAda()
{
    security::AuditedSettings settings(*m_db, m_clock);
    QVERIFY(settings.change(m_tester, "XLM", {{AssetSetting::WithdrawFee, "0.01"}, {AssetSetting::Limit24h, "1000"},
                                             {AssetSetting::Limit72h, "2000"}})
                .ok());
    m_withdrawals = std::make_unique<withdrawals::WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    const auto ada = m_customers->findByExternalId(QStringLiteral("web:ada")).value().id;
    QVERIFY(m_ledger->submit(ledger::TransferRequest::posted("t:ada", ledger::TransferCode::Deposit,
                                                             ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                             ledger::customerAccount(ada, "XLM"), units("5000", 7)))
                .ok());
}

void TestWebhookOutbox::aWithdrawalsRequestAndStateChangesEachWriteOneEvent()
{
    fundAda();
    newEvents();
    const auto ada = m_customers->findByExternalId(QStringLiteral("web:ada")).value().id;
    m_clock.advance(1234);
    auto requested = m_withdrawals->request(m_tester, ada, "XLM", kStellar, units("1000.5", 7)); // over 24h: review
    QVERIFY(requested);
    const QByteArray path = "/v1/withdrawals/" + QByteArray::number(requested.value().id);

    std::vector<WebhookEvent> events = newEvents();
    QCOMPARE(events.size(), size_t{1});
    QCOMPARE(events[0].type, QStringLiteral("withdrawal.state_changed"));
    QCOMPARE(events[0].objectType, QStringLiteral("withdrawal"));
    QCOMPARE(events[0].objectId, requested.value().id);
    QVERIFY(events[0].eventId.startsWith(QStringLiteral("evt_")));
    QCOMPARE(events[0].createdAtMs, m_clock.nowMs());
    const QJsonObject first = rendered(events[0]);
    QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("under_review"));
    QCOMPARE(first.value(QStringLiteral("amount")), QJsonValue(QStringLiteral("1000.5")));
    QCOMPARE(first.value(QStringLiteral("fee")), QJsonValue(QStringLiteral("0.01")));
    QCOMPARE(first.value(QStringLiteral("external_id")).toString(), QStringLiteral("web:ada"));
    QCOMPARE(first, answer(path));

    // Another column changed: no event. The state changed and committed: one.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE withdrawals SET note = 'looked at' WHERE id = ?"),
                     {static_cast<qint64>(requested.value().id)}));
    QVERIFY(newEvents().empty());
    m_clock.advance(5000);
    auto rejected = m_withdrawals->reject(m_tester, requested.value().id, "not today");
    QVERIFY2(rejected, rejected ? "" : rejected.error().message.c_str());
    events = newEvents();
    QCOMPARE(events.size(), size_t{1});
    QCOMPARE(events[0].type, QStringLiteral("withdrawal.state_changed"));
    const QJsonObject second = rendered(events[0]);
    QCOMPARE(second.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
    QCOMPARE(second, answer(path));
    // The first event still shows the withdrawal as it was then.
    QCOMPARE(rendered(WebhookOutbox(m_db->connection()).get(events[0].seq - 1).value()).value(QStringLiteral("state")).toString(),
             QStringLiteral("under_review"));
}

void TestWebhookOutbox::aRolledBackChangeWritesNoEvent()
{
    fundAda();
    const auto ada = m_customers->findByExternalId(QStringLiteral("web:ada")).value().id;
    auto requested = m_withdrawals->request(m_tester, ada, "XLM", kStellar, units("1000.5", 7));
    QVERIFY(requested);
    newEvents();
    {
        UnitOfWork work(*m_db);
        QVERIFY(work.isActive());
        QVERIFY(sql::run(work.db(), QStringLiteral("UPDATE withdrawals SET state = 'rejected' WHERE id = ?"),
                         {static_cast<qint64>(requested.value().id)}));
        QVERIFY(sql::run(work.db(), QStringLiteral("INSERT INTO customers (external_id, name, created_at) VALUES ('web:gone', 'Gone', 1)")));
        QVERIFY(sql::run(work.db(), QStringLiteral("UPDATE customers SET name = 'Ada L.' WHERE id = ?"), {static_cast<qint64>(ada)}));
        // Inside the transaction the events are there …
        auto inside = sql::run(work.db(), QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE seq > ?"), {m_seenSeq});
        QVERIFY(inside && inside.value().next());
        QCOMPARE(inside.value().value(0).toInt(), 3);
        work.rollback();
    }
    // … and gone with it.
    QVERIFY(newEvents().empty());
    // A refused request (more than Ada has) writes no withdrawal and no event.
    QVERIFY(!m_withdrawals->request(m_tester, ada, "XLM", kStellar, units("99999", 7)));
    QVERIFY(newEvents().empty());
}

void TestWebhookOutbox::depositsCreditedIgnoredAndUnattributed()
{
    const auto ada = m_customers->findByExternalId(QStringLiteral("web:ada")).value().id;
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
    const std::int64_t pending = observe("aa01", "100.5", ada, deposits::DepositState::Pending);
    QVERIFY(pending > 0);
    QVERIFY(newEvents().empty()); // pending is no decision yet

    m_clock.advance(60'000);
    QVERIFY(repository.update(pending, deposits::DepositState::Pending, deposits::DepositState::Credited, ada, {}, m_clock.nowMs()));
    std::vector<WebhookEvent> events = newEvents();
    QCOMPARE(events.size(), size_t{1});
    QCOMPARE(events[0].type, QStringLiteral("deposit.credited"));
    QCOMPARE(events[0].objectId, pending);
    QCOMPARE(events[0].createdAtMs, m_clock.nowMs());
    const QJsonObject credited = rendered(events[0]);
    QCOMPARE(credited.value(QStringLiteral("amount")), QJsonValue(QStringLiteral("100.5")));
    QCOMPARE(credited.value(QStringLiteral("state")).toString(), QStringLiteral("credited"));
    QCOMPARE(credited, answer("/v1/deposits/" + QByteArray::number(pending)));

    // Planned for collection and dropped again: credited is no news.
    QVERIFY(repository.update(pending, deposits::DepositState::Credited, deposits::DepositState::CollectionPlanned, ada, {},
                              m_clock.nowMs()));
    QVERIFY(repository.update(pending, deposits::DepositState::CollectionPlanned, deposits::DepositState::Credited, ada, {},
                              m_clock.nowMs()));
    QVERIFY(newEvents().empty());

    const std::int64_t ignored = observe("aa02", "0.0000001", ada, deposits::DepositState::Ignored);
    events = newEvents();
    QCOMPARE(events.size(), size_t{1});
    QCOMPARE(events[0].type, QStringLiteral("deposit.ignored"));
    QCOMPARE(rendered(events[0]).value(QStringLiteral("amount")), QJsonValue(QStringLiteral("0.0000001")));
    QCOMPARE(rendered(events[0]), answer("/v1/deposits/" + QByteArray::number(ignored)));

    // Nobody's: external_id null. Assigned later: credited, now Ada's.
    const std::int64_t stranger = observe("aa03", "3", std::nullopt, deposits::DepositState::Unattributed);
    events = newEvents();
    QCOMPARE(events.size(), size_t{1});
    QCOMPARE(events[0].type, QStringLiteral("deposit.unattributed"));
    QVERIFY(rendered(events[0]).value(QStringLiteral("external_id")).isNull());
    QCOMPARE(rendered(events[0]).value(QStringLiteral("amount")), QJsonValue(QStringLiteral("3")));
    QVERIFY(repository.update(stranger, deposits::DepositState::Unattributed, deposits::DepositState::Credited, ada, {},
                              m_clock.nowMs()));
    events = newEvents();
    QCOMPARE(events.size(), size_t{1});
    QCOMPARE(events[0].type, QStringLiteral("deposit.credited"));
    QCOMPARE(rendered(events[0]), answer("/v1/deposits/" + QByteArray::number(stranger)));
}

void TestWebhookOutbox::customersInsertedAndUpdated()
{
    // Through the service, and in SQL without an external id (the database
    // gives one: SQLite by a second trigger's UPDATE); one event each.
    m_clock.advance(1000);
    auto bob = m_customers->add(m_tester, QStringLiteral("web:bob"), QStringLiteral("Bob"), QStringLiteral("bob@example.com"));
    QVERIFY(bob);
    std::vector<WebhookEvent> events = newEvents();
    QCOMPARE(events.size(), size_t{1});
    QCOMPARE(events[0].type, QStringLiteral("customer.updated"));
    QCOMPARE(events[0].objectId, bob.value().id);
    QCOMPARE(rendered(events[0]), answer("/v1/customers/web:bob"));
    QCOMPARE(rendered(events[0]).value(QStringLiteral("email")).toString(), QStringLiteral("bob@example.com"));

    QVERIFY(sql::run(m_db->connection(), QStringLiteral("INSERT INTO customers (name, created_at) VALUES ('Cy', 77)")));
    events = newEvents();
    QCOMPARE(events.size(), size_t{1});
    const QJsonObject cy = rendered(events[0]);
    QVERIFY(cy.value(QStringLiteral("external_id")).toString().startsWith(QStringLiteral("c-")));
    QCOMPARE(cy.value(QStringLiteral("name")).toString(), QStringLiteral("Cy"));
    QCOMPARE(events[0].createdAtMs, 77);

    m_clock.advance(1000);
    QVERIFY(m_customers->freeze(m_tester, QStringLiteral("web:bob")));
    events = newEvents();
    QCOMPARE(events.size(), size_t{1});
    QCOMPARE(rendered(events[0]).value(QStringLiteral("state")).toString(), QStringLiteral("frozen"));
    QCOMPARE(rendered(events[0]), answer("/v1/customers/web:bob"));
    QVERIFY(m_customers->update(m_tester, QStringLiteral("web:bob"), QStringLiteral("Robert"), std::nullopt));
    events = newEvents();
    QCOMPARE(events.size(), size_t{1});
    QCOMPARE(rendered(events[0]).value(QStringLiteral("name")).toString(), QStringLiteral("Robert"));
    // Nothing the web app sees changed: no event.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE customers SET updated_at = updated_at + 1")));
    QVERIFY(newEvents().empty());
}

void TestWebhookOutbox::eventsAreAppendOnly()
{
    QVERIFY(m_customers->add(m_tester, QStringLiteral("web:bob"), QStringLiteral("Bob"), QString()));
    QCOMPARE(newEvents().size(), size_t{1});
    QVERIFY(!sql::run(m_db->connection(), QStringLiteral("UPDATE webhook_events SET type = 'deposit.credited'")));
    QVERIFY(!sql::run(m_db->connection(), QStringLiteral("DELETE FROM webhook_events")));
    auto count = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE type = 'customer.updated'"));
    QVERIFY(count && count.value().next());
    QCOMPARE(count.value().value(0).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestWebhookOutbox)
#include "tst_webhookoutbox.moc"
