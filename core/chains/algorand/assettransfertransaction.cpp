#include "core/chains/algorand/assettransfertransaction.h"

#include "core/chains/algorand/txnmapreader.h"
#include "core/chains/algorand/txnmapwriter.h"

#include <utility>

namespace exchange::algorand {

namespace {

Result<void> failure(std::string message)
{
    return makeError(ErrorCode::InvalidInput, "Algorand asset transfer: " + std::move(message));
}

} // namespace

AssetTransferTransaction AssetTransferTransaction::optIn(const QByteArray &account, std::uint64_t assetId,
                                                         TransactionHeader common)
{
    AssetTransferTransaction tx;
    static_cast<TransactionHeader &>(tx) = std::move(common);
    tx.sender = account;
    tx.receiver = account;
    tx.assetId = assetId;
    return tx;
}

bool AssetTransferTransaction::isOptIn() const
{
    return amount == 0 && receiver == sender && closeAssetsTo.isEmpty() && assetSender.isEmpty();
}

Result<void> AssetTransferTransaction::validate() const
{
    if (auto header = validateHeader(); !header)
        return header;
    if (assetId == 0)
        return failure("the asset id must not be 0");
    for (const QByteArray *field : {&receiver, &closeAssetsTo, &assetSender}) {
        if (!field->isEmpty() && field->size() != 32)
            return failure("the receiver, close-to and clawback source are empty or 32-byte public keys");
    }
    // algod refuses to close out a holding by clawback; such a transaction
    // could never be applied.
    if (!assetSender.isEmpty() && !closeAssetsTo.isEmpty())
        return failure("a clawback cannot close out the holding");
    return {};
}

QByteArray AssetTransferTransaction::encodeTransaction() const
{
    TxnMapWriter out;
    writeHeader(out, Type);
    out.uint("aamt", amount);
    out.bytes32("aclose", closeAssetsTo);
    out.bytes32("arcv", receiver);
    out.bytes32("asnd", assetSender);
    out.uint("xaid", assetId);
    return out.encode();
}

bool AssetTransferTransaction::readField(TxnMapReader &in, const std::string &key)
{
    if (key == "aamt")
        in.uint(amount);
    else if (key == "aclose")
        in.bytes32(closeAssetsTo);
    else if (key == "arcv")
        in.bytes32(receiver);
    else if (key == "asnd")
        in.bytes32(assetSender);
    else if (key == "xaid")
        in.uint(assetId);
    else
        return false;
    return true;
}

} // namespace exchange::algorand
