// The Settings screen, offscreen, driven through its visible controls: an
// operator opens a cell with F2, types a value, presses Enter, and it is
// pending until Apply (several edits, one code, one audit record each); text
// the asset cannot take stays as typed, red, with the reason under the table,
// and Apply stays disabled; a refused code keeps every pending edit; the
// filter narrows.
// In the Chains box, edits are saved with the Save button, a bad URL or
// confirmations out of range are shown red and save nothing, and a viewer
// sees the box read-only. Under the table, the current row's asset is named
// in full: a token's issuer, contract or ASA id; and the Stellar base
// account's SEP-29 memo requirement is asked of the Horizon saved for
// Stellar: not set, then set once the entry is on the ledger and the
// operator asks again.

#include "core/demo/demodata.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "core/base/manualclock.h"
#include "core/security/auditlog.h"
#include "core/security/operatorservice.h"
#include "core/security/session.h"
#include "core/security/totp.h"
#include "core/settings/assetsettingsservice.h"
#include "core/wallets/walletservice.h"
#include "models/assetsettingsmodel.h"
#include "models/chainsettingsmodel.h"
#include "horizontestserver.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "testcore.h"
#include "models/operatorsession.h"
#include "ui/dialogs/totppromptdialog.h"
#include "ui/mainwindow.h"
#include "ui/screens/chainsettingspanel.h"
#include "ui/screens/settingsscreen.h"
#include "ui/widgets/messagebar.h"

#include <QDateTime>
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
    void typedTextIsNeverAltered();
    void threeEditsAreAppliedWithOneCode();
    void aRefusedCodeKeepsThePendingEdits();
    void anErrorDisablesApply();
    void typeToFilter();
    void sortsAmountsAsNumbers();
    void chainSettingsAreSavedWithTheSaveButton();
    void aBadChainSettingIsShownAndSavesNothing();
    void aViewerSeesTheChainsReadOnly();
    void theCurrentRowsTokenIsNamedInFull();
    void theBaseAccountsMemoRequirementIsShown();

private:
    QModelIndex cell(const QString &code, int column) const;
    QModelIndex chainCell(exchange::Chain chain, int column) const;
    QLineEdit *openEditor(const QModelIndex &index);
    // F2 on the cell, the text, Enter; true once the editor is gone.
    bool type(const QString &code, int column, const QString &text);
    // Signs the demo admin in (a real session: codes are asked for).
    void signInAdmin();
    // The prompt that asks for a code, once it is shown.
    TotpPromptDialog *prompt() const;
    // A code the core takes now and never took before.
    QString nextCode();
    qsizetype auditedSettingsChanges() const;
    QLineEdit *openChainEditor(const QModelIndex &index);
    bool commitChainEditor(QLineEdit *editor);
    qsizetype auditedChainChanges() const;

    std::unique_ptr<TestCore> m_core;
    std::unique_ptr<MainWindow> m_window;
    SettingsScreen *m_screen = nullptr;
    qint64 m_lastStep = 0;
};

void TestSettingsScreen::init()
{
    m_lastStep = 0; // a new core has taken no code yet
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

bool TestSettingsScreen::type(const QString &code, int column, const QString &text)
{
    QLineEdit *editor = openEditor(cell(code, column));
    if (!editor)
        return false;
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QPointer<QLineEdit> guard(editor);
    QTest::keyClick(editor, Qt::Key_Return);
    return QTest::qWaitFor([&guard] { return guard.isNull(); });
}

void TestSettingsScreen::signInAdmin()
{
    auto session = m_core->services().operators().login("admin", QByteArrayLiteral("demo-admin"));
    QVERIFY(session.ok());
    m_core->session().signIn(session.value());
}

TotpPromptDialog *TestSettingsScreen::prompt() const
{
    TotpPromptDialog *found = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        for (auto *dialog : m_window->findChildren<TotpPromptDialog *>()) {
            if (dialog->isVisible())
                found = dialog;
        }
        return found != nullptr;
    });
    return shown ? found : nullptr;
}

QString TestSettingsScreen::nextCode()
{
    const QByteArray demoSecret = QByteArrayLiteral("demo-totp-not-secret");
    const qint64 now = QDateTime::currentSecsSinceEpoch() / 30;
    m_lastStep = std::max(m_lastStep + 1, now - 1);
    return QString::fromStdString(security::Totp::codeForStep(demoSecret, m_lastStep));
}

