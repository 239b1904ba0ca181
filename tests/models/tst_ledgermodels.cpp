// The Ledger screen's models over the demo journal, on the real core
// thread: positions per asset, a customer's statement with paging, and
// the check status. Each item model runs under QAbstractItemModelTester.

#include "core/base/manualclock.h"
#include "core/demo/demodata.h"
#include "core/ledger/ledgerservice.h"
#include "core/money/asset.h"
#include "core/money/assetamount.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/store/sql.h"
#include "models/displayformat.h"
#include "models/ledgercheckstatus.h"
#include "models/ledgerpositionsmodel.h"
#include "models/ledgerstatementmodel.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace exchange;

class TestLedgerModels : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void positionsPerAsset();
    void positionsFollowTheLedger();
    void statementPagesWithRunningBalance();
    void statementShowsDisplayPrecisionAndCopiesExact();
    void checkStatusRunsAndReportsCorruption();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<CoreRuntime> m_runtime;
    std::unique_ptr<CoreServices> m_services;
};

void TestLedgerModels::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    auto db = m_testDb->open();
    QVERIFY(db);
    ManualClock clock(1'700'000'000'000);
    QVERIFY(addDemoData(*db, clock).ok());
    m_runtime = std::make_unique<CoreRuntime>();
    m_services = std::make_unique<CoreServices>(std::move(db));
}

void TestLedgerModels::cleanup()
{
    Database *db = m_services ? &m_services->database() : nullptr;
    if (m_runtime)
        m_runtime->stop([db] { if (db) db->releaseThreadConnection(); });
    m_runtime.reset();
    m_services.reset();
    m_testDb.reset();
}

void TestLedgerModels::positionsPerAsset()
{
    // The model shows what LedgerQueries::positions() computes (tested with
    // known answers in tst_ledgerservice), formatted in each asset's unit.
    auto expected = m_services->ledgerQueries().positions();
    QVERIFY(expected.ok());
    LedgerPositionsModel model(*m_runtime, *m_services);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model.isLoaded());
    QCOMPARE(model.rowCount(), static_cast<int>(expected.value().size()));
    bool sawEth = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, LedgerPositionsModel::AssetCode).data().toString() != u"ETH")
            continue;
        sawEth = true;
        for (const auto &p : expected.value()) {
            if (p.asset != "ETH")
                continue;
            // ETH's display precision, four decimals ("≈ " when more are hidden),
            // and every one of its 18 in the tooltip and the copy text.
            const QRegularExpression fourDecimals(QStringLiteral("^(≈ )?-?[0-9,]+\\.[0-9]{4}$"));
            for (const auto &[column, value] : {std::pair{LedgerPositionsModel::Liabilities, p.liabilities},
                                                std::pair{LedgerPositionsModel::Holdings, p.holdings}}) {
                const QModelIndex cell = model.index(row, column);
                QVERIFY2(fourDecimals.match(cell.data().toString()).hasMatch(), qPrintable(cell.data().toString()));
                QCOMPARE(cell.data().toString().startsWith(u'≈'), value.baseUnits() % 100'000'000'000'000 != 0);
                QCOMPARE(cell.data(Qt::ToolTipRole).toString(), QString::fromStdString(value.format(18)) + QStringLiteral(" ETH"));
                QCOMPARE(cell.data(displayformat::ExactTextRole).toString(), QString::fromStdString(value.format(18)));
            }
            const auto surplus = model.index(row, LedgerPositionsModel::Surplus).data(LedgerPositionsModel::RawValueRole).value<AssetAmount>();
            QCOMPARE(surplus.amount, p.surplus());
            QCOMPARE(surplus.decimals, 18);
        }
    }
    QVERIFY(sawEth);
}

void TestLedgerModels::positionsFollowTheLedger()
{
    LedgerPositionsModel model(*m_runtime, *m_services);
    QTRY_VERIFY(model.isLoaded());
    auto liabilities = [&model]() -> QString {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, LedgerPositionsModel::AssetCode).data().toString() == u"ALGO")
                return QString::fromStdString(model.index(row, LedgerPositionsModel::Liabilities).data(LedgerPositionsModel::RawValueRole).value<AssetAmount>().amount.format(6));
        }
        return {};
    };
    const Amount before = Amount::parse(liabilities().toStdString(), 6).value();
    QSignalSpy reloaded(&model, &LedgerPositionsModel::loaded);
    // A deposit of 1 ALGO made elsewhere (on this thread, through the same notifier).
    QVERIFY(m_services->ledger().submit(ledger::TransferRequest::posted(
        "t:1", ledger::TransferCode::Deposit, ledger::walletAccount(ledger::owner::DepositWallet, "ALGO"),
        ledger::customerAccount(1, "ALGO"), Amount::fromBaseUnits(1'000'000))).ok());
    QTRY_VERIFY(reloaded.count() >= 1);
    QCOMPARE(Amount::parse(liabilities().toStdString(), 6).value().baseUnits() - before.baseUnits(), static_cast<int128>(1'000'000));
}

