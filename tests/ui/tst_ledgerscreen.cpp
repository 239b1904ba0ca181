// The Ledger screen offscreen, through its controls: pick a customer and
// an asset and read the statement; press the check button and see the
// verdict.

#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/base/manualclock.h"
#include "core/store/sql.h"
#include "testcore.h"
#include "models/ledgerstatementmodel.h"
#include "models/operatorsession.h"
#include "ui/mainwindow.h"
#include "ui/screens/ledgerscreen.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace exchange;

class TestLedgerScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void statementOfThePickedCustomer();
    void checkButtonShowsTheVerdict();

private:
    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    LedgerScreen *m_screen = nullptr;
};

void TestLedgerScreen::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_6, Qt::ControlModifier);
    m_screen = qobject_cast<LedgerScreen *>(m_window->screen(QStringLiteral("ledger")));
    QVERIFY(m_screen);
    QVERIFY(m_screen->isVisible());
    QTRY_COMPARE(m_screen->positionsTable()->model()->rowCount(), 6); // the coins and the demo's three USDC
}

void TestLedgerScreen::cleanup()
{
    m_window.reset();
    m_core.reset();
}

void TestLedgerScreen::statementOfThePickedCustomer()
{
    QComboBox *customer = m_screen->customerPicker();
    QTRY_VERIFY(customer->count() >= 6);
    // Alan Turing (#3): a deposit, a 12,000 XLM withdrawal he cancelled (its
    // amount and fee held, then both released) and one of 20,000 XLM under
    // review (amount and fee held): seven lines.
    const int alan = customer->findText(QStringLiteral("Alan Turing (#3)"));
    QVERIFY(alan >= 0);
    customer->setFocus();
    customer->setCurrentIndex(alan);
    QTRY_COMPARE(m_screen->statementTable()->model()->rowCount(), 7);
    QAbstractItemModel *rows = m_screen->statementTable()->model();
    bool sawHold = false;
    for (int r = 0; r < rows->rowCount(); ++r) {
        const QString note = rows->index(r, LedgerStatementModel::Note).data().toString();
        // One notation for a withdrawal on every screen, not the ledger's key "withdrawal:3".
        QVERIFY2(!note.contains(QStringLiteral("withdrawal:")), qPrintable(note));
        if (rows->index(r, 4).data().toString() == u"+20,000.00") {
            sawHold = true;
            QCOMPARE(note, QStringLiteral("Withdrawal #3"));
        }
    }
    QVERIFY(sawHold);
    // ETH: one deposit of 14.75.
    QComboBox *asset = m_screen->assetPicker();
    asset->setCurrentIndex(asset->findText(QStringLiteral("ETH")));
    QTRY_COMPARE(rows->rowCount(), 1);
    QCOMPARE(rows->index(0, 5).data().toString(), QStringLiteral("14.7500"));
}

void TestLedgerScreen::checkButtonShowsTheVerdict()
{
    QTRY_VERIFY(m_screen->checkLabel()->text().startsWith(QStringLiteral("Clean")));
    QVERIFY(sql::run(m_core->services().database().connection(),
                     QStringLiteral("UPDATE ledger_accounts SET credits_posted = ? WHERE kind = 'customer' AND owner = '1' AND asset = 'XLM'"),
                     {m_core->services().database().dialect().amountToSql(Amount::fromBaseUnits(7))}).ok());
    QTest::mouseClick(m_screen->checkButton(), Qt::LeftButton);
    QTRY_VERIFY(m_screen->checkLabel()->text().startsWith(QStringLiteral("Not clean")));
    QVERIFY(m_screen->checkLabel()->text().contains(QStringLiteral("customer:1:XLM")));
    QVERIFY(m_screen->checkButton()->isEnabled());
}

QTEST_MAIN(TestLedgerScreen)
#include "tst_ledgerscreen.moc"
