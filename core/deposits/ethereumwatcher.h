#pragma once
// EthereumWatcher: polls an Ethereum node over JSON-RPC for ether paid to
// the exchange's deposit addresses. Only blocks with the chain's
// confirmations are read (eth_blockNumber, then eth_getBlockByNumber with
// full transactions, and the receipts of the matching ones for their
// status), and the cursor (the last block read, with its hash) commits with
// the deposits those blocks produced. A reorganisation inside the
// unconfirmed tail is never seen; one deeper than the confirmations (the
// saved block is no longer the parent of the next) halts the watcher and
// says so, for an operator to decide, rather than guess.
//
// Lives on the core thread; an unreachable or nonsensical node is retried
// with a growing delay, never skipped past: a block is read completely or
// not at all. Ether sent by a transaction to a deposit address is (txid,
// index 0; a contract's internal transfer is not a deposit here); the
// Transfer logs of the signed ERC-20 tokens (DepositService::tokensInForce)
// to deposit addresses, over the same blocks (eth_getLogs, each log checked
// to be of a block read), are (txid, log index). While the tokens cannot be
// trusted (the vault locked, a row not as signed) nothing is read.

#include "core/deposits/depositservice.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace exchange::ethereum {
class JsonRpcClient;
}

namespace exchange::deposits {

class EthereumWatcher final : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Polling, UpToDate, Waiting, Halted };
    Q_ENUM(State)

    static constexpr const char *kCursorName = "ethereum";

    // addresses: the deposit addresses (any spelling); confirmations: a
    // block is read once this many blocks (itself included) are on top.
    EthereumWatcher(DepositService &deposits, QUrl node, int confirmations, const std::vector<std::string> &addresses,
                    int pollIntervalMs = 4000, QObject *parent = nullptr);
    ~EthereumWatcher() override;
    Q_DISABLE_COPY_MOVE(EthereumWatcher)

    // Call on the watcher's thread.
    void start();
    void stop();

    State state() const { return m_state; }
    QString detail() const { return m_detail; }

signals:
    void stateChanged(exchange::deposits::EthereumWatcher::State state, const QString &detail);
    void batchIngested(int deposits, qint64 lastBlock);
    // Every confirmed block is read (after each poll that found nothing new).
    void caughtUp(qint64 lastBlock);

private:
    struct Cursor {
        bool saved = false; // false: never read anything
        qint64 block = -1;  // the last block read (-1: none, read from block 0)
        QString hash;       // empty: not known (a cursor set by hand)
    };
    void poll();
    void readBlocks(const Cursor &cursor, qint64 head);
    void ingestBlocks(const Cursor &cursor, const std::vector<QJsonValue> &blocks);
    void readTokenTransfers(qint64 first, const Cursor &next, std::map<qint64, QString> hashes,
                            std::vector<ObservedPayment> payments);
    // Commits the ether payments whose transactions succeeded, the token
    // transfers and the cursor.
    void keepSucceeded(const Cursor &next, std::vector<ObservedPayment> payments, std::vector<ObservedPayment> transfers);
    void retryLater(const QString &why);
    void pollLater(int ms);
    void setState(State state, const QString &detail);
    std::optional<Cursor> savedCursor(QString *why) const;

    DepositService &m_deposits;
    ethereum::JsonRpcClient *m_rpc = nullptr;
    QUrl m_node;
    int m_confirmations;
    std::set<std::string> m_addresses; // lower-case 0x… hex
    std::vector<wallets::WatchedToken> m_tokens; // as of the last poll
    int m_pollIntervalMs;
    QTimer m_timer;
    int m_backoffMs = 500;
    quint64 m_generation = 0; // answers to an older start() are dropped
    State m_state = State::Stopped;
    QString m_detail;
};

} // namespace exchange::deposits