qsizetype TestSettingsScreen::auditedSettingsChanges() const
{
    security::AuditFilter filter;
    filter.action = "settings.change";
    return static_cast<qsizetype>(m_core->services().audit().list(filter).value().size());
}

void TestSettingsScreen::editingACellSavesIt()
{
    const QModelIndex minDeposit = cell(QStringLiteral("XLM"), AssetSettingsModel::MinDeposit);
    QVERIFY(minDeposit.isValid());
    QLineEdit *editor = openEditor(minDeposit);
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("1")); // the exact current value
    QPointer<QLineEdit> escaped(editor);
    QTest::keyClick(editor, Qt::Key_Escape);
    QTRY_VERIFY(escaped.isNull());
    QVERIFY(!m_screen->applyButton()->isEnabled()); // nothing pending
    QVERIFY(type(QStringLiteral("XLM"), AssetSettingsModel::MinDeposit, QStringLiteral("2.5000001")));
    // Pending, not saved, until applied.
    QVERIFY(cell(QStringLiteral("XLM"), AssetSettingsModel::MinDeposit).data(AssetSettingsModel::PendingRole).toBool());
    QCOMPARE(m_core->services().assetSettings().find("XLM").value().settings.minDeposit.baseUnits(),
             static_cast<int128>(10'000'000));
    QVERIFY(m_screen->applyButton()->isEnabled());
    QTest::mouseClick(m_screen->applyButton(), Qt::LeftButton);
    QTRY_COMPARE(m_core->services().assetSettings().find("XLM").value().settings.minDeposit.baseUnits(),
                 static_cast<int128>(25'000'001));
    QTRY_VERIFY(m_screen->messageBar()->isVisible());
    QVERIFY(!m_screen->messageBar()->isError());
    QTRY_VERIFY(!m_screen->applyButton()->isEnabled());
    QCOMPARE(cell(QStringLiteral("XLM"), AssetSettingsModel::MinDeposit).data().toString(), QStringLiteral("2.5000001"));
}

void TestSettingsScreen::typedTextIsNeverAltered()
{
    // A minus, an eighth decimal, letters: every key goes in, and the cell
    // keeps it after Enter, red, with the reason beside the table.
    for (const QString &typed : {QStringLiteral("-5"), QStringLiteral("1.12345678"), QStringLiteral("12abc")}) {
        QLineEdit *editor = openEditor(cell(QStringLiteral("XLM"), AssetSettingsModel::HotMax));
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, typed);
        QCOMPARE(editor->text(), typed);
        QVERIFY(!editor->toolTip().isEmpty()); // says why while typing
        QPointer<QLineEdit> guard(editor);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_VERIFY(guard.isNull());
        const QModelIndex hot = cell(QStringLiteral("XLM"), AssetSettingsModel::HotMax);
        QCOMPARE(hot.data().toString(), typed);
        QVERIFY(hot.data(Qt::BackgroundRole).isValid());
        QVERIFY(m_screen->problemsLabel()->isVisible());
        QCOMPARE(m_screen->problemsLabel()->text(),
                 QStringLiteral("XLM Hot max balance: ") + hot.data(AssetSettingsModel::ProblemRole).toString());
        QVERIFY(!m_screen->applyButton()->isEnabled());
    }
    QCOMPARE(m_core->services().assetSettings().find("XLM").value().settings.hotMax,
             Amount::parse("50000", 7).value());
}

