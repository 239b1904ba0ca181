// The Order book screen offscreen, through its controls: the demo market
// shows bids and asks on both sides, the depth chart draws both, switching
// the market picker turns the book round (ALGO/ETH asks are ETH/ALGO bids),
// and the statistics and Log tabs are filled.
#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/money/assetamount.h"
#include "core/base/manualclock.h"
#include "core/trade/demomarket.h"
#include "models/operatorsession.h"
#include "testdatabase.h"
#include "ui/mainwindow.h"
#include "ui/screens/orderbookscreen.h"

#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace exchange;

class TestOrderBookScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void demoMarketShowsBothSides();
    void switchingTheMarketTurnsTheBookRound();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<CoreRuntime> m_runtime;
    std::unique_ptr<CoreServices> m_services;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    OrderBookScreen *m_screen = nullptr;
};

void TestOrderBookScreen::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    REQUIRE_TEST_DATABASE(*m_testDb);
    auto db = m_testDb->open();
    QVERIFY(db);
    ManualClock clock(1'700'000'000'000);
    QVERIFY(trade::addDemoMarket(*db, clock).ok());
    m_runtime = std::make_unique<CoreRuntime>();
    m_services = std::make_unique<CoreServices>(std::move(db));
    m_session = std::make_unique<OperatorSession>(*m_runtime, m_services->operators());
    m_session->actAs(exchange::security::Actor::cli("tester"));
    m_window = std::make_unique<MainWindow>(*m_runtime, *m_services, *m_session);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    m_screen = qobject_cast<OrderBookScreen *>(m_window->screen(QStringLiteral("orderbook")));
    QVERIFY(m_screen);
    QTRY_VERIFY(m_screen->isVisible());
}

void TestOrderBookScreen::cleanup()
{
    m_window.reset();
    m_session.reset();
    Database *db = m_services ? &m_services->database() : nullptr;
    if (m_runtime)
        m_runtime->stop([db] { if (db) db->releaseThreadConnection(); });
    m_runtime.reset();
    m_services.reset();
    m_testDb.reset();
}

void TestOrderBookScreen::demoMarketShowsBothSides()
{
    QCOMPARE(m_screen->marketPicker()->currentText(), QStringLiteral("ETH / ALGO"));
    QTRY_VERIFY(m_screen->bidsTable()->model()->rowCount() >= 5);
    QTRY_VERIFY(m_screen->asksTable()->model()->rowCount() >= 5);
    // The best ask is above the best bid: the book does not cross.
    auto price = [](QTableView *t) {
        return t->model()->index(0, 0).data(Qt::UserRole).value<AssetAmount>();
    };
    QVERIFY(price(m_screen->bidsTable()) < price(m_screen->asksTable()));
    QVERIFY(m_screen->summary()->text().contains(QStringLiteral("Best bid")));
    QCOMPARE(m_screen->depthChart()->series().size(), 2);
    QVERIFY(m_screen->fillsTable()->model()->rowCount() >= 1);
    m_screen->tabs()->setCurrentWidget(m_screen->statsTable());
    QCOMPARE(m_screen->statsTable()->model()->rowCount(), 3);
    m_screen->tabs()->setCurrentWidget(m_screen->logTable());
    QCOMPARE(m_screen->logTable()->model()->rowCount(), 3);
}

void TestOrderBookScreen::switchingTheMarketTurnsTheBookRound()
{
    QTRY_VERIFY(m_screen->bidsTable()->model()->rowCount() >= 5);
    const int ethAlgoBids = m_screen->bidsTable()->model()->rowCount();
    QComboBox *picker = m_screen->marketPicker();
    const int reversed = picker->findText(QStringLiteral("ALGO / ETH"));
    QVERIFY(reversed >= 0);
    picker->setFocus();
    picker->setCurrentIndex(reversed);
    QTRY_COMPARE(m_screen->asksTable()->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Price (ETH)"));
    QTRY_COMPARE(m_screen->asksTable()->model()->rowCount(), ethAlgoBids);
}

QTEST_MAIN(TestOrderBookScreen)
#include "tst_orderbookscreen.moc"
