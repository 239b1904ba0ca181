#include "mainwindow.h"

#include "core/runtime/coreruntime.h"
#include "core/runtime/coreservices.h"
#include "models/assetadder.h"
#include "models/assetsettingsmodel.h"
#include "models/newdestinationreviewmodel.h"
#include "models/chainsettingsmodel.h"
#include "models/stellarmemorequiredstatus.h"
#include "models/auditlogmodel.h"
#include "models/operatorsession.h"
#include "models/operatorsmodel.h"
#include "ui/dialogs/totppromptdialog.h"
#include "ui/screens/auditscreen.h"
#include "ui/screens/operatorsscreen.h"
#include "models/customeractions.h"
#include "models/customerdetailsource.h"
#include "models/customerlistmodel.h"
#include "models/customersmodel.h"
#include "ui/customers/customeraddressesview.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/depositinstructionsview.h"
#include "models/dashboardsource.h"
#include "models/dutyboard.h"
#include "models/dutystatussource.h"
#include "models/depositsmodel.h"
#include "models/gasleftoversmodel.h"
#include "models/refuelsmodel.h"
#include "models/tokenreadinessmodel.h"
#include "models/walletsmodel.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/language.h"
#include "ui/theme.h"
#include "ui/widgets/messagebar.h"
#include "ui/screens/dashboardscreen.h"
#include "ui/widgets/attentiontray.h"
#include "ui/widgets/busyindicator.h"
#include "ui/widgets/tabletools.h"
#include "ui/screens/depositsscreen.h"
#include "ui/screens/walletsscreen.h"
#include "ui/screens/tokenreadinesspanel.h"
#include "models/ledgercheckstatus.h"
#include "models/ledgerpositionsmodel.h"
#include "models/ledgerstatementmodel.h"
#include "ui/screens/ledgerscreen.h"
#include "models/orderbookfeed.h"
#include "models/orderbooklevelsmodel.h"
#include "models/tradefillsmodel.h"
#include "models/tradelogmodel.h"
#include "models/tradestatsmodel.h"
#include "ui/screens/orderbookscreen.h"
#include "ui/screens/chainsettingspanel.h"
#include "ui/screens/settingsscreen.h"
#include "models/withdrawaldetailssource.h"
#include "models/withdrawalsmodel.h"
#include "ui/screens/withdrawalsscreen.h"
#include "models/webhookdeliveriesmodel.h"
#include "ui/screens/webhooksscreen.h"
#include "ui/widgets/opendialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QEvent>
#include <QListWidget>
#include <QScrollArea>
#include <QTimer>
#include <QMenuBar>
#include <QMessageBox>
#include <QActionGroup>
#include <QIcon>
#include <QDateTime>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QStatusBar>

