#include "consoleapp.h"

#include "core/runtime/tradeapihost.h"
#include "core/api/backofficelistenaddress.h"
#include "core/runtime/backofficehost.h"
#include "core/demo/demodata.h"
#include "core/runtime/backgroundduties.h"
#include "core/runtime/changelistener.h"
#include "core/runtime/coreruntime.h"
#include "core/runtime/externalcommitwatch.h"
#include "core/runtime/leaderelection.h"
#include "core/runtime/coreservices.h"
#include "core/runtime/appendonlyguard.h"
#include "core/runtime/schema.h"
#include "core/base/systemclock.h"
#include "core/trade/demomarket.h"
#include "core/store/database.h"
#include "core/store/existingdatabase.h"
#include "core/security/operatorservice.h"
#include "core/security/session.h"
#include "core/store/metarepository.h"
#include "models/operatorsession.h"
#include "ui/customers/customerspage.h"
#include "models/assetadder.h"
#include "ui/dialogs/addassetdialog.h"
#include "ui/dialogs/firstrundialog.h"
#include "ui/dialogs/idlelock.h"
#include "ui/dialogs/logindialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/dialogs/totpenroldialog.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QTimer>

#include <algorithm>
#include <cstdio>

namespace {

// Runs on the core thread: everything that touches the database. Without
// CREATE, a database that is not there is NotFound and nothing is created.
exchange::Result<std::unique_ptr<exchange::Database>> openDatabase(const QString &url, bool demo, bool create)
{
    auto opened = create ? exchange::Database::open(url) : exchange::openExistingDatabase(url);
    if (!opened)
        return opened.error();
    std::unique_ptr<exchange::Database> db = std::move(opened).value();
    if (auto migrated = db->migrate(exchange::allMigrations()); !migrated)
        return migrated.error();
    // Connected as the tables' owner or a superuser, the append-only
    // triggers hold by convention only (exctl serve's /health says it too).
    if (auto bypass = exchange::AppendOnlyGuard::bypass(*db); !bypass)
        qWarning("cannot read the database role's privileges: %s", bypass.error().message.c_str());
    else if (bypass.value())
        qWarning("%s", bypass.value()->c_str());
    if (demo) {
        exchange::SystemClock clock;
        auto added = exchange::addDemoData(*db, clock);
        if (!added)
            return added.error();
        // The demo market (orders, fills, refusals) comes with the first demo data.
        if (added.value()) {
            if (auto market = exchange::trade::addDemoMarket(*db, clock); !market)
                return market.error();
        }
    }
    return db;
}

} // namespace

