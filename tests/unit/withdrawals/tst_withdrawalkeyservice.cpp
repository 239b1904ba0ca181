// A customer's withdrawal keys and the signatures required (M of N) on this
// run's backend: keys are stored in their canonical spelling and every
// change is audited with before and after; a key that is not a signing key
// of its chain, a duplicate, an unknown customer, an actor who may not
// change settings, a threshold above the number of keys and a removal that
// would leave fewer keys than required are refused, changing nothing.

#include "core/base/manualclock.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/withdrawals/withdrawalkeyservice.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace exchange;
using namespace exchange::withdrawals;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

// EIP-55's example in lower case, SEP-0023's account and a muxed id on it,
// and an Algorand address of the all-zero key.
const std::string kEthLower = "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed";
const std::string kEthChecksummed = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
const std::string kStellar = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const std::string kMuxed = "MA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJUAAAAAAAAAAAACJUQ";
const std::string kAlgo = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAY5HFKQ";

} // namespace

class TestWithdrawalKeyService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void keysAreStoredCanonicalAndAudited();
    void refusalsChangeNothing();
    void thresholdStaysWithinTheKeys();
    void onlyAdminsWithACodeChangeKeys();

private:
    std::size_t auditCount() { return m_audit->list().value().size(); }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<WithdrawalKeyService> m_keys;
    std::int64_t m_ada = 0;
    Actor m_admin; // an admin operator row (testAdmin), made with the database
};

void TestWithdrawalKeyService::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_admin = testAdmin(*m_db, "tester");
    m_ada = CustomerRepository(m_db->connection()).add(QStringLiteral("Ada"), QString(), 1).value().id;
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_keys = std::make_unique<WithdrawalKeyService>(*m_db, m_clock, *m_audit);
}

void TestWithdrawalKeyService::cleanup()
{
    m_keys.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestWithdrawalKeyService::keysAreStoredCanonicalAndAudited()
{
    auto empty = m_keys->policy(m_ada);
    QVERIFY(empty.ok());
    QVERIFY(empty->keys.empty());
    QCOMPARE(empty->required, 1);

    auto eth = m_keys->add(m_admin, m_ada, Chain::Ethereum, kEthLower);
    QVERIFY2(eth.ok(), eth.ok() ? "" : eth.error().message.c_str());
    QCOMPARE(eth->address, kEthChecksummed);
    QCOMPARE(eth->addedBy, std::string("tester"));
    m_clock.advance(1000);
    QVERIFY(m_keys->add(m_admin, m_ada, Chain::Stellar, kStellar).ok());
    m_clock.advance(1000);
    QVERIFY(m_keys->add(m_admin, m_ada, Chain::Algorand, kAlgo).ok());
    QVERIFY(m_keys->require(m_admin, m_ada, 2).ok());

    auto policy = m_keys->policy(m_ada);
    QVERIFY(policy.ok());
    QCOMPARE(policy->keys.size(), std::size_t(3));
    QCOMPARE(policy->required, 2);
    // Oldest first.
    QCOMPARE(policy->keys.at(0).address, kEthChecksummed);
    QCOMPARE(policy->keys.at(1).address, kStellar);
    QCOMPARE(policy->keys.at(2).address, kAlgo);
    QCOMPARE(policy->keys.at(2).chain, Chain::Algorand);

    auto entries = m_audit->list();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), std::size_t(4));
    const security::AuditEntry &require = entries->front(); // newest first
    QCOMPARE(require.action, std::string("withdrawal_key.require"));
    QCOMPARE(require.objectType, std::string("customer"));
    QCOMPARE(require.objectId, std::to_string(m_ada));
    const QJsonObject before = QJsonDocument::fromJson(QByteArray::fromStdString(require.before)).object();
    const QJsonObject after = QJsonDocument::fromJson(QByteArray::fromStdString(require.after)).object();
    QCOMPARE(before.value(QStringLiteral("signatures_required")).toInt(), 1);
    QCOMPARE(after.value(QStringLiteral("signatures_required")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("withdrawal_keys")).toArray().size(), 3);
    QVERIFY(m_audit->verify().ok());
}

