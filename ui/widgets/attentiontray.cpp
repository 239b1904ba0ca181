#include "attentiontray.h"

#include "models/attentionalerts.h"
#include "models/coretext.h"
#include "models/dashboardsource.h"
#include "models/dutyboard.h"

#include <QDateTime>
#include <QSystemTrayIcon>
#include <QWidget>

AttentionTray::AttentionTray(DashboardSource *source, DutyBoard *duties, QWidget *window)
    : QObject(window),
      m_source(source),
      m_window(window),
      m_alerts(new AttentionAlerts([] { return QDateTime::currentMSecsSinceEpoch(); }, this))
{
    connect(m_source, &DashboardSource::changed, this, [this] {
        if (!m_source->report())
            return;
        const auto &audit = m_source->auditChain();
        m_alerts->update(*m_source->report(), audit ? std::optional<bool>(audit->intact) : std::nullopt);
    });
    connect(duties, &DutyBoard::changed, this, [this, duties] {
        QStringList down;
        for (const DutyBoard::Down &d : duties->down())
            down << (d.kind == DutyBoard::Kind::Watcher ? CoreText::stored(d.name) : tr("payouts on %1").arg(d.name));
        m_alerts->updateDuties(down);
    });
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
    m_tray->setToolTip(tr("Exchange Console"));
    m_tray->show();
    connect(m_alerts, &AttentionAlerts::alert, this,
            [this](AttentionAlerts::Kind, const QString &title, const QString &text, const QString &screenId) {
                m_lastScreen = screenId;
                m_tray->showMessage(title, text, QSystemTrayIcon::Information, 15'000);
            });
    auto bringBack = [this](const QString &screenId) {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
        if (!screenId.isEmpty())
            emit openScreen(screenId);
    };
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this, bringBack] { bringBack(m_lastScreen); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [bringBack](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            bringBack(QStringLiteral("dashboard"));
    });
}
