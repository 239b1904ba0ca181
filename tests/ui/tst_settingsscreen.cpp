// The Settings screen, offscreen, driven through its visible controls: an
// operator opens a cell with F2, types a value, presses Enter, and the store
// has it; text the asset cannot take is not accepted; the filter narrows.
// In the Chains box, edits are saved with the Save button, a bad URL or
// confirmations out of range are shown red and save nothing, and a viewer
// sees the box read-only.

#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/manualclock.h"
#include "core/security/auditlog.h"
#include "core/wallets/walletservice.h"
#include "models/assetsettingsmodel.h"
#include "models/chainsettingsmodel.h"
#include "testcore.h"
#include "models/operatorsession.h"
#include "ui/mainwindow.h"
#include "ui/screens/chainsettingspanel.h"
#include "ui/screens/settingsscreen.h"
#include "ui/widgets/messagebar.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace exchange;

class TestSettingsScreen : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void editingACellSavesIt();
    void theEditorRefusesWhatTheAssetCannotTake();
    void typeToFilter();
    void sortsAmountsAsNumbers();
    void chainSettingsAreSavedWithTheSaveButton();
    void aBadChainSettingIsShownAndSavesNothing();
    void aViewerSeesTheChainsReadOnly();

private:
    QModelIndex cell(const QString &code, int column) const;
    QModelIndex chainCell(exchange::Chain chain, int column) const;
    QLineEdit *openEditor(const QModelIndex &index);
    QLineEdit *openChainEditor(const QModelIndex &index);
    bool commitChainEditor(QLineEdit *editor);
    qsizetype auditedChainChanges() const;

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    SettingsScreen *m_screen = nullptr;
};

void TestSettingsScreen::init()
{
    m_core = std::make_unique<TestCore>();
    QVERIFY2(m_core->failure().isEmpty(), qPrintable(m_core->failure()));
    m_window = std::make_unique<MainWindow>(m_core->runtime(), m_core->services(), m_core->session());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Ctrl+7 goes to Settings, as the Go menu says.
    QTest::keyClick(m_window.get(), Qt::Key_7, Qt::ControlModifier);
    QCOMPARE(m_window->currentScreenId(), QStringLiteral("settings"));
    m_screen = qobject_cast<SettingsScreen *>(m_window->screen(QStringLiteral("settings")));
    QVERIFY(m_screen);
    QTRY_VERIFY(m_screen->model()->isLoaded());
}

void TestSettingsScreen::cleanup()
{
    m_window.reset();
    m_core.reset();
}

QModelIndex TestSettingsScreen::cell(const QString &code, int column) const
{
    QAbstractItemModel *model = m_screen->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, AssetSettingsModel::Code).data().toString() == code)
            return model->index(row, column);
    }
    return {};
}

QModelIndex TestSettingsScreen::chainCell(exchange::Chain chain, int column) const
{
    QAbstractItemModel *model = m_screen->chainPanel()->table()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, column);
        if (index.data(ChainSettingsModel::ChainRole).toInt() == static_cast<int>(chain))
            return index;
    }
    return {};
}

QLineEdit *TestSettingsScreen::openChainEditor(const QModelIndex &index)
{
    QTableView *table = m_screen->chainPanel()->table();
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    return table->viewport()->findChild<QLineEdit *>();
}