MainWindow::MainWindow(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
                       QWidget *parent)
    : QMainWindow(parent),
      m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)),
      m_assetSettings(new AssetSettingsModel(runtime, services.assetSettings(), services.auditedSettings(), &services.notifier(), this)),
      m_duties(new DutyBoard([] { return QDateTime::currentMSecsSinceEpoch(); }, this)),
      m_session(session)
{
    m_assetSettings->setOperatorSession(&m_session);
    m_assetSettings->setWithdrawals(&services.withdrawals());
    m_assetSettings->setSignatures(&services.database());
    connect(&m_session, &OperatorSession::codeRequested, this, &MainWindow::askForCode);
    const QString databaseName = services.database().url().redacted();
    setWindowTitle(tr("Exchange Console — %1").arg(databaseName));
    resize(1280, 800);
    setMinimumSize(960, 600);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());

    setWindowIcon(QIcon(QStringLiteral(":/icons/exchange-console.svg")));
    // The background duties as their leader reports them, wherever it runs.
    auto *dutySource = new DutyStatusSource(runtime, services, m_duties, this);
    connect(dutySource, &DutyStatusSource::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message, 15'000);
    });
    auto *dashboardSource = new DashboardSource(runtime, services, this);
    auto *dashboard = new DashboardScreen(dashboardSource, m_duties, this);
    connect(dashboard, &DashboardScreen::openScreen, this, &MainWindow::showScreen);
    // Desktop notifications when something new needs an operator.
    auto *tray = new AttentionTray(dashboardSource, m_duties, this);
    connect(tray, &AttentionTray::openScreen, this, &MainWindow::showScreen);
    addScreen(QStringLiteral("dashboard"), tr("Dashboard"), dashboard);
    auto *orderBookFeed = new OrderBookFeed(runtime, services, this);
    addScreen(QStringLiteral("orderbook"), tr("Order book"),
              new OrderBookScreen(orderBookFeed,
                                  new OrderBookLevelsModel(*orderBookFeed, OrderBookLevelsModel::Side::Bids, this),
                                  new OrderBookLevelsModel(*orderBookFeed, OrderBookLevelsModel::Side::Asks, this),
                                  new TradeFillsModel(*orderBookFeed, this), new TradeStatsModel(*orderBookFeed, this),
                                  new TradeLogModel(*orderBookFeed, this), this));
    auto *withdrawals = new WithdrawalsScreen(new WithdrawalsModel(runtime, services, session, this),
                                              new WithdrawalDetailsSource(runtime, services, this), &m_session,
                                              &services, m_duties, this);
    withdrawals->followPayoutBlocks(dashboardSource);
    addScreen(QStringLiteral("withdrawals"), tr("Withdrawals"), withdrawals);
    auto *deposits = new DepositsScreen(new DepositsModel(runtime, services, session, this),
                                        new CustomerListModel(runtime, services.database(), this), this);
    addScreen(QStringLiteral("deposits"), tr("Deposits"), deposits);
    auto *walletsScreen = new WalletsScreen(new WalletsModel(runtime, services, this), new GasLeftoversModel(runtime, services, this),
                                            new RefuelsModel(runtime, services, this), m_duties, this);
    walletsScreen->addTokenReadiness(
        new TokenReadinessPanel(new TokenReadinessModel(runtime, services, m_session, this), &m_session, walletsScreen));
    addScreen(QStringLiteral("wallets"), tr("Wallets"), walletsScreen);
    addScreen(QStringLiteral("ledger"), tr("Ledger"),
              new LedgerScreen(new LedgerPositionsModel(runtime, services, this),
                               new LedgerStatementModel(runtime, services, this),
                               new CustomerListModel(runtime, services.database(), this),
                               new LedgerCheckStatus(runtime, services, this), this));
    auto *chainSettings = new ChainSettingsModel(runtime, services.wallets(), &services.notifier(), this);
    chainSettings->setOperatorSession(&m_session);
    auto *settingsScreen = new SettingsScreen(m_assetSettings, chainSettings, this);
    settingsScreen->chainPanel()->setMemoRequiredStatus(new StellarMemoRequiredStatus(runtime, services, settingsScreen));
    settingsScreen->setNewDestinationReview(new NewDestinationReviewModel(runtime, services, m_session, settingsScreen));
    settingsScreen->setAssetAdder(new AssetAdder(services, m_session), &m_session);
    addScreen(QStringLiteral("settings"), tr("Settings"), settingsScreen);
    auto *operatorsModel = new OperatorsModel(m_session, services.operators(), services.vault(), &services.notifier(), this);
    operatorsModel->setDepositKeys(&services.depositKeys());
    addScreen(QStringLiteral("operators"), tr("Operators"), new OperatorsScreen(operatorsModel, &m_session, this));
    addScreen(QStringLiteral("audit"), tr("Audit log"),
              new AuditScreen(new AuditLogModel(m_session, services.audit(), &services.notifier(), this), this));
    // The tenth screen, Ctrl+0: after the nine whose shortcuts operators know.
    auto *customers = new CustomersPage(new CustomersModel(runtime, services, this), new CustomerDetailsSource(runtime, services, this),
                                        new CustomerActions(services, m_session, this), this);
    connect(customers, &CustomersPage::openScreen, this, &MainWindow::showScreen);
    connect(customers, &CustomersPage::openRecord, this, [this, withdrawals, deposits](const QString &id, qint64 record) {
        showScreen(id);
        if (id == u"withdrawals")
            withdrawals->showWithdrawal(record);
        else if (id == u"deposits")
            deposits->showDeposit(record);
    });
    // Three chains with a QR code each are taller than the pane: scrolled.
    auto *instructionsScroll = new QScrollArea(customers->depositInstructionsTab());
    instructionsScroll->setWidgetResizable(true);
    instructionsScroll->setFrameShape(QFrame::NoFrame);
    auto *instructions = new DepositInstructionsView(m_session, services.depositAddresses(), instructionsScroll);
    instructionsScroll->setWidget(instructions);
    customers->depositInstructionsTab()->layout()->addWidget(instructionsScroll);
    auto *addresses = new CustomerAddressesView(runtime, services, m_session, customers->addressesTab());
    customers->addressesTab()->layout()->addWidget(addresses);
    connect(customers, &CustomersPage::shownCustomerChanged, instructions, &DepositInstructionsView::setCustomer);
    connect(customers, &CustomersPage::shownCustomerChanged, addresses, &CustomerAddressesView::setCustomer);
    addScreen(QStringLiteral("customers"), tr("Customers"), customers);
    // The eleventh: the back office's deliveries to the web app, from the
    // Dashboard's line when they fail, or the Go menu.
    addScreen(QStringLiteral("webhooks"), tr("Webhooks"),
              new WebhooksScreen(new WebhookDeliveriesModel(runtime, services, m_session, this), &m_session, this));

    m_navigation->setFixedWidth(190);
    m_navigation->setFrameShape(QFrame::NoFrame);
    styleNavigation();
    m_navigation->setFocusPolicy(Qt::StrongFocus);
    m_navigation->setAccessibleName(tr("Screens"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    createMenus();
    auto *who = new QLabel(this);
    auto showWho = [this, who] {
        who->setText(m_session.isSignedIn()
                         ? tr("Signed in: %1 (%2)")
                               .arg(QString::fromStdString(m_session.actor().username),
                                    OperatorsModel::roleTitle(m_session.actor().role))
                         : tr("Not signed in"));
    };
    showWho();
    connect(&m_session, &OperatorSession::signedIn, this, showWho);
    connect(&m_session, &OperatorSession::signedOut, this, showWho);
    // One operator's messages are not the next one's: locked (signed out)
    // or another operator signed in, every screen's banner goes. A role
    // changed under the same operator (signedIn again) keeps them.
    auto clearMessages = [this] {
        for (MessageBar *bar : findChildren<MessageBar *>())
            bar->clear();
    };
    connect(&m_session, &OperatorSession::signedOut, this, clearMessages);
    connect(&m_session, &OperatorSession::signedIn, this, [this, clearMessages, last = QString()]() mutable {
        const QString now = QString::fromStdString(m_session.actor().username);
        if (now != last)
            clearMessages();
        last = now;
    });
    statusBar()->addPermanentWidget(new BusyIndicator(runtime, this));
    statusBar()->addPermanentWidget(who);
    m_leader = new QLabel(this);
    m_leader->setToolTip(tr("The one process on this database that runs the deposit watchers and the automatic payouts"));
    setLeader(false, {});
    statusBar()->addPermanentWidget(m_leader);
    statusBar()->addPermanentWidget(new QLabel(tr("Database: %1").arg(databaseName), this));
    m_navigation->setCurrentRow(0);
}

void MainWindow::styleNavigation()
{
    // A style sheet fixes the palette it was polished with: set again, it
    // takes the application's current one (a theme switched live).
    m_navigation->setStyleSheet(QString());
    m_navigation->setPalette(QApplication::palette(m_navigation));
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding-left: 12px; }"));
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // After the change has reached every widget, not in the middle of it.
    if (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::StyleChange)
        QTimer::singleShot(0, this, &MainWindow::styleNavigation);
}

