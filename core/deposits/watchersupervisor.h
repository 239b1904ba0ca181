#pragma once
// WatcherSupervisor: runs the deposit watchers the settings call for, on
// the core thread: Stellar (Horizon's stream of the base account), Ethereum
// (JSON-RPC polling of the deposit addresses) and Algorand (the indexer),
// each when its chain has a node URL and something to watch, and the
// reader of the wallets' chain balances. It reports each watcher's state
// for the screens, and restarts a chain's watcher when that chain's
// settings change.

#include "core/base/dutystatus.h"

#include <QObject>

#include <memory>

namespace exchange {
class ChangeNotifier;
namespace wallets { class WalletService; }
}

namespace exchange::deposits {

class DepositService;
class StellarWatcher;
class EthereumWatcher;
class AlgorandWatcher;
class ChainBalanceReader;

class WatcherSupervisor final : public QObject
{
    Q_OBJECT
public:
    // deposits records what the watchers see; wallets has the chain
    // settings and the addresses to watch; a Wallet change on notifier
    // restarts that chain's watcher.
    WatcherSupervisor(DepositService &deposits, wallets::WalletService &wallets, ChangeNotifier &notifier,
                      QObject *parent = nullptr);
    ~WatcherSupervisor() override;
    Q_DISABLE_COPY_MOVE(WatcherSupervisor)

    // (Re)reads the chain settings and wallets and starts what they call
    // for. Call on the core thread.
    void restart();
    void stop();

signals:
    // One line per chain, e.g. "stellar: streaming" (running), "stellar:
    // not watching: no Horizon URL set" (off) or "ethereum: waiting:
    // connection refused" (down).
    void statusChanged(const QString &chain, const exchange::DutyStatus &status);

private:
    void startStellar();
    void startEthereum();
    void startAlgorand();

    DepositService &m_deposits;
    wallets::WalletService &m_wallets;
    ChangeNotifier &m_notifier;
    std::unique_ptr<StellarWatcher> m_stellar;
    std::unique_ptr<EthereumWatcher> m_ethereum;
    std::unique_ptr<AlgorandWatcher> m_algorand;
    std::unique_ptr<ChainBalanceReader> m_balances;
    bool m_subscribed = false;
};

} // namespace exchange::deposits
