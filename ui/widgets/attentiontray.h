#pragma once
// AttentionTray: the console's icon in the system tray and its desktop
// notifications. Each new dashboard reading goes through AttentionAlerts
// (what is new, at most one per kind per minute); an alert shows as a tray
// message, and clicking it brings the window back on the screen that
// resolves it. Without a system tray (offscreen, some desktops) nothing is
// shown and the Dashboard remains the place to look.

#include <QObject>
#include <QString>

class AttentionAlerts;
class DashboardSource;
class DutyBoard;
class QSystemTrayIcon;
class QWidget;

class AttentionTray final : public QObject
{
    Q_OBJECT
public:
    AttentionTray(DashboardSource *source, DutyBoard *duties, QWidget *window);

    AttentionAlerts *alerts() const { return m_alerts; }
    bool isShown() const { return m_tray != nullptr; }

signals:
    void openScreen(const QString &id);

private:
    DashboardSource *m_source;
    QWidget *m_window;
    AttentionAlerts *m_alerts;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastScreen;
};