ConsoleApp::ConsoleApp(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_runtime(std::make_unique<exchange::CoreRuntime>())
{
}

ConsoleApp::~ConsoleApp()
{
    m_window.reset();
    if (m_api)
        m_api->stop();
    if (m_backOffice)
        m_backOffice->stop();
    // Waits for a payout pass or an ingestion step under way (both stop
    // safely between steps), then hands the lead to another process.
    m_duties.reset();
    m_changes.reset(); // before the database it listens to
    m_externalCommits.reset();
    // The core thread's connection is released on the core thread itself.
    exchange::Database *db = m_services ? &m_services->database() : nullptr;
    m_runtime->stop([db] {
        if (db)
            db->releaseThreadConnection();
    });
    m_services.reset();
}

void ConsoleApp::start()
{
    open(m_options.mayCreate);
}

void ConsoleApp::open(bool create)
{
    const QString url = m_options.databaseUrl;
    const bool demo = m_options.demo;
    m_runtime->post([url, demo, create] { return openDatabase(url, demo, create); }, this,
                    [this](exchange::Result<std::unique_ptr<exchange::Database>> result) {
                        if (!result.ok() && result.error().code == exchange::ErrorCode::NotFound
                            && m_options.screenshotsDir.isEmpty()) {
                            askToCreate();
                            return;
                        }
                        if (!result.ok()) {
                            fail(tr("The database could not be opened: %1")
                                     .arg(QString::fromStdString(result.error().message)));
                            return;
                        }
                        onDatabaseOpened(std::move(result).value());
                    });
}

namespace {

struct SignInFacts {
    bool hasOperators = false;
    int idleMinutes = 10;
};

// Runs on the core thread.
exchange::Result<SignInFacts> readSignInFacts(exchange::CoreServices &services)
{
    SignInFacts facts;
    auto any = services.operators().hasOperators();
    if (!any)
        return any.error();
    facts.hasOperators = any.value();
    auto idle = exchange::MetaRepository(services.database().connection()).get(QStringLiteral("security.idle_lock_minutes"));
    if (idle && idle.value()) {
        bool ok = false;
        const int minutes = idle.value()->toInt(&ok);
        if (ok && minutes > 0)
            facts.idleMinutes = minutes;
    }
    return facts;
}

} // namespace

void ConsoleApp::onDatabaseOpened(std::unique_ptr<exchange::Database> database)
{
    m_services = std::make_unique<exchange::CoreServices>(std::move(database));
    m_changes = std::make_unique<exchange::ChangeListener>(m_services->database(), m_services->notifier());
    m_changes->startInBackground();
    m_externalCommits = std::make_unique<exchange::ExternalCommitWatch>(*m_runtime, *m_services);
    m_externalCommits->start();
    m_duties = std::make_unique<exchange::BackgroundDuties>(
        *m_services, m_runtime->thread(),
        exchange::LeaderElection::identityFor(QStringLiteral("exconsole %1").arg(qEnvironmentVariable("USER")).trimmed()));
    m_duties->setPayoutsEnabled(m_options.screenshotsDir.isEmpty());
    // The duties' words reach the screens through duty_status (MainWindow's
    // DutyStatusSource), whichever process leads; here only who leads.
    connect(m_duties.get(), &exchange::BackgroundDuties::leaderChanged, this, &ConsoleApp::showLeader);
    m_duties->start();
    if (!m_options.apiAddress.isEmpty()) {
        const qsizetype colon = m_options.apiAddress.lastIndexOf(u':');
        const QHostAddress host(m_options.apiAddress.left(colon));
        const quint16 port = m_options.apiAddress.mid(colon + 1).toUShort();
        m_api = std::make_unique<exchange::TradeApiHost>(*m_runtime, *m_services);
        m_api->start(host, port, QUrl(m_options.ethereumRpc), this, [](exchange::Result<quint16> bound) {
            if (!bound)
                qWarning("trade API not started: %s", bound.error().message.c_str());
            else
                qInfo("trade API listening on port %u", static_cast<unsigned>(bound.value()));
        });
    }
    if (!m_options.backOfficeAddress.isEmpty()) {
        const auto address = exchange::api::BackOfficeListenAddress::parse(m_options.backOfficeAddress,
                                                                           m_options.backOfficeAllowRemote);
        if (!address) {
            qWarning("back-office API not started: %s", address.error().message.c_str());
        } else {
            if (!address.value().host.isLoopback())
                qWarning("the back-office API listens on %s, which is not loopback (--backoffice-allow-remote)",
                         qUtf8Printable(address.value().host.toString()));
            m_backOffice = std::make_unique<exchange::BackOfficeHost>(*m_runtime, *m_services);
            m_backOffice->start(address.value().host, address.value().port, this, [](exchange::Result<quint16> bound) {
                if (!bound)
                    qWarning("back-office API not started: %s", bound.error().message.c_str());
                else
                    qInfo("back-office API listening on port %u", static_cast<unsigned>(bound.value()));
            });
        }
    }
    m_session = std::make_unique<OperatorSession>(*m_runtime, m_services->operators());
    m_session->followChanges(m_services->notifier());
    // Disabled or removed by another admin while signed in: lock at once.
    connect(m_session.get(), &OperatorSession::revoked, this, [this](const QString &why) {
        qWarning("%s: locking the console", qUtf8Printable(why));
        lock();
    });
    auto *services = m_services.get();
    m_runtime->post([services] { return readSignInFacts(*services); }, this,
                    [this](exchange::Result<SignInFacts> facts) {
                        if (!facts.ok()) {
                            fail(tr("The operators could not be read: %1")
                                     .arg(QString::fromStdString(facts.error().message)));
                            return;
                        }
                        m_idleLock = std::make_unique<IdleLock>(std::chrono::minutes(facts.value().idleMinutes));
                        connect(m_idleLock.get(), &IdleLock::idle, this, &ConsoleApp::lock);
                        if (!m_options.screenshotsDir.isEmpty()) {
                            signInForScreenshots();
                            return;
                        }
                        qApp->setQuitOnLastWindowClosed(false);
                        askToSignIn(!facts.value().hasOperators);
                    });
}

void ConsoleApp::askToSignIn(bool firstRun, const QString &lockedUser)
{
    QDialog *dialog = nullptr;
    if (firstRun) {
        auto *first = new FirstRunDialog(*m_runtime, m_services->operators());
        connect(first, &FirstRunDialog::signedIn, this, &ConsoleApp::onSignedIn);
        dialog = first;
    } else {
        auto *login = new LoginDialog(*m_runtime, m_services->operators());
        login->setDatabaseName(m_services->database().url().redacted());
        if (!lockedUser.isEmpty())
            login->setLocked(lockedUser);
        connect(login, &LoginDialog::signedIn, this, &ConsoleApp::onSignedIn);
        dialog = login;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Closing the sign-in without signing in ends the console.
    connect(dialog, &QDialog::rejected, this, [this] { emit finished(0); });
    dialog->open();
}

void ConsoleApp::onSignedIn(std::shared_ptr<exchange::security::Session> session)
{
    const bool mustEnrol = exchange::security::roleNeedsTotp(session->actor().role) && !session->totpEnrolled();
    if (!mustEnrol) {
        m_session->signIn(std::move(session));
        showMainWindow();
        return;
    }
    auto *enrol = new TotpEnrolDialog(*m_runtime, m_services->operators(), session);
    enrol->setAttribute(Qt::WA_DeleteOnClose);
    connect(enrol, &TotpEnrolDialog::enrolled, this, [this, session] {
        m_session->signIn(session);
        showMainWindow();
    });
    // Approvers and admins cannot skip it: back to the sign-in.
    connect(enrol, &QDialog::rejected, this, [this] { askToSignIn(false); });
    enrol->start();
    enrol->open();
}

void ConsoleApp::showMainWindow()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(*m_runtime, *m_services, *m_session);
        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
        showLeader();
        connect(m_window.get(), &MainWindow::lockRequested, this, &ConsoleApp::lock);
        connect(qApp, &QGuiApplication::lastWindowClosed, this, [this] {
            if (m_session->isSignedIn())
                emit finished(0);
        });
    }
    m_window->show();
    m_idleLock->restart();
}