bool TestSettingsScreen::commitChainEditor(QLineEdit *editor)
{
    // The view commits on Enter through a queued call and deletes the
    // editor later; wait for both, as an operator would.
    QPointer<QLineEdit> guard(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    return QTest::qWaitFor([&guard] { return guard.isNull(); });
}

qsizetype TestSettingsScreen::auditedChainChanges() const
{
    security::AuditFilter filter;
    filter.action = "chain.settings";
    return static_cast<qsizetype>(m_core->services().audit().list(filter).value().size());
}

QLineEdit *TestSettingsScreen::openEditor(const QModelIndex &index)
{
    QTableView *table = m_screen->table();
    table->setFocus();
    table->setCurrentIndex(index);
    QTest::keyClick(table, Qt::Key_F2);
    return table->viewport()->findChild<QLineEdit *>();
}

void TestSettingsScreen::editingACellSavesIt()
{
    const QModelIndex minDeposit = cell(QStringLiteral("XLM"), AssetSettingsModel::MinDeposit);
    QVERIFY(minDeposit.isValid());
    QLineEdit *editor = openEditor(minDeposit);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("1")); // the exact current value
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("2.5000001"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(m_core->services().assetSettings().find("XLM").value().settings.minDeposit.baseUnits(),
                 static_cast<int128>(25'000'001));
    QTRY_VERIFY(m_screen->messageBar()->isVisible());
    QVERIFY(!m_screen->messageBar()->isError());
    QVERIFY(m_screen->messageBar()->text().contains(QStringLiteral("XLM")));
    QCOMPARE(cell(QStringLiteral("XLM"), AssetSettingsModel::MinDeposit).data().toString(), QStringLiteral("2.5000001"));
}

void TestSettingsScreen::theEditorRefusesWhatTheAssetCannotTake()
{
    const QModelIndex minDeposit = cell(QStringLiteral("XLM"), AssetSettingsModel::MinDeposit);
    QLineEdit *editor = openEditor(minDeposit);
    QVERIFY(editor);
    editor->selectAll();
    // The eighth decimal, a letter, an exponent, a sign and a separator do not go in.
    QTest::keyClicks(editor, QStringLiteral("0.123456789"));
    QCOMPARE(editor->text(), QStringLiteral("0.1234567"));
    QTest::keyClicks(editor, QStringLiteral("e-,x"));
    QCOMPARE(editor->text(), QStringLiteral("0.1234567"));
    QTest::keyClick(editor, Qt::Key_Escape);
    QCOMPARE(m_core->services().assetSettings().find("XLM").value().settings.minDeposit.baseUnits(),
             static_cast<int128>(10'000'000));
}

void TestSettingsScreen::typeToFilter()
{
    QCOMPARE(m_screen->table()->model()->rowCount(), 3);
    QTest::keyClick(m_screen, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_screen->filterEdit()->hasFocus());
    QTest::keyClicks(m_screen->filterEdit(), QStringLiteral("ethereum"));
    QCOMPARE(m_screen->table()->model()->rowCount(), 1);
    QCOMPARE(m_screen->table()->model()->index(0, AssetSettingsModel::Code).data().toString(), QStringLiteral("ETH"));
    m_screen->filterEdit()->clear();
    QCOMPARE(m_screen->table()->model()->rowCount(), 3);
}

void TestSettingsScreen::sortsAmountsAsNumbers()
{
    // Demo hot max: ALGO 100,000 / ETH 50 / XLM 50,000. As text "50,000.00"
    // would sort after "100,000.00"; as numbers it comes before.
    m_screen->table()->sortByColumn(AssetSettingsModel::HotMax, Qt::AscendingOrder);
    QAbstractItemModel *model = m_screen->table()->model();
    QCOMPARE(model->index(0, AssetSettingsModel::Code).data().toString(), QStringLiteral("ETH"));
    QCOMPARE(model->index(1, AssetSettingsModel::Code).data().toString(), QStringLiteral("XLM"));
    QCOMPARE(model->index(2, AssetSettingsModel::Code).data().toString(), QStringLiteral("ALGO"));
}

void TestSettingsScreen::chainSettingsAreSavedWithTheSaveButton()
{
    ChainSettingsPanel *panel = m_screen->chainPanel();
    QTRY_VERIFY(panel->model()->isLoaded());
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->readOnlyNote()->isVisible());
    QVERIFY(!panel->saveButton()->isEnabled()); // nothing to save yet

    // The line under the table says what the current cell is for.
    panel->table()->setCurrentIndex(chainCell(Chain::Stellar, ChainSettingsModel::NodeUrl));
    QVERIFY(panel->hintLabel()->text().contains(QStringLiteral("https://horizon.stellar.org")));

    QLineEdit *editor = openChainEditor(chainCell(Chain::Ethereum, ChainSettingsModel::NodeUrl));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("http://127.0.0.1:8545"));
    QVERIFY(commitChainEditor(editor));
    editor = openChainEditor(chainCell(Chain::Ethereum, ChainSettingsModel::Confirmations));
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("12"));
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("24"));
    QVERIFY(commitChainEditor(editor));
    // Typed, not saved.
    QCOMPARE(m_core->services().wallets().chainSettings(Chain::Ethereum).value().confirmations, 12);
    QVERIFY(panel->saveButton()->isEnabled());
    QVERIFY(panel->revertButton()->isEnabled());

    const qsizetype auditedBefore = auditedChainChanges();
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    QTRY_COMPARE(m_core->services().wallets().chainSettings(Chain::Ethereum).value().confirmations, 24);
    QCOMPARE(m_core->services().wallets().chainSettings(Chain::Ethereum).value().nodeUrl,
             std::string("http://127.0.0.1:8545"));
    QCOMPARE(auditedChainChanges(), auditedBefore + 1);
    const security::AuditEntry last = m_core->services().audit().list().value().front();
    QCOMPARE(last.action, std::string("chain.settings"));
    QCOMPARE(last.objectId, std::string("ethereum"));
    QTRY_VERIFY(panel->messageBar()->isVisible());
    QVERIFY(!panel->messageBar()->isError());
    QVERIFY(panel->messageBar()->text().contains(QStringLiteral("Ethereum")));
    QTRY_VERIFY(!panel->saveButton()->isEnabled());
    QCOMPARE(chainCell(Chain::Ethereum, ChainSettingsModel::Confirmations).data().toString(), QStringLiteral("24"));
}

