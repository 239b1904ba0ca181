// The Algorand watcher against a local indexer that speaks /v2/transactions
// as documented (newest first by address, next-token paging): it credits
// payments, close amounts and inner payments to the exchange's addresses
// exactly once, across restarts, errors, malformed records and pages, and
// repeated, overlapping or doubled transactions; it holds its cursor below
// payments still short of their confirmations. Transfers of an ASA an admin
// signed are credited in that asset, exactly; while the signed ASAs cannot
// be read (no pin) it waits and reads nothing, and an ASA signed during a
// sweep is read before the cursor passes its transfers.

#include "core/base/manualclock.h"
#include "core/base/systemclock.h"
#include "core/chains/algorand/address.h"
#include "core/chains/algorand/keys.h"
#include "core/deposits/algorandwatcher.h"
#include "core/deposits/depositservice.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditedassets.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/security/keyvault.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"
#include "indexertestserver.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testsigners.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace exchange;
using namespace exchange::deposits;
using namespace std::chrono_literals;

namespace {

QByteArray address(int seed)
{
    return QByteArray::fromStdString(algorand::addressFromSeed(QByteArray(32, static_cast<char>(seed))));
}

QByteArray txid(int n)
{
    return QByteArray::fromStdString(
        algorand::encodeTxId(QCryptographicHash::hash("tx " + QByteArray::number(n), QCryptographicHash::Sha256)));
}

const QByteArray kDeposit1 = address(1); // customer 1
const QByteArray kDeposit2 = address(2); // customer 2
const QByteArray kHot = address(3);
const QByteArray kStranger = address(9);
const QByteArray kApp = address(7);

// Mainnet's USDC ASA id as our "USDA"; another ASA nobody signed.
constexpr std::uint64_t kAsa = 31566704;
const QByteArray kAsaText = "31566704";
const QByteArray kOtherAsaText = "31566705";
constexpr auto kPassphrase = "a vault passphrase";

using Server = IndexerTestServer;

// Generous: a wait costs only when it fails, and CI runs the suite on a
// loaded machine (the retries back off 0.5 s, 1 s, ... on purpose).
constexpr int kWait = 30000;

} // namespace

class TestAlgorandWatcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void creditsEachPaymentOnceAcrossRestarts();
    void serverErrorsAndMalformedPagesWaitThenRecover_data();
    void serverErrorsAndMalformedPagesWaitThenRecover();
    void repeatedOverlappingAndDoubledPagesNeitherLoseNorDouble();
    void theCursorWaitsForConfirmations();
    void amountsAreExactUpTo2To64Minus1();
    void creditsAsaTransfersInTheirAsset();
    void withoutThePinItWaitsAndLosesNothing();
    void anAsaSignedDuringASweepIsReadBeforeTheCursorPasses();

private:
    // root trusts the vault (which pins root's key) and signs the ASA as
    // `code`, 6 decimals; DepositService reads the pin when withPin.
    void signAsa(const std::string &code, std::uint64_t asaId, bool withPin = true);
    int128 balanceOf(std::int64_t customer, const std::string &asset) const;
    std::unique_ptr<AlgorandWatcher> watcher(const Server &server, int confirmations = 1);
    std::string cursorOf(const QByteArray &address) const;
    bool cursorsAt(qint64 round) const;
    int128 balanceOf(std::int64_t customer) const;
    int depositCount() const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<DepositService> m_deposits;
    ManualClock m_signClock{QDateTime::currentMSecsSinceEpoch() - 3'600'000};
    std::unique_ptr<TestSigners> m_signers;
    std::unique_ptr<security::KeyVault> m_vault;
};

