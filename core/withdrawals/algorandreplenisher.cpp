#include "core/withdrawals/algorandreplenisher.h"

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/algodclient.h"
#include "core/chains/algorand/paymenttransaction.h"

#include <algorithm>
#include <limits>

namespace exchange::withdrawals {

namespace {

std::string algo(std::uint64_t micro)
{
    return Amount::fromBaseUnits(micro).format(6, 0) + " ALGO";
}

// algod's rule: max(min-fee, fee per byte x the signed size). The size is
// taken at its widest (every integer at its largest, a 64-byte signature),
// so the fee fits whatever amount and rounds the transaction carries.
std::uint64_t feeFor(const algorand::SuggestedParams &params)
{
    algorand::PaymentTransaction widest;
    widest.sender = QByteArray(32, '\xff');
    widest.receiver = QByteArray(32, '\xff');
    widest.amount = std::numeric_limits<std::uint64_t>::max();
    widest.fee = std::numeric_limits<std::uint64_t>::max();
    widest.firstValid = std::numeric_limits<std::uint64_t>::max() - AlgorandReplenisher::kValidityRounds;
    widest.lastValid = std::numeric_limits<std::uint64_t>::max();
    widest.genesisId = params.genesisId;
    widest.genesisHash = params.genesisHash.size() == 32 ? params.genesisHash : QByteArray(32, '\xff');
    widest.signature = QByteArray(64, '\xff');
    const auto size = static_cast<std::uint64_t>(widest.encodeSigned().size());
    return std::max(params.feePerByte * size, params.minFee);
}

} // namespace

AlgorandReplenisher::AlgorandReplenisher(algorand::AlgodClient &algod) : m_algod(algod)
{
}

Result<Amount> AlgorandReplenisher::spendable(const std::string &address)
{
    auto account = m_algod.account(address);
    if (!account)
        return account.error();
    const auto &a = account.value();
    return Amount::fromBaseUnits(a.amount > a.minBalance ? static_cast<int128>(a.amount - a.minBalance) : 0);
}

Result<Amount> AlgorandReplenisher::feeAllowance()
{
    auto params = m_algod.params();
    if (!params)
        return params.error();
    return Amount::fromBaseUnits(feeFor(params.value()));
}

Result<PreparedTransfer> AlgorandReplenisher::prepare(const std::string &from, const std::string &to, Amount amount)
{
    auto sender = algorand::decodeAddress(from);
    auto receiver = algorand::decodeAddress(to);
    if (!sender || !receiver)
        return Error{ErrorCode::InvalidInput, "an Algorand wallet address is not valid"};
    if (amount.baseUnits() <= 0 || amount.baseUnits() > static_cast<int128>(std::numeric_limits<std::uint64_t>::max()))
        return Error{ErrorCode::InvalidInput, "an Algorand payment is between 1 and 2^64-1 microalgos"};
    auto params = m_algod.params();
    if (!params)
        return params.error();
    algorand::PaymentTransaction tx;
    tx.sender = sender.value();
    tx.receiver = receiver.value();
    tx.amount = static_cast<std::uint64_t>(amount.baseUnits());
    tx.fee = feeFor(params.value());
    tx.firstValid = params.value().lastRound;
    tx.lastValid = params.value().lastRound + kValidityRounds;
    tx.genesisId = params.value().genesisId;
    tx.genesisHash = params.value().genesisHash;
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
    auto tx = algorand::PaymentTransaction::decodeSigned(file);
    if (!tx) {
        if (algorand::PaymentTransaction::decodeTransaction(file))
            return Error{ErrorCode::InvalidInput, "this Algorand transaction is not signed yet: sign the exported file first"};
        return tx.error();
    }
    if (tx.value().signature.isEmpty())
        return Error{ErrorCode::InvalidInput, "this Algorand transaction carries no signature"};
    return SignedTransfer{tx.value().encodeTransaction(), tx.value().encodeSigned(), tx.value().id()};
}

Result<void> AlgorandReplenisher::checkSigner(const SignedTransfer &transfer, const std::string &from) const
{
    auto tx = algorand::PaymentTransaction::decodeSigned(transfer.signedTx);
    auto expected = algorand::decodeAddress(from);
    if (!tx || !expected)
        return Error{ErrorCode::InvalidInput, "the signed Algorand transaction cannot be read"};
    if (!tx.value().authAddress.isEmpty())
        return Error{ErrorCode::InvalidInput, "not signed by the source wallet " + from + " but by "
                                                  + algorand::encodeAddress(tx.value().authAddress)
                                                  + " on its behalf (as for a rekeyed account); only the source wallet's own key is accepted: nothing was sent"};
    if (tx.value().sender != expected.value() || !tx.value().hasValidSignature())
        return Error{ErrorCode::InvalidInput, "not signed by the source wallet " + from + ": nothing was sent"};
    return {};
}

std::string AlgorandReplenisher::describeDifference(const QByteArray &exported, const QByteArray &other) const
{
    auto a = algorand::PaymentTransaction::decodeTransaction(exported);
    auto b = algorand::PaymentTransaction::decodeTransaction(other);
    if (!a || !b)
        return "a different transaction";
    std::vector<std::string> diffs;
    const auto add = [&](const char *field, const std::string &x, const std::string &y) {
        if (x != y)
            diffs.push_back(std::string(field) + ": " + x + " in the export, " + y + " in the file");
    };
    const auto &x = a.value();
    const auto &y = b.value();
    add("amount", algo(x.amount), algo(y.amount));
    add("receiver", algorand::encodeAddress(x.receiver), algorand::encodeAddress(y.receiver));
    add("sender", algorand::encodeAddress(x.sender), algorand::encodeAddress(y.sender));
    add("fee", algo(x.fee), algo(y.fee));
    add("first valid round", std::to_string(x.firstValid), std::to_string(y.firstValid));
    add("last valid round", std::to_string(x.lastValid), std::to_string(y.lastValid));
    add("genesis id", x.genesisId, y.genesisId);
    if (x.genesisHash != y.genesisHash)
        diffs.push_back("genesis hash differs");
    if (x.note != y.note || x.lease != y.lease || x.group != y.group || x.closeRemainderTo != y.closeRemainderTo
        || x.rekeyTo != y.rekeyTo)
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
    auto known = status(transfer.txid);
    if (known && known.value().verdict != ChainVerdict::Unknown)
        return {};
    if (sent.error().message.find("already in ledger") != std::string::npos)
        return {};
    return sent.error();
}

Result<ChainStatus> AlgorandReplenisher::status(const std::string &txid)
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
