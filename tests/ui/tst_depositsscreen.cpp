// The Deposits and Wallets screens offscreen, through their controls: the
// unattributed deposit is listed first; selecting it and pressing
// Ctrl+Shift+A opens a dialog that names customer and amount; confirming
// credits that customer in the store. Wallets show each tier against its max.
// In German, a deposit below the minimum is said in German, though the core
// stored its note in English.

#include "core/deposits/depositservice.h"
#include "core/deposits/observedpayment.h"
#include "core/ledger/ledgerservice.h"
#include "core/runtime/coreservices.h"
#include "models/depositsmodel.h"
#include "models/walletsmodel.h"
#include "testcore.h"
#include "ui/dialogs/assigndepositdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/screens/depositsscreen.h"
#include "ui/screens/walletsscreen.h"
#include "ui/widgets/messagebar.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace exchange;

class TestDepositsScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void assignTheUnattributedDepositWithTheKeyboard();
    void assignIsOnlyForUnattributed();
    void aNewDepositKeepsTheOperatorsSelection();
    void walletsShowTiersAgainstTheirMax();
    void aDepositBelowTheMinimumIsSaidInGerman();

private:
    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
};

void TestDepositsScreen::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDepositsScreen::cleanup()
{
    m_window.reset();
    m_core.reset();
    // Back to English for the next test: the German translators go.
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installLanguage(*QCoreApplication::instance(), QStringLiteral("en"));
}

void TestDepositsScreen::modelsPassTheTester()
{
    DepositsModel deposits(m_core->runtime(), m_core->services(), m_core->session());
    QAbstractItemModelTester t1(&deposits, QAbstractItemModelTester::FailureReportingMode::QtTest);
    WalletsModel wallets(m_core->runtime(), m_core->services());
    QAbstractItemModelTester t2(&wallets, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(deposits.isLoaded() && wallets.isLoaded());
    QVERIFY(deposits.rowCount() >= 14);
    QVERIFY(wallets.rowCount() >= 11);
}

void TestDepositsScreen::assignTheUnattributedDepositWithTheKeyboard()
{
    m_window->showScreen(QStringLiteral("deposits"));
    auto *screen = qobject_cast<DepositsScreen *>(m_window->screen(QStringLiteral("deposits")));
    QVERIFY(screen);
    QTableView *table = screen->table();
    QTRY_VERIFY(table->model()->rowCount() >= 14);
    // First row: the demo's 42 XLM with a memo naming nobody.
    QCOMPARE(table->model()->index(0, DepositsModel::State).data().toString(), QStringLiteral("Unattributed"));
    QCOMPARE(table->model()->index(0, DepositsModel::Amount).data().toString(), QStringLiteral("42.00"));
    const qint64 depositId = table->model()->index(0, 0).data(DepositsModel::DepositIdRole).toLongLong();
    table->setFocus();
    table->selectRow(0);
    QVERIFY(screen->assignButton()->isEnabled());
    QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    AssignDepositDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = screen->findChild<AssignDepositDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->customerPicker()->count() >= 6);
    // Nobody preselected: Enter credits no one, the dialog stays.
    QCOMPARE(dialog->customerPicker()->currentIndex(), -1);
    QVERIFY(!dialog->confirmButton()->isEnabled());
    const Amount firstBefore = m_core->services().ledger().account(ledger::customerAccount(1, "XLM")).value().balance();
    QTest::keyClick(dialog->customerPicker(), Qt::Key_Return);
    QTest::qWait(200);
    QVERIFY(dialog->isVisible());
    QCOMPARE(m_core->services().ledger().account(ledger::customerAccount(1, "XLM")).value().balance(), firstBefore);
    // Grace Hopper (#2)
    dialog->customerPicker()->setCurrentIndex(dialog->customerPicker()->findText(QStringLiteral("Grace Hopper (#2)")));
    const QString summary = dialog->summary();
    QVERIFY2(summary.contains(QStringLiteral("Grace Hopper")) && summary.contains(QStringLiteral("42.00 XLM")), qPrintable(summary));
    const Amount before = m_core->services().ledger().account(ledger::customerAccount(2, "XLM")).value().balance();
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QTRY_VERIFY(screen->messageBar()->isVisible());
    QVERIFY2(!screen->messageBar()->isError(), qPrintable(screen->messageBar()->text()));
    const Amount after = m_core->services().ledger().account(ledger::customerAccount(2, "XLM")).value().balance();
    QCOMPARE(after.baseUnits() - before.baseUnits(), static_cast<int128>(420'000'000)); // 42 XLM in stroops
    auto deposit = m_core->services().deposits().list({deposits::DepositState::Collected, 2, std::string("XLM"), 100, 0});
    bool found = false;
    for (const auto &d : deposit.value())
        found |= d.id == depositId;
    QVERIFY(found);
}

void TestDepositsScreen::assignIsOnlyForUnattributed()
{
    m_window->showScreen(QStringLiteral("deposits"));
    auto *screen = qobject_cast<DepositsScreen *>(m_window->screen(QStringLiteral("deposits")));
    QTRY_VERIFY(screen->table()->model()->rowCount() >= 14);
    screen->table()->selectRow(3); // a credited or collected one
    QVERIFY(!screen->assignButton()->isEnabled());
    screen->assignSelected();
    QVERIFY(!screen->findChild<AssignDepositDialog *>());
}