void ConsoleApp::lock()
{
    if (!m_session->isSignedIn())
        return;
    const QString who = QString::fromStdString(m_session->actor().username);
    m_idleLock->stop();
    m_session->signOut();
    if (m_window)
        m_window->hide();
    askToSignIn(false, who);
}

void ConsoleApp::signInForScreenshots()
{
    auto *operators = &m_services->operators();
    m_runtime->post([operators] { return operators->login("admin", QByteArrayLiteral("demo-admin")); }, this,
                    [this](exchange::Result<std::shared_ptr<exchange::security::Session>> session) {
                        if (session.ok())
                            m_session->signIn(session.value());
                        else // no demo data: look around as the local CLI user
                            m_session->actAs(exchange::security::Actor::cli("screenshots"));
                        m_window = std::make_unique<MainWindow>(*m_runtime, *m_services, *m_session);
                        m_window->setAttribute(Qt::WA_DeleteOnClose, false);
                        showLeader();
                        m_window->show();
                        // Every load the screens asked for was posted before
                        // this, so when it comes back they have all arrived;
                        // a load that an arrival starts (a statement once the
                        // customers are known) needs a second round.
                        m_runtime->flush(this, [this] {
                            m_runtime->flush(this, [this] { QTimer::singleShot(0, this, &ConsoleApp::writeScreenshots); });
                        });
                    });
}

void ConsoleApp::askToCreate()
{
    // A mistyped --db must not become a new, empty exchange without a word:
    // asked before the main window is up, No by default.
    const auto url = exchange::DatabaseUrl::parse(m_options.databaseUrl);
    const QString where = url ? url.value().redacted() : m_options.databaseUrl;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Exchange Console"),
                                tr("There is no exchange database at %1.\n\nCreate a new, empty exchange there?").arg(where),
                                QMessageBox::Yes | QMessageBox::No);
    box->setObjectName(QStringLiteral("createDatabaseQuestion"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, where](int answer) {
        if (answer == QMessageBox::Yes) {
            open(true);
            return;
        }
        std::fprintf(stderr, "exconsole: no exchange database at %s; nothing created\n", qPrintable(where));
        emit finished(1);
    });
    box->open();
}

