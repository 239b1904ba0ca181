// Decisions signed by the operators' own keys, on this run's backend: an
// operator gets a signing key at TOTP enrolment (sealed under their
// password like the TOTP secret, opened again at sign-in), a confirmed code
// lends it to the decision, the vault pins the admin who created it, an
// admin's signature registers the others, and each approval, rejection,
// manual payout is stored as a signed statement that TrustChain traces to
// the pin and that states the withdrawal as it was decided: a destination
// changed in the database afterwards no longer matches it.

#include "core/base/manualclock.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/decisionsigner.h"
#include "core/security/keyvault.h"
#include "core/security/operatorservice.h"
#include "core/security/signedstatements.h"
#include "core/security/totp.h"
#include "core/security/trustanchor.h"
#include "core/security/trustchain.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/withdrawals/withdrawalrepository.h"
#include "core/withdrawals/withdrawalservice.h"
#include "core/withdrawals/withdrawalstatement.h"
#include "testdatabase.h"

#include <QTest>

using namespace exchange;
using namespace exchange::security;
using namespace exchange::withdrawals;

namespace {
// SEP-0023's example account.
const std::string kStellar = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const QByteArray kTotpSecret = QByteArrayLiteral("12345678901234567890"); // RFC 6238's
const Actor kCli = Actor::cli("tester");
} // namespace

class TestSignedDecisions : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void enrolmentMakesASealedKeyThatSignInOpens();
    void theVaultPinsItsCreatorAndAdminsRegisterTheRest();
    void approvalsAreSignedStatementsOfTheWithdrawal();
    void aPasswordResetForgetsTheKey();

private:
    // Signs in (enrolling TOTP the first time) and confirms a fresh code.
    std::shared_ptr<Session> signIn(const std::string &name);
    Actor confirmed(Session &session);
    void addOperator(const std::string &name, Role role);
    void setUpTrust(); // root creates the vault; olga and pete are approvers

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OperatorService> m_operators;
    std::unique_ptr<KeyVault> m_vault;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<WithdrawalService> m_withdrawals;
    std::map<std::string, std::shared_ptr<Session>> m_sessions;
};

void TestSignedDecisions::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_audit = std::make_unique<AuditLog>(*m_db, m_clock);
    m_operators = std::make_unique<OperatorService>(*m_db, m_clock, *m_audit);
    m_vault = std::make_unique<KeyVault>(*m_db, m_clock, *m_audit, nullptr, KeyVault::Strength::Interactive);
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_withdrawals = std::make_unique<WithdrawalService>(*m_db, m_clock, *m_ledger, *m_audit);
    QVERIFY(m_operators->addFirstAdmin("root", "root-password-1").ok());
}

