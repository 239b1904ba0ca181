#include "core/deposits/watchersupervisor.h"
#include "core/base/message.h"

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

// A watcher with nothing more to say than that it is up to date (Algorand)
// says just that.
QString upToDate(const QString &detail)
{
    return detail.isEmpty() ? dutyWords(MessageId::DutyUpToDate)
                            : dutyWords(MessageId::DutyUpToDateAt, {detail.toStdString()});
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
                               failed == 0 && read == 0 ? DutyStatus::off(dutyWords(MessageId::DutyBalancesNoNode))
                               : failed == 0 ? DutyStatus::running(dutyWords(MessageId::DutyBalancesRead, {std::to_string(read)}))
                                             : DutyStatus::down(dutyWords(MessageId::DutyBalancesPartly, {std::to_string(read), std::to_string(failed), problem.toStdString()})));
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
        emit statusChanged(kStellar, DutyStatus::down(dutyWords(MessageId::DutySettingsUnreadable, {settings.error().message})));
        return;
    }
    if (settings.value().nodeUrl.empty()) {
        emit statusChanged(kStellar, DutyStatus::off(dutyWords(MessageId::DutyNoHorizonUrl)));
        return;
    }
    auto wallets = m_wallets.list();
    if (!wallets) {
        emit statusChanged(kStellar, DutyStatus::down(dutyWords(MessageId::DutyWalletsUnreadable, {wallets.error().message})));
        return;
    }
    const auto base = addressesOf(wallets.value(), Chain::Stellar, wallets::WalletTier::Hot);
    if (base.empty()) {
        emit statusChanged(kStellar, DutyStatus::off(dutyWords(MessageId::DutyNoHotAccount)));
        return;
    }
    m_stellar = std::make_unique<StellarWatcher>(m_deposits, QUrl(QString::fromStdString(settings.value().nodeUrl)),
                                                 base.front());
    connect(m_stellar.get(), &StellarWatcher::stateChanged, this, [this](StellarWatcher::State state, const QString &detail) {
        DutyStatus status;
        switch (state) {
        case StellarWatcher::State::Stopped: status = DutyStatus::off(dutyWords(MessageId::DutyStopped)); break;
        case StellarWatcher::State::Connecting: status = DutyStatus::running(dutyWords(MessageId::DutyConnecting, {detail.toStdString()})); break;
        case StellarWatcher::State::Streaming: status = DutyStatus::running(dutyWords(MessageId::DutyStreaming)); break;
        case StellarWatcher::State::Waiting: status = DutyStatus::down(dutyWords(MessageId::DutyWaiting, {detail.toStdString()})); break;
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
        emit statusChanged(kEthereum, DutyStatus::down(dutyWords(MessageId::DutySettingsUnreadable, {settings.error().message})));
        return;
    }
    if (settings.value().nodeUrl.empty()) {
        emit statusChanged(kEthereum, DutyStatus::off(dutyWords(MessageId::DutyNoJsonRpcUrl)));
        return;
    }
    auto wallets = m_wallets.list();
    if (!wallets) {
        emit statusChanged(kEthereum, DutyStatus::down(dutyWords(MessageId::DutyWalletsUnreadable, {wallets.error().message})));
        return;
    }
    const auto addresses = addressesOf(wallets.value(), Chain::Ethereum, wallets::WalletTier::Deposit);
    if (addresses.empty()) {
        emit statusChanged(kEthereum, DutyStatus::off(dutyWords(MessageId::DutyNoDepositAddress)));
        return;
    }
    m_ethereum = std::make_unique<EthereumWatcher>(m_deposits, QUrl(QString::fromStdString(settings.value().nodeUrl)),
                                                   settings.value().confirmations, addresses);
    connect(m_ethereum.get(), &EthereumWatcher::stateChanged, this, [this](EthereumWatcher::State state, const QString &detail) {
        DutyStatus status;
        switch (state) {
        case EthereumWatcher::State::Stopped: status = DutyStatus::off(dutyWords(MessageId::DutyStopped)); break;
        case EthereumWatcher::State::Polling: status = DutyStatus::running(dutyWords(MessageId::DutyReadingBlocks, {detail.toStdString()})); break;
        case EthereumWatcher::State::UpToDate: status = DutyStatus::running(upToDate(detail)); break;
        case EthereumWatcher::State::Waiting: status = DutyStatus::down(dutyWords(MessageId::DutyWaiting, {detail.toStdString()})); break;
        case EthereumWatcher::State::Halted: status = DutyStatus::down(dutyWords(MessageId::DutyHalted, {detail.toStdString()})); break;
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
        emit statusChanged(kAlgorand, DutyStatus::down(dutyWords(MessageId::DutySettingsUnreadable, {settings.error().message})));
        return;
    }
    if (settings.value().indexerUrl.empty()) {
        emit statusChanged(kAlgorand, DutyStatus::off(dutyWords(MessageId::DutyNoIndexerUrl)));
        return;
    }
    auto wallets = m_wallets.list();
    if (!wallets) {
        emit statusChanged(kAlgorand, DutyStatus::down(dutyWords(MessageId::DutyWalletsUnreadable, {wallets.error().message})));
        return;
    }
    const auto addresses = addressesOf(wallets.value(), Chain::Algorand, wallets::WalletTier::Deposit);
    if (addresses.empty()) {
        emit statusChanged(kAlgorand, DutyStatus::off(dutyWords(MessageId::DutyNoDepositAddress)));
        return;
    }
    m_algorand = std::make_unique<AlgorandWatcher>(m_deposits, QUrl(QString::fromStdString(settings.value().indexerUrl)),
                                                   addresses, settings.value().confirmations);
    // (Payments from the exchange's own wallets are not deposits:
    // DepositService passes them over.)
    connect(m_algorand.get(), &AlgorandWatcher::stateChanged, this, [this](AlgorandWatcher::State state, const QString &detail) {
        DutyStatus status;
        switch (state) {
        case AlgorandWatcher::State::Stopped: status = DutyStatus::off(dutyWords(MessageId::DutyStopped)); break;
        case AlgorandWatcher::State::Polling: status = DutyStatus::running(dutyWords(MessageId::DutyReadingIndexer, {detail.toStdString()})); break;
        case AlgorandWatcher::State::UpToDate: status = DutyStatus::running(upToDate(detail)); break;
        case AlgorandWatcher::State::Waiting: status = DutyStatus::down(dutyWords(MessageId::DutyWaiting, {detail.toStdString()})); break;
        }
        emit statusChanged(kAlgorand, status);
    });
    m_algorand->start();
}

} // namespace exchange::deposits