void ConsoleApp::fail(const QString &message)
{
    std::fprintf(stderr, "exconsole: %s\n", qPrintable(message));
    if (!m_options.screenshotsDir.isEmpty()) {
        emit finished(1);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Exchange Console"), message, QMessageBox::Close);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this] { emit finished(1); });
    box->open();
}

void ConsoleApp::writeScreenshots()
{
    QDir dir(m_options.screenshotsDir);
    if (!dir.mkpath(QStringLiteral("."))) {
        std::fprintf(stderr, "exconsole: cannot create %s\n", qPrintable(dir.absolutePath()));
        emit finished(1);
        return;
    }
    writeScreenshot(dir, 0, 0);
}

void ConsoleApp::writeScreenshot(const QDir &dir, int index, int failures)
{
    const QStringList ids = m_window->screenIds();
    if (index == ids.size()) {
        writeCustomerInstructionsShot(dir, failures);
        return;
    }
    m_window->showScreen(ids.at(index));
    // What a screen asks for once shown (the selected withdrawal's details)
    // arrives before the picture is taken, as an operator would see it.
    m_runtime->flush(this, [this, dir, index, failures] {
        m_runtime->flush(this, [this, dir, index, failures] {
            QTimer::singleShot(0, this, [this, dir, index, failures] {
                const QString file = dir.absoluteFilePath(m_window->screenIds().at(index) + QStringLiteral(".png"));
                int failed = failures;
                if (!m_window->grab().save(file)) {
                    std::fprintf(stderr, "exconsole: cannot write %s\n", qPrintable(file));
                    ++failed;
                } else {
                    std::printf("%s\n", qPrintable(file));
                }
                writeScreenshot(dir, index + 1, failed);
            });
        });
    });
}

// The Customers screen once more, on the chosen customer's deposit
// instructions: what an operator tells a customer to pay to.
void ConsoleApp::writeCustomerInstructionsShot(const QDir &dir, int failures)
{
    CustomersPage *page = nullptr;
    for (const auto &[id, widget] : m_window->screenWidgets()) {
        if (auto *customers = qobject_cast<CustomersPage *>(widget))
            page = customers;
    }
    if (!page) {
        writeDialogShots(dir, failures);
        return;
    }
    m_window->showScreen(QStringLiteral("customers"));
    page->details()->setCurrentWidget(page->depositInstructionsTab());
    m_runtime->flush(this, [this, dir, failures] {
        m_runtime->flush(this, [this, dir, failures] {
            QTimer::singleShot(0, this, [this, dir, failures] {
                const QString file = dir.absoluteFilePath(QStringLiteral("customers-instructions.png"));
                int failed = failures;
                if (!m_window->grab().save(file)) {
                    std::fprintf(stderr, "exconsole: cannot write %s\n", qPrintable(file));
                    ++failed;
                } else {
                    std::printf("%s\n", qPrintable(file));
                }
                writeDialogShots(dir, failed);
            });
        });
    });
}

void ConsoleApp::writeDialogShots(const QDir &dir, int failures)
{
    // The sign-in dialogs as an operator first sees them.
    auto shoot = [dir](QWidget *widget, const QString &name) {
        widget->adjustSize();
        widget->resize(std::max(widget->width(), 480), widget->height());
        const QString file = dir.absoluteFilePath(name + QStringLiteral(".png"));
        if (!widget->grab().save(file)) {
            std::fprintf(stderr, "exconsole: cannot write %s\n", qPrintable(file));
            return 1;
        }
        std::printf("%s\n", qPrintable(file));
        return 0;
    };
    LoginDialog login(*m_runtime, m_services->operators());
    login.setDatabaseName(m_services->database().url().redacted());
    login.usernameEdit()->setText(QStringLiteral("admin"));
    failures += shoot(&login, QStringLiteral("login"));
    LoginDialog locked(*m_runtime, m_services->operators());
    locked.setLocked(QStringLiteral("admin"));
    failures += shoot(&locked, QStringLiteral("locked"));
    ShortcutsDialog shortcuts(m_window.get(), m_window->screenWidgets());
    failures += shoot(&shortcuts, QStringLiteral("shortcuts"));
    // Settings > Add asset, an ERC-20 typed in (the node is not asked).
    AssetAdder adder(*m_services, *m_session);
    AddAssetDialog addAsset(&adder);
    addAsset.codeField()->setText(QStringLiteral("USDC"));
    addAsset.nameField()->setText(QStringLiteral("USD Coin"));
    addAsset.contractField()->setText(QStringLiteral("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"));
    failures += shoot(&addAsset, QStringLiteral("add-asset"));
    FirstRunDialog first(*m_runtime, m_services->operators());
    first.usernameEdit()->setText(QStringLiteral("alice"));
    failures += shoot(&first, QStringLiteral("firstrun"));
    if (auto session = m_session->session()) {
        // A fresh secret that is never confirmed: nothing is stored.
        auto *enrol = new TotpEnrolDialog(*m_runtime, m_services->operators(), session, m_window.get());
        enrol->start();
        m_runtime->flush(this, [this, enrol, shoot, failures]() mutable {
            failures += shoot(enrol, QStringLiteral("totp-enrol"));
            delete enrol;
            std::fflush(stdout);
            emit finished(failures == 0 ? 0 : 1);
        });
        return;
    }
    std::fflush(stdout);
    emit finished(failures == 0 ? 0 : 1);
}

void ConsoleApp::showLeader()
{
    if (!m_window || !m_duties)
        return;
    m_window->setLeader(m_duties->isLeading(), m_duties->leaderName());
}
