// Deposits on this run's backend: the rules of 002_… (min deposit, min
// collection), attribution by deposit address or Stellar memo, assignment
// of unattributed deposits, exactly-once by (chain, txid, index), and the
// ledger after each.

#include "core/base/manualclock.h"
#include "core/deposits/depositrepository.h"
#include "core/deposits/depositservice.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/store/sql.h"
#include "core/wallets/walletrepository.h"
#include "testdatabase.h"
#include "testdepositxpub.h"
#include "testoperators.h"

#include <QTest>

#include <cctype>

using namespace exchange;
using namespace exchange::deposits;
using exchange::security::Actor;

namespace {

// A public address from SEP-0023's examples; Ada's and Grace's Ethereum
// deposit addresses are the recorded test xpub's at indexes 0 and 1.
const std::string kBase = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const std::string &kAdaEth = kTestEthDeposit0;
const std::string &kGraceEth = kTestEthDeposit1;

Amount xlm(const char *text)
{
    return Amount::parse(text, 7).value();
}
Amount eth(const char *text)
{
    return Amount::parse(text, 18).value();
}

ObservedPayment stellar(std::string txid, int index, const char *amount, std::string memo, bool confirmed = true)
{
    return ObservedPayment{Chain::Stellar, std::move(txid), index, "XLM", kBase, "GSENDER", xlm(amount), std::move(memo), confirmed, 100};
}

ObservedPayment ethereum(std::string txid, std::string to, const char *amount)
{
    return ObservedPayment{Chain::Ethereum, std::move(txid), 0, "ETH", std::move(to), "0xsender", eth(amount), {}, true, 5000};
}

std::string lower(std::string s)
{
    for (char &c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

class TestDepositService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void stellarMemoCreditsTheCustomer();
    void belowMinDepositIsIgnoredButHeld();
    void unknownMemoWaitsForAssignment();
    void exactlyOncePerChainTxidIndex();
    void notOursIsSkipped();
    void theExchangesOwnMoneyIsNoDeposit();
    void collectionWaitsForMinCollectionOnTheAddress();
    void pendingUntilConfirmed();
    void cursorCommitsWithTheDeposits();
    void manualIngestIsAuthorisedAndAudited();
    void aDepositWalletTheXpubDoesNotGiveCreditsNobody();
    void aMuxedIdCreditsTheCustomerItNames();
    void aMuxedIdAndADifferentMemoWaitForAnOperator();
    void owedByAddressSumsOnlyWhatIsStillOwed();

private:
    Amount customerBalance(std::int64_t customer, const char *asset);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<DepositService> m_deposits;
    std::int64_t m_ada = 0, m_grace = 0;
};

void TestDepositService::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    CustomerRepository customers(m_db->connection());
    m_ada = customers.add(QStringLiteral("Ada"), QString(), 1).value().id;
    m_grace = customers.add(QStringLiteral("Grace"), QString(), 1).value().id;
    exchange::security::AuditedSettings settings(*m_db, m_clock);
    const Actor admin = testAdmin(*m_db, "tester");
    QVERIFY(settings.change(admin, "XLM", {{AssetSetting::MinDeposit, "1"}, {AssetSetting::MinCollection, "100"}}).ok());
    QVERIFY(settings.change(admin, "ETH", {{AssetSetting::MinDeposit, "0.001"}, {AssetSetting::MinCollection, "0.05"}}).ok());
    QVERIFY(recordTestEthereumXpub(*m_db).ok());
    wallets::WalletRepository walletRepo(m_db->connection(), m_db->dialect());
    wallets::Wallet base{0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kBase, {}, {}, false, {}, 0};
    QVERIFY(walletRepo.add(base, 1).ok());
    QVERIFY(walletRepo.add({0, Chain::Ethereum, wallets::WalletTier::Deposit, "ETH", kAdaEth, m_ada, 0, false, {}, 0}, 1).ok());
    QVERIFY(walletRepo.add({0, Chain::Ethereum, wallets::WalletTier::Deposit, "ETH", kGraceEth, m_grace, 1, false, {}, 0}, 1).ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_deposits = std::make_unique<DepositService>(*m_db, m_clock, *m_ledger, *m_audit);
}

void TestDepositService::cleanup()
{
    if (m_db) {
        auto report = ledger::LedgerChecker(*m_db, m_clock).check();
        QVERIFY(report.ok());
        QVERIFY2(report.value().clean(), report.value().clean() ? "" : report.value().discrepancies.front().c_str());
    }
    m_deposits.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

Amount TestDepositService::customerBalance(std::int64_t customer, const char *asset)
{
    return m_ledger->account(ledger::customerAccount(customer, asset)).value().balance();
}

void TestDepositService::stellarMemoCreditsTheCustomer()
{
    auto report = m_deposits->ingest({stellar("tx1", 0, "250.5", std::to_string(m_ada))}, std::nullopt);
    QVERIFY(report.ok());
    QCOMPARE(report.value().recorded, 1);
    QCOMPARE(report.value().credited, 1);
    QCOMPARE(customerBalance(m_ada, "XLM"), xlm("250.5"));
    // It arrived in the base (hot) account: nothing to collect.
    auto list = m_deposits->list({});
    QCOMPARE(list.value().front().state, DepositState::Collected);
    QCOMPARE(list.value().front().customerId, std::optional<std::int64_t>(m_ada));
    QCOMPARE(m_ledger->account(ledger::walletAccount("hot", "XLM")).value().balance(), xlm("250.5"));
    // An automatic money movement: in the audit log, under the system actor.
    bool audited = false;
    for (const auto &e : m_audit->list({}).value())
        audited |= e.action == "deposit.book" && e.actorName == "system:deposits" && e.actorKind == "system";
    QVERIFY(audited);
    QVERIFY(m_audit->verify().value().intact);
}

void TestDepositService::belowMinDepositIsIgnoredButHeld()
{
    auto report = m_deposits->ingest({stellar("tx1", 0, "0.9999999", std::to_string(m_ada))}, std::nullopt);
    QCOMPARE(report.value().ignored, 1);
    QCOMPARE(customerBalance(m_ada, "XLM"), Amount::zero());
    auto d = m_deposits->list({}).value().front();
    QCOMPARE(d.state, DepositState::Ignored);
    QVERIFY(!d.customerId);
    QVERIFY(d.note.find("minimum") != std::string::npos);
    // The lumens are in the base account all the same: the ledger says so.
    QCOMPARE(m_ledger->account(ledger::walletAccount("hot", "XLM")).value().balance(), xlm("0.9999999"));
    // Exactly the minimum is a deposit.
    QCOMPARE(m_deposits->ingest({stellar("tx2", 0, "1", std::to_string(m_ada))}, std::nullopt).value().credited, 1);
    QCOMPARE(customerBalance(m_ada, "XLM"), xlm("1"));
}

void TestDepositService::unknownMemoWaitsForAssignment()
{
    auto report = m_deposits->ingest({stellar("tx1", 0, "40", "no-such-customer"), stellar("tx2", 0, "60", "")}, std::nullopt);
    QCOMPARE(report.value().unattributed, 2);
    auto waiting = m_deposits->list({DepositState::Unattributed, {}, {}, 100, 0});
    QCOMPARE(waiting.value().size(), size_t(2));
    const std::int64_t id = waiting.value().front().id;
    const Actor admin = Actor::cli("tester");
    const Actor viewer = Actor::fromOperator(9, "vera", security::Role::Viewer);
    QCOMPARE(m_deposits->assign(viewer, id, m_grace).error().code, ErrorCode::Unauthorized);
    QCOMPARE(m_deposits->assign(admin, id, 9999).error().code, ErrorCode::NotFound);
    // otto signed in as an operator; since then he was made a viewer, and
    // olga was disabled: their consoles' actors still say operator.
    addTestOperators(*m_db, {Actor::fromOperator(11, "otto", security::Role::Viewer),
                             Actor::fromOperator(12, "olga", security::Role::Operator)});
    QVERIFY(sql::run(m_db->connection(), QStringLiteral("UPDATE operators SET disabled = 1 WHERE username = 'olga'")).ok());
    auto demoted = m_deposits->assign(Actor::fromOperator(11, "otto", security::Role::Operator), id, m_grace);
    QCOMPARE(demoted.error().code, ErrorCode::Unauthorized);
    QCOMPARE(demoted.error().message, std::string("otto is now viewer and may not assign_deposit"));
    auto disabled = m_deposits->assign(Actor::fromOperator(12, "olga", security::Role::Operator), id, m_grace);
    QCOMPARE(disabled.error().code, ErrorCode::Unauthorized);
    QCOMPARE(disabled.error().message, std::string("olga is disabled or removed and may no longer act"));
    QCOMPARE(customerBalance(m_grace, "XLM"), Amount::zero());
    auto assigned = m_deposits->assign(admin, id, m_grace);
    QVERIFY2(assigned.ok(), assigned.ok() ? "" : assigned.error().message.c_str());
    QCOMPARE(assigned.value().customerId, std::optional<std::int64_t>(m_grace));
    QCOMPARE(customerBalance(m_grace, "XLM"), assigned.value().amount);
    // Once is all: a second assignment is refused and changes nothing.
    auto again = m_deposits->assign(admin, id, m_ada);
    QCOMPARE(again.error().code, ErrorCode::WrongState);
    QCOMPARE(customerBalance(m_ada, "XLM"), Amount::zero());
    auto entries = m_audit->list({});
    QVERIFY(entries.ok());
    bool audited = false;
    for (const auto &e : entries.value())
        audited |= e.action == "deposit.assign" && e.objectId == std::to_string(id);
    QVERIFY(audited);
}

void TestDepositService::exactlyOncePerChainTxidIndex()
{
    const auto p = stellar("tx1", 0, "10", std::to_string(m_ada));
    QCOMPARE(m_deposits->ingest({p}, std::nullopt).value().credited, 1);
    auto again = m_deposits->ingest({p, p}, std::nullopt);
    QCOMPARE(again.value().duplicates, 2);
    QCOMPARE(again.value().credited, 0);
    QCOMPARE(customerBalance(m_ada, "XLM"), xlm("10"));
    // Another operation of the same transaction is another deposit.
    QCOMPARE(m_deposits->ingest({stellar("tx1", 1, "5", std::to_string(m_ada))}, std::nullopt).value().credited, 1);
    QCOMPARE(customerBalance(m_ada, "XLM"), xlm("15"));
    // The same key with another amount is refused: the recorded deposit stands.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("seen again with other facts")));
    auto forged = m_deposits->ingest({stellar("tx1", 0, "10000", std::to_string(m_ada))}, std::nullopt);
    QCOMPARE(forged.value().mismatched, 1);
    QCOMPARE(customerBalance(m_ada, "XLM"), xlm("15"));
}

void TestDepositService::notOursIsSkipped()
{
    auto p = stellar("tx1", 0, "10", std::to_string(m_ada));
    p.to = "GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR"; // valid, not ours
    auto wrongAsset = ethereum("0x1", kAdaEth, "1");
    wrongAsset.asset = "XLM"; // XLM on Ethereum is not configured
    auto unknown = stellar("tx3", 0, "10", "1");
    unknown.asset = "DOGE";
    auto report = m_deposits->ingest({p, wrongAsset, unknown}, std::nullopt);
    QCOMPARE(report.value().skipped, 3);
    QCOMPARE(report.value().recorded, 0);
    QVERIFY(m_deposits->list({}).value().empty());
}

void TestDepositService::theExchangesOwnMoneyIsNoDeposit()
{
    // A sweep from Ada's deposit address into Ethereum's hot wallet, and warm
    // replenishing Stellar's base account: the exchange's own money moving.
    const std::string hotEth = "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"; // EIP-55's examples
    const std::string warmXlm = "GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR";
    wallets::WalletRepository walletRepo(m_db->connection(), m_db->dialect());
    QVERIFY(walletRepo.add({0, Chain::Ethereum, wallets::WalletTier::Hot, "ETH", hotEth, {}, {}, false, {}, 0}, 1).ok());
    QVERIFY(walletRepo.add({0, Chain::Stellar, wallets::WalletTier::Warm, "XLM", warmXlm, {}, {}, true, {}, 0}, 1).ok());
    auto sweep = ethereum("0x" + std::string(64, 'a'), hotEth, "1");
    sweep.from = lower(kAdaEth);
    auto toHotFromOutside = ethereum("0x" + std::string(64, 'b'), hotEth, "1");
    auto replenish = stellar(std::string(64, 'c'), 0, "500", "");
    replenish.from = warmXlm;
    auto report = m_deposits->ingest({sweep, toHotFromOutside, replenish}, std::nullopt);
    QVERIFY(report.ok());
    QCOMPARE(report.value().skipped, 3);
    QVERIFY(m_deposits->list({}).value().empty());
    // A customer paying the base account from their own account still counts.
    auto customer = stellar(std::string(64, 'd'), 0, "10", std::to_string(m_ada));
    customer.from = "GBRPYHIL2CI3FNQ4BXLFMNDLFJUNPU2HY3ZMFSHONUCEOASW7QC7OX2H";
    QCOMPARE(m_deposits->ingest({customer}, std::nullopt).value().credited, 1);
}

void TestDepositService::collectionWaitsForMinCollectionOnTheAddress()
{
    // min collection 0.05 ETH: 0.02 waits, then 0.03 more reaches it exactly.
    QCOMPARE(m_deposits->ingest({ethereum("0xa1", kAdaEth, "0.02")}, std::nullopt).value().plannedForCollection, 0);
    QCOMPARE(m_deposits->list({}).value().front().state, DepositState::Credited);
    QCOMPARE(customerBalance(m_ada, "ETH"), eth("0.02")); // credited at once all the same
    // Grace's address is another address: her deposit does not add to Ada's.
    QCOMPARE(m_deposits->ingest({ethereum("0xg1", kGraceEth, "0.04")}, std::nullopt).value().plannedForCollection, 0);
    // Nodes report addresses in lower case: still Ada's address.
    auto report = m_deposits->ingest({ethereum("0xa2", lower(kAdaEth), "0.03")}, std::nullopt);
    QCOMPARE(report.value().plannedForCollection, 2);
    int planned = 0, credited = 0;
    for (const auto &d : m_deposits->list({}).value()) {
        planned += d.state == DepositState::CollectionPlanned;
        credited += d.state == DepositState::Credited;
    }
    QCOMPARE(planned, 2);
    QCOMPARE(credited, 1);
    // A single deposit at or above min collection is planned at once.
    QCOMPARE(m_deposits->ingest({ethereum("0xg2", kGraceEth, "0.05")}, std::nullopt).value().plannedForCollection, 2);
    QCOMPARE(m_ledger->account(ledger::walletAccount("deposit", "ETH")).value().balance(), eth("0.14"));
}

void TestDepositService::pendingUntilConfirmed()
{
    QCOMPARE(m_deposits->ingest({stellar("tx1", 0, "10", std::to_string(m_ada), false)}, std::nullopt).value().pending, 1);
    QCOMPARE(m_deposits->list({}).value().front().state, DepositState::Pending);
    QCOMPARE(customerBalance(m_ada, "XLM"), Amount::zero());
    QCOMPARE(m_deposits->ingest({stellar("tx1", 0, "10", std::to_string(m_ada), false)}, std::nullopt).value().duplicates, 1);
    QCOMPARE(m_deposits->ingest({stellar("tx1", 0, "10", std::to_string(m_ada), true)}, std::nullopt).value().credited, 1);
    QCOMPARE(customerBalance(m_ada, "XLM"), xlm("10"));
}

void TestDepositService::cursorCommitsWithTheDeposits()
{
    QVERIFY(!m_deposits->cursor("stellar:base").value());
    QVERIFY(m_deposits->ingest({stellar("tx1", 0, "10", std::to_string(m_ada))}, CursorUpdate{"stellar:base", "12345-1"}).ok());
    QCOMPARE(m_deposits->cursor("stellar:base").value().value(), std::string("12345-1"));
    QVERIFY(m_deposits->ingest({}, CursorUpdate{"stellar:base", "12346-1"}).ok());
    QCOMPARE(m_deposits->cursor("stellar:base").value().value(), std::string("12346-1"));
}

void TestDepositService::manualIngestIsAuthorisedAndAudited()
{
    const Actor viewer = Actor::fromOperator(9, "vera", security::Role::Viewer);
    QCOMPARE(m_deposits->ingestManually(viewer, ethereum("0xm1", kAdaEth, "1")).error().code, ErrorCode::Unauthorized);
    QVERIFY(m_deposits->list({}).value().empty());
    const Actor admin = Actor::cli("tester");
    auto recorded = m_deposits->ingestManually(admin, ethereum("0xm1", kAdaEth, "1"));
    QVERIFY(recorded.ok());
    QCOMPARE(recorded.value().state, DepositState::CollectionPlanned);
    auto notOurs = ethereum("0xm2", "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "1"); // EIP-55 example, not ours
    QCOMPARE(m_deposits->ingestManually(admin, notOurs).error().code, ErrorCode::InvalidInput);
    bool audited = false;
    for (const auto &e : m_audit->list({}).value())
        audited |= e.action == "deposit.ingest" && e.objectId == std::to_string(recorded.value().id);
    QVERIFY(audited);
    QVERIFY(m_audit->verify().value().intact);
}

// Deposit wallet rows someone wrote with SQL: for Mallory, an address the
// exchange's seed does not control (an EIP-55 example); for Trudy, one that
// is the xpub's but at another index than the row says. Their deposits are
// booked (the funds are recorded) but credit nobody: unattributed, with why.
void TestDepositService::aMuxedIdCreditsTheCustomerItNames()
{
    // Paid to the base account's M-address of Grace's id, with no memo; and
    // one with the same id as memo too: both Grace's.
    ObservedPayment muxed = stellar("tx-m1", 0, "12", "");
    muxed.muxedId = std::to_string(m_grace);
    ObservedPayment both = stellar("tx-m2", 0, "3", std::to_string(m_grace));
    both.muxedId = std::to_string(m_grace);
    // An id that names no customer waits for an operator, the id in its note.
    ObservedPayment nobody = stellar("tx-m3", 0, "5", "");
    nobody.muxedId = "987654";
    auto report = m_deposits->ingest({muxed, both, nobody}, std::nullopt);
    QVERIFY2(report.ok(), report.ok() ? "" : report.error().message.c_str());
    QCOMPARE(report.value().credited, 2);
    QCOMPARE(report.value().unattributed, 1);
    QCOMPARE(customerBalance(m_grace, "XLM"), xlm("15"));
    QCOMPARE(customerBalance(m_ada, "XLM"), Amount::zero());
    auto waiting = m_deposits->list({DepositState::Unattributed, {}, {}, 100, 0});
    QCOMPARE(waiting.value().size(), size_t(1));
    QVERIFY2(waiting.value().front().note.find("987654") != std::string::npos, waiting.value().front().note.c_str());
}

void TestDepositService::aMuxedIdAndADifferentMemoWaitForAnOperator()
{
    // The M-address names Grace, the memo Ada: neither is guessed.
    ObservedPayment p = stellar("tx-mm", 0, "20", std::to_string(m_ada));
    p.muxedId = std::to_string(m_grace);
    auto report = m_deposits->ingest({p}, std::nullopt);
    QVERIFY(report.ok());
    QCOMPARE(report.value().unattributed, 1);
    QCOMPARE(customerBalance(m_grace, "XLM"), Amount::zero());
    QCOMPARE(customerBalance(m_ada, "XLM"), Amount::zero());
    const DepositRecord d = m_deposits->list({DepositState::Unattributed, {}, {}, 100, 0}).value().front();
    QVERIFY(!d.customerId);
    QVERIFY2(d.note.find("different customers") != std::string::npos, d.note.c_str());
    // An operator decides.
    QVERIFY(m_deposits->assign(Actor::cli("tester"), d.id, m_grace).ok());
    QCOMPARE(customerBalance(m_grace, "XLM"), xlm("20"));
}

void TestDepositService::aDepositWalletTheXpubDoesNotGiveCreditsNobody()
{
    CustomerRepository customers(m_db->connection());
    const std::int64_t mallory = customers.add(QStringLiteral("Mallory"), QString(), 1).value().id;
    const std::int64_t trudy = customers.add(QStringLiteral("Trudy"), QString(), 1).value().id;
    wallets::WalletRepository walletRepo(m_db->connection(), m_db->dialect());
    const std::string forged = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
    const std::string otherIndex = "0xb6716976A3ebe8D39aCEB04372f22Ff8e6802D7A"; // ethers: the test mnemonic's index 2
    QVERIFY(walletRepo.add({0, Chain::Ethereum, wallets::WalletTier::Deposit, "ETH", forged, mallory, 107, false, {}, 0}, 1).ok());
    QVERIFY(walletRepo.add({0, Chain::Ethereum, wallets::WalletTier::Deposit, "ETH", otherIndex, trudy, 103, false, {}, 0}, 1).ok());
    auto report = m_deposits->ingest({ethereum("0xf1", forged, "1"), ethereum("0xf2", otherIndex, "2")}, std::nullopt);
    QVERIFY(report.ok());
    QCOMPARE(report.value().credited, 0);
    QCOMPARE(report.value().unattributed, 2);
    QCOMPARE(report.value().notDerived, 2);
    QCOMPARE(customerBalance(mallory, "ETH"), eth("0"));
    QCOMPARE(customerBalance(trudy, "ETH"), eth("0"));
    for (const DepositRecord &d : m_deposits->list({}).value()) {
        QCOMPARE(d.state, DepositState::Unattributed);
        QVERIFY(!d.customerId);
        QVERIFY2(d.note.find("not one the recorded xpub derives") != std::string::npos, d.note.c_str());
    }
    // Grace's genuine address (index 1) still credits her.
    auto genuine = m_deposits->ingest({ethereum("0xf3", kGraceEth, "0.01")}, std::nullopt);
    QCOMPARE(genuine.value().credited, 1);
    QCOMPARE(genuine.value().notDerived, 0);
    QCOMPARE(customerBalance(m_grace, "ETH"), eth("0.01"));
}

void TestDepositService::owedByAddressSumsOnlyWhatIsStillOwed()
{
    DepositRepository deposits(m_db->connection(), m_db->dialect());
    const auto add = [&](const std::string &txid, const std::string &to, const char *amount, DepositState state,
                         const std::string &asset = "ETH") {
        ObservedPayment p = ethereum(txid, to, amount);
        p.asset = asset;
        return deposits.insert(p, m_ada, state, 1).ok();
    };
    // Ada's address: 20 + 0.3 + 0.2 + 0.1 ETH still owed (more wei than an
    // int64 holds); the ignored, the collected and another asset are not.
    QVERIFY(add("0x01", kAdaEth, "20", DepositState::Credited));
    QVERIFY(add("0x02", kAdaEth, "0.3", DepositState::CollectionPlanned));
    QVERIFY(add("0x03", kAdaEth, "0.2", DepositState::Pending));
    QVERIFY(add("0x04", kAdaEth, "0.1", DepositState::Collecting));
    QVERIFY(add("0x05", kAdaEth, "0.0005", DepositState::Ignored));
    QVERIFY(add("0x06", kAdaEth, "7", DepositState::Collected));
    QVERIFY(add("0x07", kAdaEth, "5", DepositState::Credited, "XLM"));
    QVERIFY(add("0x08", kGraceEth, "0.05", DepositState::Unattributed));
    QVERIFY(add("0x09", "0x00000000000000000000000000000000000000aa", "1", DepositState::Collected));

    auto owed = deposits.owedByAddress(Chain::Ethereum, "ETH");
    QVERIFY2(owed.ok(), owed.ok() ? "" : owed.error().message.c_str());
    QCOMPARE(owed.value().size(), std::size_t{2});
    QCOMPARE(owed.value().at(kAdaEth), eth("20.6"));
    QCOMPARE(owed.value().at(kAdaEth).baseUnits(), static_cast<int128>(206) * 100'000'000'000'000'000LL);
    QCOMPARE(owed.value().at(kGraceEth), eth("0.05"));
    QVERIFY(deposits.owedByAddress(Chain::Ethereum, "XLM").value().at(kAdaEth) == eth("5"));
    QVERIFY(deposits.owedByAddress(Chain::Algorand, "ETH").value().empty());
}

QTEST_GUILESS_MAIN(TestDepositService)
#include "tst_depositservice.moc"
