#pragma once
// A local stand-in for Stellar Horizon's REST API, as documented: GET
// /accounts/{id} (sequence, subentry_count, native balance; 404 for an
// account that does not exist), GET /fee_stats, GET /ledgers?order=desc
// &limit=1 (closed_at), POST /transactions (tx=<base64 envelope>, form
// encoded) and GET /transactions/{hash}. What is posted is decoded and
// checked as stellar-core would for a native payment or create_account:
// signature by the source for the network passphrase, time bounds against
// the ledger's close time, fee against the base fee, sequence = account's +
// 1, then the operation (underfunded, no destination, low reserve, already
// exists). A transaction that gets into a ledger takes the base fee and
// the sequence number even when its operation fails (then Horizon answers
// the POST with 400 tx_failed, and the transaction is in the ledger with
// successful=false). Each included transaction closes one ledger.
//
// Fault switch: hold submissions (Horizon answers 504 "Timeout" and the
// transaction never reaches a ledger, as one lost on the way looks).
// Loopback only, on a free port.

#include <QByteArray>
#include <QHttpServer>
#include <QObject>
#include <QString>

#include <cstdint>
#include <map>

class HorizonTestServer final : public QObject
{
    Q_OBJECT
public:
    struct Account {
        std::int64_t balance = 0; // stroops
        std::int64_t sequence = 0;
        int subentries = 0;
    };
    struct Transaction {
        bool successful = false;
        std::int64_t feeCharged = 0;
        std::int64_t ledger = 0;
        QByteArray resultXdr; // base64
        QByteArray envelope;  // base64
    };

    explicit HorizonTestServer(QByteArray passphrase, QObject *parent = nullptr);
    ~HorizonTestServer() override;

    bool listen();
    QString url() const; // http://127.0.0.1:PORT

    void setAccount(const QString &id, std::int64_t balance, std::int64_t sequence, int subentries = 0)
    {
        m_accounts[id] = {balance, sequence, subentries};
    }
    bool hasAccount(const QString &id) const { return m_accounts.count(id) > 0; }
    Account account(const QString &id) const { return m_accounts.at(id); }
    // The ledger's close time, Unix seconds.
    void setCloseTime(std::int64_t seconds) { m_closeTime = seconds; }
    void setBaseFee(std::int64_t stroops) { m_baseFee = stroops; }
    void setFeeP90(std::int64_t stroops) { m_p90 = stroops; }
    void holdSubmissions(bool hold) { m_hold = hold; }

    int posts() const { return m_posts; }
    const std::map<QByteArray, Transaction> &ledgerTransactions() const { return m_transactions; }

private:
    QByteArray submit(const QByteArray &form, int &status);

    QHttpServer m_server;
    quint16 m_port = 0;
    QByteArray m_passphrase;
    std::map<QString, Account> m_accounts;
    std::map<QByteArray, Transaction> m_transactions; // by hex hash
    std::int64_t m_ledger = 1000;
    std::int64_t m_closeTime = 1'700'000'000;
    std::int64_t m_baseFee = 100;
    std::int64_t m_p90 = 100;
    bool m_hold = false;
    int m_posts = 0;
};
