#include "core/withdrawals/algorandpayer.h"

#include "core/encoding/exactjson.h"
#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/algorand/paymenttransaction.h"
#include "core/chains/algorand/storedsend.h"
#include "core/crypto/base64.h"
#include "core/security/keyvault.h"
#include "core/wallets/walletservice.h"

#include <algorithm>
#include <limits>

namespace exchange::withdrawals {

namespace {

// What status() needs of a stored payout: its header (the fee it names,
// its last valid round). A payout is a payment (ALGO) or an asset transfer
// (an ASA); either must decode to its txid.
Result<algorand::TransactionHeader> storedTransaction(const PayoutRecord &payout)
{
    auto raw = base64::decode(payout.rawTx);
    if (raw) {
        if (auto pay = algorand::PaymentTransaction::decodeSigned(raw.value()); pay && pay.value().id() == payout.txid)
            return static_cast<const algorand::TransactionHeader &>(pay.value());
        if (auto axfer = algorand::AssetTransferTransaction::decodeSigned(raw.value()); axfer && axfer.value().id() == payout.txid)
            return static_cast<const algorand::TransactionHeader &>(axfer.value());
    }
    return Error{ErrorCode::Corrupted, "the stored payout " + payout.txid + " does not decode to its txid"};
}

// The header of the largest payout there can be (every integer at its
// widest, the longest note, a signature) on algod's genesis: what feeFor()
// sizes.
algorand::TransactionHeader widestHeader(const algorand::SuggestedParams &params, const QByteArray &note)
{
    algorand::TransactionHeader h;
    h.sender = QByteArray(32, '\xff');
    h.fee = std::numeric_limits<std::uint64_t>::max();
    h.firstValid = std::numeric_limits<std::uint64_t>::max() - AlgorandPayer::kValidityRounds;
    h.lastValid = std::numeric_limits<std::uint64_t>::max();
    h.genesisId = params.genesisId;
    h.genesisHash = params.genesisHash.size() == 32 ? params.genesisHash : QByteArray(32, '\xff');
    h.note = note;
    h.signature = QByteArray(64, '\xff');
    return h;
}

Amount feeForSize(const algorand::SuggestedParams &params, qsizetype size)
{
    const int128 bySize = static_cast<int128>(params.feePerByte) * size;
    return Amount::fromBaseUnits(std::max(bySize, static_cast<int128>(params.minFee)));
}

// Signs tx (a payment or an asset transfer from hot) with the vault's
// hot:algorand seed once it is hot's.
template <typename Tx>
Result<void> signWithHotKey(Tx &tx, const security::KeyVault &vault, const std::string &hotAddress)
{
    Result<void> signing = Error{ErrorCode::Internal, "not signed"};
    auto used = vault.useKey(hotKeyName(Chain::Algorand), [&](const unsigned char *key, std::size_t size) {
        if (size != 32) {
            signing = Error{ErrorCode::Conflict, "the vault's hot:algorand key is not a 32-byte Ed25519 seed; nothing signed"};
            return;
        }
        QByteArray seed(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
        if (algorand::addressFromSeed(seed) != algorand::encodeAddress(tx.sender)) {
            signing = Error{ErrorCode::Conflict, "the vault's hot:algorand key is not the hot wallet's (" + hotAddress + "); nothing signed"};
        } else {
            tx.sign(seed);
            signing = Result<void>();
        }
        seed.fill('\0');
    });
    if (!used)
        return used.error();
    return signing;
}

std::string asaName(const Asset &asset)
{
    return asset.code + " (ASA " + std::to_string(asset.identity.asaId) + ")";
}

} // namespace

AlgorandPayer::AlgorandPayer(algorand::AlgodClient &algod, algorand::AlgodClient *indexer, wallets::WalletService &wallets)
    : m_algod(algod), m_indexer(indexer), m_wallets(wallets)
{
}

QByteArray AlgorandPayer::noteFor(std::int64_t withdrawalId)
{
    return "withdrawal:" + QByteArray::number(static_cast<qlonglong>(withdrawalId));
}

Amount AlgorandPayer::feeFor(const algorand::SuggestedParams &params)
{
    // algod wants max(min-fee, fee per byte x the signed size); the size
    // grows with the values themselves (msgpack integers), so take the
    // largest a payout can be: every integer at its widest, the longest
    // note. It overpays by a few bytes' worth only while the network is
    // congested (fee per byte is 0 otherwise).
    algorand::PaymentTransaction widest;
    static_cast<algorand::TransactionHeader &>(widest) = widestHeader(params, noteFor(std::numeric_limits<std::int64_t>::min()));
    widest.receiver = QByteArray(32, '\xff');
    widest.amount = std::numeric_limits<std::uint64_t>::max();
    return feeForSize(params, widest.encodeSigned().size());
}

Amount AlgorandPayer::assetFeeFor(const algorand::SuggestedParams &params)
{
    // The same rule for the largest asset transfer: any ASA id, any amount.
    algorand::AssetTransferTransaction widest;
    static_cast<algorand::TransactionHeader &>(widest) = widestHeader(params, noteFor(std::numeric_limits<std::int64_t>::min()));
    widest.receiver = QByteArray(32, '\xff');
    widest.amount = std::numeric_limits<std::uint64_t>::max();
    widest.assetId = std::numeric_limits<std::uint64_t>::max();
    return feeForSize(params, widest.encodeSigned().size());
}

Result<Amount> AlgorandPayer::balance(const std::string &address, const Asset &asset)
{
    if (asset.identity.kind == AssetKind::AlgorandAsa) {
        // Not opted in: holds none. Frozen: can send none.
        auto holding = m_algod.assetHolding(address, asset.identity.asaId);
        if (!holding)
            return holding.error();
        if (!holding.value() || holding.value()->frozen)
            return Amount::zero();
        return Amount::fromBaseUnits(static_cast<int128>(holding.value()->amount));
    }
    if (!asset.identity.isNative())
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Algorand"};
    auto account = m_algod.account(address);
    if (!account)
        return account.error();
    const auto &a = account.value();
    return Amount::fromBaseUnits(a.amount > a.minBalance ? static_cast<int128>(a.amount - a.minBalance) : 0);
}

Result<Amount> AlgorandPayer::maxFee(const WithdrawalRecord &, const Asset &asset, const wallets::Wallet &)
{
    if (asset.identity.kind == AssetKind::AlgorandAsa)
        return assetMaxFee();
    if (!asset.identity.isNative())
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Algorand"};
    return maxFee();
}

Result<Amount> AlgorandPayer::feeOnce(std::optional<Amount> &cached, Amount (*rule)(const algorand::SuggestedParams &))
{
    if (cached)
        return *cached;
    auto params = m_algod.params();
    if (!params)
        return params.error();
    cached = rule(params.value());
    return *cached;
}

Result<Amount> AlgorandPayer::maxFee()
{
    return feeOnce(m_fee, &feeFor);
}

Result<Amount> AlgorandPayer::assetMaxFee()
{
    return feeOnce(m_assetFee, &assetFeeFor);
}

Result<void> AlgorandPayer::signAsHot(algorand::PaymentTransaction &tx, const security::KeyVault &vault, const std::string &hotAddress)
{
    return signWithHotKey(tx, vault, hotAddress);
}

Result<void> AlgorandPayer::signAsHot(algorand::AssetTransferTransaction &tx, const security::KeyVault &vault,
                                      const std::string &hotAddress)
{
    return signWithHotKey(tx, vault, hotAddress);
}

Result<std::int64_t> AlgorandPayer::chainSequence(const std::string &)
{
    auto params = m_algod.params();
    if (!params)
        return params.error();
    if (params.value().lastRound > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max() - kValidityRounds))
        return Error{ErrorCode::Unavailable, "algod's last round is out of range"};
    return static_cast<std::int64_t>(params.value().lastRound);
}

Result<void> AlgorandPayer::receives(const std::string &destination, const Asset &asset)
{
    auto holding = m_algod.assetHolding(destination, asset.identity.asaId);
    if (!holding)
        return holding.error();
    if (!holding.value())
        return Error{ErrorCode::InvalidInput, "the destination " + destination + " has not opted in to " + asaName(asset)
                                                  + ", so it cannot receive it"};
    if (holding.value()->frozen)
        return Error{ErrorCode::InvalidInput, "the destination's holding of " + asaName(asset) + " is frozen, so it cannot receive it"};
    return {};
}

Result<PayoutRecord> AlgorandPayer::sign(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                  const security::KeyVault &vault, std::int64_t sequence, const Amount &maxFee)
{
    const bool isAsa = asset.identity.kind == AssetKind::AlgorandAsa;
    if (!isAsa && !asset.identity.isNative())
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Algorand"};
    auto params = m_algod.params();
    if (!params)
        return params.error();
    auto settings = m_wallets.chainSettings(Chain::Algorand);
    if (!settings)
        return settings.error();
    if (auto network = algorand::checkNetwork(params.value(), settings.value().network); !network)
        return Error{network.error().code, network.error().message + "; nothing signed"};
    if ((isAsa ? assetFeeFor(params.value()) : feeFor(params.value())) > maxFee)
        return Error{ErrorCode::Conflict, "the fee changed between the check of hot's balance and signing"};
    if (maxFee.baseUnits() <= 0 || maxFee.baseUnits() > std::numeric_limits<std::int64_t>::max())
        return Error{ErrorCode::InvalidInput, "an Algorand fee of " + maxFee.toBaseUnitString() + " microalgos cannot be named"};
    if (sequence <= 0)
        return Error{ErrorCode::InvalidInput, "an Algorand first valid round is positive"};
    // ALGO: microalgos, at most the supply; an ASA: any uint64 of base units.
    const int128 most = isAsa ? static_cast<int128>(std::numeric_limits<std::uint64_t>::max())
                              : static_cast<int128>(std::numeric_limits<std::int64_t>::max());
    if (!w.amount.isPositive() || w.amount.baseUnits() > most)
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + "'s amount is not an Algorand payment amount"};
    auto sender = algorand::decodeAddress(hot.address);
    if (!sender)
        return Error{ErrorCode::InvalidInput, "hot's Algorand address " + hot.address + " is not valid"};
    auto receiver = algorand::decodeAddress(w.destination);
    if (!receiver)
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + "'s destination is not an Algorand address"};

    algorand::TransactionHeader header;
    header.sender = sender.value();
    header.fee = static_cast<std::uint64_t>(maxFee.baseUnits());
    header.firstValid = static_cast<std::uint64_t>(sequence);
    header.lastValid = header.firstValid + kValidityRounds;
    header.genesisId = params.value().genesisId;
    header.genesisHash = params.value().genesisHash;
    header.note = noteFor(w.id);

    QByteArray signedBytes;
    std::string txid;
    if (isAsa) {
        // algod refuses a transfer to an account that has not opted in, or
        // whose holding is frozen: say so now, and sign nothing.
        if (auto ready = receives(w.destination, asset); !ready)
            return ready.error();
        algorand::AssetTransferTransaction tx;
        static_cast<algorand::TransactionHeader &>(tx) = header;
        tx.assetId = asset.identity.asaId;
        tx.amount = static_cast<std::uint64_t>(w.amount.baseUnits());
        tx.receiver = receiver.value();
        if (auto valid = tx.validate(); !valid)
            return valid.error();
        if (auto signedTx = signAsHot(tx, vault, hot.address); !signedTx)
            return signedTx.error();
        signedBytes = tx.encodeSigned();
        txid = tx.id();
    } else {
        algorand::PaymentTransaction tx;
        static_cast<algorand::TransactionHeader &>(tx) = header;
        tx.receiver = receiver.value();
        tx.amount = static_cast<std::uint64_t>(w.amount.baseUnits());
        if (auto valid = tx.validate(); !valid)
            return valid.error();
        if (auto signedTx = signAsHot(tx, vault, hot.address); !signedTx)
            return signedTx.error();
        signedBytes = tx.encodeSigned();
        txid = tx.id();
    }

    PayoutRecord p;
    p.chain = Chain::Algorand;
    p.asset = w.asset;
    p.source = hot.address;
    p.destination = w.destination;
    p.amount = w.amount;
    p.maxFee = maxFee;
    p.sequence = sequence;
    p.lastValid = static_cast<std::int64_t>(header.lastValid);
    p.rawTx = base64::encode(signedBytes);
    p.txid = txid;
    return p;
}

