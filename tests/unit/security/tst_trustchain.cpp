// TrustChain decides whose key is whose from signatures alone: it starts at
// the key the vault pins and follows operator.key registrations signed by
// an admin in good standing at the time; rows that claim more (an unknown
// signer, a demoted admin, a forged signature, another operator's key) are
// problems and change nothing.

#include "core/security/decisionsigner.h"
#include "core/security/keyregistration.h"
#include "core/security/securebuffer.h"
#include "core/security/trustchain.h"

#include <QTest>

#include <memory>

using namespace exchange;
using namespace exchange::security;

namespace {

std::shared_ptr<DecisionSigner> signerFrom(char fill, std::int64_t operatorId)
{
    const QByteArray seed(32, fill);
    const SecureBuffer secret(reinterpret_cast<const unsigned char *>(seed.constData()), 32);
    return std::make_shared<DecisionSigner>(operatorId, secret);
}

// A stored statement as SignedStatements::sign writes it: the decision's
// fields, then who signed and when.
SignedStatementRecord signedBy(const DecisionSigner &signer, const std::string &name, Statement statement,
                               std::int64_t atMs, std::int64_t id)
{
    statement.add("operator", signer.operatorId()).add("operator_name", name).add("at", atMs);
    SignedStatementRecord r;
    r.id = id;
    r.kind = statement.kind();
    r.objectType = "operator";
    r.operatorId = signer.operatorId();
    r.publicKey = signer.publicKey();
    r.statement = statement.canonical();
    r.signature = signer.sign(r.statement);
    r.signedAtMs = atMs;
    return r;
}

Statement registration(const DecisionSigner &key, const std::string &name, Role role, bool disabled = false)
{
    return KeyRegistration{key.operatorId(), name, role, disabled, key.publicKey()}.statement();
}

Statement approval(std::int64_t withdrawal)
{
    Statement s("withdrawal.approve");
    s.add("withdrawal", withdrawal);
    return s;
}

} // namespace

class TestTrustChain : public QObject
{
    Q_OBJECT
private slots:
    void startsAtThePinnedAdmin();
    void anAdminRegistersOthers();
    void unknownSignersChangeNothing();
    void aDemotedAdminRegistersNobody();
    void disablingEndsTrust();
    void forgedAndBorrowedSignaturesAreRefused();
    void noPinNoTrust();

private:
    std::shared_ptr<DecisionSigner> m_root = signerFrom('r', 1);
    std::shared_ptr<DecisionSigner> m_alice = signerFrom('a', 2);
    std::shared_ptr<DecisionSigner> m_bob = signerFrom('b', 3);
    std::shared_ptr<DecisionSigner> m_mallory = signerFrom('m', 4);
};

void TestTrustChain::startsAtThePinnedAdmin()
{
    const TrustChain chain(m_root->publicKey(),
                           {signedBy(*m_root, "root", registration(*m_root, "root", Role::Admin), 1000, 1)});
    QVERIFY(chain.problems().empty());
    const auto root = chain.registrationAt(m_root->publicKey(), 1000);
    QVERIFY(root);
    QCOMPARE(root->operatorId, 1);
    QCOMPARE(root->role, Role::Admin);
    QVERIFY(!chain.registrationAt(m_root->publicKey(), 999)); // not before it was signed
}

void TestTrustChain::anAdminRegistersOthers()
{
    const TrustChain chain(m_root->publicKey(),
                           {// Stored out of order: the chain follows the signing time.
                            signedBy(*m_root, "root", registration(*m_alice, "alice", Role::Admin), 2000, 2),
                            signedBy(*m_alice, "alice", registration(*m_bob, "bob", Role::Approver), 3000, 3),
                            signedBy(*m_root, "root", registration(*m_root, "root", Role::Admin), 1000, 1)});
    QVERIFY(chain.problems().empty());
    const auto bob = chain.registrationAt(m_bob->publicKey(), 5000);
    QVERIFY(bob);
    QCOMPARE(bob->username, std::string("bob"));
    QCOMPARE(bob->role, Role::Approver);
    const auto signer = chain.signerOf(signedBy(*m_bob, "bob", approval(9), 6000, 10));
    QVERIFY2(signer.registration, signer.problem.c_str());
    QCOMPARE(signer.registration->operatorId, 3);
}

void TestTrustChain::unknownSignersChangeNothing()
{
    // Mallory writes rows: a registration of her own key as admin, signed
    // by herself, and one of bob's, signed by her.
    const TrustChain chain(m_root->publicKey(),
                           {signedBy(*m_root, "root", registration(*m_root, "root", Role::Admin), 1000, 1),
                            signedBy(*m_mallory, "mallory", registration(*m_mallory, "mallory", Role::Admin), 1500, 2),
                            signedBy(*m_mallory, "mallory", registration(*m_bob, "bob", Role::Admin), 1600, 3)});
    QCOMPARE(chain.problems().size(), std::size_t{2});
    QCOMPARE(chain.problems()[0].statementId, 2);
    QCOMPARE(chain.problems()[1].statementId, 3);
    QVERIFY(!chain.registrationAt(m_mallory->publicKey(), 9000));
    QVERIFY(!chain.registrationAt(m_bob->publicKey(), 9000));
    const auto signer = chain.signerOf(signedBy(*m_mallory, "mallory", approval(9), 6000, 10));
    QVERIFY(!signer.registration);
    QVERIFY(!signer.problem.empty());
}

