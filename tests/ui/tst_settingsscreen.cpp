// The Settings screen, offscreen, driven through its visible controls: an
// operator opens a cell with F2, types a value, presses Enter, and the store
// has it; text the asset cannot take is not accepted; the filter narrows.

#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/manualclock.h"
#include "models/assetsettingsmodel.h"
#include "testcore.h"
#include "models/operatorsession.h"
#include "ui/mainwindow.h"
#include "ui/screens/settingsscreen.h"
#include "ui/widgets/messagebar.h"

#include <QLineEdit>
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

private:
    QModelIndex cell(const QString &code, int column) const;
    QLineEdit *openEditor(const QModelIndex &index);

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

QTEST_MAIN(TestSettingsScreen)
#include "tst_settingsscreen.moc"
