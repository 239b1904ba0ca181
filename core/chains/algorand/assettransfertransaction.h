#pragma once
// An Algorand asset transfer ("axfer") transaction: moves units of an
// Algorand Standard Asset (ASA), by its id. Canonical msgpack, signing,
// the id, the signed wrapper and strict decoding as PaymentTransaction's
// (TransactionHeader, TypedTransaction): byte for byte what algod and
// algosdk make. An opt-in - an account accepting an asset before it can
// hold any - is an axfer of 0 units from the account to itself (optIn()).

#include "core/base/result.h"
#include "core/chains/algorand/typedtransaction.h"

#include <QByteArray>

#include <cstdint>
#include <string>

namespace exchange::algorand {

struct AssetTransferTransaction : TypedTransaction<AssetTransferTransaction> {
    std::uint64_t assetId = 0;  // "xaid": the ASA's id, never 0
    std::uint64_t amount = 0;   // "aamt": base units of the asset
    QByteArray receiver;        // "arcv": 32-byte public key (all zero: omitted)
    QByteArray closeAssetsTo;   // "aclose": empty, or where the sender's whole holding goes as it opts out
    QByteArray assetSender;     // "asnd": empty, or the account clawed back from (the sender is the clawback)

    // The account's opt-in to `assetId`: from and to `account`, 0 units.
    // `common` gives the fee, rounds, genesis and any note, lease or group;
    // its sender is replaced by the account.
    static AssetTransferTransaction optIn(const QByteArray &account, std::uint64_t assetId, TransactionHeader common);
    bool isOptIn() const;

    Result<void> validate() const;
    QByteArray encodeTransaction() const; // msgpack of the txn map

    friend bool operator==(const AssetTransferTransaction &, const AssetTransferTransaction &) = default;

private:
    friend struct TypedTransaction<AssetTransferTransaction>;
    static constexpr char Type[] = "axfer";
    static constexpr char What[] = "an asset transfer transaction";
    bool readField(TxnMapReader &in, const std::string &key);
};

} // namespace exchange::algorand