void TestSettingsScreen::threeEditsAreAppliedWithOneCode()
{
    signInAdmin();
    const qsizetype auditedBefore = auditedSettingsChanges();
    QVERIFY(type(QStringLiteral("XLM"), AssetSettingsModel::MinDeposit, QStringLiteral("2")));
    QVERIFY(type(QStringLiteral("XLM"), AssetSettingsModel::HotMax, QStringLiteral("60000")));
    QVERIFY(type(QStringLiteral("ETH"), AssetSettingsModel::WithdrawFee, QStringLiteral("0.001")));
    QVERIFY(m_screen->pendingLabel()->text().startsWith(QStringLiteral("3 change")));
    QVERIFY(m_screen->discardButton()->isEnabled());
    QTest::mouseClick(m_screen->applyButton(), Qt::LeftButton);

    // One confirmation, listing every change old → new.
    TotpPromptDialog *asked = prompt();
    QVERIFY(asked);
    QStringList shown;
    for (QLabel *label : asked->findChildren<QLabel *>())
        shown << label->text();
    const QString purpose = shown.join(u'\n');
    QVERIFY2(purpose.contains(QStringLiteral("XLM Min deposit: 1 → 2")), qPrintable(purpose));
    QVERIFY2(purpose.contains(QStringLiteral("XLM Hot max balance: 50000 → 60000")), qPrintable(purpose));
    QVERIFY2(purpose.contains(QStringLiteral("ETH Withdrawal fee: 0.0005 → 0.001")), qPrintable(purpose));
    if (const QByteArray dir = qgetenv("EXCHANGE_SCREENSHOT_DIR"); !dir.isEmpty())
        asked->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/settings-confirm.png"));
    QTest::keyClicks(asked->codeEdit(), nextCode());
    QTest::mouseClick(asked->okButton(), Qt::LeftButton);

    const auto settingsOf = [this](const char *code) {
        return m_core->services().assetSettings().find(code).value().settings;
    };
    QTRY_COMPARE(settingsOf("XLM").minDeposit, Amount::parse("2", 7).value());
    QCOMPARE(settingsOf("XLM").hotMax, Amount::parse("60000", 7).value());
    QCOMPARE(settingsOf("ETH").withdrawFee, Amount::parse("0.001", 18).value());
    QCOMPARE(auditedSettingsChanges() - auditedBefore, qsizetype(3));
    QTRY_VERIFY(!m_screen->model()->hasChanges());
    QVERIFY(!cell(QStringLiteral("XLM"), AssetSettingsModel::HotMax).data(AssetSettingsModel::PendingRole).toBool());
    QVERIFY(!m_screen->messageBar()->isError());
    // Nothing else was asked for.
    QVERIFY(!m_core->session().isWaitingForCode());
}

void TestSettingsScreen::aRefusedCodeKeepsThePendingEdits()
{
    signInAdmin();
    // The same code is given twice below: both times within the window the
    // server accepts it in, so that the second is refused as used, not as
    // too old. Start with at least ten seconds left in this 30 s step.
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() % 30 < 20, 15000);
    QVERIFY(type(QStringLiteral("ALGO"), AssetSettingsModel::HotMax, QStringLiteral("120000")));
    QTest::mouseClick(m_screen->applyButton(), Qt::LeftButton);
    const QString used = nextCode();
    TotpPromptDialog *asked = prompt();
    QVERIFY(asked);
    QTest::keyClicks(asked->codeEdit(), used);
    QTest::mouseClick(asked->okButton(), Qt::LeftButton);
    QTRY_COMPARE(m_core->services().assetSettings().find("ALGO").value().settings.hotMax,
                 Amount::parse("120000", 6).value());
    QTRY_VERIFY(!m_screen->model()->hasChanges());

    // Two more edits, and the same code again: refused, and both stay.
    QVERIFY(type(QStringLiteral("ALGO"), AssetSettingsModel::WarmMax, QStringLiteral("1200000")));
    QVERIFY(type(QStringLiteral("XLM"), AssetSettingsModel::MinCollection, QStringLiteral("150")));
    QTest::mouseClick(m_screen->applyButton(), Qt::LeftButton);
    asked = prompt();
    QVERIFY(asked);
    QTest::keyClicks(asked->codeEdit(), used);
    QTest::mouseClick(asked->okButton(), Qt::LeftButton);
    QTRY_VERIFY(m_screen->messageBar()->isError());
    QVERIFY2(m_screen->messageBar()->text().contains(QStringLiteral("used already")), qPrintable(m_screen->messageBar()->text()));
    QVERIFY(m_screen->messageBar()->text().contains(QStringLiteral("still pending")));
    QCOMPARE(m_screen->model()->pendingCount(), 2);
    QCOMPARE(cell(QStringLiteral("ALGO"), AssetSettingsModel::WarmMax).data(Qt::EditRole).toString(), QStringLiteral("1200000"));
    QCOMPARE(cell(QStringLiteral("XLM"), AssetSettingsModel::MinCollection).data(Qt::EditRole).toString(), QStringLiteral("150"));
    QVERIFY(cell(QStringLiteral("XLM"), AssetSettingsModel::MinCollection).data(AssetSettingsModel::PendingRole).toBool());
    QCOMPARE(m_core->services().assetSettings().find("XLM").value().settings.minCollection, Amount::parse("100", 7).value());
    QVERIFY(m_screen->applyButton()->isEnabled());

    // The next code applies them.
    QTest::mouseClick(m_screen->applyButton(), Qt::LeftButton);
    asked = prompt();
    QVERIFY(asked);
    QTest::keyClicks(asked->codeEdit(), nextCode());
    QTest::mouseClick(asked->okButton(), Qt::LeftButton);
    QTRY_COMPARE(m_core->services().assetSettings().find("XLM").value().settings.minCollection,
                 Amount::parse("150", 7).value());
    QCOMPARE(m_core->services().assetSettings().find("ALGO").value().settings.warmMax, Amount::parse("1200000", 6).value());
}

