// Deposit addresses issued to customers, on this run's backend:
// - the vault's refresh records the Ethereum xpub once (the database then
//   refuses changing or deleting it; a stored xpub the seed does not give
//   is reported) and tops the Algorand pool up to its size;
// - with the vault locked again, Ethereum addresses are issued from the
//   xpub at 100, 101, … and equal the seed's own keys at those indexes,
//   Algorand addresses come from the pool in index order and equal the
//   seed's SLIP-0010 keys, Stellar gives the hot account, the memo and the
//   M-address; issuing again gives the same address and audits nothing;
// - the refusals (unknown, closed, no hot wallet, no xpub, empty pool, a
//   role that may not) change nothing;
// - two consoles issuing at the same moment, for the same customers, give
//   each customer one address per chain and no address or index twice;
// - a customer is found by an issued address, a memo id and an M-address.

#include "core/base/manualclock.h"
#include "core/base/message.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/chains/stellar/strkey.h"
#include "core/crypto/bip32key.h"
#include "core/crypto/bip39.h"
#include "core/customers/customerservice.h"
#include "core/customers/depositaddressservice.h"
#include "core/customers/depositkeys.h"
#include "core/runtime/attentionreport.h"
#include "core/runtime/coreservices.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "testdatabase.h"
#include "testoperators.h"

#include <QTest>

#include <barrier>
#include <set>
#include <thread>

using namespace exchange;
using namespace exchange::customers;
using exchange::security::Actor;
using exchange::security::Role;

namespace {

constexpr std::string_view kMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";
const QByteArray kPassphrase = QByteArrayLiteral("a long test passphrase");
// Stellar's published SEP-23 example account.
constexpr const char *kStellarHot = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
constexpr const char *kAlgorandHot = "HZ57J3K46JIJXILONBBZOHX6BKPXEM2VVXNRFSUED6DKFD5ZD24PMJ3MVA";

QByteArray seed()
{
    return crypto::bip39::seedFromMnemonic(kMnemonic).value();
}

std::string seedEthereumAddress(std::uint32_t index)
{
    return ethereum::checksumAddress(
        ethereum::addressFromSecretKey(ethereum::secretKeyFromMnemonic(kMnemonic, "", index).value()).value());
}

std::string seedAlgorandAddress(std::uint32_t index)
{
    return algorand::addressFromSeed(algorand::depositSeed(seed(), index).value());
}

std::string said(const Error &e)
{
    return e.message;
}

} // namespace

class TestDepositAddressService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void refreshRecordsTheXpubOnceAndFillsThePool();
    void ethereumFromTheXpubWithTheVaultLocked();
    void algorandFromThePoolOneEach();
    void stellarIsTheHotAccountWithAMemoAndAMuxedAddress();
    void refusalsChangeNothing();
    void aSwappedXpubIsReported();
    void theDatabaseRefusesASecondAddressPerCustomerOrIndex();
    void twoConsolesAtOnceNeverShareAnAddress();
    void customersAreFoundByWhatPaysThem();
    void aLowPoolIsReportedAndToppedUpWhileTheVaultIsUnlocked();

private:
    void addHotWallets();
    void storeSeedAndRefresh(std::int64_t poolSize);
    QString snapshot();
    std::size_t auditCount() { return m_audit->list().value().size(); }
    int issuedAudits()
    {
        int n = 0;
        for (const auto &entry : m_audit->list().value())
            n += entry.action == "customer.deposit_address" ? 1 : 0;
        return n;
    }
    Customer addCustomer(const QString &externalId);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<DepositKeys> m_keys;
    std::unique_ptr<DepositAddressService> m_service;
    std::unique_ptr<CustomerService> m_customers;
    Actor m_operator = Actor::fromOperator(11, "oscar", Role::Operator);
    Actor m_otherOperator = Actor::fromOperator(15, "olga", Role::Operator); // at another console
    Actor m_tester = Actor::cli("tester");
};