void TestSignedDecisions::cleanup()
{
    m_sessions.clear();
    m_withdrawals.reset();
    m_ledger.reset();
    m_vault.reset();
    m_operators.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

std::shared_ptr<Session> TestSignedDecisions::signIn(const std::string &name)
{
    auto session = m_operators->login(name, QByteArray::fromStdString(name + "-password-1"));
    if (!session)
        qFatal("sign-in of %s: %s", name.c_str(), session.error().message.c_str());
    if (!session.value()->totpEnrolled()) {
        if (!m_operators->beginEnrolment(*session.value(), kTotpSecret))
            qFatal("enrolment");
        m_clock.advance(30'000); // a code is used once per step
        auto done = m_operators->confirmEnrolment(*session.value(), Totp::codeAt(kTotpSecret, m_clock.nowMs() / 1000));
        if (!done)
            qFatal("enrolment of %s: %s", name.c_str(), done.error().message.c_str());
    }
    m_sessions[name] = session.value();
    return session.value();
}

Actor TestSignedDecisions::confirmed(Session &session)
{
    m_clock.advance(30'000);
    auto actor = m_operators->confirm(session, Totp::codeAt(kTotpSecret, m_clock.nowMs() / 1000));
    if (!actor)
        qFatal("confirm: %s", actor.error().message.c_str());
    return actor.value();
}

void TestSignedDecisions::addOperator(const std::string &name, Role role)
{
    QVERIFY(m_operators->add(kCli, name, role, QByteArray::fromStdString(name + "-password-1")).ok());
}

void TestSignedDecisions::setUpTrust()
{
    auto root = signIn("root");
    const Actor creator = confirmed(*root);
    QVERIFY(m_vault->initialize(creator, "a vault passphrase").ok());
    QVERIFY(registerPinnedAdmin(*m_operators, *m_vault, creator).ok());
    for (const char *name : {"olga", "pete"}) {
        addOperator(name, Role::Approver);
        signIn(name);
        auto registered = m_operators->registerKey(confirmed(*root), name);
        QVERIFY2(registered.ok(), registered.ok() ? "" : registered.error().message.c_str());
    }
}

void TestSignedDecisions::enrolmentMakesASealedKeyThatSignInOpens()
{
    addOperator("olga", Role::Approver);
    // Not enrolled: no key yet, and nothing to sign with.
    auto first = m_operators->login("olga", "olga-password-1");
    QVERIFY(first.ok());
    QVERIFY(first.value()->signingKey().isEmpty());
    auto session = signIn("olga");
    const QByteArray key = session->signingKey();
    QCOMPARE(key.size(), 32);
    const Actor olga = confirmed(*session);
    QVERIFY(olga.signer);
    QCOMPARE(olga.signer->publicKey(), key);
    // Stored: the public key in the clear, the seed only sealed.
    auto row = sql::run(m_db->connection(), QStringLiteral("SELECT public_key, seed_box FROM operator_keys"));
    QVERIFY(row.ok() && row.value().next());
    QCOMPARE(row.value().value(0).toString().toLatin1(), key.toHex());
    QCOMPARE(row.value().value(1).toString().size(), (32 + 16) * 2); // seed + MAC, hex
    // The next sign-in opens the same key; a wrong password opens nothing.
    auto again = m_operators->login("olga", "olga-password-1");
    QVERIFY(again.ok());
    QCOMPARE(again.value()->signingKey(), key);
    QVERIFY(!m_operators->login("olga", "olga-password-2").ok());
    // A session's actor without a confirmed code cannot sign.
    QVERIFY(!m_operators->currentActor(*again.value()).value().signer);
}

void TestSignedDecisions::theVaultPinsItsCreatorAndAdminsRegisterTheRest()
{
    setUpTrust();
    const auto pinned = m_vault->pinnedAdminKey();
    QVERIFY(pinned.ok() && pinned.value());
    QCOMPARE(*pinned.value(), m_sessions["root"]->signingKey());
    QCOMPARE(m_vault->pinAdminKey(kCli, QByteArray(32, 'x')).error().code, ErrorCode::Conflict);

    auto registrations = SignedStatements(m_db->connection()).ofKind(KeyRegistration::kKind);
    QVERIFY(registrations.ok());
    QCOMPARE(registrations.value().size(), std::size_t{3});
    const TrustChain chain(*pinned.value(), registrations.value());
    QVERIFY(chain.problems().empty());
    const auto olga = chain.registrationAt(m_sessions["olga"]->signingKey(), m_clock.nowMs());
    QVERIFY(olga);
    QCOMPARE(olga->username, std::string("olga"));
    QCOMPARE(olga->role, Role::Approver);

    // Only an admin who can sign registers keys: the command line cannot,
    // nor can an approver.
    QCOMPARE(m_operators->registerKey(kCli, "olga").error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_operators->registerKey(confirmed(*m_sessions["pete"]), "olga").error().code, ErrorCode::Unauthorized);

    // The Operators screen's column: all three registered, by root.
    auto listed = m_operators->list(kCli);
    QVERIFY(listed.ok());
    for (const OperatorInfo &o : listed.value()) {
        QCOMPARE(o.signingKey, SigningKeyState::Registered);
        QCOMPARE(o.keyRegisteredBy, std::string("root"));
    }
    // A role changed without a signature (the command line) leaves the
    // key waiting for an admin's; the chain still has the old role.
    QVERIFY(m_operators->setRole(kCli, "pete", Role::Admin).ok());
    for (const OperatorInfo &o : m_operators->list(kCli).value())
        QCOMPARE(o.signingKey, o.username == "pete" ? SigningKeyState::Unregistered : SigningKeyState::Registered);
    const TrustChain unsigned_(*pinned.value(), SignedStatements(m_db->connection()).ofKind(KeyRegistration::kKind).value());
    QCOMPARE(unsigned_.registrationAt(m_sessions["pete"]->signingKey(), m_clock.nowMs())->role, Role::Approver);

    // A role change by an admin who signs is restated for the chain.
    QVERIFY(m_operators->setRole(confirmed(*m_sessions["root"]), "olga", Role::Viewer).ok());
    // The vault is pinned once: unlocking it again changes nothing.
    m_vault->lock(kCli);
    QVERIFY(m_vault->unlock(confirmed(*m_sessions["pete"]), "a vault passphrase").ok());
    QCOMPARE(*m_vault->pinnedAdminKey().value(), m_sessions["root"]->signingKey());
    const TrustChain after(*pinned.value(), SignedStatements(m_db->connection()).ofKind(KeyRegistration::kKind).value());
    QCOMPARE(after.registrationAt(m_sessions["olga"]->signingKey(), m_clock.nowMs())->role, Role::Viewer);
}

void TestSignedDecisions::approvalsAreSignedStatementsOfTheWithdrawal()
{
    setUpTrust();
    const std::int64_t ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    QVERIFY(AuditedSettings(*m_db, m_clock)
                .change(confirmed(*m_sessions["root"]), "XLM", {{AssetSetting::Limit24h, "100"}, {AssetSetting::Limit72h, "200"}})
                .ok());
    QVERIFY(m_ledger
                ->submit(ledger::TransferRequest::posted("test:deposit", ledger::TransferCode::Deposit,
                                                         ledger::walletAccount(ledger::owner::HotWallet, "XLM"),
                                                         ledger::customerAccount(ada, "XLM"),
                                                         Amount::parse("5000", 7).value()))
                .ok());
    auto requested = m_withdrawals->request(kCli, ada, "XLM", kStellar, Amount::parse("500", 7).value());
    QVERIFY(requested.ok());
    QCOMPARE(requested.value().state, WithdrawalState::UnderReview);
    const std::int64_t id = requested.value().id;

    QVERIFY(m_withdrawals->approve(confirmed(*m_sessions["olga"]), id).ok());
    auto stored = SignedStatements(m_db->connection()).forObject("withdrawal", std::to_string(id));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), std::size_t{1});
    const SignedStatementRecord &approval = stored.value().front();
    QCOMPARE(approval.kind, std::string("withdrawal.approve"));

    // Traced to the pin, and saying exactly the withdrawal as stored.
    const TrustChain chain(*m_vault->pinnedAdminKey().value(),
                           SignedStatements(m_db->connection()).ofKind(KeyRegistration::kKind).value());
    const auto signer = chain.signerOf(approval);
    QVERIFY2(signer.registration, signer.problem.c_str());
    QCOMPARE(signer.registration->username, std::string("olga"));
    auto row = WithdrawalRepository(m_db->connection(), m_db->dialect()).get(id);
    QVERIFY(row.ok());
    const QByteArray expected = withdrawalStatement(row.value(), "approve").canonical();
    QVERIFY2(approval.statement.startsWith(expected), approval.statement.constData());

    // Someone with database access changes the destination: the row no
    // longer states what olga signed.
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE withdrawals SET destination = ? WHERE id = ?"),
                     {QStringLiteral("GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H"), QVariant::fromValue<qint64>(id)})
                .ok());
    auto tampered = WithdrawalRepository(m_db->connection(), m_db->dialect()).get(id);
    QVERIFY(!approval.statement.startsWith(withdrawalStatement(tampered.value(), "approve").canonical()));
    // Nor can the stored statement be edited to match.
    QVERIFY(!sql::run(m_db->connection(), QStringLiteral("UPDATE signed_statements SET statement = 'x'")).ok());
    QVERIFY(!sql::run(m_db->connection(), QStringLiteral("DELETE FROM signed_statements")).ok());

    // A rejection is signed too, with its reason.
    auto second = m_withdrawals->request(kCli, ada, "XLM", kStellar, Amount::parse("400", 7).value());
    QVERIFY(second.ok());
    auto rejected = m_withdrawals->reject(confirmed(*m_sessions["pete"]), second.value().id, "destination changed");
    QVERIFY2(rejected.ok(), rejected.ok() ? "" : rejected.error().message.c_str());
    stored = SignedStatements(m_db->connection()).forObject("withdrawal", std::to_string(second.value().id));
    QCOMPARE(stored.value().size(), std::size_t{1});
    QCOMPARE(stored.value().back().kind, std::string("withdrawal.reject"));
    QVERIFY(stored.value().back().statement.contains("\nnote=destination changed\n"));
    QVERIFY(chain.signerOf(stored.value().back()).registration);
}

void TestSignedDecisions::aPasswordResetForgetsTheKey()
{
    setUpTrust();
    const QByteArray old = m_sessions["olga"]->signingKey();
    QVERIFY(m_operators->resetPassword(kCli, "olga", "olga-password-1").ok());
    auto row = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM operator_keys WHERE operator_id ="
                                                           " (SELECT id FROM operators WHERE username = 'olga')"));
    QVERIFY(row.ok() && row.value().next());
    QCOMPARE(row.value().value(0).toInt(), 0);
    // Enrolling again makes a new key, which needs registering again.
    auto session = signIn("olga");
    QVERIFY(!session->signingKey().isEmpty());
    QVERIFY(session->signingKey() != old);
    const TrustChain chain(*m_vault->pinnedAdminKey().value(),
                           SignedStatements(m_db->connection()).ofKind(KeyRegistration::kKind).value());
    QVERIFY(!chain.registrationAt(session->signingKey(), m_clock.nowMs()));
}

QTEST_GUILESS_MAIN(TestSignedDecisions)
#include "tst_signeddecisions.moc"