void TestTrustChain::aDemotedAdminRegistersNobody()
{
    const TrustChain chain(m_root->publicKey(),
                           {signedBy(*m_root, "root", registration(*m_root, "root", Role::Admin), 1000, 1),
                            signedBy(*m_root, "root", registration(*m_alice, "alice", Role::Admin), 2000, 2),
                            signedBy(*m_root, "root", registration(*m_alice, "alice", Role::Viewer), 3000, 3),
                            // Signed by alice after she became a viewer.
                            signedBy(*m_alice, "alice", registration(*m_bob, "bob", Role::Approver), 4000, 4)});
    QCOMPARE(chain.problems().size(), std::size_t{1});
    QCOMPARE(chain.problems()[0].statementId, 4);
    QVERIFY(!chain.registrationAt(m_bob->publicKey(), 5000));
    QCOMPARE(chain.registrationAt(m_alice->publicKey(), 2500)->role, Role::Admin);
    QCOMPARE(chain.registrationAt(m_alice->publicKey(), 3500)->role, Role::Viewer);
}

void TestTrustChain::disablingEndsTrust()
{
    const TrustChain chain(m_root->publicKey(),
                           {signedBy(*m_root, "root", registration(*m_root, "root", Role::Admin), 1000, 1),
                            signedBy(*m_root, "root", registration(*m_bob, "bob", Role::Approver), 2000, 2),
                            signedBy(*m_root, "root", registration(*m_bob, "bob", Role::Approver, true), 3000, 3)});
    QVERIFY(chain.problems().empty());
    QVERIFY(chain.signerOf(signedBy(*m_bob, "bob", approval(9), 2500, 10)).registration);
    QVERIFY(!chain.signerOf(signedBy(*m_bob, "bob", approval(9), 3500, 11)).registration);
    // A new key for bob replaces the old one.
    auto bobsNewKey = signerFrom('B', 3);
    const TrustChain rekeyed(m_root->publicKey(),
                             {signedBy(*m_root, "root", registration(*m_root, "root", Role::Admin), 1000, 1),
                              signedBy(*m_root, "root", registration(*m_bob, "bob", Role::Approver), 2000, 2),
                              signedBy(*m_root, "root", registration(*bobsNewKey, "bob", Role::Approver), 3000, 3)});
    QVERIFY(!rekeyed.registrationAt(m_bob->publicKey(), 3500));
    QVERIFY(rekeyed.registrationAt(bobsNewKey->publicKey(), 3500));
}

void TestTrustChain::forgedAndBorrowedSignaturesAreRefused()
{
    const TrustChain chain(m_root->publicKey(),
                           {signedBy(*m_root, "root", registration(*m_root, "root", Role::Admin), 1000, 1),
                            signedBy(*m_root, "root", registration(*m_bob, "bob", Role::Approver), 2000, 2)});
    // The destination changed after bob signed.
    SignedStatementRecord edited = signedBy(*m_bob, "bob", approval(9), 3000, 10);
    edited.statement.replace("withdrawal=9", "withdrawal=8");
    QCOMPARE(chain.signerOf(edited).problem, std::string("bad signature"));
    // A row that names bob's key but is signed by mallory's.
    SignedStatementRecord borrowed = signedBy(*m_mallory, "bob", approval(9), 3000, 11);
    borrowed.publicKey = m_bob->publicKey();
    QCOMPARE(chain.signerOf(borrowed).problem, std::string("bad signature"));
    // Bob's real signature, stored as if alice (operator 2) had made it.
    SignedStatementRecord moved = signedBy(*m_bob, "bob", approval(9), 3000, 12);
    moved.operatorId = 2;
    QVERIFY(!chain.signerOf(moved).registration);
    // A registration row whose signature does not hold changes nothing.
    SignedStatementRecord forged = signedBy(*m_root, "root", registration(*m_mallory, "mallory", Role::Admin), 2500, 13);
    forged.signature[0] = static_cast<char>(forged.signature[0] ^ 1);
    const TrustChain withForgery(m_root->publicKey(),
                                 {signedBy(*m_root, "root", registration(*m_root, "root", Role::Admin), 1000, 1), forged});
    QCOMPARE(withForgery.problems().size(), std::size_t{1});
    QVERIFY(!withForgery.registrationAt(m_mallory->publicKey(), 9000));
}

void TestTrustChain::noPinNoTrust()
{
    const TrustChain chain(QByteArray(),
                           {signedBy(*m_root, "root", registration(*m_root, "root", Role::Admin), 1000, 1)});
    QCOMPARE(chain.problems().size(), std::size_t{1});
    QVERIFY(!chain.registrationAt(m_root->publicKey(), 2000));
}

QTEST_GUILESS_MAIN(TestTrustChain)
#include "tst_trustchain.moc"
