#include "core/deposits/watchersupervisor.h"

#include "core/runtime/coreservices.h"

#include <QUrl>

namespace exchange::deposits {

WatcherSupervisor::WatcherSupervisor(CoreServices &services, QObject *parent) : QObject(parent), m_services(services)
{
}

WatcherSupervisor::~WatcherSupervisor()
{
    stop();
}

void WatcherSupervisor::stop()
{
    if (m_stellar) {
        m_stellar->stop();
        m_stellar.reset();
    }
}

void WatcherSupervisor::restart()
{
    stop();
    const QString stellar = QStringLiteral("stellar");
    auto settings = m_services.wallets().chainSettings(Chain::Stellar);
    if (!settings) {
        emit statusChanged(stellar, tr("settings unreadable: %1").arg(QString::fromStdString(settings.error().message)));
        return;
    }
    if (settings.value().nodeUrl.empty()) {
        emit statusChanged(stellar, tr("not watching: no Horizon URL set (exctl chain set stellar --node URL)"));
        return;
    }
    auto wallets = m_services.wallets().list();
    if (!wallets) {
        emit statusChanged(stellar, tr("wallets unreadable: %1").arg(QString::fromStdString(wallets.error().message)));
        return;
    }
    std::string base;
    for (const auto &w : wallets.value()) {
        if (w.chain == Chain::Stellar && w.tier == wallets::WalletTier::Hot)
            base = w.address;
    }
    if (base.empty()) {
        emit statusChanged(stellar, tr("not watching: no hot (base) account registered"));
        return;
    }
    m_stellar = std::make_unique<StellarWatcher>(m_services.deposits(), QUrl(QString::fromStdString(settings.value().nodeUrl)), base);
    connect(m_stellar.get(), &StellarWatcher::stateChanged, this,
            [this, stellar](StellarWatcher::State state, const QString &detail) {
                QString text;
                switch (state) {
                case StellarWatcher::State::Stopped: text = tr("stopped"); break;
                case StellarWatcher::State::Connecting: text = tr("connecting to %1").arg(detail); break;
                case StellarWatcher::State::Streaming: text = tr("streaming"); break;
                case StellarWatcher::State::Waiting: text = tr("waiting: %1").arg(detail); break;
                }
                emit statusChanged(stellar, text);
            });
    m_stellar->start();
}

} // namespace exchange::deposits
