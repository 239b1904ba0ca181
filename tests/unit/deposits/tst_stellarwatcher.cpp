// The Stellar watcher against a local stream in Horizon's format: it
// credits the deposits to the base account by memo, passes over outgoing,
// failed and malformed records, reconnects from the saved cursor when the
// stream is cut, and never doubles a deposit that is sent twice.

#include "core/deposits/depositservice.h"
#include "core/deposits/stellarwatcher.h"
#include "core/deposits/watchersupervisor.h"
#include "core/runtime/coreservices.h"
#include "core/ledger/ledgerchecker.h"
#include "core/ledger/ledgerservice.h"
#include "core/base/systemclock.h"
#include "core/security/auditedsettings.h"
#include "core/security/auditlog.h"
#include "core/store/customerrepository.h"
#include "core/store/database.h"
#include "core/wallets/walletrepository.h"
#include "ssetestserver.h"
#include "testdatabase.h"
#include "testoperators.h"

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

} // namespace

class TestStellarWatcher : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void followsTheStreamThroughCutsAndDuplicates();
    void theSupervisorStartsWhatTheSettingsCallFor();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    SystemClock m_clock;
    std::unique_ptr<ledger::LedgerService> m_ledger;
    std::unique_ptr<security::AuditLog> m_audit;
    std::unique_ptr<DepositService> m_deposits;
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
    QVERIFY(exchange::security::AuditedSettings(*m_db, m_clock).change(testAdmin(*m_db, "tester"), "XLM", {{AssetSetting::MinDeposit, "1"}, {AssetSetting::MinCollection, "1"}}).ok());
    QVERIFY(wallets::WalletRepository(m_db->connection(), m_db->dialect())
                .add({0, Chain::Stellar, wallets::WalletTier::Hot, "XLM", kBase, {}, {}, false, {}, 0}, 1)
                .ok());
    m_ledger = std::make_unique<ledger::LedgerService>(*m_db, m_clock);
    m_audit = std::make_unique<security::AuditLog>(*m_db, m_clock);
    m_deposits = std::make_unique<DepositService>(*m_db, m_clock, *m_ledger, *m_audit);
}

void TestStellarWatcher::cleanup()
{
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

QTEST_GUILESS_MAIN(TestStellarWatcher)
#include "tst_stellarwatcher.moc"