void MainWindow::addScreen(const QString &id, const QString &title, QWidget *widget)
{
    widget->setObjectName(id + QStringLiteral("Screen"));
    // Copy, CSV export and remembered columns on every table of the screen;
    // typing filters the tables of screens without a filter field of their own.
    static const QStringList ownFilters{QStringLiteral("withdrawals"), QStringLiteral("deposits"), QStringLiteral("settings"),
                                        QStringLiteral("audit"), QStringLiteral("customers"),
                                        QStringLiteral("webhooks")};
    const auto typeToFilter = ownFilters.contains(id) ? TableTools::TypeToFilter::No : TableTools::TypeToFilter::Yes;
    const QList<QTableView *> tables = widget->findChildren<QTableView *>();
    for (qsizetype i = 0; i < tables.size(); ++i)
        TableTools::install(tables.at(i), QStringLiteral("tables/%1/%2").arg(id).arg(i), typeToFilter);
    m_screens.push_back(Screen{id, title, widget});
    const int number = static_cast<int>(m_screens.size());
    auto *item = new QListWidgetItem(title, m_navigation);
    // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth.
    if (number <= 10)
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(title).arg(number % 10));
    item->setSizeHint(QSize(0, 36));
    m_stack->addWidget(widget);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *lock = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setToolTip(tr("Hide everything until you or another operator signs in again"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (size_t i = 0; i < m_screens.size(); ++i) {
        const QString id = m_screens[i].id;
        // From the keyboard, straight into the screen: its table has the
        // focus, so arrows, the screen's shortcuts and typing work at once.
        QAction *action = go->addAction(m_screens[i].title, this, [this, id] {
            showScreen(id);
            focusScreen(id);
        });
        if (i < 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(i))));
        else if (i == 9)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    }

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    const Theme current = savedTheme();
    for (const auto &[theme, title] : {std::pair{Theme::System, tr("Follow the &system")}, std::pair{Theme::Light, tr("&Light")},
                                       std::pair{Theme::Dark, tr("&Dark")}}) {
        QAction *choice = themes->addAction(title);
        choice->setCheckable(true);
        choice->setChecked(theme == current);
        themeGroup->addAction(choice);
        connect(choice, &QAction::triggered, this, [theme] {
            applyTheme(theme);
            saveTheme(theme);
        });
    }
    QMenu *languages = view->addMenu(tr("&Language"));
    auto *languageGroup = new QActionGroup(this);
    const QString language = savedLanguage();
    for (const auto &[code, title] : {std::pair{QStringLiteral("system"), tr("Follow the &system")},
                                      std::pair{QStringLiteral("en"), QStringLiteral("&English")},
                                      std::pair{QStringLiteral("de"), QStringLiteral("&Deutsch")},
                                      std::pair{QStringLiteral("ru"), QStringLiteral("&Русский")}}) {
        QAction *choice = languages->addAction(title);
        choice->setCheckable(true);
        choice->setChecked(code == language);
        languageGroup->addAction(choice);
        connect(choice, &QAction::triggered, this, [this, code] {
            saveLanguage(code);
            statusBar()->showMessage(tr("The language changes at the next start of the console."), 10'000);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Exchange Console"), this, &MainWindow::showAbout);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

QList<QPair<QString, QWidget *>> MainWindow::screenWidgets() const
{
    QList<QPair<QString, QWidget *>> screens;
    for (const Screen &s : m_screens)
        screens.append({s.title, s.widget});
    return screens;
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this, screenWidgets(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Exchange Console"),
                                tr("Exchange Console %1\nThe operators' console of a custodial crypto exchange.")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QStringList MainWindow::screenIds() const
{
    QStringList ids;
    for (const Screen &s : m_screens)
        ids << s.id;
    return ids;
}

QWidget *MainWindow::screen(const QString &id) const
{
    for (const Screen &s : m_screens) {
        if (s.id == id)
            return s.widget;
    }
    return nullptr;
}

void MainWindow::showScreen(const QString &id)
{
    for (size_t i = 0; i < m_screens.size(); ++i) {
        if (m_screens[i].id == id)
            m_navigation->setCurrentRow(static_cast<int>(i));
    }
}

void MainWindow::focusScreen(const QString &id)
{
    QWidget *widget = screen(id);
    if (!widget)
        return;
    // The screen's main table (the first one that takes focus), else the
    // first control that does.
    for (QAbstractItemView *view : widget->findChildren<QAbstractItemView *>()) {
        if (view->isVisibleTo(widget) && view->focusPolicy() != Qt::NoFocus) {
            view->setFocus(Qt::ShortcutFocusReason);
            // A row to act on: the current one, else the first.
            if (view->model() && view->model()->rowCount() > 0 && !view->selectionModel()->hasSelection()) {
                const QModelIndex current =
                    view->currentIndex().isValid() ? view->currentIndex() : view->model()->index(0, 0);
                QItemSelectionModel::SelectionFlags command = QItemSelectionModel::ClearAndSelect;
                if (view->selectionBehavior() == QAbstractItemView::SelectRows)
                    command |= QItemSelectionModel::Rows;
                view->selectionModel()->setCurrentIndex(current, command);
            }
            return;
        }
    }
    widget->nextInFocusChain()->setFocus(Qt::ShortcutFocusReason);
}

QString MainWindow::currentScreenId() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 ? m_screens[static_cast<size_t>(row)].id : QString();
}

void MainWindow::askForCode(const QString &purpose)
{
    auto *prompt = new TotpPromptDialog(purpose, this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &TotpPromptDialog::codeEntered, &m_session, &OperatorSession::submitCode);
    connect(prompt, &TotpPromptDialog::cancelled, &m_session, &OperatorSession::cancelCode);
    openDialog(prompt);
}

void MainWindow::setWatcherStatus(const QString &chain, const exchange::DutyStatus &status)
{
    m_duties->set(DutyBoard::Kind::Watcher, chain, status);
}

void MainWindow::setLeader(bool thisConsole, const QString &name)
{
    m_leader->setText(thisConsole       ? tr("This console leads")
                      : name.isEmpty() ? tr("Leader: none yet")
                                       : tr("Leader: %1").arg(name));
}

void MainWindow::setPayoutStatus(const QString &chain, const exchange::DutyStatus &status)
{
    m_duties->set(DutyBoard::Kind::Payouts, chain, status);
}
