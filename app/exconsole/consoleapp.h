#pragma once
// ConsoleApp: starts the console. Opens (and migrates, and with --demo
// fills) the database on the core thread, then shows the main window; with
// --screenshots it renders every screen to PNG files and exits.

#include <QObject>
#include <QString>

#include <memory>

class MainWindow;

namespace exchange {
class CoreRuntime;
class CoreServices;
class Database;
}

class ConsoleApp final : public QObject
{
    Q_OBJECT
public:
    struct Options {
        QString databaseUrl;
        bool demo = false;
        QString screenshotsDir;
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
    void fail(const QString &message);
    void writeScreenshots();

    Options m_options;
    std::unique_ptr<exchange::CoreRuntime> m_runtime;
    std::unique_ptr<exchange::CoreServices> m_services;
    std::unique_ptr<MainWindow> m_window;
};
