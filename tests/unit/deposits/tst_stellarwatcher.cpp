// The Stellar watcher against a local stream in Horizon's format: it
// credits the deposits to the base account by memo, passes over outgoing,
// failed and malformed records, reconnects from the saved cursor when the
// stream is cut, and never doubles a deposit that is sent twice. A credit
// asset an admin signed is credited as that asset (payments and path
// payments); while the signed assets cannot be checked (no vault) it reads
// nothing, and an asset added while the stream is open is not missed.

#include "core/deposits/depositservice.h"
#include "core/deposits/stellarwatcher.h"
#include "core/deposits/watchersupervisor.h"
#include "core/runtime/coreservices.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/manualclock.h"
#include "core/base/systemclock.h"
#include "core/security/auditedassets.h"
#include "core/security/keyvault.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"
#include "ssetestserver.h"
#include "testdatabase.h"
#include "testoperators.h"
#include "testsigners.h"

#include <QSignalSpy>
#include <QTest>

using namespace exchange;
using namespace exchange::deposits;

namespace {

const std::string kBase = "GA7QYNF7SOWQ3GLR2BGMZEHXAVIRZA4KVWLTJJFC7MGXUA74P7UJVSGZ";
const QByteArray kOther = "GDW6AUTBXTOC7FIKUO5BOO3OGLK4SF7ZPOBLMQHMZDI45J2Z6VXRB5NR";

// Operation ids: ledger 100 + n, transaction 0, operation 1.
qint64 tokenOf(int n)
{
    return (static_cast<qint64>(100 + n) << 32) | 1;
}

QByteArray payment(int n, const QByteArray &to, const QByteArray &amount, const QByteArray &memo, bool ok = true)
{
    const QByteArray id = QByteArray::number(tokenOf(n));
    const QByteArray hash = QByteArray::number(n).rightJustified(64, '0');
    return "{\"id\":\"" + id + "\",\"paging_token\":\"" + id + "\",\"transaction_successful\":" + (ok ? "true" : "false")
        + ",\"type\":\"payment\",\"transaction_hash\":\"" + hash + "\",\"asset_type\":\"native\",\"from\":\"" + kOther
        + "\",\"to\":\"" + to + "\",\"amount\":\"" + amount + "\",\"transaction\":{\"memo_type\":\"text\",\"memo\":\"" + memo + "\"}}";
}

// The asset the tests add: EURT of the USD issuer of Horizon's path-finding
// examples; the same code from another issuer (the CNY one there) is not it.
const std::string kIssuer = "GDUKMGUGDZQK6YHYA5Z6AY2G4XDSZPSZ3SW5UN3ARVMO6QSRDWP5YLEX";
const std::string kOtherIssuer = "GAREELUB43IRHWEASCFBLKHURCGMHE5IF6XSE7EXDLACYHGRHM43RFOX";

// A payment of a credit asset, or a path payment ("path_payment_strict_*")
// that delivered `amount` of it and cost 99 lumens.
QByteArray creditPayment(int n, const std::string &code, const std::string &issuer, const QByteArray &amount, const QByteArray &memo,
                         const QByteArray &type = "payment")
{
    const QByteArray id = QByteArray::number(tokenOf(n));
    const QByteArray hash = QByteArray::number(n).rightJustified(64, '0');
    const QByteArray source = type == "payment" ? QByteArray()
                                                : "\"source_amount\":\"99.0000000\",\"source_max\":\"99.0000000\",\"source_asset_type\":\"native\",";
    return "{\"id\":\"" + id + "\",\"paging_token\":\"" + id + "\",\"transaction_successful\":true,\"type\":\"" + type
        + "\",\"transaction_hash\":\"" + hash + "\",\"asset_type\":\"credit_alphanum4\",\"asset_code\":\""
        + QByteArray::fromStdString(code) + "\",\"asset_issuer\":\"" + QByteArray::fromStdString(issuer) + "\",\"from\":\"" + kOther
        + "\",\"to\":\"" + QByteArray::fromStdString(kBase) + "\",\"amount\":\"" + amount + "\"," + source
        + "\"transaction\":{\"memo_type\":\"text\",\"memo\":\"" + memo + "\"}}";
}

} // namespace

class TestStellarWatcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void followsTheStreamThroughCutsAndDuplicates();
    void theSupervisorStartsWhatTheSettingsCallFor();
    void aSignedCreditAssetIsCreditedAsThatAsset();
    void withoutTheVaultNothingIsReadUntilItIsThere();
    void anAssetAddedWhileTheStreamIsOpenIsNotMissed();

