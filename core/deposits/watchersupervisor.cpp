#include "core/deposits/watchersupervisor.h"

#include "core/base/changenotifier.h"
#include "core/deposits/algorandwatcher.h"
#include "core/deposits/chainbalancereader.h"
#include "core/deposits/depositservice.h"
#include "core/deposits/ethereumwatcher.h"
#include "core/deposits/stellarwatcher.h"
#include "core/wallets/walletservice.h"

#include <QUrl>

namespace exchange::deposits {

namespace {

const QString kStellar = QStringLiteral("stellar");
const QString kEthereum = QStringLiteral("ethereum");
const QString kAlgorand = QStringLiteral("algorand");

std::vector<std::string> addressesOf(const std::vector<wallets::Wallet> &all, Chain chain, wallets::WalletTier tier)
{
    std::vector<std::string> addresses;
    for (const wallets::Wallet &w : all) {
        if (w.chain == chain && w.tier == tier)
            addresses.push_back(w.address);
    }
    return addresses;
}

} // namespace

WatcherSupervisor::WatcherSupervisor(DepositService &deposits, wallets::WalletService &wallets, ChangeNotifier &notifier,
                                     QObject *parent)
    : QObject(parent), m_deposits(deposits), m_wallets(wallets), m_notifier(notifier)
{
}

WatcherSupervisor::~WatcherSupervisor()
{
    stop();
}

void WatcherSupervisor::stop()
{
    // Stopped means stopped: a chain's settings changing must not start
    // its watcher again (this process may no longer lead).
    if (m_subscribed) {
        disconnect(&m_notifier, nullptr, this, nullptr);
        m_subscribed = false;
    }
    if (m_stellar)
        m_stellar->stop();
    if (m_ethereum)
        m_ethereum->stop();
    if (m_algorand)
        m_algorand->stop();
    if (m_balances)
        m_balances->stop();
    m_stellar.reset();
    m_ethereum.reset();
    m_algorand.reset();
    m_balances.reset();
}

void WatcherSupervisor::restart()
{
    if (!m_subscribed) {
        // A chain's settings changed (the key is the chain's name): start
        // its watcher again with them.
        connect(&m_notifier, &ChangeNotifier::changed, this, [this](ChangeNotifier::Topic topic, const QString &key) {
            if (topic != ChangeNotifier::Topic::Wallet)
                return;
            if (key == kStellar)
                startStellar();
            else if (key == kEthereum)
                startEthereum();
            else if (key == kAlgorand)
                startAlgorand();
        });
        m_subscribed = true;
    }
    startStellar();
    startEthereum();
    startAlgorand();
    if (!m_balances) {
        m_balances = std::make_unique<ChainBalanceReader>(m_wallets);
        connect(m_balances.get(), &ChainBalanceReader::roundFinished, this, [this](int read, int failed, const QString &problem) {
            emit statusChanged(QStringLiteral("balances"),
                               failed == 0 && read == 0 ? DutyStatus::off(tr("not reading now: no wallet is on a chain with a node URL"))
                               : failed == 0 ? DutyStatus::running(tr("%n wallet balance(s) read from the chains", nullptr, read))
                                             : DutyStatus::down(tr("%1 read, %2 not: %3").arg(read).arg(failed).arg(problem)));
        });
        m_balances->start();
    }
}

void WatcherSupervisor::startStellar()
{
    if (m_stellar) {
        m_stellar->stop();
        m_stellar.reset();
    }
    auto settings = m_wallets.chainSettings(Chain::Stellar);
    if (!settings) {
        emit statusChanged(kStellar, DutyStatus::down(tr("settings unreadable: %1").arg(QString::fromStdString(settings.error().message))));
        return;
    }
    if (settings.value().nodeUrl.empty()) {
        emit statusChanged(kStellar, DutyStatus::off(tr("not watching: no Horizon URL set (Settings, or exctl chain set stellar --node URL)")));
        return;
    }
    auto wallets = m_wallets.list();
    if (!wallets) {
        emit statusChanged(kStellar, DutyStatus::down(tr("wallets unreadable: %1").arg(QString::fromStdString(wallets.error().message))));
        return;
    }
    const auto base = addressesOf(wallets.value(), Chain::Stellar, wallets::WalletTier::Hot);
    if (base.empty()) {
        emit statusChanged(kStellar, DutyStatus::off(tr("not watching: no hot (base) account registered")));
        return;
    }
    m_stellar = std::make_unique<StellarWatcher>(m_deposits, QUrl(QString::fromStdString(settings.value().nodeUrl)),
                                                 base.front());
    connect(m_stellar.get(), &StellarWatcher::stateChanged, this, [this](StellarWatcher::State state, const QString &detail) {
        DutyStatus status;
        switch (state) {
        case StellarWatcher::State::Stopped: status = DutyStatus::off(tr("stopped")); break;
        case StellarWatcher::State::Connecting: status = DutyStatus::running(tr("connecting to %1").arg(detail)); break;
        case StellarWatcher::State::Streaming: status = DutyStatus::running(tr("streaming")); break;
        case StellarWatcher::State::Waiting: status = DutyStatus::down(tr("waiting: %1").arg(detail)); break;
        }
        emit statusChanged(kStellar, status);
    });
    m_stellar->start();
}

void WatcherSupervisor::startEthereum()
{
    if (m_ethereum) {
        m_ethereum->stop();
        m_ethereum.reset();
    }
    auto settings = m_wallets.chainSettings(Chain::Ethereum);
    if (!settings) {
        emit statusChanged(kEthereum, DutyStatus::down(tr("settings unreadable: %1").arg(QString::fromStdString(settings.error().message))));
        return;
    }
    if (settings.value().nodeUrl.empty()) {
        emit statusChanged(kEthereum, DutyStatus::off(tr("not watching: no JSON-RPC URL set (Settings, or exctl chain set ethereum --node URL)")));
        return;
    }
    auto wallets = m_wallets.list();
    if (!wallets) {
        emit statusChanged(kEthereum, DutyStatus::down(tr("wallets unreadable: %1").arg(QString::fromStdString(wallets.error().message))));
        return;
    }
    const auto addresses = addressesOf(wallets.value(), Chain::Ethereum, wallets::WalletTier::Deposit);
    if (addresses.empty()) {
        emit statusChanged(kEthereum, DutyStatus::off(tr("not watching: no deposit address registered")));
        return;
    }
    m_ethereum = std::make_unique<EthereumWatcher>(m_deposits, QUrl(QString::fromStdString(settings.value().nodeUrl)),
                                                   settings.value().confirmations, addresses);
    connect(m_ethereum.get(), &EthereumWatcher::stateChanged, this, [this](EthereumWatcher::State state, const QString &detail) {
        DutyStatus status;
        switch (state) {
        case EthereumWatcher::State::Stopped: status = DutyStatus::off(tr("stopped")); break;
        case EthereumWatcher::State::Polling: status = DutyStatus::running(tr("reading blocks: %1").arg(detail)); break;
        case EthereumWatcher::State::UpToDate: status = DutyStatus::running(tr("up to date: %1").arg(detail)); break;
        case EthereumWatcher::State::Waiting: status = DutyStatus::down(tr("waiting: %1").arg(detail)); break;
        case EthereumWatcher::State::Halted: status = DutyStatus::down(tr("HALTED: %1").arg(detail)); break;
        }
        emit statusChanged(kEthereum, status);
    });
    m_ethereum->start();
}

void WatcherSupervisor::startAlgorand()
{
    if (m_algorand) {
        m_algorand->stop();
        m_algorand.reset();
    }
    auto settings = m_wallets.chainSettings(Chain::Algorand);
    if (!settings) {
        emit statusChanged(kAlgorand, DutyStatus::down(tr("settings unreadable: %1").arg(QString::fromStdString(settings.error().message))));
        return;
    }
    if (settings.value().indexerUrl.empty()) {
        emit statusChanged(kAlgorand, DutyStatus::off(tr("not watching: no indexer URL set (Settings, or exctl chain set algorand --indexer URL)")));
        return;
    }
    auto wallets = m_wallets.list();
    if (!wallets) {
        emit statusChanged(kAlgorand, DutyStatus::down(tr("wallets unreadable: %1").arg(QString::fromStdString(wallets.error().message))));
        return;
    }
    const auto addresses = addressesOf(wallets.value(), Chain::Algorand, wallets::WalletTier::Deposit);
    if (addresses.empty()) {
        emit statusChanged(kAlgorand, DutyStatus::off(tr("not watching: no deposit address registered")));
        return;
    }
    m_algorand = std::make_unique<AlgorandWatcher>(m_deposits, QUrl(QString::fromStdString(settings.value().indexerUrl)),
                                                   addresses, settings.value().confirmations);
    // (Payments from the exchange's own wallets are not deposits:
    // DepositService passes them over.)
    connect(m_algorand.get(), &AlgorandWatcher::stateChanged, this, [this](AlgorandWatcher::State state, const QString &detail) {
        DutyStatus status;
        switch (state) {
        case AlgorandWatcher::State::Stopped: status = DutyStatus::off(tr("stopped")); break;
        case AlgorandWatcher::State::Polling: status = DutyStatus::running(tr("reading the indexer: %1").arg(detail)); break;
        case AlgorandWatcher::State::UpToDate: status = DutyStatus::running(tr("up to date: %1").arg(detail)); break;
        case AlgorandWatcher::State::Waiting: status = DutyStatus::down(tr("waiting: %1").arg(detail)); break;
        }
        emit statusChanged(kAlgorand, status);
    });
    m_algorand->start();
}

} // namespace exchange::deposits
