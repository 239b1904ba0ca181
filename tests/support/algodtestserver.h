#pragma once
// A local stand-in for algod's REST API (v2), as documented: GET
// /v2/transactions/params, GET /v2/accounts/{address} ("amount",
// "min-balance" - 0.1 ALGO for an account it has never seen - and
// "assets": each opted-in ASA's {"amount", "asset-id", "is-frozen"}),
// GET /v2/accounts/{address}/assets/{id} ({"asset-holding", "round"}; 404
// "account asset info not found" when not opted in), POST
// /v2/transactions (a signed payment or asset transfer in msgpack,
// application/x-binary; answers {"txId"}) and GET
// /v2/transactions/pending/{txid} ("confirmed-round", "pool-error"). It
// decodes what is posted with algorand::PaymentTransaction or
// AssetTransferTransaction::decodeSigned, checks the signature, the
// genesis, the validity window, the fee and the sender's minimum balance
// (less what it has in the pool), and answers a repeat the way algod does
// ("transaction already in ledger"/"in pool"). An asset transfer is
// refused with algod's words when a holding is missing ("asset 7 missing
// from ADDR"), frozen ("asset 7 frozen in ADDR") or short ("underflow on
// subtracting 5 from sender amount 3"); an opt-in (0 units to oneself) of
// an asset set with setAsset() creates the holding (frozen when the asset
// is default-frozen) and raises the minimum balance by 0.1 ALGO, as
// algod does; any other asset "does not exist or has been deleted". A
// transaction is confirmed (and applied to the balances) after a number
// of polls of its pending info.
// GET /v2/assets/{id} answers algod's Asset object ({"index", "params":
// {"creator", "decimals", "total", "unit-name", "name", …}}) for the ASAs
// set with setAsset(), and 404 "asset does not exist" for any other.
// For the collector's last resort it also answers two indexer calls: GET
// /v2/transactions/{txid} (a confirmed transaction with its sender, fee and
// "payment-transaction" or "asset-transfer-transaction") and GET /health.
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
#include <optional>
#include <set>

class AlgodTestServer final : public QObject
{
    Q_OBJECT
public:
    // An account's holding of an ASA: there once it opted in.
    struct Holding {
        std::uint64_t amount = 0;
        bool frozen = false;
    };
    struct Account {
        std::uint64_t amount = 0;
        std::uint64_t minBalance = 100000;
        std::map<std::uint64_t, Holding> assets; // by asset id
    };
    // What algod adds to an account's minimum balance for each ASA it holds.
    static constexpr std::uint64_t kAssetMinBalance = 100000;

    explicit AlgodTestServer(QObject *parent = nullptr);
    ~AlgodTestServer() override;

    bool listen();
    QString url() const; // http://127.0.0.1:PORT

    // Its holdings stay as they are.
    void setAccount(const QString &address, std::uint64_t amount, std::uint64_t minBalance = 100000)
    {
        Account &a = m_accounts[address];
        a.amount = amount;
        a.minBalance = minBalance;
    }
    Account account(const QString &address) const
    {
        auto it = m_accounts.find(address);
        return it == m_accounts.end() ? Account{0, 0, {}} : it->second;
    }
    // The account opted in to assetId (a new holding raises its minimum
    // balance as an opt-in does) and holds `amount` of it.
    void setHolding(const QString &address, std::uint64_t assetId, std::uint64_t amount, bool frozen = false);
    std::optional<Holding> holding(const QString &address, std::uint64_t assetId) const;
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
        bool defaultFrozen = false; // a new holding starts frozen
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
        std::uint64_t amount = 0, fee = 0, lastValid = 0; // amount: microalgos (a payment)
        std::uint64_t assetId = 0, assetAmount = 0;       // an asset transfer
        bool optIn = false;
        int polls = 0;
    };
    // Why algod would refuse this asset transfer now (empty: it would not).
    QByteArray assetRefusal(const QString &sender, const QString &receiver, std::uint64_t assetId, std::uint64_t amount) const;
    void apply(const Pending &p);

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
    std::map<QByteArray, QByteArray> m_confirmedType; // "pay", "axfer"
    std::map<QByteArray, Pending> m_confirmedTx;
};