void TestLedgerModels::statementPagesWithRunningBalance()
{
    // 450 more deposits of 1 XLM for customer 2: three pages of 200.
    std::vector<ledger::TransferRequest> batch;
    for (int i = 0; i < 450; ++i)
        batch.push_back(ledger::TransferRequest::posted("bulk:" + std::to_string(i), ledger::TransferCode::Deposit,
                                                        ledger::walletAccount(ledger::owner::DepositWallet, "XLM"),
                                                        ledger::customerAccount(2, "XLM"), Amount::fromBaseUnits(10'000'000)));
    QVERIFY(m_services->ledger().submitEach(batch).ok());

    LedgerStatementModel model(*m_runtime, *m_services);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &LedgerStatementModel::loaded);
    model.show(2, QStringLiteral("XLM"));
    QTRY_COMPARE(loaded.count(), 1);
    QCOMPARE(model.totalLines(), 451); // the demo deposit of 3,200.5 and 450 more
    QCOMPARE(model.rowCount(), LedgerStatementModel::kPageSize);
    QVERIFY(model.hasNextPage());
    QVERIFY(!model.hasPreviousPage());
    QCOMPARE(model.index(0, LedgerStatementModel::Balance).data().toString(), QStringLiteral("3,200.50"));
    model.nextPage();
    QTRY_COMPARE(loaded.count(), 2);
    QVERIFY(model.hasPreviousPage());
    model.nextPage();
    QTRY_COMPARE(loaded.count(), 3);
    QCOMPARE(model.rowCount(), 51);
    QVERIFY(!model.hasNextPage());
    QCOMPARE(model.index(50, LedgerStatementModel::Balance).data().toString(), QStringLiteral("3,650.50"));
    QCOMPARE(model.index(50, LedgerStatementModel::Change).data().toString(), QStringLiteral("+1.00"));
    QVERIFY(model.summary().contains(QStringLiteral("3,650.50")));
}

// A deposit of 45.686843668515307538 ETH (the example) shows ETH's
// four decimals, cut toward zero with "≈", signed as a change; the tooltip
// and the copy text are the exact amount with every digit.
void TestLedgerModels::statementShowsDisplayPrecisionAndCopiesExact()
{
    const Amount deposit = Amount::parse("45.686843668515307538", 18).value();
    QVERIFY(m_services->ledger().submit(ledger::TransferRequest::posted(
        "t:eth", ledger::TransferCode::Deposit, ledger::walletAccount(ledger::owner::DepositWallet, "ETH"),
        ledger::customerAccount(2, "ETH"), deposit)).ok());
    LedgerStatementModel model(*m_runtime, *m_services);
    QSignalSpy loaded(&model, &LedgerStatementModel::loaded);
    model.show(2, QStringLiteral("ETH"));
    QTRY_COMPARE(loaded.count(), 1);
    QVERIFY(model.rowCount() >= 1);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, LedgerStatementModel::Change).data(LedgerStatementModel::RawValueRole).value<Amount>() == deposit)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex change = model.index(row, LedgerStatementModel::Change);
    QCOMPARE(change.data().toString(), QStringLiteral("≈ +45.6868"));
    QVERIFY(change.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("45.686843668515307538 ETH\n")));
    QCOMPARE(change.data(displayformat::ExactTextRole).toString(), QStringLiteral("45.686843668515307538"));
    // The balance after it is exact in the tooltip too, whatever came before.
    const Amount balance = model.index(row, LedgerStatementModel::Balance).data(LedgerStatementModel::RawValueRole).value<Amount>();
    QCOMPARE(model.index(row, LedgerStatementModel::Balance).data(displayformat::ExactTextRole).toString(),
             QString::fromStdString(balance.format(18)));
    // No hold on a posted deposit: the Held cell is empty and copies nothing rounded.
    QCOMPARE(model.index(row, LedgerStatementModel::Held).data().toString(), QString());
}

void TestLedgerModels::checkStatusRunsAndReportsCorruption()
{
    LedgerCheckStatus status(*m_runtime, *m_services);
    QTRY_VERIFY(status.report().has_value()); // the demo data ran one
    QVERIFY(status.report()->clean());
    QVERIFY(status.summary().startsWith(QStringLiteral("Clean")));
    QVERIFY(sql::run(m_services->database().connection(),
                     QStringLiteral("UPDATE ledger_accounts SET debits_posted = ? WHERE kind = 'wallet' AND owner = 'hot' AND asset = 'ETH'"),
                     {m_services->database().dialect().amountToSql(Amount::fromBaseUnits(1))}).ok());
    status.run();
    QVERIFY(status.isRunning());
    QTRY_VERIFY(!status.isRunning());
    QVERIFY(!status.report()->clean());
    QVERIFY(status.summary().contains(QStringLiteral("wallet:hot:ETH")));
}

QTEST_MAIN(TestLedgerModels)
#include "tst_ledgermodels.moc"