void TestSettingsScreen::aBadChainSettingIsShownAndSavesNothing()
{
    ChainSettingsPanel *panel = m_screen->chainPanel();
    QTRY_VERIFY(panel->model()->isLoaded());
    const qsizetype auditedBefore = auditedChainChanges();

    // While typing, the editor says what is wrong.
    QLineEdit *editor = openChainEditor(chainCell(Chain::Stellar, ChainSettingsModel::NodeUrl));
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("horizon.stellar.org"));
    QVERIFY(panel->hintLabel()->text().contains(QStringLiteral("http://")));
    QVERIFY(!editor->toolTip().isEmpty());
    QVERIFY(commitChainEditor(editor));
    // After Enter the cell keeps the text, in red, and the message bar says why.
    const QModelIndex horizon = chainCell(Chain::Stellar, ChainSettingsModel::NodeUrl);
    QCOMPARE(horizon.data().toString(), QStringLiteral("horizon.stellar.org"));
    QVERIFY(horizon.data(Qt::BackgroundRole).isValid());
    QVERIFY(panel->messageBar()->isVisible());
    QVERIFY(panel->messageBar()->isError());
    QVERIFY(panel->messageBar()->text().contains(QStringLiteral("Horizon URL")));

    editor = openChainEditor(chainCell(Chain::Algorand, ChainSettingsModel::Confirmations));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("1001"));
    QVERIFY(commitChainEditor(editor));
    QVERIFY(!chainCell(Chain::Algorand, ChainSettingsModel::Confirmations)
                 .data(ChainSettingsModel::ProblemRole).toString().isEmpty());

    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    QVERIFY(panel->messageBar()->isError());
    QVERIFY(panel->messageBar()->text().startsWith(QStringLiteral("Nothing was saved.")));
    QTest::qWait(50);
    QCOMPARE(m_core->services().wallets().chainSettings(Chain::Stellar).value().nodeUrl, std::string());
    QCOMPARE(m_core->services().wallets().chainSettings(Chain::Algorand).value().confirmations, 1);
    QCOMPARE(auditedChainChanges(), auditedBefore);

    // Revert puts back what is stored and clears the complaint.
    QTest::mouseClick(panel->revertButton(), Qt::LeftButton);
    QVERIFY(!panel->model()->hasChanges());
    QCOMPARE(chainCell(Chain::Algorand, ChainSettingsModel::Confirmations).data().toString(), QStringLiteral("1"));
    QVERIFY(!panel->messageBar()->isVisible());
    QVERIFY(!panel->saveButton()->isEnabled());
}

void TestSettingsScreen::aViewerSeesTheChainsReadOnly()
{
    ChainSettingsPanel *panel = m_screen->chainPanel();
    QTRY_VERIFY(panel->model()->isLoaded());
    m_core->session().actAs(security::Actor::fromOperator(9, "vera", security::Role::Viewer));
    QVERIFY(panel->readOnlyNote()->isVisible());
    QVERIFY(!openChainEditor(chainCell(Chain::Stellar, ChainSettingsModel::NodeUrl)));
    QTest::keyClicks(panel->table(), QStringLiteral("5"));
    QVERIFY(!panel->table()->viewport()->findChild<QLineEdit *>());
    QVERIFY(!panel->saveButton()->isEnabled());
    QVERIFY(!panel->model()->hasChanges());
}

QTEST_MAIN(TestSettingsScreen)
#include "tst_settingsscreen.moc"
