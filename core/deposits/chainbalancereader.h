#pragma once
// ChainBalanceReader: reads what each of the exchange's wallets holds on
// its chain, for the Wallets screen's chain-against-ledger comparison and
// the collection planner: Ethereum eth_getBalance, Horizon
// /accounts/{id} (the native balance; an account that does not exist yet
// holds 0) and algod /v2/accounts/{address} ("amount"), hot's Stellar
// reading adding the XLM of its channel accounts (read first; hot's float,
// as the books count it); and of each token
// of the wallet's chain: ERC-20 balanceOf (eth_call), Horizon's balance
// line of the credit asset and algod's holding of the ASA (none: 0, the
// wallet has no trustline or opt-in). Amounts are read
// exactly from the JSON text, never through a double. One wallet after the
// other, on the thread that owns it; a chain whose node does not answer
// keeps its last reading (and its time, so the screen shows its age).

#include "core/base/result.h"
#include "core/money/asset.h"
#include "core/wallets/chainsettings.h"
#include "core/wallets/wallet.h"

#include <QObject>
#include <QTimer>

#include <deque>
#include <map>
#include <optional>
#include <vector>

class QNetworkAccessManager;

namespace exchange::wallets {
class WalletService;
}

namespace exchange::deposits {

class ChainBalanceReader final : public QObject
{
    Q_OBJECT
public:
    ChainBalanceReader(wallets::WalletService &wallets, int intervalMs = 120000, QObject *parent = nullptr);
    ~ChainBalanceReader() override;
    Q_DISABLE_COPY_MOVE(ChainBalanceReader)

    // Reads every wallet now, then again every interval.
    void start();
    void stop();

signals:
    // After each round: how many wallets were read and how many were not,
    // with the first reason.
    void roundFinished(int read, int failed, const QString &firstProblem);

private:
    void beginRound();
    void readNext();
    // One reading: a wallet's coin (with the tokens the same answer gives,
    // on Stellar and Algorand), one ERC-20 of an Ethereum wallet, or the
    // coin of one of the wallet's channel accounts (channel: its address).
    struct Read {
        wallets::Wallet wallet;
        std::optional<Asset> token;
        std::string channel;
    };
    // A channel's reading, kept for its wallet's own, which comes after.
    void keepChannel(const Read &read, const Result<std::map<std::string, Amount>> &balances);
    void finishOne(const Read &read, Result<std::map<std::string, Amount>> balances);

    wallets::WalletService &m_wallets;
    QNetworkAccessManager *m_network = nullptr;
    QTimer m_timer;
    std::deque<Read> m_queue;
    std::vector<Asset> m_tokens; // every chain's, as of the round's start
    std::map<Chain, wallets::ChainSettings> m_settings;
    std::map<std::int64_t, Amount> m_channelsHold;        // by wallet id, this round
    std::map<std::int64_t, QString> m_channelProblem;     // the first channel not read, by wallet id
    int m_read = 0;
    int m_failed = 0;
    QString m_firstProblem;
    quint64 m_generation = 0;
};

} // namespace exchange::deposits
