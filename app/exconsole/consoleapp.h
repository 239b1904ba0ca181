#pragma once
// ConsoleApp: starts the console. Opens (and migrates, and with --demo
// fills) the database on the core thread, then asks for a sign-in (or, on a
// database without operators, for the first admin) and for a two-factor
// enrolment where the role needs one, and only then shows the main window.
// Locks (hides the window and asks for a sign-in again) on Ctrl+L and after
// the idle time in the meta table (security.idle_lock_minutes, default 10).
// With --screenshots it signs in as the demo admin by itself, renders every
// screen and the sign-in dialogs to PNG files and exits.

#include <QDir>
#include <QObject>
#include <QString>

#include <memory>

class IdleLock;
class MainWindow;
class OperatorSession;

namespace exchange {
class BackgroundDuties;
class ChangeListener;
class ExternalCommitWatch;
class CoreRuntime;
class CoreServices;
class Database;
class TradeApiHost;
class BackOfficeHost;
namespace security { class Session; }
}

class ConsoleApp final : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString databaseUrl;
        bool demo = false;
        // Create the database if it is not there (--demo, the default
        // location); otherwise the operator is asked first.
        bool mayCreate = false;
        QString screenshotsDir;
        QString apiAddress; // HOST:PORT: serve the trade API from the core thread
        // HOST:PORT: serve the back-office API there too (main() checked it:
        // loopback unless backOfficeAllowRemote).
        QString backOfficeAddress;
        bool backOfficeAllowRemote = false;
        QString ethereumRpc;
    };

    explicit ConsoleApp(Options options, QObject *parent = nullptr);
    ~ConsoleApp() override;
    Q_DISABLE_COPY_MOVE(ConsoleApp)

    void start();

signals:
    // The console is done (the window closed, screenshots written, or the
    // database could not be opened).
    void finished(int exitCode);

private:
    void onDatabaseOpened(std::unique_ptr<exchange::Database> database);
    void askToSignIn(bool firstRun, const QString &lockedUser = {});
    void onSignedIn(std::shared_ptr<exchange::security::Session> session);
    void showMainWindow();
    void lock();
    void signInForScreenshots();
    void open(bool create);
    void askToCreate();
    void fail(const QString &message);
    void writeScreenshots();
    void writeScreenshot(const QDir &dir, int index, int failures); // screen by screen, then the dialogs
    void writeCustomerInstructionsShot(const QDir &dir, int failures);
    void writeDialogShots(const QDir &dir, int failures);

    Options m_options;
    std::unique_ptr<exchange::CoreRuntime> m_runtime;
    std::unique_ptr<exchange::CoreServices> m_services;
    std::unique_ptr<exchange::TradeApiHost> m_api;
    std::unique_ptr<exchange::BackOfficeHost> m_backOffice;
    std::unique_ptr<OperatorSession> m_session;
    std::unique_ptr<IdleLock> m_idleLock;
    std::unique_ptr<MainWindow> m_window;
    // Watchers and automatic payouts, while this console leads them.
    std::unique_ptr<exchange::BackgroundDuties> m_duties;
    // Other processes' changes: the feed on PostgreSQL; on SQLite only
    // that another process committed (exctl beside this console).
    std::unique_ptr<exchange::ChangeListener> m_changes;
    std::unique_ptr<exchange::ExternalCommitWatch> m_externalCommits;
    void showLeader();
};
