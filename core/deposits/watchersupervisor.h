#pragma once
// WatcherSupervisor: runs the deposit watchers the settings call for, on
// the core thread: a Stellar watcher when Stellar has a node (Horizon) URL
// and a hot (base) wallet. It reports each watcher's state for the
// screens. (The Ethereum and Algorand watchers join it next.)

#include "core/deposits/stellarwatcher.h"

#include <QObject>

#include <memory>

namespace exchange {
class CoreServices;
}

namespace exchange::deposits {

class WatcherSupervisor final : public QObject
{
    Q_OBJECT
public:
    explicit WatcherSupervisor(CoreServices &services, QObject *parent = nullptr);
    ~WatcherSupervisor() override;
    Q_DISABLE_COPY_MOVE(WatcherSupervisor)

    // (Re)reads the chain settings and wallets and starts what they call
    // for. Call on the core thread.
    void restart();
    void stop();

signals:
    // One line per chain, e.g. "stellar: streaming" or "stellar: no node URL set".
    void statusChanged(const QString &chain, const QString &status);

private:
    CoreServices &m_services;
    std::unique_ptr<StellarWatcher> m_stellar;
};

} // namespace exchange::deposits
