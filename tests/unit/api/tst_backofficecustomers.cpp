// The back-office API changing customers, on this run's backend, as the
// client "support" (scope customers) with "reader" (scope read only) for
// the refusals of scope:
// - POST /v1/customers adds (201) or updates (200) by external_id, and the
//   same body again is 200 with nothing written (one record, one audit
//   line); malformed JSON, a body that is no object, unknown fields, wrong
//   types and bad values are 400 invalid_body; a closed customer is 409
//   customer_closed; each refusal writes nothing;
// - POST …/freeze and …/unfreeze: 200 with the customer, 409 wrong_state
//   when frozen already, not frozen or closed;
// - GET …/deposit-address?asset=: issued once (issued_now true, then false),
//   Stellar's base account with memo id and M-address, Ethereum from the
//   recorded xpub with its index; a frozen customer still gets theirs;
//   400 unknown_asset, 503 deposit_key_not_set_up / deposit_pool_empty,
//   409 customer_closed, nothing written by any of them;
// - GET/POST …/addresses and DELETE …/addresses/{chain}/{address}: the
//   customer's own addresses through CustomerAddressBook, 409 when listed
//   already or refused (an exchange wallet), 404 when not listed;
// - every change is audited as actor kind api, name api:support; a client
//   without scope customers is 403 and writes nothing.

#include "core/api/apiclientservice.h"
#include "core/api/backofficeserver.h"
#include "core/api/backofficesigning.h"
#include "core/base/manualclock.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/crypto/base64.h"
#include "core/crypto/bip39.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hex.h"
#include "core/customers/customeraddressbook.h"
#include "core/customers/customerservice.h"
#include "core/customers/depositaddressservice.h"
#include "core/customers/depositkeys.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testsigners.h"

#include <QJsonArray>
#include <QSqlRecord>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::api;
using Status = HttpResponse::StatusCode;

namespace {

constexpr qint64 kStart = 1'700'000'000'000;
constexpr std::string_view kMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
// Stellar's published SEP-23 example account, the hot wallet here.
constexpr const char *kStellarHot = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
constexpr const char *kAlgorandHot = "HZ57J3K46JIJXILONBBZOHX6BKPXEM2VVXNRFSUED6DKFD5ZD24PMJ3MVA";
// A customer's own Stellar address (not the exchange's).
constexpr const char *kOwnStellar = "GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H";

std::string seedEthereumAddress(std::uint32_t index)
{
    return ethereum::checksumAddress(
        ethereum::addressFromSecretKey(ethereum::secretKeyFromMnemonic(kMnemonic, "", index).value()).value());
}

} // namespace

class TestBackOfficeCustomers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void addsThenUpdatesThenChangesNothing();
    void malformedBodiesAreRefusedAndWriteNothing();
    void aClosedCustomerIsNotUpdated();
    void freezeAndUnfreeze();
    void withoutScopeCustomersNothingIsWritten();
    void depositAddressStellarAndItsRefusals();
    void depositAddressEthereumFromTheXpub();
    void theCustomersOwnAddresses();

private:
    HttpResponse send(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
                      const QByteArray &client = "support");
    QJsonObject json(const HttpResponse &r) { return QJsonDocument::fromJson(r.body()).object(); }
    QString codeOf(const HttpResponse &r) { return json(r).value(QStringLiteral("code")).toString(); }
    // Every row a refusal must leave alone: customers, wallets (deposit
    // addresses), their own addresses and the audit log.
    QString snapshot();
    std::vector<security::AuditEntry> auditOf(const char *actionPrefix);
    void addHotWallets();
    void customer(const char *externalId, const char *name);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{kStart};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<customers::CustomerService> m_customers;
    std::unique_ptr<customers::DepositAddressService> m_depositAddresses;
    std::unique_ptr<customers::CustomerAddressBook> m_addressBook;
    std::unique_ptr<ApiClientService> m_clients;
    std::unique_ptr<BackOfficeServer> m_server;
    QByteArray m_pin;
    std::map<QByteArray, QByteArray> m_seeds;
    int m_nonce = 0;
};