Result<void> AlgorandPayer::send(const PayoutRecord &payout)
{
    auto raw = base64::decode(payout.rawTx);
    if (!raw)
        return Error{ErrorCode::Corrupted, "the stored payout " + payout.txid + " is not base64"};
    auto answer = m_algod.postAndWait(QStringLiteral("/v2/transactions"), raw.value(), QStringLiteral("application/x-binary"));
    if (!answer)
        return answer.error();
    const int status = answer.value().status;
    if (status == 200) {
        const std::string text = answer.value().body.toStdString();
        auto json = encoding::parseJson(text);
        const encoding::JsonValue *txid = json ? json.value().member("txId") : nullptr;
        if (txid && txid->text != payout.txid)
            return Error{ErrorCode::Corrupted, "algod named the sent transaction " + txid->text + ", not " + payout.txid};
        return {};
    }
    const std::string message = algorand::errorMessage(answer.value().body);
    if (algorand::alreadyKnown(message))
        return {};
    if (status >= 400 && status < 500 && status != 401 && status != 403 && status != 408 && status != 429)
        return Error{ErrorCode::InvalidInput, "algod refused the transaction: " + message};
    return Error{ErrorCode::Unavailable, "algod could not take the transaction now (HTTP " + std::to_string(status) + ": " + message + ")"};
}