void TestWithdrawalKeyService::refusalsChangeNothing()
{
    QVERIFY(m_keys->add(m_admin, m_ada, Chain::Stellar, kStellar).ok());
    const std::size_t audited = auditCount();
    const auto expect = [&](const Result<WithdrawalKey> &r, ErrorCode code) {
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
    };
    expect(m_keys->add(m_admin, m_ada, Chain::Stellar, kStellar), ErrorCode::Conflict);
    expect(m_keys->add(m_admin, m_ada, Chain::Stellar, kMuxed), ErrorCode::InvalidInput);
    expect(m_keys->add(m_admin, m_ada, Chain::Stellar, kEthLower), ErrorCode::InvalidInput);
    expect(m_keys->add(m_admin, m_ada, Chain::Algorand, kAlgo.substr(0, 57) + "A"), ErrorCode::InvalidInput);
    expect(m_keys->add(m_admin, 987654, Chain::Stellar, kStellar), ErrorCode::NotFound);
    auto removed = m_keys->remove(m_admin, m_ada, Chain::Ethereum, kEthLower);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().code, ErrorCode::NotFound);
    QVERIFY(!m_keys->policy(987654).ok());
    QCOMPARE(auditCount(), audited);
    QCOMPARE(m_keys->policy(m_ada)->keys.size(), std::size_t(1));
}

void TestWithdrawalKeyService::thresholdStaysWithinTheKeys()
{
    QCOMPARE(m_keys->require(m_admin, m_ada, 0).error().code, ErrorCode::InvalidInput);
    QVERIFY(m_keys->require(m_admin, m_ada, 1).ok()); // the default, allowed with no keys
    QVERIFY(m_keys->add(m_admin, m_ada, Chain::Stellar, kStellar).ok());
    QCOMPARE(m_keys->require(m_admin, m_ada, 2).error().code, ErrorCode::InvalidInput);
    QVERIFY(m_keys->add(m_admin, m_ada, Chain::Ethereum, kEthLower).ok());
    QVERIFY(m_keys->require(m_admin, m_ada, 2).ok());
    const std::size_t audited = auditCount();
    auto refused = m_keys->remove(m_admin, m_ada, Chain::Ethereum, kEthChecksummed);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::WrongState);
    QCOMPARE(auditCount(), audited);
    QCOMPARE(m_keys->policy(m_ada)->keys.size(), std::size_t(2));
    QVERIFY(m_keys->require(m_admin, m_ada, 1).ok());
    QVERIFY(m_keys->remove(m_admin, m_ada, Chain::Ethereum, kEthChecksummed).ok());
    QCOMPARE(m_keys->policy(m_ada)->keys.size(), std::size_t(1));
    QCOMPARE(m_keys->policy(m_ada)->required, 1);
}

void TestWithdrawalKeyService::onlyAdminsWithACodeChangeKeys()
{
    Actor approver = Actor::fromOperator(2, "bob", Role::Approver);
    approver.secondFactor = true;
    Actor adminWithoutCode = Actor::fromOperator(3, "carol", Role::Admin);
    Actor admin = adminWithoutCode;
    admin.secondFactor = true;
    QCOMPARE(m_keys->add(approver, m_ada, Chain::Stellar, kStellar).error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_keys->add(adminWithoutCode, m_ada, Chain::Stellar, kStellar).error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_keys->require(approver, m_ada, 1).error().code, ErrorCode::Unauthorized);
    QCOMPARE(auditCount(), std::size_t(0));
    QVERIFY(m_keys->add(admin, m_ada, Chain::Stellar, kStellar).ok());
    QCOMPARE(m_keys->remove(approver, m_ada, Chain::Stellar, kStellar).error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_keys->policy(m_ada)->keys.front().addedBy, std::string("carol"));
}

QTEST_GUILESS_MAIN(TestWithdrawalKeyService)
#include "tst_withdrawalkeyservice.moc"