private:
    // root adds EURT (of kIssuer) as a signed asset with a minimum deposit
    // of 1.
    void addSignedEurt();
    int128 balance(std::int64_t customer, const std::string &asset) const
    {
        return m_ledger->account(ledger::customerAccount(customer, asset)).value().balance().baseUnits();
    }
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<DepositService> m_deposits;
    // The signers' codes run an hour behind the system's time: their keys
    // are registered before anything they sign at the system's time.
    ManualClock m_signClock{QDateTime::currentMSecsSinceEpoch() - 3'600'000};
    std::unique_ptr<security::KeyVault> m_vault;
    std::unique_ptr<TestSigners> m_signers;
};

void TestStellarWatcher::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    m_db = m_testDb->open();
    QVERIFY(m_db);
    CustomerRepository customers(m_db->connection());
    for (const char *name : {"One", "Two"})
        QVERIFY(customers.add(QString::fromLatin1(name), QString(), 1).ok());
    // root, an admin whose key the vault pins (the pin is the tests' to
    // hand to the DepositService or not).
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_vault = std::make_unique<security::KeyVault>(*m_db, m_clock, *m_audit, nullptr, security::KeyVault::Strength::Interactive);
    m_signers = std::make_unique<TestSigners>(*m_db, m_signClock, *m_audit);
    m_signers->addFirstAdmin("root");
    m_signers->trustVault(*m_vault, "root", "a vault passphrase");
    QVERIFY(exchange::security::AuditedSettings(*m_db, m_clock).change(m_signers->confirmed("root"), "XLM", {{AssetSetting::MinDeposit, "1"}, {AssetSetting::MinCollection, "1"}}).ok());
    QVERIFY(wallets::WalletRepository(m_db->connection(), m_db->dialect())
                .add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kBase, {}, {}, false, {}, 0}, 1)
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_deposits = std::make_unique<DepositService>(*m_db, m_clock, *m_ledger, *m_audit);
}

void TestStellarWatcher::cleanup()
{
    m_signers.reset();
    m_vault.reset();
    m_deposits.reset();
    m_audit.reset();
    m_ledger.reset();
    m_db.reset();
    m_testDb.reset();
}

void TestStellarWatcher::followsTheStreamThroughCutsAndDuplicates()
{
    const QByteArray base = QByteArray::fromStdString(kBase);
    std::vector<SseTestServer::Record> records;
    int128 expected1 = 0, expected2 = 0;
    int deposits = 0;
    for (int n = 1; n <= 60; ++n) {
        QByteArray json;
        if (n % 10 == 3) {
            json = payment(n, kOther, "5.0000000", "1"); // outgoing
        } else if (n % 10 == 5) {
            json = payment(n, base, "5.0000000", "1", false); // failed
        } else if (n == 17) {
            json = "{\"id\": broken"; // malformed: passed over, logged
        } else {
            const int customer = 1 + n % 2;
            json = payment(n, base, QByteArray::number(n) + ".0000001", QByteArray::number(customer));
            (customer == 1 ? expected1 : expected2) += static_cast<int128>(n) * 10'000'000 + 1;
            ++deposits;
        }
        records.push_back({tokenOf(n), json});
    }
    SseTestServer server(records);
    QVERIFY(server.listen());
    server.cutConnections(3, 11); // the first three connections end after 11 events
    server.sendTwice(true);       // and every event comes twice

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("passing over a record")));
    StellarWatcher watcher(*m_deposits, QUrl(server.url()), kBase);
    watcher.start();
    const QString last = QString::number(tokenOf(60));
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(m_deposits->cursor(watcher.cursorName()).value().value_or("")), last, 20000);
    watcher.stop();

    QVERIFY(server.requests() >= 4);
    // Each reconnection asked from the cursor saved before it.
    QCOMPARE(server.cursors().first(), QStringLiteral("0"));
    QVERIFY(server.cursors().at(1).toLongLong() >= tokenOf(1));
    QCOMPARE(watcher.malformedRecords() % 2, 0); // the malformed one, seen twice (or more on re-reads)
    QVERIFY(watcher.malformedRecords() >= 2);

    auto all = m_deposits->list({std::nullopt, std::nullopt, std::nullopt, 1000, 0});
    QCOMPARE(static_cast<int>(all.value().size()), deposits);
    QCOMPARE(m_ledger->account(ledger::customerAccount(1, "XLM")).value().balance().baseUnits(), expected1);
    QCOMPARE(m_ledger->account(ledger::customerAccount(2, "XLM")).value().balance().baseUnits(), expected2);
    QVERIFY(ledger::LedgerChecker(*m_db, m_clock).check().value().clean());
}

