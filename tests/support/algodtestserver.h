#pragma once
// A local stand-in for algod's REST API (v2), as documented: GET
// /v2/transactions/params, GET /v2/accounts/{address} ("amount",
// "min-balance"), POST /v2/transactions (a signed payment in msgpack,
// application/x-binary; answers {"txId"}) and GET
// /v2/transactions/pending/{txid} ("confirmed-round", "pool-error"). It
// decodes what is posted with algorand::PaymentTransaction::decodeSigned,
// checks the signature, the genesis, the validity window, the fee and the
// sender's minimum balance, and answers a repeat the way algod does
// ("transaction already in ledger"/"in pool"). A payment is confirmed (and
// applied to the balances) after a number of polls of its pending info.
// GET /v2/assets/{id} answers algod's Asset object ({"index", "params":
// {"creator", "decimals", "total", "unit-name", "name", …}}) for the ASAs
// set with setAsset(), and 404 "asset does not exist" for any other.
// For the collector's last resort it also answers two indexer calls: GET
// /v2/transactions/{txid} and GET /health.
//
// Fault switch: drop the first transaction POSTed (the connection is
// closed with no answer, on every attempt until another transaction
// arrives), as a crash between storing a sweep and sending it looks.
// Loopback only, on a free port.

#include <QByteArray>
#include <QHttpServer>
#include <QObject>
#include <QString>

#include <cstdint>
#include <map>
#include <set>

class AlgodTestServer final : public QObject
{
    Q_OBJECT
public:
    struct Account {
        std::uint64_t amount = 0;
        std::uint64_t minBalance = 100000;
    };

    explicit AlgodTestServer(QObject *parent = nullptr);
    ~AlgodTestServer() override;

    bool listen();
    QString url() const; // http://127.0.0.1:PORT

    void setAccount(const QString &address, std::uint64_t amount, std::uint64_t minBalance = 100000)
    {
        m_accounts[address] = {amount, minBalance};
    }
    Account account(const QString &address) const
    {
        auto it = m_accounts.find(address);
        return it == m_accounts.end() ? Account{0, 0} : it->second;
    }
    void setLastRound(std::uint64_t round) { m_lastRound = round; }
    std::uint64_t lastRound() const { return m_lastRound; }
    void setFees(std::uint64_t perByte, std::uint64_t minFee)
    {
        m_feePerByte = perByte;
        m_minFee = minFee;
    }
    // Polls of a payment's pending info before it is confirmed; negative:
    // never confirmed.
    void setConfirmAfterPolls(int polls) { m_confirmAfter = polls; }
    void dropFirstPost() { m_dropPosts = 1; }
    struct AssetParams {
        int decimals = 0;
        QString unitName;
        QString name;
        std::uint64_t total = 0;
    };
    void setAsset(std::uint64_t id, const AssetParams &params) { m_assets[id] = params; }
    int assetReads() const { return m_assetReads; }

    static QByteArray genesisHash();
    static QString genesisId() { return QStringLiteral("testnet-v1.0"); }

    int posts() const { return m_posts; }                   // every POST that reached a handler
    const std::set<QByteArray> &txids() const { return m_txids; } // every distinct transaction posted
    int confirmed() const { return static_cast<int>(m_confirmedRound.size()); }

private:
    struct Pending {
        QString sender, receiver;
        std::uint64_t amount = 0, fee = 0, lastValid = 0;
        int polls = 0;
    };

    QHttpServer m_server;
    quint16 m_port = 0;
    std::map<QString, Account> m_accounts;
    std::map<std::uint64_t, AssetParams> m_assets;
    int m_assetReads = 0;
    std::uint64_t m_lastRound = 1000;
    std::uint64_t m_feePerByte = 0;
    std::uint64_t m_minFee = 1000;
    int m_confirmAfter = 1;
    int m_dropPosts = 0;
    QByteArray m_dropped;
    int m_posts = 0;
    std::set<QByteArray> m_txids;
    std::map<QByteArray, Pending> m_pool;
    std::map<QByteArray, std::uint64_t> m_confirmedRound;
};