// A watcher records a deposit while the operator has a row selected: the
// new one is listed first (unattributed), and the operator's row stays
// selected and current, one further down; the table is not reset.
void TestDepositsScreen::aNewDepositKeepsTheOperatorsSelection()
{
    m_window->showScreen(QStringLiteral("deposits"));
    auto *screen = qobject_cast<DepositsScreen *>(m_window->screen(QStringLiteral("deposits")));
    QVERIFY(screen);
    QTableView *table = screen->table();
    QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(table->model()->rowCount() >= 14);
    const int before = table->model()->rowCount();
    table->setFocus();
    table->selectRow(3);
    const qint64 chosen = table->model()->index(3, 0).data(DepositsModel::DepositIdRole).toLongLong();
    QVERIFY(chosen > 0);
    QSignalSpy resets(table->model(), &QAbstractItemModel::modelReset);

    auto unattributed = m_core->services().deposits().list({deposits::DepositState::Unattributed, std::nullopt, std::nullopt, 10, 0});
    QVERIFY(unattributed.ok() && !unattributed.value().empty());
    const deposits::DepositRecord &like = unattributed.value().front();
    deposits::ObservedPayment payment;
    payment.chain = like.chain;
    payment.txid = std::string(64, 'e');
    payment.asset = like.asset;
    payment.to = like.to;
    payment.from = like.from;
    payment.amount = like.amount;
    payment.memo = "nobody we know";
    payment.height = like.height + 1;
    auto ingested = m_core->services().deposits().ingest({payment}, std::nullopt);
    QVERIFY(ingested.ok());
    QCOMPARE(ingested.value().unattributed, 1);

    QTRY_COMPARE(table->model()->rowCount(), before + 1);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), 4);
    QCOMPARE(selected.first().data(DepositsModel::DepositIdRole).toLongLong(), chosen);
    QCOMPARE(table->currentIndex().row(), 4);
    QCOMPARE(resets.count(), 0);
}

void TestDepositsScreen::walletsShowTiersAgainstTheirMax()
{
    m_window->showScreen(QStringLiteral("wallets"));
    auto *screen = qobject_cast<WalletsScreen *>(m_window->screen(QStringLiteral("wallets")));
    QVERIFY(screen);
    QAbstractItemModel *rows = screen->table()->model();
    QTRY_VERIFY(rows->rowCount() >= 11);
    bool sawEthHot = false;
    for (int r = 0; r < rows->rowCount(); ++r) {
        if (rows->index(r, WalletsModel::AssetCode).data().toString() != u"ETH"
            || rows->index(r, WalletsModel::Tier).data().toString() != u"Hot")
            continue;
        sawEthHot = true;
        // Demo: 30 ETH of a 50 ETH max; the chain shows 0.0021 ETH of unbooked gas.
        QCOMPARE(rows->index(r, WalletsModel::Fill).data(WalletsModel::FillPercentRole).toInt(), 60);
        QCOMPARE(rows->index(r, WalletsModel::Difference).data().toString(), QStringLiteral("-0.0021"));
    }
    QVERIFY(sawEthHot);
}

// The demo's 0.5 XLM is below the minimum deposit of 1 XLM: the core keeps it,
// not credited, with the note "below the minimum deposit" in English. A
// German operator reads neither that note nor its state in English.
void TestDepositsScreen::aDepositBelowTheMinimumIsSaidInGerman()
{
    auto ignored = m_core->services().deposits().list({deposits::DepositState::Ignored, std::nullopt, std::string("XLM"), 10, 0});
    QVERIFY(ignored.ok() && !ignored.value().empty());
    const qint64 id = ignored.value().front().id;
    QCOMPARE(ignored.value().front().note, std::string("below the minimum deposit"));

    QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("de")));
    m_window->showScreen(QStringLiteral("deposits"));
    auto *screen = qobject_cast<DepositsScreen *>(m_window->screen(QStringLiteral("deposits")));
    QVERIFY(screen);
    QAbstractItemModel *rows = screen->table()->model();
    QTRY_VERIFY(rows->rowCount() >= 14);
    int row = -1;
    for (int r = 0; r < rows->rowCount(); ++r) {
        if (rows->index(r, 0).data(DepositsModel::DepositIdRole).toLongLong() == id)
            row = r;
    }
    QVERIFY(row >= 0);
    const QString note = rows->index(row, DepositsModel::Note).data().toString();
    QVERIFY2(!note.isEmpty(), "the note is shown");
    QStringList shown{note, rows->index(row, DepositsModel::State).data().toString()};
    for (int column = 0; column < rows->columnCount(); ++column)
        shown << rows->index(row, column).data(Qt::ToolTipRole).toString();
    for (const QString &text : shown) {
        for (const char *english : {"below", "minimum deposit", "Ignored"})
            QVERIFY2(!text.contains(QLatin1String(english), Qt::CaseInsensitive), qPrintable(text));
    }
}

QTEST_MAIN(TestDepositsScreen)
#include "tst_depositsscreen.moc"