void TestBackOfficeCustomers::init()
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
    m_signers->trustVault(*m_vault, "root", "back office customers passphrase");
    m_pin = *m_vault->pinnedAdminKey().value();
    m_customers = std::make_unique<customers::CustomerService>(*m_db, m_clock, *m_audit);
    m_depositAddresses = std::make_unique<customers::DepositAddressService>(*m_db, m_clock, *m_audit);
    m_addressBook = std::make_unique<customers::CustomerAddressBook>(*m_db, m_clock, *m_audit);
    m_clients = std::make_unique<ApiClientService>(*m_db, m_clock, *m_audit);
    m_server = std::make_unique<BackOfficeServer>(*m_db, *m_clients, *m_customers, m_clock, [this] { return m_pin; });
    m_server->setDepositAddresses(m_depositAddresses.get());
    m_server->setAddressBook(m_addressBook.get());
    for (const auto &[name, scopes] : {std::pair<QByteArray, const char *>{"reader", "read"}, {"support", "customers"}}) {
        m_seeds[name] = crypto::ed25519::randomSeed();
        QVERIFY(m_clients->add(m_signers->confirmed("root"), QString::fromLatin1(name),
                               QString::fromStdString(hex::encode(crypto::ed25519::publicKeyFromSeed(m_seeds[name]))),
                               QString::fromLatin1(scopes)));
    }
}

