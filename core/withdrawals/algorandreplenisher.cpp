#include "core/withdrawals/algorandreplenisher.h"

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/paymenttransaction.h"
#include "core/encoding/exactjson.h"

#include <algorithm>
#include <limits>
#include <variant>

namespace exchange::withdrawals {

namespace {

using algorand::AssetTransferTransaction;
using algorand::PaymentTransaction;
// What a file holds: a payment of ALGO or an asset transfer.
using AnyTransaction = std::variant<PaymentTransaction, AssetTransferTransaction>;

std::string algo(std::uint64_t micro)
{
    return Amount::fromBaseUnits(micro).format(6, 0) + " ALGO";
}

// algod's rule: max(min-fee, fee per byte x the signed size). The size is
// taken at its widest (every integer at its largest, a 64-byte signature),
// so the fee fits whatever amount and rounds the transaction carries.
template <typename Tx>
std::uint64_t widestFee(Tx widest, const algorand::SuggestedParams &params)
{
    widest.sender = QByteArray(32, '\xff');
    widest.fee = std::numeric_limits<std::uint64_t>::max();
    widest.firstValid = std::numeric_limits<std::uint64_t>::max() - AlgorandReplenisher::kValidityRounds;
    widest.lastValid = std::numeric_limits<std::uint64_t>::max();
    widest.genesisId = params.genesisId;
    widest.genesisHash = params.genesisHash.size() == 32 ? params.genesisHash : QByteArray(32, '\xff');
    widest.signature = QByteArray(64, '\xff');
    const auto size = static_cast<std::uint64_t>(widest.encodeSigned().size());
    return std::max(params.feePerByte * size, params.minFee);
}

std::uint64_t feeFor(const algorand::SuggestedParams &params, const Asset &asset)
{
    if (asset.identity.isNative()) {
        PaymentTransaction widest;
        widest.receiver = QByteArray(32, '\xff');
        widest.amount = std::numeric_limits<std::uint64_t>::max();
        return widestFee(widest, params);
    }
    AssetTransferTransaction widest;
    widest.receiver = QByteArray(32, '\xff');
    widest.assetId = std::numeric_limits<std::uint64_t>::max();
    widest.amount = std::numeric_limits<std::uint64_t>::max();
    return widestFee(widest, params);
}

Result<AnyTransaction> decodeAny(const QByteArray &bytes, bool isSigned)
{
    auto pay = isSigned ? PaymentTransaction::decodeSigned(bytes) : PaymentTransaction::decodeTransaction(bytes);
    if (pay)
        return AnyTransaction{pay.value()};
    auto axfer = isSigned ? AssetTransferTransaction::decodeSigned(bytes) : AssetTransferTransaction::decodeTransaction(bytes);
    if (axfer)
        return AnyTransaction{axfer.value()};
    return pay.error();
}

const algorand::TransactionHeader &header(const AnyTransaction &tx)
{
    return std::visit([](const auto &t) -> const algorand::TransactionHeader & { return t; }, tx);
}

} // namespace

AlgorandReplenisher::AlgorandReplenisher(algorand::AlgodClient &algod) : m_algod(algod)
{
}

Result<Amount> AlgorandReplenisher::spendable(const std::string &address, const Asset &asset)
{
    if (asset.identity.isNative()) {
        auto account = m_algod.account(address);
        if (!account)
            return account.error();
        const auto &a = account.value();
        return Amount::fromBaseUnits(a.amount > a.minBalance ? static_cast<int128>(a.amount - a.minBalance) : 0);
    }
    if (asset.identity.kind != AssetKind::AlgorandAsa)
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Algorand"};
    auto answer = m_algod.getAndWait(QStringLiteral("/v2/accounts/") + QString::fromStdString(address));
    if (!answer)
        return answer.error();
    if (answer.value().status != 200)
        return Error{ErrorCode::Unavailable, "algod answered HTTP " + std::to_string(answer.value().status) + " for " + address};
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    if (!json || json.value().kind != encoding::JsonValue::Kind::Object)
        return Error{ErrorCode::Unavailable, "algod's account is not a JSON object"};
    // "assets": the ASAs the account opted in to (absent: none).
    const encoding::JsonValue *assets = json.value().member("assets");
    if (!assets || assets->kind != encoding::JsonValue::Kind::Array)
        return Amount::zero();
    for (const encoding::JsonValue &holding : assets->items) {
        const encoding::JsonValue *id = holding.member("asset-id");
        const encoding::JsonValue *units = holding.member("amount");
        if (!id || !units || id->kind != encoding::JsonValue::Kind::Number || units->kind != encoding::JsonValue::Kind::Number)
            return Error{ErrorCode::Unavailable, "algod's asset holding is malformed"};
        if (id->text != std::to_string(asset.identity.asaId))
            continue;
        const encoding::JsonValue *frozen = holding.member("is-frozen");
        if (frozen && frozen->text == "true")
            return Amount::zero(); // a frozen holding sends nothing
        auto count = Amount::parse(units->text, 0);
        if (!count || count.value().isNegative())
            return Error{ErrorCode::Unavailable, "algod's holding of " + asset.code + " is not a whole number"};
        return count.value();
    }
    return Amount::zero(); // not opted in: none of it
}

Result<Amount> AlgorandReplenisher::feeAllowance(const Asset &asset)
{
    auto params = m_algod.params();
    if (!params)
        return params.error();
    return Amount::fromBaseUnits(feeFor(params.value(), asset));
}

Result<PreparedTransfer> AlgorandReplenisher::prepare(const std::string &from, const std::string &to, Amount amount,
                                                      const Asset &asset)
{
    if (!asset.identity.isNative() && asset.identity.kind != AssetKind::AlgorandAsa)
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Algorand"};
    auto sender = algorand::decodeAddress(from);
    auto receiver = algorand::decodeAddress(to);
    if (!sender || !receiver)
        return Error{ErrorCode::InvalidInput, "an Algorand wallet address is not valid"};
    if (amount.baseUnits() <= 0 || amount.baseUnits() > static_cast<int128>(std::numeric_limits<std::uint64_t>::max()))
        return Error{ErrorCode::InvalidInput, "an Algorand payment is between 1 and 2^64-1 base units"};
    auto params = m_algod.params();
    if (!params)
        return params.error();
    const auto fill = [&](algorand::TransactionHeader &tx) {
        tx.sender = sender.value();
        tx.fee = feeFor(params.value(), asset);
        tx.firstValid = params.value().lastRound;
        tx.lastValid = params.value().lastRound + kValidityRounds;
        tx.genesisId = params.value().genesisId;
        tx.genesisHash = params.value().genesisHash;
    };
    if (asset.identity.isNative()) {
        PaymentTransaction tx;
        fill(tx);
        tx.receiver = receiver.value();
        tx.amount = static_cast<std::uint64_t>(amount.baseUnits());
        if (auto valid = tx.validate(); !valid)
            return valid.error();
        return PreparedTransfer{tx.encodeTransaction(), Amount::fromBaseUnits(tx.fee)};
    }
    AssetTransferTransaction tx;
    fill(tx);
    tx.assetId = asset.identity.asaId;
    tx.receiver = receiver.value();
    tx.amount = static_cast<std::uint64_t>(amount.baseUnits());
    if (auto valid = tx.validate(); !valid)
        return valid.error();
    return PreparedTransfer{tx.encodeTransaction(), Amount::fromBaseUnits(tx.fee)};
}

QByteArray AlgorandReplenisher::fileContents(const QByteArray &unsignedTx) const
{
    return unsignedTx;
}

Result<SignedTransfer> AlgorandReplenisher::readSigned(const QByteArray &file) const
{
    auto tx = decodeAny(file, true);
    if (!tx) {
        if (decodeAny(file, false))
            return Error{ErrorCode::InvalidInput, "this Algorand transaction is not signed yet: sign the exported file first"};
        return tx.error();
    }
    if (header(tx.value()).signature.isEmpty())
        return Error{ErrorCode::InvalidInput, "this Algorand transaction carries no signature"};
    return std::visit([](const auto &t) { return SignedTransfer{t.encodeTransaction(), t.encodeSigned(), t.id()}; }, tx.value());
}

Result<void> AlgorandReplenisher::checkSigner(const SignedTransfer &transfer, const std::string &from) const
{
    auto tx = decodeAny(transfer.signedTx, true);
    auto expected = algorand::decodeAddress(from);
    if (!tx || !expected)
        return Error{ErrorCode::InvalidInput, "the signed Algorand transaction cannot be read"};
    const algorand::TransactionHeader &h = header(tx.value());
    if (!h.authAddress.isEmpty())
        return Error{ErrorCode::InvalidInput, "not signed by the source wallet " + from + " but by "
                                                  + algorand::encodeAddress(h.authAddress)
                                                  + " on its behalf (as for a rekeyed account); only the source wallet's own key is accepted: nothing was sent"};
    const bool valid = std::visit([](const auto &t) { return t.hasValidSignature(); }, tx.value());
    if (h.sender != expected.value() || !valid)
        return Error{ErrorCode::InvalidInput, "not signed by the source wallet " + from + ": nothing was sent"};
    return {};
}

Result<AssetIdentity> AlgorandReplenisher::movedAsset(const QByteArray &unsignedTx) const
{
    auto tx = decodeAny(unsignedTx, false);
    if (!tx)
        return tx.error();
    if (const auto *axfer = std::get_if<AssetTransferTransaction>(&tx.value()))
        return AssetIdentity::algorandAsa(axfer->assetId);
    return AssetIdentity::native();
}

std::string AlgorandReplenisher::describeDifference(const QByteArray &exported, const QByteArray &other) const
{
    auto a = decodeAny(exported, false);
    auto b = decodeAny(other, false);
    if (!a || !b)
        return "a different transaction";
    std::vector<std::string> diffs;
    const auto add = [&](const char *field, const std::string &x, const std::string &y) {
        if (x != y)
            diffs.push_back(std::string(field) + ": " + x + " in the export, " + y + " in the file");
    };
    const auto *xPay = std::get_if<PaymentTransaction>(&a.value());
    const auto *yPay = std::get_if<PaymentTransaction>(&b.value());
    const auto *xAsset = std::get_if<AssetTransferTransaction>(&a.value());
    const auto *yAsset = std::get_if<AssetTransferTransaction>(&b.value());
    add("type", xPay ? "payment of ALGO" : "asset transfer", yPay ? "payment of ALGO" : "asset transfer");
    if (xPay && yPay) {
        add("amount", algo(xPay->amount), algo(yPay->amount));
        add("receiver", algorand::encodeAddress(xPay->receiver), algorand::encodeAddress(yPay->receiver));
    } else if (xAsset && yAsset) {
        add("asset id", std::to_string(xAsset->assetId), std::to_string(yAsset->assetId));
        add("amount", std::to_string(xAsset->amount) + " base units", std::to_string(yAsset->amount) + " base units");
        add("receiver", algorand::encodeAddress(xAsset->receiver), algorand::encodeAddress(yAsset->receiver));
        if (xAsset->closeAssetsTo != yAsset->closeAssetsTo || xAsset->assetSender != yAsset->assetSender)
            diffs.push_back("close-to or clawback sender differs");
    }
    const algorand::TransactionHeader &x = header(a.value());
    const algorand::TransactionHeader &y = header(b.value());
    add("sender", algorand::encodeAddress(x.sender), algorand::encodeAddress(y.sender));
    add("fee", algo(x.fee), algo(y.fee));
    add("first valid round", std::to_string(x.firstValid), std::to_string(y.firstValid));
    add("last valid round", std::to_string(x.lastValid), std::to_string(y.lastValid));
    add("genesis id", x.genesisId, y.genesisId);
    if (x.genesisHash != y.genesisHash)
        diffs.push_back("genesis hash differs");
    const bool closeDiffers = xPay && yPay && xPay->closeRemainderTo != yPay->closeRemainderTo;
    if (x.note != y.note || x.lease != y.lease || x.group != y.group || closeDiffers || x.rekeyTo != y.rekeyTo)
        diffs.push_back("note, lease, group, close-to or rekey differs");
    if (diffs.empty())
        return "a different encoding of the same fields";
    std::string out;
    for (const auto &d : diffs)
        out += (out.empty() ? "" : "; ") + d;
    return out;
}

Result<void> AlgorandReplenisher::broadcast(const SignedTransfer &transfer)
{
    auto sent = m_algod.send(transfer.signedTx);
    if (sent)
        return {};
    auto known = status(transfer.txid, transfer.unsignedTx);
    if (known && known.value().verdict != ChainVerdict::Unknown)
        return {};
    if (sent.error().message.find("already in ledger") != std::string::npos)
        return {};
    return sent.error();
}

Result<ChainStatus> AlgorandReplenisher::status(const std::string &txid, const QByteArray &)
{
    auto pending = m_algod.pending(txid);
    if (!pending)
        return pending.error();
    const auto &p = pending.value();
    if (!p.known)
        return ChainStatus{ChainVerdict::Unknown, {}, std::nullopt};
    if (p.confirmedRound > 0)
        return ChainStatus{ChainVerdict::Confirmed, {}, std::nullopt}; // charged exactly the fee it names
    if (!p.poolError.empty())
        return ChainStatus{ChainVerdict::Failed, "algod dropped it: " + p.poolError, Amount::zero()};
    return ChainStatus{ChainVerdict::Pending, {}, std::nullopt};
}

} // namespace exchange::withdrawals