void TestStellarWatcher::theSupervisorStartsWhatTheSettingsCallFor()
{
    const QByteArray base = QByteArray::fromStdString(kBase);
    SseTestServer server({{tokenOf(1), payment(1, base, "3.0000000", "2")}});
    QVERIFY(server.listen());
    // The services over a second handle on the same database, as the console has them.
    CoreServices services(m_testDb->open());
    WatcherSupervisor supervisor(services.deposits(), services.wallets(), services.notifier());
    QSignalSpy status(&supervisor, &WatcherSupervisor::statusChanged);
    supervisor.restart();
    // One line per chain; none has a node URL yet (and no balance to read).
    QStringList chains;
    for (const auto &s : status) {
        if (s.at(0).toString() == u"balances") {
            QCOMPARE(s.at(1).value<DutyStatus>().text, QStringLiteral("not reading now: no wallet is on a chain with a node URL"));
            QCOMPARE(s.at(1).value<DutyStatus>().health, DutyStatus::Health::Off);
            continue;
        }
        chains << s.at(0).toString();
        QVERIFY2(s.at(1).value<DutyStatus>().text.startsWith(QStringLiteral("not watching")), qPrintable(s.at(1).value<DutyStatus>().text));
        // Not configured is off, not down: nothing is wrong with it.
        QCOMPARE(s.at(1).value<DutyStatus>().health, DutyStatus::Health::Off);
        if (s.at(0).toString() == u"stellar")
            QVERIFY(s.at(1).value<DutyStatus>().text.contains(QStringLiteral("no Horizon URL")));
    }
    chains.sort();
    QCOMPARE(chains, (QStringList{QStringLiteral("algorand"), QStringLiteral("ethereum"), QStringLiteral("stellar")}));

    auto settings = services.wallets().chainSettings(Chain::Stellar).value();
    settings.nodeUrl = server.url().toStdString();
    QVERIFY(services.wallets().setChainSettings(testAdmin(services.database(), "tester"), settings).ok());
    supervisor.restart();
    // The local server closes each stream after its records, so the watcher
    // goes streaming -> waiting -> connecting again, as it would on a cut.
    const auto streamed = [&status] {
        for (const auto &s : status)
            if (s.at(1).value<DutyStatus>().text == u"streaming")
                return true;
        return false;
    };
    QTRY_VERIFY(streamed());
    // A cut stream is a watcher down until it streams again.
    const auto wentDown = [&status] {
        for (const auto &s : status) {
            const auto st = s.at(1).value<DutyStatus>();
            if (st.text.startsWith(QStringLiteral("waiting")))
                return st.health == DutyStatus::Health::Down;
        }
        return false;
    };
    QTRY_VERIFY(wentDown());
    QTRY_COMPARE(m_ledger->account(ledger::customerAccount(2, "XLM")).value().balance().baseUnits(), static_cast<int128>(30'000'000));
    supervisor.stop();
}

void TestStellarWatcher::addSignedEurt()
{
    Asset eurt;
    eurt.code = "EURT";
    eurt.name = "Euro token";
    eurt.chain = Chain::Stellar;
    eurt.decimals = 7;
    eurt.displayDecimals = 2;
    eurt.identity = AssetIdentity::stellarCredit("EURT", kIssuer);
    auto added = security::AuditedAssets(*m_db, m_clock).add(m_signers->confirmed("root"), eurt, std::nullopt);
    QVERIFY2(added.ok(), added.ok() ? "" : added.error().message.c_str());
    auto set = security::AuditedSettings(*m_db, m_clock)
                   .change(m_signers->confirmed("root"), "EURT", {{AssetSetting::MinDeposit, "1"}, {AssetSetting::MinCollection, "1"}});
    QVERIFY2(set.ok(), set.ok() ? "" : set.error().message.c_str());
}