void TestBackOfficeCustomers::cleanup()
{
    if (m_db)
        QVERIFY(m_audit->verify().value().intact);
    m_server.reset();
    m_clients.reset();
    m_addressBook.reset();
    m_depositAddresses.reset();
    m_customers.reset();
    m_vault.reset();
    m_signers.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

HttpResponse TestBackOfficeCustomers::send(const QByteArray &method, const QByteArray &target, const QByteArray &body,
                                           const QByteArray &client)
{
    HttpRequest r;
    r.method = method;
    r.target = target;
    r.path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
    r.body = body;
    const QByteArray timestamp = QByteArray::number(m_clock.nowMs() / 1000);
    const QByteArray nonce = "customers-nonce-" + QByteArray::number(++m_nonce).rightJustified(6, '0');
    const QByteArray canonical = backoffice::canonicalString(method, target, timestamp, nonce, body);
    const QByteArray signature =
        QByteArray::fromStdString(base64::encode(crypto::ed25519::sign(m_seeds.at(client), canonical)));
    r.headers = {{"x-client", client}, {"x-timestamp", timestamp}, {"x-nonce", nonce}, {"x-signature", signature}};
    r.source = QHostAddress::LocalHost;
    return m_server->answer(r);
}

QString TestBackOfficeCustomers::snapshot()
{
    QString text;
    for (const char *table : {"customers", "wallets", "customer_addresses"}) {
        auto q = sql::run(m_db->connection(), QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
        if (!q)
            return QStringLiteral("cannot read ") + QLatin1String(table);
        while (q.value().next()) {
            const int columns = q.value().record().count();
            for (int i = 0; i < columns; ++i)
                text += q.value().value(i).toString() + QLatin1Char('|');
            text += QLatin1Char('\n');
        }
    }
    return text + QString::number(m_audit->list().value().size());
}

std::vector<security::AuditEntry> TestBackOfficeCustomers::auditOf(const char *actionPrefix)
{
    security::AuditFilter filter;
    filter.action = actionPrefix;
    return m_audit->list(filter).value();
}

void TestBackOfficeCustomers::addHotWallets()
{
    wallets::WalletRepository rows(m_db->connection(), m_db->dialect());
    QVERIFY(rows.add({0, Chain::Ethereum, wallets::WalletTier::Hot, "ETH", seedEthereumAddress(0), {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(rows.add({0, Chain::Algorand, wallets::WalletTier::Hot, "ALGO", kAlgorandHot, {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(rows.add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kStellarHot, {}, {}, false, {}, 0}, 1).ok());
}

void TestBackOfficeCustomers::customer(const char *externalId, const char *name)
{
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("external_id"), QLatin1String(externalId)},
                                                      {QStringLiteral("name"), QLatin1String(name)}})
                                .toJson(QJsonDocument::Compact);
    QCOMPARE(send("POST", "/v1/customers", body).status(), Status::Created);
}

void TestBackOfficeCustomers::addsThenUpdatesThenChangesNothing()
{
    const QByteArray body = R"({"external_id":"u-100","name":"Ada Lovelace","email":"ada@example.org"})";
    const HttpResponse added = send("POST", "/v1/customers", body);
    QCOMPARE(added.status(), Status::Created);
    QCOMPARE(json(added).value(QStringLiteral("external_id")).toString(), QStringLiteral("u-100"));
    QCOMPARE(json(added).value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(json(added).value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(json(added).value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    const auto stored = m_customers->findByExternalId(QStringLiteral("u-100"));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().name, QStringLiteral("Ada Lovelace"));
    auto adds = auditOf("customer.add");
    QCOMPARE(adds.size(), std::size_t{1});
    QCOMPARE(adds.front().actorKind, std::string("api"));
    QCOMPARE(adds.front().actorName, std::string("api:support"));
    QCOMPARE(adds.front().objectId, std::to_string(stored.value().id));

    // The same body again: one record, one audit line.
    const QString before = snapshot();
    const HttpResponse same = send("POST", "/v1/customers", body);
    QCOMPARE(same.status(), Status::Ok);
    QCOMPARE(json(same).value(QStringLiteral("name")).toString(), QStringLiteral("Ada Lovelace"));
    QCOMPARE(snapshot(), before);
    QCOMPARE(auditOf("customer.").size(), std::size_t{1});

    // Without email: the email stays; a new name is an update.
    m_clock.advance(1000);
    const HttpResponse updated = send("POST", "/v1/customers", R"({"external_id":"u-100","name":"Ada King"})");
    QCOMPARE(updated.status(), Status::Ok);
    QCOMPARE(json(updated).value(QStringLiteral("name")).toString(), QStringLiteral("Ada King"));
    QCOMPARE(json(updated).value(QStringLiteral("email")).toString(), QStringLiteral("ada@example.org"));
    QCOMPARE(m_customers->findByExternalId(QStringLiteral("u-100")).value().name, QStringLiteral("Ada King"));
    auto updates = auditOf("customer.update");
    QCOMPARE(updates.size(), std::size_t{1});
    QCOMPARE(updates.front().actorName, std::string("api:support"));
    QCOMPARE(updates.front().actorKind, std::string("api"));
    // An empty email removes it.
    const HttpResponse removed = send("POST", "/v1/customers", R"({"external_id":"u-100","name":"Ada King","email":""})");
    QCOMPARE(removed.status(), Status::Ok);
    QVERIFY(json(removed).value(QStringLiteral("email")).isNull());
    QVERIFY(m_customers->findByExternalId(QStringLiteral("u-100")).value().email.isEmpty());
}

void TestBackOfficeCustomers::malformedBodiesAreRefusedAndWriteNothing()
{
    customer("u-1", "Grace");
    QVERIFY(m_customers->update(m_signers->confirmed("root"), QStringLiteral("u-1"), std::nullopt,
                                QStringLiteral("grace@example.org")));
    const QString before = snapshot();
    const std::pair<QByteArray, const char *> bad[] = {
        {"", "invalid_body"},
        {"not json", "invalid_body"},
        {"[1,2]", "invalid_body"},
        {R"({"external_id":"u-2"})", "invalid_body"},                             // no name
        {R"({"name":"Bob"})", "invalid_body"},                                    // no external_id
        {R"({"external_id":"u-2","name":"Bob","role":"admin"})", "invalid_body"}, // unknown field
        {R"({"external_id":7,"name":"Bob"})", "invalid_body"},
        {R"({"external_id":"u-2","name":null})", "invalid_body"},
        {R"({"external_id":"u-2","name":"   "})", "invalid_body"},
        {R"({"external_id":"has space","name":"Bob"})", "invalid_body"},
        {R"({"external_id":"c-77","name":"Bob"})", "invalid_body"},               // the database's own form
        {R"({"external_id":"u-2","name":"Bob","email":"grace@example.org"})", "conflict"}, // Grace's email
        {R"({"external_id":"u-1","name":"Grace","email":5})", "invalid_body"},
    };
    for (const auto &[body, code] : bad) {
        const HttpResponse refused = send("POST", "/v1/customers", body);
        QVERIFY2(codeOf(refused) == QLatin1String(code), body.constData());
        QVERIFY2(refused.status() == (QLatin1String(code) == QLatin1String("conflict") ? Status::Conflict : Status::BadRequest),
                 body.constData());
        QVERIFY2(!json(refused).value(QStringLiteral("error")).toString().isEmpty(), body.constData());
        QCOMPARE(snapshot(), before);
    }
    // The field is named.
    QVERIFY(json(send("POST", "/v1/customers", R"({"external_id":"u-2","name":"Bob","role":"x"})"))
                .value(QStringLiteral("error"))
                .toString()
                .contains(QStringLiteral("role")));
    QCOMPARE(send("GET", "/v1/customers").status(), Status::MethodNotAllowed);
    QCOMPARE(snapshot(), before);
}

void TestBackOfficeCustomers::aClosedCustomerIsNotUpdated()
{
    customer("u-5", "Carol");
    QVERIFY(m_customers->close(m_signers->confirmed("root"), QStringLiteral("u-5")));
    const QString before = snapshot();
    const HttpResponse refused = send("POST", "/v1/customers", R"({"external_id":"u-5","name":"Caroline"})");
    QCOMPARE(refused.status(), Status::Conflict);
    QCOMPARE(codeOf(refused), QStringLiteral("customer_closed"));
    QCOMPARE(snapshot(), before);
    // Equal to what is stored: nothing to change, so nothing refused.
    const HttpResponse same = send("POST", "/v1/customers", R"({"external_id":"u-5","name":"Carol"})");
    QCOMPARE(same.status(), Status::Ok);
    QCOMPARE(json(same).value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(snapshot(), before);
}

void TestBackOfficeCustomers::freezeAndUnfreeze()
{
    customer("u-7", "Dan");
    const HttpResponse frozen = send("POST", "/v1/customers/u-7/freeze");
    QCOMPARE(frozen.status(), Status::Ok);
    QCOMPARE(json(frozen).value(QStringLiteral("state")).toString(), QStringLiteral("frozen"));
    QCOMPARE(m_customers->findByExternalId(QStringLiteral("u-7")).value().state, CustomerState::Frozen);
    auto freezes = auditOf("customer.freeze");
    QCOMPARE(freezes.size(), std::size_t{1});
    QCOMPARE(freezes.front().actorKind, std::string("api"));
    QCOMPARE(freezes.front().actorName, std::string("api:support"));

    QString before = snapshot();
    const HttpResponse twice = send("POST", "/v1/customers/u-7/freeze", "{}");
    QCOMPARE(twice.status(), Status::Conflict);
    QCOMPARE(codeOf(twice), QStringLiteral("wrong_state"));
    QCOMPARE(codeOf(send("POST", "/v1/customers/u-7/freeze", R"({"reason":"x"})")), QStringLiteral("invalid_body"));
    QCOMPARE(send("GET", "/v1/customers/u-7/freeze").status(), Status::MethodNotAllowed);
    QCOMPARE(codeOf(send("POST", "/v1/customers/u-404/freeze")), QStringLiteral("unknown_customer"));
    QCOMPARE(snapshot(), before);

    const HttpResponse thawed = send("POST", "/v1/customers/u-7/unfreeze", "{}");
    QCOMPARE(thawed.status(), Status::Ok);
    QCOMPARE(json(thawed).value(QStringLiteral("state")).toString(), QStringLiteral("active"));
    QCOMPARE(auditOf("customer.unfreeze").front().actorName, std::string("api:support"));
    before = snapshot();
    QCOMPARE(codeOf(send("POST", "/v1/customers/u-7/unfreeze")), QStringLiteral("wrong_state"));
    QVERIFY(m_customers->close(m_signers->confirmed("root"), QStringLiteral("u-7")));
    before = snapshot();
    QCOMPARE(codeOf(send("POST", "/v1/customers/u-7/freeze")), QStringLiteral("wrong_state"));
    QCOMPARE(snapshot(), before);
}

void TestBackOfficeCustomers::withoutScopeCustomersNothingIsWritten()
{
    addHotWallets();
    customer("u-9", "Eve");
    const QString before = snapshot();
    const QByteArray address = QByteArrayLiteral(R"({"chain":"stellar","address":")") + kOwnStellar + "\"}";
    const std::pair<QByteArray, QByteArray> requests[] = {
        {"POST /v1/customers", R"({"external_id":"u-10","name":"Mallory"})"},
        {"POST /v1/customers", R"({"external_id":"u-9","name":"Mallory"})"},
        {"POST /v1/customers/u-9/freeze", {}},
        {"GET /v1/customers/u-9/deposit-address?asset=XLM", {}},
        {"GET /v1/customers/u-9/addresses", {}},
        {"POST /v1/customers/u-9/addresses", address},
        {"DELETE /v1/customers/u-9/addresses/stellar/" + QByteArray(kOwnStellar), {}},
    };
    for (const auto &[line, body] : requests) {
        const qsizetype space = line.indexOf(' ');
        const HttpResponse refused = send(line.left(space), line.mid(space + 1), body, "reader");
        QVERIFY2(refused.status() == Status::Forbidden, line.constData());
        QCOMPARE(codeOf(refused), QStringLiteral("missing_scope"));
        QCOMPARE(snapshot(), before);
    }
}

void TestBackOfficeCustomers::depositAddressStellarAndItsRefusals()
{
    addHotWallets();
    customer("u-20", "Fay");
    const qint64 id = m_customers->findByExternalId(QStringLiteral("u-20")).value().id;
    QVERIFY(m_customers->freeze(m_signers->confirmed("root"), QStringLiteral("u-20")));

    // Frozen, and still told where to pay: deposits are credited for them.
    const HttpResponse stellar = send("GET", "/v1/customers/u-20/deposit-address?asset=XLM");
    QCOMPARE(stellar.status(), Status::Ok);
    const QJsonObject s = json(stellar);
    QCOMPARE(s.value(QStringLiteral("asset")).toString(), QStringLiteral("XLM"));
    QCOMPARE(s.value(QStringLiteral("chain")).toString(), QStringLiteral("stellar"));
    QCOMPARE(s.value(QStringLiteral("address")).toString(), QLatin1String(kStellarHot));
    QCOMPARE(s.value(QStringLiteral("memo_id")).toString(), QString::number(id));
    QVERIFY(s.value(QStringLiteral("muxed_address")).toString().startsWith(QLatin1Char('M')));
    QVERIFY(!s.contains(QStringLiteral("derivation_index")));
    // The same instructions the service gives.
    const auto service = m_depositAddresses->instructions(id, Chain::Stellar).value();
    QVERIFY(service.has_value());
    QCOMPARE(s.value(QStringLiteral("muxed_address")).toString(), QString::fromStdString(service->muxedAddress));

    const QString before = snapshot();
    const std::tuple<QByteArray, Status, const char *> refusals[] = {
        {"/v1/customers/u-20/deposit-address?asset=DOGE", Status::BadRequest, "unknown_asset"},
        {"/v1/customers/u-20/deposit-address", Status::BadRequest, "invalid_query"},
        {"/v1/customers/u-20/deposit-address?asset=ETH&x=1", Status::BadRequest, "invalid_query"},
        {"/v1/customers/u-404/deposit-address?asset=XLM", Status::NotFound, "unknown_customer"},
        // No xpub recorded, no Algorand pool: said, nothing issued.
        {"/v1/customers/u-20/deposit-address?asset=ETH", Status::ServiceUnavailable, "deposit_key_not_set_up"},
        {"/v1/customers/u-20/deposit-address?asset=ALGO", Status::ServiceUnavailable, "deposit_pool_empty"},
    };
    for (const auto &[target, status, code] : refusals) {
        const HttpResponse refused = send("GET", target);
        QVERIFY2(refused.status() == status, target.constData());
        QVERIFY2(codeOf(refused) == QLatin1String(code), target.constData());
        QCOMPARE(snapshot(), before);
    }
    QVERIFY(json(send("GET", "/v1/customers/u-20/deposit-address?asset=ALGO"))
                .value(QStringLiteral("error"))
                .toString()
                .contains(QStringLiteral("pool is empty")));

    customer("u-21", "Gus");
    QVERIFY(m_customers->close(m_signers->confirmed("root"), QStringLiteral("u-21")));
    const QString closedBefore = snapshot();
    const HttpResponse closed = send("GET", "/v1/customers/u-21/deposit-address?asset=XLM");
    QCOMPARE(closed.status(), Status::Conflict);
    QCOMPARE(codeOf(closed), QStringLiteral("customer_closed"));
    QCOMPARE(snapshot(), closedBefore);
}

void TestBackOfficeCustomers::depositAddressEthereumFromTheXpub()
{
    addHotWallets();
    const QByteArray bytes = crypto::bip39::seedFromMnemonic(kMnemonic).value();
    const security::Actor root = m_signers->confirmed("root");
    QVERIFY(m_vault
                ->storeKey(root, security::KeyVault::kDepositSeedName, "any", "test",
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                                  static_cast<std::size_t>(bytes.size())))
                .ok());
    customers::DepositKeys keys(*m_db, m_clock, *m_audit);
    auto refreshed = keys.refresh(root, *m_vault);
    QVERIFY2(refreshed.ok(), refreshed ? "" : refreshed.error().message.c_str());
    m_vault->lock(root);
    customer("u-30", "Hal");

    const HttpResponse first = send("GET", "/v1/customers/u-30/deposit-address?asset=eth");
    QCOMPARE(first.status(), Status::Ok);
    QCOMPARE(json(first).value(QStringLiteral("asset")).toString(), QStringLiteral("ETH"));
    QCOMPARE(json(first).value(QStringLiteral("chain")).toString(), QStringLiteral("ethereum"));
    const qint64 index = json(first).value(QStringLiteral("derivation_index")).toInteger(-1);
    QVERIFY(index >= 0);
    QCOMPARE(json(first).value(QStringLiteral("address")).toString(),
             QString::fromStdString(seedEthereumAddress(static_cast<std::uint32_t>(index))));
    QCOMPARE(json(first).value(QStringLiteral("issued_now")).toBool(), true);
    QVERIFY(!json(first).contains(QStringLiteral("memo_id")));
    auto issued = auditOf("customer.deposit_address");
    QCOMPARE(issued.size(), std::size_t{1});
    QCOMPARE(issued.front().actorKind, std::string("api"));
    QCOMPARE(issued.front().actorName, std::string("api:support"));

    // Issued once: the same address, nothing written.
    const QString before = snapshot();
    const HttpResponse again = send("GET", "/v1/customers/u-30/deposit-address?asset=ETH");
    QCOMPARE(again.status(), Status::Ok);
    QCOMPARE(json(again).value(QStringLiteral("address")), json(first).value(QStringLiteral("address")));
    QCOMPARE(json(again).value(QStringLiteral("issued_now")).toBool(), false);
    QCOMPARE(snapshot(), before);
}

void TestBackOfficeCustomers::theCustomersOwnAddresses()
{
    addHotWallets();
    customer("u-40", "Ida");
    const HttpResponse empty = send("GET", "/v1/customers/u-40/addresses");
    QCOMPARE(empty.status(), Status::Ok);
    QCOMPARE(json(empty).value(QStringLiteral("addresses")).toArray().size(), 0);

    const QByteArray body = QByteArrayLiteral(R"({"chain":"stellar","address":")") + kOwnStellar + R"(","label":"Ledger"})";
    const HttpResponse added = send("POST", "/v1/customers/u-40/addresses", body);
    QCOMPARE(added.status(), Status::Created);
    QCOMPARE(json(added).value(QStringLiteral("address")).toString(), QLatin1String(kOwnStellar));
    QCOMPARE(json(added).value(QStringLiteral("label")).toString(), QStringLiteral("Ledger"));
    QCOMPARE(json(added).value(QStringLiteral("added_by")).toString(), QStringLiteral("api:support"));
    const qint64 id = m_customers->findByExternalId(QStringLiteral("u-40")).value().id;
    QCOMPARE(m_addressBook->list(id).value().size(), std::size_t{1});
    const auto entries = m_audit->list().value();
    QCOMPARE(entries.front().actorKind, std::string("api")); // newest first
    QCOMPARE(entries.front().actorName, std::string("api:support"));

    const HttpResponse listed = send("GET", "/v1/customers/u-40/addresses");
    const QJsonArray items = json(listed).value(QStringLiteral("addresses")).toArray();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject().value(QStringLiteral("chain")).toString(), QStringLiteral("stellar"));

    const QString before = snapshot();
    const std::tuple<QByteArray, Status, const char *> refusals[] = {
        {body, Status::Conflict, "address_listed"},
        {QByteArrayLiteral(R"({"chain":"stellar","address":")") + kStellarHot + "\"}", Status::Conflict, "address_refused"},
        {R"({"chain":"stellar","address":"GNOTANADDRESS"})", Status::BadRequest, "invalid_address"},
        {R"({"chain":"dogecoin","address":"x"})", Status::BadRequest, "invalid_body"},
        {R"({"chain":"stellar"})", Status::BadRequest, "invalid_body"},
        {QByteArrayLiteral(R"({"chain":"stellar","address":")") + kOwnStellar + R"(","memo":"1"})", Status::BadRequest,
         "invalid_body"},
    };
    for (const auto &[refusedBody, status, code] : refusals) {
        const HttpResponse refused = send("POST", "/v1/customers/u-40/addresses", refusedBody);
        QVERIFY2(refused.status() == status, refusedBody.constData());
        QVERIFY2(codeOf(refused) == QLatin1String(code), refusedBody.constData());
        QCOMPARE(snapshot(), before);
    }
    QCOMPARE(codeOf(send("DELETE", "/v1/customers/u-40/addresses/stellar/" + QByteArray(kStellarHot))),
             QStringLiteral("address_not_listed"));
    QCOMPARE(send("DELETE", "/v1/customers/u-40/addresses/stellar/GNOTANADDRESS").status(), Status::NotFound);
    QCOMPARE(send("DELETE", "/v1/customers/u-40/addresses").status(), Status::MethodNotAllowed);
    QCOMPARE(send("GET", "/v1/customers/u-40/addresses/stellar/" + QByteArray(kOwnStellar)).status(),
             Status::MethodNotAllowed);
    QCOMPARE(snapshot(), before);

    const HttpResponse removed = send("DELETE", "/v1/customers/u-40/addresses/stellar/" + QByteArray(kOwnStellar));
    QCOMPARE(removed.status(), Status::NoContent);
    QVERIFY(removed.body().isEmpty());
    QCOMPARE(m_addressBook->list(id).value().size(), std::size_t{0});
    QCOMPARE(m_audit->list().value().front().actorName, std::string("api:support"));
    QCOMPARE(send("DELETE", "/v1/customers/u-40/addresses/stellar/" + QByteArray(kOwnStellar)).status(), Status::NotFound);
}

QTEST_GUILESS_MAIN(TestBackOfficeCustomers)
#include "tst_backofficecustomers.moc"