void TestDepositAddressService::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    addTestOperators(*m_db, {m_operator, Actor::fromOperator(12, "vera", Role::Viewer),
                             Actor::fromOperator(13, "april", Role::Approver), m_otherOperator});
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    QVERIFY(m_vault->initialize(m_tester, kPassphrase).ok());
    m_keys = std::make_unique<DepositKeys>(*m_db, m_clock, *m_audit);
    m_service = std::make_unique<DepositAddressService>(*m_db, m_clock, *m_audit);
    m_customers = std::make_unique<CustomerService>(*m_db, m_clock, *m_audit);
}

void TestDepositAddressService::cleanup()
{
    if (m_db)
        QVERIFY(m_audit->verify().value().intact);
    m_customers.reset();
    m_service.reset();
    m_keys.reset();
    m_vault.reset();
    m_audit.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestDepositAddressService::addHotWallets()
{
    wallets::WalletRepository rows(m_db->connection(), m_db->dialect());
    QVERIFY(rows.add({0, Chain::Ethereum, wallets::WalletTier::Hot, "ETH", seedEthereumAddress(0), {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(rows.add({0, Chain::Algorand, wallets::WalletTier::Hot, "ALGO", kAlgorandHot, {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(rows.add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kStellarHot, {}, {}, false, {}, 0}, 1).ok());
}

void TestDepositAddressService::storeSeedAndRefresh(std::int64_t poolSize)
{
    const QByteArray bytes = seed();
    QVERIFY(m_vault
                ->storeKey(m_tester, security::KeyVault::kDepositSeedName, "any", "test",
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                                  static_cast<std::size_t>(bytes.size())))
                .ok());
    QVERIFY(m_keys->setPoolSize(m_tester, poolSize).ok());
    auto refreshed = m_keys->refresh(m_tester, *m_vault);
    QVERIFY2(refreshed.ok(), refreshed ? "" : said(refreshed.error()).c_str());
}

Customer TestDepositAddressService::addCustomer(const QString &externalId)
{
    auto added = m_customers->add(m_operator, externalId, QStringLiteral("Name of ") + externalId, QString());
    if (!added)
        qFatal("customer not added: %s", added.error().message.c_str());
    return added.value();
}

QString TestDepositAddressService::snapshot()
{
    QString text;
    for (const wallets::Wallet &w : wallets::WalletRepository(m_db->connection(), m_db->dialect()).list().value())
        text += QStringLiteral("%1|%2|%3|%4\n")
                    .arg(QString::fromStdString(w.address))
                    .arg(w.customerId.value_or(-1))
                    .arg(w.derivationIndex.value_or(-1))
                    .arg(QString::fromLatin1(wallets::walletTierName(w.tier).data()));
    auto xpubs = sql::run(m_db->connection(), QStringLiteral("SELECT COUNT(*) FROM deposit_xpubs"));
    xpubs.value().next();
    return text + xpubs.value().value(0).toString() + QLatin1Char('|') + QString::number(auditCount());
}

void TestDepositAddressService::refreshRecordsTheXpubOnceAndFillsThePool()
{
    addHotWallets();
    QCOMPARE(m_keys->algorandPool().value().size, DepositKeys::kDefaultPoolSize);
    // Without a seed in the vault there is nothing to prepare.
    auto empty = m_keys->refresh(m_tester, *m_vault);
    QVERIFY(empty.ok());
    QVERIFY(!empty.value().seedPresent);
    QVERIFY(!DepositKeys::ethereumXpub(m_db->connection()).value());

    storeSeedAndRefresh(7);
    auto xpub = DepositKeys::ethereumXpub(m_db->connection());
    QVERIFY(xpub.ok() && xpub.value());
    // The account-level key of the seed, as any BIP-32 wallet derives it.
    QCOMPARE(xpub.value()->serialise(),
             crypto::Bip32Key::fromSeed(seed()).value().derive(DepositKeys::kEthereumAccountPath).value().extendedPublicKey());
    auto pool = m_keys->algorandPool().value();
    QCOMPARE(pool.available, 7);
    QCOMPARE(pool.size, 7);
    QVERIFY(!pool.low());

    // A second refresh writes nothing.
    const QString before = snapshot();
    auto again = m_keys->refresh(m_tester, *m_vault);
    QVERIFY(again.ok());
    QVERIFY(!again.value().xpubRecorded);
    QCOMPARE(again.value().poolAdded, 0);
    QCOMPARE(snapshot(), before);

    // The database refuses changing or removing the recorded xpub.
    QVERIFY(!sql::run(m_db->connection(), QStringLiteral("UPDATE deposit_xpubs SET xpub = 'xpub-other'")).ok());
    QVERIFY(!sql::run(m_db->connection(), QStringLiteral("DELETE FROM deposit_xpubs")).ok());
    QCOMPARE(snapshot(), before);

    // Locked: nothing is derived.
    m_vault->lock(m_tester);
    auto locked = m_keys->refresh(m_tester, *m_vault);
    QVERIFY(!locked.ok());
    QCOMPARE(locked.error().code, ErrorCode::WrongState);
}

void TestDepositAddressService::ethereumFromTheXpubWithTheVaultLocked()
{
    addHotWallets();
    storeSeedAndRefresh(1);
    m_vault->lock(m_tester);
    const Customer ada = addCustomer(QStringLiteral("ada"));
    const Customer grace = addCustomer(QStringLiteral("grace"));

    const std::size_t audits = auditCount();
    auto first = m_service->issue(m_operator, QStringLiteral("ada"), Chain::Ethereum);
    QVERIFY2(first.ok(), first ? "" : said(first.error()).c_str());
    QVERIFY(first.value().issuedNow);
    QCOMPARE(first.value().derivationIndex.value(), 100);
    QCOMPARE(first.value().address, seedEthereumAddress(100));
    QCOMPARE(first.value().asset, std::string("ETH"));
    QCOMPARE(auditCount(), audits + 1);
    QCOMPARE(issuedAudits(), 1);

    // Issued once: the same address again, nothing written.
    const QString before = snapshot();
    auto again = m_service->issue(m_operator, QStringLiteral("ada"), Chain::Ethereum);
    QVERIFY(again.ok());
    QVERIFY(!again.value().issuedNow);
    QCOMPARE(again.value().address, first.value().address);
    QCOMPARE(snapshot(), before);

    auto second = m_service->issue(m_operator, QStringLiteral("grace"), Chain::Ethereum);
    QVERIFY(second.ok());
    QCOMPARE(second.value().derivationIndex.value(), 101);
    QCOMPARE(second.value().address, seedEthereumAddress(101));

    auto shown = m_service->instructions(ada.id, Chain::Ethereum);
    QVERIFY(shown.ok() && shown.value());
    QCOMPARE(shown.value()->address, first.value().address);
    QVERIFY(!m_service->instructions(grace.id, Chain::Algorand).value());
}

void TestDepositAddressService::algorandFromThePoolOneEach()
{
    addHotWallets();
    storeSeedAndRefresh(4);
    m_vault->lock(m_tester);
    std::set<std::string> seen;
    for (int i = 0; i < 4; ++i) {
        const QString ext = QStringLiteral("algo-%1").arg(i);
        addCustomer(ext);
        auto issued = m_service->issue(m_operator, ext, Chain::Algorand);
        QVERIFY2(issued.ok(), issued ? "" : said(issued.error()).c_str());
        QCOMPARE(issued.value().derivationIndex.value(), 100 + i);
        QCOMPARE(issued.value().address, seedAlgorandAddress(static_cast<std::uint32_t>(100 + i)));
        QVERIFY(seen.insert(issued.value().address).second);
        QCOMPARE(m_keys->algorandPool().value().available, 3 - i);
    }
    QVERIFY(m_keys->algorandPool().value().low());

    // Empty: refused with what to do, nothing written.
    addCustomer(QStringLiteral("late"));
    const QString before = snapshot();
    auto refused = m_service->issue(m_operator, QStringLiteral("late"), Chain::Algorand);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().message, Message({MessageId::DepositAddressPoolEmpty, {}}).english());
    QCOMPARE(snapshot(), before);

    // Unlocked again: topped up after the highest index, never reusing one.
    QVERIFY(m_vault->unlock(m_tester, kPassphrase).ok());
    auto refilled = m_keys->refresh(m_tester, *m_vault);
    QVERIFY(refilled.ok());
    QCOMPARE(refilled.value().poolAdded, 4);
    auto late = m_service->issue(m_operator, QStringLiteral("late"), Chain::Algorand);
    QVERIFY(late.ok());
    QCOMPARE(late.value().derivationIndex.value(), 104);
    QCOMPARE(late.value().address, seedAlgorandAddress(104));
}

void TestDepositAddressService::stellarIsTheHotAccountWithAMemoAndAMuxedAddress()
{
    addHotWallets();
    const Customer ada = addCustomer(QStringLiteral("ada"));
    const QString before = snapshot();
    auto issued = m_service->issue(m_operator, QStringLiteral("ada"), Chain::Stellar);
    QVERIFY(issued.ok());
    QCOMPARE(issued.value().address, std::string(kStellarHot));
    QCOMPARE(issued.value().memo, std::to_string(ada.id));
    auto muxed = stellar::strkey::decodeMuxedAccount(issued.value().muxedAddress);
    QVERIFY(muxed.ok());
    QCOMPARE(stellar::strkey::encodeAccountId(muxed.value().publicKey), std::string(kStellarHot));
    QCOMPARE(muxed.value().id, static_cast<std::uint64_t>(ada.id));
    QVERIFY(issued.value().muxedAddress.starts_with('M'));
    QCOMPARE(snapshot(), before); // no row: the memo is the customer's id
}

void TestDepositAddressService::refusalsChangeNothing()
{
    addCustomer(QStringLiteral("ada"));
    const Customer gone = addCustomer(QStringLiteral("gone"));
    QVERIFY(m_customers->close(m_operator, QStringLiteral("gone")).ok());
    Q_UNUSED(gone);
    const QString before = snapshot();
    const auto refused = [&](const Actor &actor, const QString &ext, Chain chain) {
        auto r = m_service->issue(actor, ext, chain);
        return r.ok() ? std::string("issued") : r.error().message;
    };
    // No hot wallet yet on any chain.
    QCOMPARE(refused(m_operator, QStringLiteral("ada"), Chain::Ethereum),
             Message({MessageId::DepositAddressNoHotWallet, {"ethereum"}}).english());
    QCOMPARE(refused(m_operator, QStringLiteral("ada"), Chain::Stellar),
             Message({MessageId::DepositAddressNoHotWallet, {"stellar"}}).english());
    QCOMPARE(snapshot(), before);

    addHotWallets();
    const QString withHot = snapshot();
    QCOMPARE(refused(m_operator, QStringLiteral("ada"), Chain::Ethereum), Message({MessageId::DepositAddressNoXpub, {}}).english());
    QCOMPARE(refused(m_operator, QStringLiteral("ada"), Chain::Algorand), Message({MessageId::DepositAddressPoolEmpty, {}}).english());
    QCOMPARE(refused(m_operator, QStringLiteral("nobody"), Chain::Stellar),
             Message({MessageId::CustomerUnknown, {"nobody"}}).english());
    QCOMPARE(snapshot(), withHot);

    storeSeedAndRefresh(3);
    const QString ready = snapshot();
    QCOMPARE(refused(m_operator, QStringLiteral("gone"), Chain::Ethereum),
             Message({MessageId::DepositAddressClosedCustomer, {"gone"}}).english());
    QVERIFY(refused(Actor::fromOperator(12, "vera", Role::Viewer), QStringLiteral("ada"), Chain::Ethereum) != "issued");
    QVERIFY(refused(Actor::fromOperator(13, "april", Role::Approver), QStringLiteral("ada"), Chain::Algorand) != "issued");
    QVERIFY(refused(m_tester, QStringLiteral("ada"), Chain::Ethereum) != "issued");
    QCOMPARE(snapshot(), ready);
}

void TestDepositAddressService::aSwappedXpubIsReported()
{
    addHotWallets();
    // Someone wrote another seed's xpub before the vault's first refresh.
    const std::string other = crypto::Bip32Key::fromSeed(QByteArray(32, '\x07'))
                                  .value()
                                  .derive(DepositKeys::kEthereumAccountPath)
                                  .value()
                                  .extendedPublicKey();
    QVERIFY(sql::run(m_db->connection(),
                     QStringLiteral("INSERT INTO deposit_xpubs (chain, path, xpub, created_at) VALUES ('ethereum', ?, ?, 1)"),
                     {QString::fromLatin1(DepositKeys::kEthereumAccountPath), QString::fromStdString(other)})
                .ok());
    const QByteArray bytes = seed();
    QVERIFY(m_vault
                ->storeKey(m_tester, security::KeyVault::kDepositSeedName, "any", "test",
                           security::SecureBuffer(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                                  static_cast<std::size_t>(bytes.size())))
                .ok());
    auto refreshed = m_keys->refresh(m_tester, *m_vault);
    QVERIFY(!refreshed.ok());
    QCOMPARE(refreshed.error().message, Message({MessageId::DepositXpubMismatch, {}}).english());
    // Ethereum issuing stops, nothing written; the pool does not depend on it.
    addCustomer(QStringLiteral("ada"));
    const QString before = snapshot();
    auto eth = m_service->issue(m_operator, QStringLiteral("ada"), Chain::Ethereum);
    QVERIFY(!eth.ok());
    QCOMPARE(eth.error().message, Message({MessageId::DepositXpubMismatch, {}}).english());
    QCOMPARE(snapshot(), before);
    QVERIFY(m_service->issue(m_operator, QStringLiteral("ada"), Chain::Algorand).ok());
    // The row stays as it was written, and so does the finding.
    auto stored = sql::run(m_db->connection(), QStringLiteral("SELECT xpub FROM deposit_xpubs"));
    QVERIFY(stored.ok() && stored.value().next());
    QCOMPARE(stored.value().value(0).toString().toStdString(), other);
    QVERIFY(!m_keys->refresh(m_tester, *m_vault).ok());
}

// What the retry in issue() stands on: whoever writes the rows, the
// database refuses a second deposit address per customer and chain and a
// second row per chain and derivation index.
void TestDepositAddressService::theDatabaseRefusesASecondAddressPerCustomerOrIndex()
{
    addHotWallets();
    storeSeedAndRefresh(1);
    const Customer ada = addCustomer(QStringLiteral("ada"));
    const Customer bob = addCustomer(QStringLiteral("bob"));
    auto issued = m_service->issue(m_operator, QStringLiteral("ada"), Chain::Ethereum);
    QVERIFY(issued.ok());
    wallets::WalletRepository rows(m_db->connection(), m_db->dialect());
    const auto row = [&](std::int64_t customer, std::int64_t index, std::uint32_t key) {
        return wallets::Wallet{0, Chain::Ethereum, wallets::WalletTier::Deposit, "ETH", seedEthereumAddress(key), customer, index,
                               false, {}, 0};
    };
    const QString before = snapshot();
    // Bob at ada's index (another address): refused.
    auto sameIndex = rows.add(row(bob.id, 100, 500), 1);
    QVERIFY(!sameIndex.ok());
    QCOMPARE(sameIndex.error().code, ErrorCode::Conflict);
    // Ada a second Ethereum address: refused.
    auto second = rows.add(row(ada.id, 501, 501), 1);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QCOMPARE(snapshot(), before);
    // The same index on another chain is another key: the Algorand pool has 100.
    QVERIFY(m_service->issue(m_operator, QStringLiteral("bob"), Chain::Algorand).value().derivationIndex == 100);
}

void TestDepositAddressService::twoConsolesAtOnceNeverShareAnAddress()
{
    addHotWallets();
    constexpr int kCustomers = 12;
    storeSeedAndRefresh(kCustomers);
    m_vault->lock(m_tester);
    for (int i = 0; i < kCustomers; ++i)
        addCustomer(QStringLiteral("race-%1").arg(i));

    // Two operators at two consoles issue to every customer on both chains,
    // at once (each from the other end of the list, so they meet halfway).
    std::barrier sync(2);
    std::vector<std::vector<std::string>> failures(2);
    std::vector<std::thread> threads;
    const QString url = m_testDb->url();
    for (int who = 0; who < 2; ++who) {
        threads.emplace_back([&, who] {
            auto opened = Database::open(url);
            if (!opened) {
                failures[who].push_back(opened.error().message);
                return;
            }
            auto db = std::move(opened).value();
            ManualClock clock{1'700'000'000'000};
            {
                security::AuditLog audit(*db, clock);
                DepositAddressService service(*db, clock, audit);
                for (int i = 0; i < kCustomers; ++i) {
                    const QString ext = QStringLiteral("race-%1").arg(who == 0 ? i : kCustomers - 1 - i);
                    sync.arrive_and_wait();
                    for (Chain chain : {Chain::Ethereum, Chain::Algorand}) {
                        auto issued = service.issue(who == 0 ? m_operator : m_otherOperator, ext, chain);
                        if (!issued)
                            failures[who].push_back(issued.error().message);
                    }
                }
            }
            db->releaseThreadConnection();
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(failures[0], std::vector<std::string>());
    QCOMPARE(failures[1], std::vector<std::string>());

    std::set<std::pair<std::int64_t, int>> customerChains;
    std::set<std::pair<int, std::int64_t>> indexes;
    std::set<std::string> addresses;
    int issued = 0;
    for (const wallets::Wallet &w : wallets::WalletRepository(m_db->connection(), m_db->dialect()).list().value()) {
        if (w.tier != wallets::WalletTier::Deposit || !w.customerId)
            continue;
        ++issued;
        QVERIFY(customerChains.insert({*w.customerId, static_cast<int>(w.chain)}).second);
        QVERIFY(indexes.insert({static_cast<int>(w.chain), *w.derivationIndex}).second);
        QVERIFY(addresses.insert(w.address).second);
        QVERIFY(*w.derivationIndex >= DepositKeys::kFirstCustomerIndex);
    }
    QCOMPARE(issued, 2 * kCustomers);
    QCOMPARE(m_keys->algorandPool().value().available, 0);
    // One audit record per address issued, however often it was asked for.
    QCOMPARE(issuedAudits(), 2 * kCustomers);
}

void TestDepositAddressService::customersAreFoundByWhatPaysThem()
{
    addHotWallets();
    storeSeedAndRefresh(2);
    const Customer ada = addCustomer(QStringLiteral("ada"));
    const Customer grace = addCustomer(QStringLiteral("grace"));
    const auto eth = m_service->issue(m_operator, QStringLiteral("ada"), Chain::Ethereum).value();
    const auto algo = m_service->issue(m_operator, QStringLiteral("grace"), Chain::Algorand).value();
    const auto xlm = m_service->issue(m_operator, QStringLiteral("grace"), Chain::Stellar).value();

    const auto who = [&](const std::string &text) {
        auto found = m_customers->findByDepositReference(QString::fromStdString(text));
        return found.ok() ? found.value().externalId : QStringLiteral("-");
    };
    QCOMPARE(who(eth.address), QStringLiteral("ada"));
    QCOMPARE(who(QString::fromStdString(eth.address).toLower().toStdString()), QStringLiteral("ada"));
    QCOMPARE(who(algo.address), QStringLiteral("grace"));
    QCOMPARE(who(xlm.memo), QStringLiteral("grace"));
    QCOMPARE(who(xlm.muxedAddress), QStringLiteral("grace"));
    QCOMPARE(who(std::to_string(ada.id)), QStringLiteral("ada"));
    // Not a customer's: the hot wallet, an unissued pool address, nothing.
    QCOMPARE(who(seedEthereumAddress(0)), QStringLiteral("-"));
    QCOMPARE(who(seedAlgorandAddress(101)), QStringLiteral("-"));
    QCOMPARE(who("999999"), QStringLiteral("-"));
    QCOMPARE(who(""), QStringLiteral("-"));
    Q_UNUSED(grace);
}

// The console's own services: the Dashboard's pool-low line, and issuing
// in the process whose vault is unlocked tops the pool up at once.
void TestDepositAddressService::aLowPoolIsReportedAndToppedUpWhileTheVaultIsUnlocked()
{
    addHotWallets();
    for (int i = 0; i < 20; ++i)
        addCustomer(QStringLiteral("pool-%1").arg(i));
    CoreServices services(m_testDb->open());
    auto report = [&] {
        auto r = readAttentionReport(services);
        if (!r)
            qFatal("no attention report: %s", r.error().message.c_str());
        return r.value().algorandPoolLow;
    };
    // No deposit keys prepared yet: an empty pool is no news.
    QVERIFY(!report());

    QVERIFY(services.vault().unlock(m_tester, kPassphrase).ok());
    const QByteArray bytes = seed();
    QVERIFY(services.vault()
                .storeKey(m_tester, security::KeyVault::kDepositSeedName, "any", "test",
                          security::SecureBuffer(reinterpret_cast<const unsigned char *>(bytes.constData()),
                                                 static_cast<std::size_t>(bytes.size())))
                .ok());
    QVERIFY(services.depositKeys().setPoolSize(m_tester, 10).ok());
    QVERIFY(services.depositKeys().refresh(m_tester, services.vault()).ok());
    QVERIFY(!report());

    // Locked: the pool runs down and the Dashboard says so below 10%.
    services.vault().lock(m_tester);
    for (int i = 0; i < 9; ++i)
        QVERIFY(services.depositAddresses().issue(m_operator, QStringLiteral("pool-%1").arg(i), Chain::Algorand).ok());
    QVERIFY(!report()); // 1 of 10 left: not below 10%
    QVERIFY(services.depositAddresses().issue(m_operator, QStringLiteral("pool-9"), Chain::Algorand).ok());
    auto low = report();
    QVERIFY(low);
    QCOMPARE(low->available, 0);
    QCOMPARE(low->size, 10);

    // Unlocked in this process: the issue that leaves the pool low tops it
    // up behind it (without the vault, as above, it did not).
    QVERIFY(services.vault().unlock(m_tester, kPassphrase).ok());
    QVERIFY(services.depositKeys().refresh(m_tester, services.vault()).ok());
    QVERIFY(!report());
    for (int i = 10; i < 19; ++i)
        QVERIFY(services.depositAddresses().issue(m_operator, QStringLiteral("pool-%1").arg(i), Chain::Algorand).ok());
    QCOMPARE(services.depositKeys().algorandPool().value().available, 1);
    auto last = services.depositAddresses().issue(m_operator, QStringLiteral("pool-19"), Chain::Algorand);
    QVERIFY(last.ok());
    QCOMPARE(last.value().derivationIndex.value(), 119);
    QCOMPARE(services.depositKeys().algorandPool().value().available, 10);
    QVERIFY(!report());
    services.vault().lock(m_tester);
    services.database().releaseThreadConnection();
}

QTEST_GUILESS_MAIN(TestDepositAddressService)
#include "tst_depositaddressservice.moc"