Result<bool> AlgorandPayer::indexerConfirmed(const std::string &txid, std::uint64_t lastValid)
{
    // GET /v2/transactions/{txid}: the transaction with its confirmed-round,
    // or 404, which says "never confirmed" only once the indexer has read
    // past the last valid round (GET /health, "round").
    auto answer = m_indexer->getAndWait(QStringLiteral("/v2/transactions/") + QString::fromStdString(txid));
    if (!answer)
        return answer.error();
    if (answer.value().status == 200) {
        const std::string text = answer.value().body.toStdString();
        auto json = encoding::parseJson(text);
        const encoding::JsonValue *tx = json ? json.value().member("transaction") : nullptr;
        const encoding::JsonValue *round = tx ? tx->member("confirmed-round") : nullptr;
        const auto n = round && round->kind == encoding::JsonValue::Kind::Number ? algorand::parseUint64(round->text) : std::nullopt;
        if (!n || *n == 0)
            return Error{ErrorCode::Unavailable, "the indexer's answer for " + txid + " has no confirmed-round"};
        return true;
    }
    if (answer.value().status != 404)
        return Error{ErrorCode::Unavailable, "the indexer answered HTTP " + std::to_string(answer.value().status) + " for " + txid};
    auto health = m_indexer->getAndWait(QStringLiteral("/health"));
    if (!health)
        return health.error();
    const std::string text = health.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const encoding::JsonValue *round = json ? json.value().member("round") : nullptr;
    const auto n = round && round->kind == encoding::JsonValue::Kind::Number ? algorand::parseUint64(round->text) : std::nullopt;
    if (health.value().status != 200 || !n)
        return Error{ErrorCode::Unavailable, "the indexer's /health has no round"};
    if (*n <= lastValid)
        return Error{ErrorCode::Unavailable, "the indexer has not read up to round " + std::to_string(lastValid) + " yet"};
    return false;
}