void TestAlgorandWatcher::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    // The admin who signs tokens comes first: the first admin is added
    // only to a database without operators.
    m_signers = std::make_unique<TestSigners>(*m_db, m_signClock, *m_audit);
    m_signers->addFirstAdmin("root");
    CustomerRepository customers(m_db->connection());
    for (const char *name : {"One", "Two"})
        QVERIFY(customers.add(QString::fromLatin1(name), QString(), 1).ok());
    QVERIFY(exchange::security::AuditedSettings(*m_db, m_clock)
                .change(testAdmin(*m_db, "tester"), "ALGO", {{AssetSetting::MinDeposit, "0.000001"}, {AssetSetting::MinCollection, "0.000001"}})
                .ok());
    wallets::WalletRepository wallets(m_db->connection(), m_db->dialect());
    QVERIFY(wallets.add({0, Chain::Algorand, wallets::WalletTier::Deposit, "ALGO", kDeposit1.toStdString(), 1, 0, false, {}, 0}, 1).ok());
    QVERIFY(wallets.add({0, Chain::Algorand, wallets::WalletTier::Deposit, "ALGO", kDeposit2.toStdString(), 2, 1, false, {}, 0}, 1).ok());
    QVERIFY(wallets.add({0, Chain::Algorand, wallets::WalletTier::Hot, "ALGO", kHot.toStdString(), {}, {}, false, {}, 0}, 1).ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_deposits = std::make_unique<DepositService>(*m_db, m_clock, *m_ledger, *m_audit);
}

void TestAlgorandWatcher::cleanup()
{
    m_deposits.reset();
    m_vault.reset();
    m_signers.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

std::unique_ptr<AlgorandWatcher> TestAlgorandWatcher::watcher(const Server &server, int confirmations)
{
    return std::make_unique<AlgorandWatcher>(
        *m_deposits, QUrl(server.url()),
        std::vector<std::string>{kDeposit1.toStdString(), kDeposit2.toStdString(), kHot.toStdString()}, confirmations, 50ms);
}

std::string TestAlgorandWatcher::cursorOf(const QByteArray &address) const
{
    auto cursor = m_deposits->cursor(AlgorandWatcher::cursorName(address.toStdString()));
    return cursor ? cursor.value().value_or("") : std::string("?");
}

bool TestAlgorandWatcher::cursorsAt(qint64 round) const
{
    const std::string expected = std::to_string(round);
    return cursorOf(kDeposit1) == expected && cursorOf(kDeposit2) == expected && cursorOf(kHot) == expected;
}

int128 TestAlgorandWatcher::balanceOf(std::int64_t customer) const
{
    auto account = m_ledger->account(ledger::customerAccount(customer, "ALGO"));
    return account ? account.value().balance().baseUnits() : -1;
}

int128 TestAlgorandWatcher::balanceOf(std::int64_t customer, const std::string &asset) const
{
    auto account = m_ledger->account(ledger::customerAccount(customer, asset));
    return account ? account.value().balance().baseUnits() : -1;
}

void TestAlgorandWatcher::signAsa(const std::string &code, std::uint64_t asaId, bool withPin)
{
    if (!m_vault) {
        m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr,
                                                       security::KeyVault::Strength::Interactive);
        m_signers->trustVault(*m_vault, "root", kPassphrase);
    }
    Asset asa;
    asa.code = code;
    asa.name = code + " on Algorand";
    asa.chain = Chain::Algorand;
    asa.decimals = 6;
    asa.displayDecimals = 2;
    asa.identity = AssetIdentity::algorandAsa(asaId);
    auto added = security::AuditedAssets(*m_db, m_clock).add(m_signers->confirmed("root"), asa, 6);
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
    QVERIFY(security::AuditedSettings(*m_db, m_clock)
                .change(m_signers->confirmed("root"), code,
                        {{AssetSetting::MinDeposit, "0.000001"}, {AssetSetting::MinCollection, "0.000001"}})
                .ok());
    if (withPin)
        m_deposits->setPinnedKeySource([this] { return m_vault->pinnedAdminKey(); });
}

