// exctl ledger balances / statement / adjust / check through the real
// binary, on the backend of this run: the demo's balances and statement,
// adjustments refused without a reason, a customer or the asset's
// precision and idempotent by their id, and a check that catches a row
// changed behind the ledger's back or a damaged index.

#include "core/store/sql.h"
#include "exctlrun.h"
#include "sqlitedamage.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString sqliteUrl(const QString &path)
{
    return QStringLiteral("sqlite://") + path;
}

} // namespace

class TestExctlLedger : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void ledgerBalancesAndStatement();
    void ledgerAdjustNeedsAReasonAndAnExistingCustomer();
    void ledgerCheckCatchesACorruptedRow();
    void aDamagedIndexFailsTheLedgerCheck();

private:
    ExctlRun exctl(const QStringList &args) const { return runExctl(m_db->url(), args); }

    std::unique_ptr<TestDatabase> m_db;
};

void TestExctlLedger::initTestCase()
{
    m_db = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_db);
    QCOMPARE(exctl({QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
}

void TestExctlLedger::cleanupTestCase()
{
    m_db.reset();
}

void TestExctlLedger::ledgerBalancesAndStatement()
{
    const ExctlRun balances = exctl({QStringLiteral("ledger"), QStringLiteral("balances"), QStringLiteral("--customer"),
                                     QStringLiteral("3"), QStringLiteral("--json")});
    QCOMPARE(balances.code, 0);
    const QJsonArray accounts = QJsonDocument::fromJson(balances.out.toUtf8()).object().value(QStringLiteral("accounts")).toArray();
    QCOMPARE(accounts.size(), 3); // Alan: XLM, ETH and USDC on Stellar (USDCXLM)
    for (const QJsonValue &v : accounts) {
        const QJsonObject a = v.toObject();
        if (a.value(QStringLiteral("asset")).toString() == u"XLM") {
            QCOMPARE(a.value(QStringLiteral("balance")).toString(), QStringLiteral("48000.00"));
            // The demo's 20,000 XLM withdrawal under review holds its 0.01 fee too.
            QCOMPARE(a.value(QStringLiteral("available")).toString(), QStringLiteral("27999.99"));
            QCOMPARE(a.value(QStringLiteral("reserved")).toString(), QStringLiteral("20000.01"));
        }
    }
    const ExctlRun statement = exctl({QStringLiteral("ledger"), QStringLiteral("statement"), QStringLiteral("1"),
                                      QStringLiteral("XLM"), QStringLiteral("--json")});
    QCOMPARE(statement.code, 0);
    const QJsonObject s = QJsonDocument::fromJson(statement.out.toUtf8()).object();
    // Ada's four lines of the journal, then her 11,000 XLM withdrawal the
    // demo approver rejected: amount and fee held, then both released.
    QCOMPARE(s.value(QStringLiteral("total_lines")).toInt(), 8);
    const QJsonArray lines = s.value(QStringLiteral("lines")).toArray();
    QCOMPARE(lines.last().toObject().value(QStringLiteral("balance")).toString(), QStringLiteral("11999.99"));
    QCOMPARE(exctl({QStringLiteral("ledger"), QStringLiteral("statement"), QStringLiteral("1"), QStringLiteral("DOGE")}).code, 1);
    QCOMPARE(exctl({QStringLiteral("ledger"), QStringLiteral("statement"), QStringLiteral("x"), QStringLiteral("XLM")}).code, 2);
}

void TestExctlLedger::ledgerAdjustNeedsAReasonAndAnExistingCustomer()
{
    const QStringList base{QStringLiteral("ledger"), QStringLiteral("adjust"), QStringLiteral("--customer"), QStringLiteral("2"),
                           QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--amount")};
    QCOMPARE(exctl(base + QStringList{QStringLiteral("5")}).code, 2); // no --reason
    const ExctlRun blank = exctl(base + QStringList{QStringLiteral("5"), QStringLiteral("--reason"), QStringLiteral("  ")});
    QCOMPARE(blank.code, 1);
    QVERIFY(blank.err.contains(QStringLiteral("reason")));
    const ExctlRun tooPrecise = exctl(base + QStringList{QStringLiteral("0.00000001"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(tooPrecise.code, 1);
    QVERIFY(tooPrecise.err.contains(QStringLiteral("7 decimal places")));
    const ExctlRun overdraw = exctl(base + QStringList{QStringLiteral("-3200.51"), QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(overdraw.code, 1);
    const ExctlRun nobody = exctl({QStringLiteral("ledger"), QStringLiteral("adjust"), QStringLiteral("--customer"), QStringLiteral("999"),
                                   QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--amount"), QStringLiteral("1"),
                                   QStringLiteral("--reason"), QStringLiteral("x")});
    QCOMPARE(nobody.code, 1);
    QVERIFY(nobody.err.contains(QStringLiteral("unknown customer")));
    const ExctlRun ok = exctl(base + QStringList{QStringLiteral("-0.5"), QStringLiteral("--reason"), QStringLiteral("fee refund reversed"),
                                                 QStringLiteral("--id"), QStringLiteral("adj-test-1")});
    QCOMPARE(ok.code, 0);
    QVERIFY(ok.out.contains(QStringLiteral("3200")));
    // Retrying with the same id changes nothing more.
    QCOMPARE(exctl(base + QStringList{QStringLiteral("-0.5"), QStringLiteral("--reason"), QStringLiteral("fee refund reversed"),
                                      QStringLiteral("--id"), QStringLiteral("adj-test-1")}).code, 0);
    const ExctlRun after = exctl({QStringLiteral("ledger"), QStringLiteral("balances"), QStringLiteral("--customer"), QStringLiteral("2"),
                                  QStringLiteral("--asset"), QStringLiteral("XLM"), QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object().value(QStringLiteral("accounts")).toArray().first().toObject()
                 .value(QStringLiteral("balance")).toString(),
             QStringLiteral("3200.00"));
}

void TestExctlLedger::ledgerCheckCatchesACorruptedRow()
{
    const ExctlRun clean = exctl({QStringLiteral("ledger"), QStringLiteral("check")});
    QCOMPARE(clean.code, 0);
    QVERIFY(clean.out.contains(QStringLiteral("ledger clean")));
    {
        auto db = m_db->open();
        QVERIFY(db);
        QVERIFY(exchange::sql::run(db->connection(),
                                   QStringLiteral("UPDATE ledger_accounts SET debits_posted = ? WHERE kind = 'wallet' AND owner = 'hot' AND asset = 'ALGO'"),
                                   {db->dialect().amountToSql(exchange::Amount::fromBaseUnits(1))}).ok());
    }
    const ExctlRun dirty = exctl({QStringLiteral("ledger"), QStringLiteral("check")});
    QCOMPARE(dirty.code, 1);
    QVERIFY(dirty.err.contains(QStringLiteral("wallet:hot:ALGO")));
    QVERIFY(dirty.err.contains(QStringLiteral("debits_posted")));
    QVERIFY(dirty.err.contains(QStringLiteral("asset ALGO")));
    const ExctlRun json = exctl({QStringLiteral("ledger"), QStringLiteral("check"), QStringLiteral("--json")});
    QCOMPARE(json.code, 1);
    QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("clean")).toBool(true), false);
}

void TestExctlLedger::aDamagedIndexFailsTheLedgerCheck()
{
    // A demo database with one order changed behind the back of
    // trade_orders_tx, the index that allows one order per tx_id.
    if (m_db->isPostgres())
        QSKIP("physical damage is made to an SQLite file");
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("demo.db"));
    QCOMPARE(runExctl(sqliteUrl(copy), {QStringLiteral("init"), QStringLiteral("--demo")}).code, 0);
    QCOMPARE(runExctl(sqliteUrl(copy), {QStringLiteral("ledger"), QStringLiteral("check")}).code, 0);
    const QString damage = sqlitedamage::changeRowBehindIndex(
        copy, QStringLiteral("trade_orders_tx"),
        QStringLiteral("UPDATE trade_orders SET tx_id = tx_id || 'x' WHERE id = (SELECT MIN(id) FROM trade_orders WHERE tx_id IS NOT NULL)"));
    QVERIFY2(damage.isEmpty(), qPrintable(damage));
    const ExctlRun r = runExctl(sqliteUrl(copy), {QStringLiteral("ledger"), QStringLiteral("check")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("database damaged")) && r.err.contains(QStringLiteral("trade_orders_tx")),
             qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestExctlLedger)
#include "tst_exctlledger.moc"
