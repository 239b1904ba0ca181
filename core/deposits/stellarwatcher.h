#pragma once
// StellarWatcher: follows Horizon's payment stream of the base account
// (server-sent events from /accounts/{base}/payments, with the memo joined
// in) and hands the deposits to DepositService in batches, each with the
// paging token it got to, so the cursor commits with its deposits. It lives
// on the core thread; a dropped stream is reopened from the saved cursor
// with a growing delay, and a malformed record is logged and passed over.
// Records are read with the credit assets in force (tokensInForce) when
// the stream opened; while those cannot be read (the vault locked) it
// waits and reads nothing, and when they changed by the time a batch
// commits, the batch is dropped and read again with the new ones.

#include "core/deposits/depositservice.h"
#include "core/deposits/ssedecoder.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <set>

class QNetworkAccessManager;
class QNetworkReply;

namespace exchange::deposits {

class StellarWatcher final : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Connecting, Streaming, Waiting };
    Q_ENUM(State)

    StellarWatcher(DepositService &deposits, QUrl horizon, std::string baseAccount, QObject *parent = nullptr);
    ~StellarWatcher() override;
    Q_DISABLE_COPY_MOVE(StellarWatcher)

    // Call on the watcher's thread.
    void start();
    void stop();

    State state() const { return m_state; }
    QString detail() const { return m_detail; }
    std::string cursorName() const { return "stellar:" + m_base; }
    int malformedRecords() const { return m_malformed; }

signals:
    void stateChanged(exchange::deposits::StellarWatcher::State state, const QString &detail);
    void batchIngested(int deposits, const QString &cursor);

private:
    void open();
    void onReadyRead();
    void onFinished();
    bool flush();
    void closeStream();
    void retryLater(const QString &why);
    void setState(State state, const QString &detail);

    DepositService &m_deposits;
    QUrl m_horizon;
    std::string m_base;
    QNetworkAccessManager *m_network = nullptr;
    QNetworkReply *m_reply = nullptr;
    SseDecoder m_decoder;
    std::vector<ObservedPayment> m_pending;
    std::vector<wallets::WatchedToken> m_tokens; // what the pending records were read with
    std::set<std::string> m_toldUnwatched; // credit assets not watched, logged once each
    std::string m_lastToken;  // the newest token read
    std::string m_savedToken; // the newest token committed
    QTimer m_flushTimer;
    QTimer m_retryTimer;
    int m_backoffMs = 500;
    int m_malformed = 0;
    State m_state = State::Stopped;
    QString m_detail;
};

} // namespace exchange::deposits
