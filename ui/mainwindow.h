#pragma once
// The console's main window: a navigation list of every screen the product
// has (Ctrl+1 … Ctrl+9, Ctrl+0), the screen itself, and a status bar that names the
// database in use (never its password) and who is signed in. Lock (Ctrl+L)
// asks the console to lock; a second-factor request from any model opens
// the code prompt.

#include <QMainWindow>

#include <vector>

class QLabel;
class QListWidget;
class QStackedWidget;
class AssetSettingsModel;
class DutyBoard;
class OperatorSession;

namespace exchange {
struct DutyStatus;
class CoreRuntime;
class CoreServices;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(exchange::CoreRuntime &runtime, exchange::CoreServices &services, OperatorSession &session,
               QWidget *parent = nullptr);

    // Stable ids ("dashboard", "settings", …), in navigation order.
    QStringList screenIds() const;
    QWidget *screen(const QString &id) const;
    // (title, widget) of every screen, in navigation order.
    QList<QPair<QString, QWidget *>> screenWidgets() const;
    void showScreen(const QString &id);
    // Gives the screen's main table (or first control) the keyboard focus.
    void focusScreen(const QString &id);
    QString currentScreenId() const;
    // What a deposit watcher, collection or a chain's payouts are doing
    // (BackgroundDuties), for the Dashboard, the Wallets and Withdrawals
    // screens and the tray.
    void setWatcherStatus(const QString &chain, const exchange::DutyStatus &status);
    void setPayoutStatus(const QString &chain, const exchange::DutyStatus &status);
    DutyBoard *duties() const { return m_duties; }
    // Who runs the watchers and payouts (BackgroundDuties), in the status bar.
    void setLeader(bool thisConsole, const QString &name);

signals:
    void lockRequested();

protected:
    void closeEvent(QCloseEvent *event) override; // remembers the window's place and size
    void changeEvent(QEvent *event) override;     // a theme switched live reaches the navigation

private:
    struct Screen {
        QString id;
        QString title;
        QWidget *widget;
    };

    void addScreen(const QString &id, const QString &title, QWidget *widget);
    void createMenus();
    void showAbout();
    void showShortcuts();
    void askForCode(const QString &purpose);
    void styleNavigation();

    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_leader = nullptr;
    std::vector<Screen> m_screens;
    AssetSettingsModel *m_assetSettings;
    DutyBoard *m_duties;
    OperatorSession &m_session;
};