int TestAlgorandWatcher::depositCount() const
{
    return static_cast<int>(m_deposits->list({std::nullopt, std::nullopt, std::nullopt, 1000, 0}).value().size());
}

void TestAlgorandWatcher::creditsEachPaymentOnceAcrossRestarts()
{
    Server server;
    QVERIFY(server.listen());
    server.setCurrentRound(1000);
    server.setPageLimit(2);   // pages end in the middle of rounds
    server.setSendTwice(true); // and every transaction comes twice
    int128 expected1 = 0, expected2 = 0;
    int deposits = 0, malformed = 0;
    const auto addPayments = [&](int from, int to, qint64 base) {
        for (int n = from; n <= to; ++n) {
            const qint64 round = base + n * 3 / 2; // two transactions share some rounds
            const qint64 intra = n % 3;
            const int128 amount = static_cast<int128>(n) * 1'000'000 + n;
            const QByteArray text = QByteArray::number(static_cast<qint64>(amount));
            switch (n % 7) {
            case 3: // to someone else: not a deposit
                server.add(Server::payment(txid(n), round, intra, kApp, kStranger, text));
                break;
            case 5: // malformed: passed over, logged
                server.add(Server::payment(txid(n), round, intra, kStranger, kDeposit1, text + ".5"));
                ++malformed;
                break;
            case 6: // an application paying out through inner transactions
                server.add(Server::applicationCall(
                    txid(n), round, intra, kStranger,
                    {Server::innerPayment(round, intra, kApp, kStranger, "77"),
                     Server::innerPayment(round, intra, kApp, kDeposit2, text),
                     Server::innerPayment(round, intra, kApp, kDeposit1, "1000", kDeposit2, "2222")}));
                expected2 += amount + 2222;
                expected1 += 1000;
                deposits += 3;
                break;
            case 0: // an account closed into ours
                server.add(Server::payment(txid(n), round, intra, kStranger, kDeposit1, text, kDeposit2, "31"));
                expected1 += amount;
                expected2 += 31;
                deposits += 2;
                break;
            case 4: // into the hot wallet: on Algorand the exchange's own money, not a deposit
                server.add(Server::payment(txid(n), round, intra, kStranger, kHot, text));
                break;
            default:
                server.add(Server::payment(txid(n), round, intra, kStranger, n % 2 ? kDeposit1 : kDeposit2, text));
                (n % 2 ? expected1 : expected2) += amount;
                ++deposits;
            }
        }
    };
    addPayments(1, 40, 100); // rounds 101 .. 160

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("passing over a record")));
    {
        auto first = watcher(server);
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(cursorsAt(1000), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(first->state(), AlgorandWatcher::State::UpToDate, kWait);
        first->stop();
        QCOMPARE(first->malformedRecords() % 2, 0); // each malformed one, sent twice
        QVERIFY(first->malformedRecords() >= 2 * malformed);
    }
    QCOMPARE(depositCount(), deposits);
    QCOMPARE(balanceOf(1), expected1);
    QCOMPARE(balanceOf(2), expected2);

    // A restart: a new watcher object reads on from the cursors in the
    // database; nothing below them is credited again.
    addPayments(41, 60, 950); // rounds 1011 .. 1040
    server.setCurrentRound(1060);
    const int before = server.requests();
    {
        auto second = watcher(server);
        second->start();
        QTRY_VERIFY_WITH_TIMEOUT(cursorsAt(1060), kWait);
        second->stop();
    }
    const QUrlQuery firstQuery = server.queries().at(before);
    QCOMPARE(firstQuery.queryItemValue(QStringLiteral("address")), QString::fromLatin1(kDeposit1));
    QCOMPARE(firstQuery.queryItemValue(QStringLiteral("address-role")), QStringLiteral("receiver"));
    // Every type comes (payments, asset transfers, application calls).
    QVERIFY(!firstQuery.hasQueryItem(QStringLiteral("tx-type")));
    QCOMPARE(firstQuery.queryItemValue(QStringLiteral("min-round")), QStringLiteral("1001"));
    QCOMPARE(depositCount(), deposits);
    QCOMPARE(balanceOf(1), expected1);
    QCOMPARE(balanceOf(2), expected2);
    QVERIFY(ledger::LedgerChecker(*m_db, m_clock).check().value().clean());
}

