// The checks see physical damage: a row changed behind the back of the
// unique index that allows one order per tx_id, and a scrambled index page.
// On SQLite the ledger check fails naming the index and the quick check
// (the console's at start) names the damaged page's index; on PostgreSQL
// the check runs with amcheck or says that it did not.

#include "core/base/manualclock.h"
#include "core/demo/demodata.h"
#include "core/ledger/ledgerchecker.h"
#include "core/store/integritycheck.h"
#include "core/store/sql.h"
#include "core/trade/demomarket.h"
#include "sqlitedamage.h"
#include "testdatabase.h"

#include <QTest>

using namespace exchange;

class TestIntegrityCheck : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void aSoundDatabaseIsClean();
    void aRowMissingFromAnIndexFailsTheLedgerCheck();
    void aScrambledIndexPageFailsTheQuickCheck();

private:
    QString sqlitePath() const { return m_db->url().mid(QStringLiteral("sqlite://").size()); }
    std::unique_ptr<TestDatabase> m_db;
};

void TestIntegrityCheck::init()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    auto db = m_db->open();
    QVERIFY(db);
    ManualClock clock(1'700'000'000'000);
    QVERIFY(addDemoData(*db, clock).ok());
    QVERIFY(trade::addDemoMarket(*db, clock).ok()); // the orders with their tx_id
}

void TestIntegrityCheck::cleanup()
{
    m_db.reset();
}

void TestIntegrityCheck::aSoundDatabaseIsClean()
{
    auto db = m_db->open();
    QVERIFY(db);
    for (auto depth : {IntegrityCheck::Depth::Quick, IntegrityCheck::Depth::Full}) {
        auto report = IntegrityCheck(*db).run(depth);
        QVERIFY(report);
        QVERIFY2(!report.value().damaged(), report.value().damaged() ? report.value().problems.front().c_str() : "");
        if (m_db->isPostgres())
            QVERIFY(report.value().checked || report.value().why.find("amcheck") != std::string::npos);
        else
            QVERIFY(report.value().checked);
    }
    ManualClock clock(1'700'000'000'000);
    auto ledger = ledger::LedgerChecker(*db, clock).check();
    QVERIFY(ledger);
    QVERIFY(ledger.value().clean());
}

void TestIntegrityCheck::aRowMissingFromAnIndexFailsTheLedgerCheck()
{
    if (m_db->isPostgres())
        QSKIP("physical damage is made to an SQLite file");
    {
        auto db = m_db->open();
        auto funded = sql::run(db->connection(), QStringLiteral("SELECT COUNT(*) FROM trade_orders WHERE tx_id IS NOT NULL"));
        QVERIFY(funded && funded.value().next());
        QVERIFY2(funded.value().value(0).toInt() > 0, "the demo market has funded orders");
    }
    const QString damage = sqlitedamage::changeRowBehindIndex(
        sqlitePath(), QStringLiteral("trade_orders_tx"),
        QStringLiteral("UPDATE trade_orders SET tx_id = tx_id || 'x' WHERE id = (SELECT MIN(id) FROM trade_orders WHERE tx_id IS NOT NULL)"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));

    auto db = m_db->open(false);
    QVERIFY(db);
    ManualClock clock(1'700'000'000'000);
    auto report = ledger::LedgerChecker(*db, clock).check();
    QVERIFY(report);
    QVERIFY(!report.value().clean());
    const auto &found = report.value().discrepancies;
    QVERIFY2(std::any_of(found.begin(), found.end(),
                         [](const std::string &d) {
                             return d.find("database damaged") != std::string::npos
                                 && d.find("trade_orders_tx") != std::string::npos;
                         }),
             found.empty() ? "" : found.front().c_str());
}

void TestIntegrityCheck::aScrambledIndexPageFailsTheQuickCheck()
{
    if (m_db->isPostgres())
        QSKIP("physical damage is made to an SQLite file");
    const QString damage = sqlitedamage::scrambleRootPage(sqlitePath(), QStringLiteral("trade_orders_tx"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));
    auto db = m_db->open(false);
    QVERIFY(db);
    auto report = IntegrityCheck(*db).run(IntegrityCheck::Depth::Quick);
    QVERIFY(report);
    QVERIFY(report.value().damaged());
    const std::string &first = report.value().problems.front();
    QVERIFY2(first.find("index trade_orders_tx") != std::string::npos, first.c_str());
}

QTEST_GUILESS_MAIN(TestIntegrityCheck)
#include "tst_integritycheck.moc"