void TestStellarWatcher::aSignedCreditAssetIsCreditedAsThatAsset()
{
    addSignedEurt();
    if (QTest::currentTestFailed())
        return;
    m_deposits->setPinnedKeySource([this] { return m_vault->pinnedAdminKey(); });
    const QByteArray base = QByteArray::fromStdString(kBase);
    SseTestServer server({
        {tokenOf(1), creditPayment(1, "EURT", kIssuer, "12.3456789", "2")},
        {tokenOf(2), creditPayment(2, "EURT", kOtherIssuer, "50.0000000", "1")}, // another issuer's EURT: not ours
        {tokenOf(3), creditPayment(3, "EURT", kIssuer, "3.0000001", "1", "path_payment_strict_receive")},
        {tokenOf(4), creditPayment(4, "EURT", kOtherIssuer, "7.0000000", "2", "path_payment_strict_send")},
        {tokenOf(5), payment(5, base, "2.0000000", "1")},
    });
    QVERIFY(server.listen());
    // Told once, though paid twice (and each record sent twice).
    server.sendTwice(true);
    QTest::ignoreMessage(QtInfoMsg, QRegularExpression(QStringLiteral("passing over payments of EURT:") + QString::fromStdString(kOtherIssuer)));
    StellarWatcher watcher(*m_deposits, QUrl(server.url()), kBase);
    watcher.start();
    QTRY_COMPARE_WITH_TIMEOUT(QString::fromStdString(m_deposits->cursor(watcher.cursorName()).value().value_or("")),
                              QString::number(tokenOf(5)), 20000);
    watcher.stop();

    // To the stroop, in the asset's own ledger accounts; the path payment
    // as what arrived, not the 99 lumens it cost.
    QCOMPARE(balance(2, "EURT"), static_cast<int128>(123'456'789));
    QCOMPARE(balance(1, "EURT"), static_cast<int128>(30'000'001));
    QCOMPARE(balance(1, "XLM"), static_cast<int128>(20'000'000));
    QCOMPARE(balance(2, "XLM"), static_cast<int128>(0));
    auto all = m_deposits->list({std::nullopt, std::nullopt, std::nullopt, 1000, 0});
    QCOMPARE(static_cast<int>(all.value().size()), 3);
    QCOMPARE(watcher.malformedRecords(), 0);
    QVERIFY(ledger::LedgerChecker(*m_db, m_clock).check().value().clean());
}

void TestStellarWatcher::withoutTheVaultNothingIsReadUntilItIsThere()
{
    // A token is configured, but this DepositService has no vault to check
    // its signature with.
    addSignedEurt();
    if (QTest::currentTestFailed())
        return;
    SseTestServer server({{tokenOf(1), creditPayment(1, "EURT", kIssuer, "4.5000000", "1")}});
    QVERIFY(server.listen());
    StellarWatcher watcher(*m_deposits, QUrl(server.url()), kBase);
    watcher.start();
    QCOMPARE(watcher.state(), StellarWatcher::State::Waiting);
    QVERIFY2(watcher.detail().contains(QStringLiteral("EURT")), qPrintable(watcher.detail()));
    QTest::qWait(1500); // a retry or two
    QCOMPARE(watcher.state(), StellarWatcher::State::Waiting);
    QCOMPARE(server.requests(), 0);
    QVERIFY(!m_deposits->cursor(watcher.cursorName()).value());
    QCOMPARE(balance(1, "EURT"), static_cast<int128>(0));

    // With the vault's pin, the next try reads the payment: nothing lost.
    m_deposits->setPinnedKeySource([this] { return m_vault->pinnedAdminKey(); });
    QTRY_COMPARE_WITH_TIMEOUT(balance(1, "EURT"), static_cast<int128>(45'000'000), 20000);
    watcher.stop();
    QCOMPARE(server.cursors().first(), QStringLiteral("0"));
}

void TestStellarWatcher::anAssetAddedWhileTheStreamIsOpenIsNotMissed()
{
    // The vault is there from the start, with no token yet.
    const QByteArray base = QByteArray::fromStdString(kBase);
    m_deposits->setPinnedKeySource([this] { return m_vault->pinnedAdminKey(); });
    SseTestServer server({{tokenOf(1), payment(1, base, "2.0000000", "1")}});
    QVERIFY(server.listen());
    server.keepOpen(true);
    StellarWatcher watcher(*m_deposits, QUrl(server.url()), kBase);
    watcher.start();
    QTRY_COMPARE(QString::fromStdString(m_deposits->cursor(watcher.cursorName()).value().value_or("")), QString::number(tokenOf(1)));
    QCOMPARE(server.openStreams(), 1);

    // EURT is added while the stream (read without it) is open, and a
    // payment of it follows on that stream.
    addSignedEurt();
    if (QTest::currentTestFailed())
        return;
    server.append({tokenOf(2), creditPayment(2, "EURT", kIssuer, "8.0000008", "2")});
    QTRY_COMPARE_WITH_TIMEOUT(balance(2, "EURT"), static_cast<int128>(80'000'008), 20000);
    QTRY_COMPARE(QString::fromStdString(m_deposits->cursor(watcher.cursorName()).value().value_or("")), QString::number(tokenOf(2)));
    // Read again from the cursor saved before it.
    QCOMPARE(server.requests(), 2);
    QCOMPARE(server.cursors().last(), QString::number(tokenOf(1)));
    watcher.stop();
    QCOMPARE(balance(1, "XLM"), static_cast<int128>(20'000'000));
}

QTEST_GUILESS_MAIN(TestStellarWatcher)
#include "tst_stellarwatcher.moc"