void TestSettingsScreen::anErrorDisablesApply()
{
    QVERIFY(type(QStringLiteral("XLM"), AssetSettingsModel::HotMax, QStringLiteral("60000")));
    QVERIFY(m_screen->applyButton()->isEnabled());
    // A 72h limit below the 24h limit: said in the cell and under the table.
    QVERIFY(type(QStringLiteral("XLM"), AssetSettingsModel::Limit72h, QStringLiteral("1")));
    const QModelIndex limit72h = cell(QStringLiteral("XLM"), AssetSettingsModel::Limit72h);
    QCOMPARE(limit72h.data().toString(), QStringLiteral("1"));
    QVERIFY(limit72h.data(Qt::ToolTipRole).toString().contains(QStringLiteral("cannot be below the 24h limit")));
    QVERIFY(m_screen->problemsLabel()->isVisible());
    QCOMPARE(m_screen->problemsLabel()->text(),
             QStringLiteral("XLM 72h limit: The 72h limit (1.00 XLM) cannot be below the 24h limit (10,000.00 XLM)."));
    QVERIFY(!m_screen->applyButton()->isEnabled());
    // Not by the shortcut either.
    QTest::keyClick(m_screen->table(), Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(50);
    QVERIFY(!m_core->session().isWaitingForCode());
    QCOMPARE(m_core->services().assetSettings().find("XLM").value().settings.hotMax, Amount::parse("50000", 7).value());

    if (const QByteArray dir = qgetenv("EXCHANGE_SCREENSHOT_DIR"); !dir.isEmpty()) {
        // For people: a warning beside the error, the current cell elsewhere.
        QVERIFY(type(QStringLiteral("ETH"), AssetSettingsModel::HotMax, QStringLiteral("0")));
        m_screen->table()->setCurrentIndex(cell(QStringLiteral("ALGO"), AssetSettingsModel::Code));
        m_window->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/settings-pending.png"));
        QVERIFY(type(QStringLiteral("ETH"), AssetSettingsModel::HotMax, QStringLiteral("50"))); // as stored: no change
    }

    // Corrected, it can be applied; Discard drops everything.
    QVERIFY(type(QStringLiteral("XLM"), AssetSettingsModel::Limit72h, QStringLiteral("30000")));
    QVERIFY(!m_screen->problemsLabel()->isVisible());
    QVERIFY(m_screen->applyButton()->isEnabled());
    QTest::mouseClick(m_screen->discardButton(), Qt::LeftButton);
    QVERIFY(!m_screen->model()->hasChanges());
    QVERIFY(!m_screen->applyButton()->isEnabled());
    QCOMPARE(cell(QStringLiteral("XLM"), AssetSettingsModel::HotMax).data().toString(), QStringLiteral("50,000.00"));
}

void TestSettingsScreen::typeToFilter()
{
    QCOMPARE(m_screen->table()->model()->rowCount(), 6); // the three coins and the demo's USDC on each chain
    QTest::keyClick(m_screen, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_screen->filterEdit()->hasFocus());
    QTest::keyClicks(m_screen->filterEdit(), QStringLiteral("ethereum"));
    QCOMPARE(m_screen->table()->model()->rowCount(), 2); // ETH and its token USDC
    QCOMPARE(m_screen->table()->model()->index(0, AssetSettingsModel::Code).data().toString(), QStringLiteral("ETH"));
    QCOMPARE(m_screen->table()->model()->index(1, AssetSettingsModel::Code).data().toString(), QStringLiteral("USDC"));
    m_screen->filterEdit()->clear();
    QCOMPARE(m_screen->table()->model()->rowCount(), 6);
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

void TestSettingsScreen::theCurrentRowsTokenIsNamedInFull()
{
    auto *line = m_screen->findChild<QLabel *>(QStringLiteral("assetIdentityLine"));
    QVERIFY(line);
    // The demo's USDC on Stellar is Circle's credit asset (its published issuer).
    m_screen->table()->setCurrentIndex(cell(QStringLiteral("USDCXLM"), AssetSettingsModel::Limit24h));
    QCOMPARE(line->text(), QStringLiteral("USDCXLM (USD Coin (Stellar)) is the Stellar credit asset USDC issued by "
                                          "GA5ZSEJYB37JRC5AVCIA5MOP4RHTM335X2KGX3IHOJAPP5RE34K4KZVN."));
    m_screen->table()->setCurrentIndex(cell(QStringLiteral("XLM"), AssetSettingsModel::MinDeposit));
    QVERIFY2(line->text().contains(QStringLiteral("native coin of Stellar")), qPrintable(line->text()));
}

void TestSettingsScreen::theBaseAccountsMemoRequirementIsShown()
{
    ChainSettingsPanel *panel = m_screen->chainPanel();
    QTRY_VERIFY(panel->model()->isLoaded());
    QVERIFY(panel->memoRequiredLabel());
    QTRY_VERIFY(panel->memoRequiredCheckButton()->isEnabled());
    QVERIFY2(panel->memoRequiredLabel()->text().contains(QStringLiteral("not known until")),
             qPrintable(panel->memoRequiredLabel()->text()));

    std::string hot;
    for (const wallets::Wallet &w : m_core->services().wallets().list().value())
        if (w.chain == Chain::Stellar && w.tier == wallets::WalletTier::Hot)
            hot = w.address;
    QVERIFY(!hot.empty());
    HorizonTestServer horizon(stellar::PublicNetworkPassphrase);
    QVERIFY(horizon.listen());
    horizon.setAccount(QString::fromStdString(hot), 100'0000000, 4096);

    // The Stellar node an admin saves (and so signs) here is the Horizon asked.
    signInAdmin();
    QLineEdit *editor = openChainEditor(chainCell(Chain::Stellar, ChainSettingsModel::NodeUrl));
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, horizon.url());
    QVERIFY(commitChainEditor(editor));
    QTest::mouseClick(panel->saveButton(), Qt::LeftButton);
    TotpPromptDialog *asked = prompt();
    QVERIFY(asked);
    QTest::keyClicks(asked->codeEdit(), nextCode());
    QTest::mouseClick(asked->okButton(), Qt::LeftButton);
    QTRY_VERIFY2(panel->memoRequiredLabel()->text().contains(QStringLiteral("not set on the base account")),
                 qPrintable(panel->memoRequiredLabel()->text()));
    QVERIFY(panel->memoRequiredLabel()->text().contains(QString::fromStdString(hot)));

    horizon.setDataEntry(QString::fromStdString(hot), "config.memo_required", QByteArray("1"));
    QTest::mouseClick(panel->memoRequiredCheckButton(), Qt::LeftButton);
    QTRY_VERIFY2(panel->memoRequiredLabel()->text().contains(QStringLiteral("set on the base account"))
                     && !panel->memoRequiredLabel()->text().contains(QStringLiteral("not set")),
                 qPrintable(panel->memoRequiredLabel()->text()));
    QTRY_VERIFY(panel->memoRequiredCheckButton()->isEnabled());
    if (qEnvironmentVariableIsSet("EXCHANGE_SCREENSHOTS"))
        m_window->grab().save(qEnvironmentVariable("EXCHANGE_SCREENSHOTS") + QStringLiteral("/memorequired-settings.png"));
}

QTEST_MAIN(TestSettingsScreen)
#include "tst_settingsscreen.moc"
