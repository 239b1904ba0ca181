#pragma once
// AlgorandWatcher: polls the Algorand indexer for ALGO payments and
// transfers of the signed ASAs to the exchange's addresses
// (GET /v2/transactions?address=A&address-role=receiver&min-round=R,
// following next-token; every transaction type comes, and the page reader
// keeps "pay" and "axfer") and hands them to DepositService. It lives on
// the core thread.
//
// Cursor per address, "algorand:ADDRESS": the round up to which every
// payment and watched asset transfer to A is ingested as confirmed. The
// indexer returns an address's transactions newest first, so no round is
// known complete until the last page of a sweep: each page's payments are
// ingested as they come (the (chain, txid, index) key makes a re-read
// harmless), and the cursor commits with the last page's payments. It
// never passes a payment still short of its confirmations, nor a round
// some page's indexer had not reached. A page out of order, repeated or
// overlapping therefore neither loses nor doubles a deposit; a malformed
// record is logged and passed over; an unreachable indexer, an HTTP error
// or a malformed page restarts the address's sweep from its saved cursor
// after a growing delay.
//
// The ASAs it reads are DepositService::tokensInForce(Algorand), read
// before a sweep and again before its cursor commits: when they cannot be
// trusted (vault locked, no pin, a row not as signed) the watcher waits and
// reads nothing, and when they changed during the sweep it sweeps the
// address again with the new ones, so a cursor never passes a transfer of
// an ASA that was in force while its pages were read. An ASA added later
// is watched from the next rounds on, as on the other chains.

#include "core/deposits/depositservice.h"
#include "core/deposits/indexertransaction.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

class QNetworkAccessManager;
class QNetworkReply;

namespace exchange::deposits {

class AlgorandWatcher final : public QObject
{
    Q_OBJECT
public:
    // Polling: catching up (first sweeps, or after an error); UpToDate:
    // every address swept, polling on the interval; Waiting: an error, a
    // retry is scheduled (the detail says why and when).
    enum class State { Stopped, Polling, UpToDate, Waiting };
    Q_ENUM(State)

    AlgorandWatcher(DepositService &deposits, QUrl indexer, std::vector<std::string> addresses, int confirmations,
                    std::chrono::milliseconds pollInterval = std::chrono::seconds(5), QObject *parent = nullptr);
    ~AlgorandWatcher() override;
    Q_DISABLE_COPY_MOVE(AlgorandWatcher)

    // Payments from these addresses are the exchange's own movements (for
    // example collections into the hot wallet) and are not deposits. Call
    // before start().
    void setIgnoredSenders(const std::vector<std::string> &senders);

    // Call on the watcher's thread.
    void start();
    void stop();

    State state() const { return m_state; }
    QString detail() const { return m_detail; }
    static std::string cursorName(const std::string &address) { return "algorand:" + address; }
    int malformedRecords() const { return m_malformed; }

signals:
    void stateChanged(exchange::deposits::AlgorandWatcher::State state, const QString &detail);
    // After each commit: new deposits recorded, and the cursor of `address`
    // (unchanged until the last page of its sweep).
    void batchIngested(int deposits, const QString &address, const QString &cursor);

private:
    void beginSweep();
    void fetch();
    void onFinished();
    void finishSweep();
    void retryLater(const QString &why);
    // The ASAs in force now, by asset id, or why they cannot be trusted.
    Result<std::unordered_map<std::uint64_t, wallets::WatchedToken>> assetsInForce() const;
    void setState(State state, const QString &detail);

    DepositService &m_deposits;
    QUrl m_indexer;
    std::vector<std::string> m_addresses;
    IndexerWatch m_watch;
    std::chrono::milliseconds m_pollInterval;
    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    QTimer m_timer; // the next poll, or the retry after an error

    // The sweep of m_addresses[m_current].
    size_t m_current = 0;
    std::int64_t m_savedCursor = -1; // -1: nothing saved yet
    std::optional<std::string> m_nextToken;
    std::set<std::string> m_tokensAsked;
    std::int64_t m_lowestCurrentRound = 0;
    std::int64_t m_lowestPendingRound = 0;
    bool m_caughtUp = false; // a whole cycle over the addresses has succeeded
    bool m_assetsRead = false; // m_watch.assets is what the last check found in force

    int m_backoffMs = 500;
    int m_malformed = 0;
    State m_state = State::Stopped;
    QString m_detail;
};

} // namespace exchange::deposits
