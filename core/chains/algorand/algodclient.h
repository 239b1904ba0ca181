#pragma once
// AlgodClient: the few calls of algod's REST API (v2) that collection needs,
// waited for synchronously (an event loop runs meanwhile): for exctl and a
// worker thread, never the GUI thread. Numbers are read from the JSON text
// (encoding::parseJson keeps them as text), never through a double: algod's
// amounts are uint64 microalgos and a double would round those above 2^53.
// An unreachable node, an HTTP error and an answer that is not what the
// documentation says all come back as errors; an HTTP error keeps algod's
// "message", which the caller may need to read ("transaction already in
// ledger"). The same plain GET serves the indexer, which answers in the same
// style.

#include "core/base/result.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

class QNetworkAccessManager;

namespace exchange::encoding { struct JsonValue; }

namespace exchange::algorand {

// GET /v2/transactions/params
struct SuggestedParams {
    std::string consensusVersion;
    std::uint64_t feePerByte = 0; // "fee": microalgos per byte; 0 while the network is not congested
    std::uint64_t minFee = 0;     // "min-fee"
    std::string genesisId;
    QByteArray genesisHash;       // 32 bytes
    std::uint64_t lastRound = 0;
};

// An account's holding of an Algorand Standard Asset (algod's
// AssetHolding): there only once the account opted in to the asset.
struct AssetHolding {
    std::uint64_t assetId = 0; // "asset-id"
    std::uint64_t amount = 0;  // "amount": base units of the asset
    bool frozen = false;       // "is-frozen": the holding can neither send nor receive
};

// GET /v2/accounts/{address}
struct AccountInfo {
    std::uint64_t amount = 0;     // microalgos, including the minimum balance
    std::uint64_t minBalance = 0; // what the account must keep
    std::vector<AssetHolding> assets; // "assets": the ASAs it opted in to
};

// GET /v2/transactions/pending/{txid}
struct PendingInfo {
    bool known = false;               // false: algod answered 404 (not in its pool or recent rounds)
    std::uint64_t confirmedRound = 0; // 0: not confirmed
    std::string poolError;            // non-empty: dropped from the pool, and why
};

class AlgodClient final : public QObject
{
    Q_OBJECT
public:
    struct Answer {
        int status = 0;
        QByteArray body;
    };

    // `token`: the X-Algod-API-Token, if the node wants one.
    explicit AlgodClient(QUrl baseUrl, QByteArray token = {}, QObject *parent = nullptr);
    ~AlgodClient() override;
    Q_DISABLE_COPY_MOVE(AlgodClient)

    Result<SuggestedParams> params();
    Result<AccountInfo> account(const std::string &address);
    // GET /v2/accounts/{address}/assets/{id}: the account's holding of the
    // ASA, nullopt when it has not opted in (algod's 404).
    Result<std::optional<AssetHolding>> assetHolding(const std::string &address, std::uint64_t assetId);
    // POST /v2/transactions (application/x-binary): the txid algod names.
    // A refusal is an InvalidInput error carrying algod's message.
    Result<std::string> send(const QByteArray &signedMsgpack);
    Result<PendingInfo> pending(const std::string &txid);

    // Any answer with a status (2xx or not); an error only when there is no
    // HTTP answer at all.
    Result<Answer> getAndWait(const QString &path);
    Result<Answer> postAndWait(const QString &path, const QByteArray &body, const QString &contentType);

    const QUrl &url() const { return m_url; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    Result<Answer> wait(const QString &path, const std::optional<QByteArray> &body, const QString &contentType);

    QUrl m_url;
    QByteArray m_token;
    QNetworkAccessManager *m_network;
    int m_timeoutMs = 15000;
};

// An unsigned JSON number token of algod ("12345"), exactly; nullopt for a
// fraction, an exponent, a sign or a value above 2^64-1.
std::optional<std::uint64_t> parseUint64(std::string_view token);
// algod's {"message": "..."} of an error answer, or the body's start.
std::string errorMessage(const QByteArray &body);
// Conflict ("algod is on X, the settings say Y") when network - the
// chain settings' Algorand network, a genesis id; empty: any - is not the
// one algod's params name.
Result<void> checkNetwork(const SuggestedParams &params, const std::string &network);
// One AssetHolding object of algod's JSON ({"amount", "asset-id",
// "is-frozen"}), exactly; an error (Unavailable) when it is not one.
Result<AssetHolding> readAssetHolding(const encoding::JsonValue &holding);

} // namespace exchange::algorand