void TestAlgorandWatcher::serverErrorsAndMalformedPagesWaitThenRecover_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("waits");
    QTest::newRow("HTTP 500") << static_cast<int>(Server::Failure::Http500) << 4;
    // Qt sends a request again, once, when the connection closes before an answer.
    QTest::newRow("connection closed") << static_cast<int>(Server::Failure::Close) << 3;
}

void TestAlgorandWatcher::serverErrorsAndMalformedPagesWaitThenRecover()
{
    QFETCH(int, failure);
    QFETCH(int, waits);
    Server server;
    QVERIFY(server.listen());
    server.setCurrentRound(500);
    server.setPageLimit(2);
    int128 expected1 = 0, expected2 = 0;
    for (int n = 1; n <= 12; ++n) {
        server.add(Server::payment(txid(n), 100 + n, 0, kStranger, n % 2 ? kDeposit1 : kDeposit2, QByteArray::number(n * 10)));
        (n % 2 ? expected1 : expected2) += n * 10;
    }
    server.failFirst(2, static_cast<Server::Failure>(failure));
    server.malformPage(4); // cut short
    server.malformPage(7); // no transactions

    auto w = watcher(server);
    QSignalSpy states(w.get(), &AlgorandWatcher::stateChanged);
    w->start();
    QTRY_VERIFY_WITH_TIMEOUT(cursorsAt(500), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(w->state(), AlgorandWatcher::State::UpToDate, kWait);
    w->stop();

    int waited = 0;
    for (const auto &s : states) {
        if (s.at(0).value<AlgorandWatcher::State>() == AlgorandWatcher::State::Waiting) {
            ++waited;
            QVERIFY(s.at(1).toString().contains(QStringLiteral("trying again in")));
        }
    }
    QVERIFY2(waited >= waits, qPrintable(QString::number(waited))); // failed requests, two malformed pages
    QCOMPARE(balanceOf(1), expected1);
    QCOMPARE(balanceOf(2), expected2);
    QCOMPARE(depositCount(), 12);
}

void TestAlgorandWatcher::repeatedOverlappingAndDoubledPagesNeitherLoseNorDouble()
{
    Server server;
    QVERIFY(server.listen());
    server.setCurrentRound(300);
    server.setPageLimit(3);
    server.setOverlap(1);       // each page repeats the last transaction of the one before
    server.setSendTwice(true);  // and lists every transaction twice
    server.repeatPreviousPage(3);
    server.repeatPreviousPage(9);
    int128 expected1 = 0, expected2 = 0;
    for (int n = 1; n <= 25; ++n) {
        server.add(Server::payment(txid(n), 100 + n / 2, n % 2, kStranger, n % 3 ? kDeposit1 : kDeposit2,
                                   QByteArray::number(1'000'003 * n)));
        (n % 3 ? expected1 : expected2) += 1'000'003 * n;
    }
    auto w = watcher(server);
    w->start();
    QTRY_VERIFY_WITH_TIMEOUT(cursorsAt(300), kWait);
    w->stop();
    QCOMPARE(balanceOf(1), expected1);
    QCOMPARE(balanceOf(2), expected2);
    QCOMPARE(depositCount(), 25);
    QVERIFY(ledger::LedgerChecker(*m_db, m_clock).check().value().clean());
}

void TestAlgorandWatcher::theCursorWaitsForConfirmations()
{
    Server server;
    QVERIFY(server.listen());
    server.setCurrentRound(100);
    server.add(Server::payment(txid(1), 90, 0, kStranger, kDeposit1, "4000"));
    server.add(Server::payment(txid(2), 99, 0, kStranger, kDeposit1, "5000")); // 2 of 3 confirmations
    auto w = watcher(server, 3);
    w->start();
    // Deposit 2 and the hot wallet have nothing pending: current 100 less 2.
    QTRY_VERIFY_WITH_TIMEOUT(cursorOf(kHot) == "98" && cursorOf(kDeposit1) == "98", kWait);
    QCOMPARE(balanceOf(1), static_cast<int128>(4000));
    auto pending = m_deposits->list({DepositState::Pending, std::nullopt, std::nullopt, 100, 0});
    QCOMPARE(pending.value().size(), size_t(1));
    QCOMPARE(pending.value().front().txid, txid(2).toStdString());

    server.setCurrentRound(101); // the third confirmation
    QTRY_VERIFY_WITH_TIMEOUT(cursorOf(kDeposit1) == "99", kWait);
    w->stop();
    QCOMPARE(balanceOf(1), static_cast<int128>(9000));
    QCOMPARE(depositCount(), 2);
    QVERIFY(m_deposits->list({DepositState::Pending, std::nullopt, std::nullopt, 100, 0}).value().empty());
}

void TestAlgorandWatcher::amountsAreExactUpTo2To64Minus1()
{
    Server server;
    QVERIFY(server.listen());
    server.setCurrentRound(10);
    server.add(Server::payment(txid(1), 5, 0, kStranger, kDeposit1, "18446744073709551615"));
    server.add(Server::payment(txid(2), 6, 0, kStranger, kDeposit2, "9007199254740993")); // 2^53 + 1
    auto w = watcher(server);
    w->start();
    QTRY_VERIFY_WITH_TIMEOUT(cursorsAt(10), kWait);
    w->stop();
    QCOMPARE(balanceOf(1), static_cast<int128>(18446744073709551615ULL));
    QCOMPARE(balanceOf(2), static_cast<int128>(9007199254740993LL));
}

void TestAlgorandWatcher::creditsAsaTransfersInTheirAsset()
{
    signAsa("USDA", kAsa);
    Server server;
    QVERIFY(server.listen());
    server.setCurrentRound(400);
    server.setPageLimit(2);
    // To customer 1: 2.500001 USDA, and an inner transfer of 2^64-1 base
    // units from an application; to customer 2: a clawback of 7 units
    // taken from a stranger, an ALGO payment, its opt-in, an ASA nobody
    // signed, and an asset close of 55 units.
    server.add(Server::assetTransfer(txid(1), 301, 0, kStranger, kDeposit1, kAsaText, "2500001"));
    server.add(Server::applicationCall(txid(2), 302, 0, kStranger,
                                       {Server::innerAssetTransfer(302, 0, kApp, kDeposit1, kAsaText, "18446744073709551615")}));
    server.add(Server::assetTransfer(txid(3), 303, 0, kDeposit2, kDeposit2, kAsaText, "0"));
    server.add(Server::assetTransfer(txid(4), 304, 0, kApp, kDeposit2, kAsaText, "7", {}, "0", kStranger));
    server.add(Server::payment(txid(5), 305, 0, kStranger, kDeposit2, "1000000"));
    server.add(Server::assetTransfer(txid(6), 306, 0, kStranger, kDeposit2, kOtherAsaText, "999"));
    server.add(Server::assetTransfer(txid(7), 307, 0, kStranger, kStranger, kAsaText, "1", kDeposit2, "55"));

    auto w = watcher(server);
    w->start();
    QTRY_VERIFY_WITH_TIMEOUT(cursorsAt(400), kWait);
    w->stop();
    QCOMPARE(w->malformedRecords(), 0);
    QCOMPARE(balanceOf(1, "USDA"), static_cast<int128>(2'500'001) + static_cast<int128>(18446744073709551615ULL));
    QCOMPARE(balanceOf(2, "USDA"), static_cast<int128>(7 + 55));
    QCOMPARE(balanceOf(2), static_cast<int128>(1'000'000));
    QCOMPARE(depositCount(), 5);
    auto clawback = m_deposits->list({std::nullopt, std::nullopt, std::nullopt, 100, 0}).value();
    const auto found = std::find_if(clawback.begin(), clawback.end(), [](const DepositRecord &d) { return d.txid == txid(4).toStdString(); });
    QVERIFY(found != clawback.end());
    QCOMPARE(found->asset, std::string("USDA"));
    QCOMPARE(found->index, 0);
    QVERIFY(ledger::LedgerChecker(*m_db, m_clock).check().value().clean());
}

void TestAlgorandWatcher::withoutThePinItWaitsAndLosesNothing()
{
    signAsa("USDA", kAsa, false); // the vault's pin is not given to the deposits
    Server server;
    QVERIFY(server.listen());
    server.setCurrentRound(200);
    server.add(Server::assetTransfer(txid(1), 150, 0, kStranger, kDeposit1, kAsaText, "4200000"));
    server.add(Server::payment(txid(2), 151, 0, kStranger, kDeposit2, "3000"));

    auto w = watcher(server);
    w->start();
    QTRY_COMPARE_WITH_TIMEOUT(w->state(), AlgorandWatcher::State::Waiting, kWait);
    QVERIFY2(w->detail().contains(QStringLiteral("USDA")), qPrintable(w->detail()));
    QTest::qWait(1200); // a retry or two: still nothing read
    QCOMPARE(w->state(), AlgorandWatcher::State::Waiting);
    QCOMPARE(server.requests(), 0);
    QCOMPARE(depositCount(), 0);
    QCOMPARE(cursorOf(kDeposit1), std::string());

    m_deposits->setPinnedKeySource([this] { return m_vault->pinnedAdminKey(); });
    QTRY_VERIFY_WITH_TIMEOUT(cursorsAt(200), kWait);
    w->stop();
    QCOMPARE(balanceOf(1, "USDA"), static_cast<int128>(4'200'000));
    QCOMPARE(balanceOf(2), static_cast<int128>(3000));
    QCOMPARE(depositCount(), 2);
}

void TestAlgorandWatcher::anAsaSignedDuringASweepIsReadBeforeTheCursorPasses()
{
    // One transaction a page, newest first: deposit 1's first page is the
    // ALGO payment of round 112; once it is ingested root signs the ASA,
    // whose transfer (round 111) is on the next page. The cursor must not
    // pass it unread.
    Server server;
    QVERIFY(server.listen());
    server.setCurrentRound(120);
    server.setPageLimit(1);
    server.add(Server::payment(txid(1), 110, 0, kStranger, kDeposit1, "100"));
    server.add(Server::assetTransfer(txid(2), 111, 0, kStranger, kDeposit1, kAsaText, "5000000"));
    server.add(Server::payment(txid(3), 112, 0, kStranger, kDeposit1, "300"));

    auto w = watcher(server);
    bool signedNow = false;
    connect(w.get(), &AlgorandWatcher::batchIngested, this, [&](int, const QString &address, const QString &) {
        if (!signedNow && address == QString::fromLatin1(kDeposit1)) {
            signedNow = true;
            signAsa("USDA", kAsa);
        }
    });
    w->start();
    QTRY_VERIFY_WITH_TIMEOUT(cursorsAt(120), kWait);
    w->stop();
    QVERIFY(signedNow);
    QCOMPARE(balanceOf(1), static_cast<int128>(400));
    QCOMPARE(balanceOf(1, "USDA"), static_cast<int128>(5'000'000));
    QCOMPARE(depositCount(), 3);
}

QTEST_GUILESS_MAIN(TestAlgorandWatcher)
#include "tst_algorandwatcher.moc"