Result<PayoutStatus> AlgorandPayer::status(const PayoutRecord &payout)
{
    auto tx = storedTransaction(payout);
    if (!tx)
        return tx.error();
    const Amount fee = Amount::fromBaseUnits(static_cast<int128>(tx.value().fee)); // charged exactly
    auto pending = m_algod.pending(payout.txid);
    if (!pending)
        return pending.error();
    auto params = m_algod.params();
    if (!params)
        return params.error();
    const std::uint64_t lastRound = params.value().lastRound;
    const std::uint64_t confirmedRound = pending.value().confirmedRound;
    if (confirmedRound > 0) {
        auto settings = m_wallets.chainSettings(Chain::Algorand);
        if (!settings)
            return settings.error();
        // Final once in a block; a setting above 1 waits that many rounds.
        const std::uint64_t confirmations = static_cast<std::uint64_t>(std::max(settings.value().confirmations, 1));
        if (std::max(lastRound, confirmedRound) - confirmedRound + 1 < confirmations)
            return PayoutStatus{PayoutStatus::Kind::Pending, {}, {}};
        return PayoutStatus{PayoutStatus::Kind::Succeeded, fee, {}};
    }
    if (lastRound > tx.value().lastValid) {
        // Never includable now; algod forgets old rounds, the indexer does not.
        if (!m_indexer)
            return Error{ErrorCode::NotFound, payout.txid + " is past its last valid round " + std::to_string(tx.value().lastValid)
                                                  + " and algod does not know it; set the Algorand indexer URL so that payouts can"
                                                    " tell whether it was confirmed"};
        auto confirmed = indexerConfirmed(payout.txid, tx.value().lastValid);
        if (!confirmed)
            return confirmed.error();
        if (confirmed.value())
            return PayoutStatus{PayoutStatus::Kind::Succeeded, fee, {}};
        return PayoutStatus{PayoutStatus::Kind::Expired, {},
                            "not confirmed by its last valid round " + std::to_string(tx.value().lastValid)
                                + (pending.value().poolError.empty() ? "" : " (" + pending.value().poolError + ")")};
    }
    if (pending.value().known)
        return PayoutStatus{PayoutStatus::Kind::Pending, {}, pending.value().poolError};
    return PayoutStatus{PayoutStatus::Kind::Unseen, {}, {}};
}

} // namespace exchange::withdrawals
