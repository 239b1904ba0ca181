// Warm and cold wallet addresses as admins signed them: an admin who
// confirmed a code signs the address they register (with the one it
// replaces), SignedWallets gives the newest per chain, tier and asset that
// chains to the vault's pin, and skips what an operator who is not an
// admin signed, a statement stored for another wallet, and every address
// registered without a signature; with no pin nothing is in force.

#include "core/base/manualclock.h"
#include "core/chains/stellar/keys.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/security/signedstatements.h"
#include "core/security/trustanchor.h"
#include "core/store/database.h"
#include "core/wallets/signedwallets.h"
#include "core/wallets/walletaddressstatement.h"
#include "core/wallets/walletservice.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testsigners.h"

#include <QTest>

using namespace exchange;
using exchange::wallets::WalletTier;

namespace {

std::string account(char fill)
{
    return stellar::accountIdFromSeed(QByteArray(32, fill));
}

wallets::Wallet stellarWallet(WalletTier tier, const std::string &address)
{
    wallets::Wallet w;
    w.chain = Chain::Stellar;
    w.tier = tier;
    w.asset = "XLM";
    w.address = address;
    return w;
}

} // namespace

class TestSignedWallets : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anAdminsRegistrationIsInForceUntilTheNextOne();
    void unsignedAndUntrustedAddressesAreNotInForce();

private:
    std::optional<std::string> inForce(WalletTier tier) const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<wallets::WalletService> m_wallets;
    QByteArray m_pin;
};

void TestSignedWallets::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_signers = std::make_unique<TestSigners>(*m_db, m_clock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_signers->add("olga", security::Role::Operator);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers->trustVault(*m_vault, "root", "signed wallets test passphrase");
    m_signers->registerKey("root", "olga");
    m_pin = *m_vault->pinnedAdminKey().value();
    m_wallets = std::make_unique<wallets::WalletService>(*m_db, m_clock, *m_audit);
}

void TestSignedWallets::cleanup()
{
    m_wallets.reset();
    m_vault.reset();
    m_signers.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

std::optional<std::string> TestSignedWallets::inForce(WalletTier tier) const
{
    auto read = wallets::SignedWallets::read(m_db->connection(), m_pin);
    if (!read)
        return std::nullopt;
    const auto found = read.value().inForce(Chain::Stellar, tier, "XLM");
    return found ? std::optional<std::string>(found->address) : std::nullopt;
}

void TestSignedWallets::anAdminsRegistrationIsInForceUntilTheNextOne()
{
    QCOMPARE(inForce(WalletTier::Warm), std::nullopt);
    QVERIFY(m_wallets->add(m_signers->confirmed("root"), stellarWallet(WalletTier::Warm, account('\x02'))).ok());
    QVERIFY(m_wallets->add(m_signers->confirmed("root"), stellarWallet(WalletTier::Cold, account('\x03'))).ok());
    QCOMPARE(inForce(WalletTier::Warm), account('\x02'));
    QCOMPARE(inForce(WalletTier::Cold), account('\x03'));
    // A new warm address replaces the old, and says which one it replaces.
    m_clock.advance(1000);
    QVERIFY(m_wallets->add(m_signers->confirmed("root"), stellarWallet(WalletTier::Warm, account('\x04'))).ok());
    QCOMPARE(inForce(WalletTier::Warm), account('\x04'));
    QCOMPARE(inForce(WalletTier::Cold), account('\x03'));
    auto statements = security::SignedStatements(m_db->connection()).forObject("wallet", "stellar.warm.XLM");
    QVERIFY(statements.ok());
    QCOMPARE(statements.value().size(), size_t(2));
    const auto newest = security::Statement::parse(statements.value().back().statement);
    QVERIFY(newest.ok());
    QCOMPARE(newest.value().value("old.address"), std::optional<std::string>(account('\x02')));
    QCOMPARE(newest.value().value("address"), std::optional<std::string>(account('\x04')));
    // Hot's is signed too (it stands in where the vault holds no hot key).
    QVERIFY(m_wallets->add(m_signers->confirmed("root"), stellarWallet(WalletTier::Hot, account('\x01'))).ok());
    QCOMPARE(security::SignedStatements(m_db->connection()).ofKind(wallets::kWalletAddressKind).value().size(), size_t(4));
    QCOMPARE(inForce(WalletTier::Hot), account('\x01'));
}

void TestSignedWallets::unsignedAndUntrustedAddressesAreNotInForce()
{
    QVERIFY(m_wallets->add(m_signers->confirmed("root"), stellarWallet(WalletTier::Warm, account('\x02'))).ok());
    // An admin row that cannot sign registers a row only.
    m_clock.advance(1000);
    QVERIFY(m_wallets->add(testAdmin(*m_db, "tester"), stellarWallet(WalletTier::Warm, account('\x05'))).ok());
    QCOMPARE(inForce(WalletTier::Warm), account('\x02'));
    // An operator who is not an admin signs a warm address: skipped.
    m_clock.advance(1000);
    QVERIFY(security::SignedStatements(m_db->connection())
                .sign(m_signers->confirmed("olga"), "wallet", "stellar.warm.XLM",
                      wallets::walletAddressStatement(stellarWallet(WalletTier::Warm, account('\x06')), std::nullopt),
                      m_clock.nowMs())
                .ok());
    // root's signature of a warm address, stored for cold: skipped.
    QVERIFY(security::SignedStatements(m_db->connection())
                .sign(m_signers->confirmed("root"), "wallet", "stellar.cold.XLM",
                      wallets::walletAddressStatement(stellarWallet(WalletTier::Warm, account('\x07')), std::nullopt),
                      m_clock.nowMs())
                .ok());
    auto read = wallets::SignedWallets::read(m_db->connection(), m_pin);
    QVERIFY(read.ok());
    QCOMPARE(read.value().inForce(Chain::Stellar, WalletTier::Warm, "XLM")->address, account('\x02'));
    QCOMPARE(read.value().inForce(Chain::Stellar, WalletTier::Cold, "XLM"), std::nullopt);
    QCOMPARE(read.value().problems().size(), size_t(2));
    // Traced from no pin, nothing is in force.
    auto unpinned = wallets::SignedWallets::read(m_db->connection(), QByteArray());
    QVERIFY(unpinned.ok());
    QCOMPARE(unpinned.value().inForce(Chain::Stellar, WalletTier::Warm, "XLM"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestSignedWallets)
#include "tst_signedwallets.moc"
