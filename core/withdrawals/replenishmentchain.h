#pragma once
// ReplenishmentChain: what replenishment needs from one chain, so that the
// service decides once for all three. Each implementation reads balances
// and network parameters from its node, builds the unsigned transaction
// with the chain's own encoder, reads a signed file strictly, checks that
// the source wallet's key signed it, and broadcasts it. A wallet is an
// address of its chain: it moves the coin or a token of the chain (an
// ERC-20, a Stellar credit asset, an ASA), as the Asset it is given says
// (the identity an admin signed); the network fee is always the coin's.
// Calls wait for the
// node (an event loop runs meanwhile): for exctl and worker threads, never
// the GUI thread.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/money/asset.h"

#include <QByteArray>

#include <optional>
#include <string>

namespace exchange::withdrawals {

struct PreparedTransfer {
    QByteArray unsignedTx; // the bytes stored and exported
    Amount maxFee;         // the most the network can charge for it, in the chain's coin
};

struct SignedTransfer {
    QByteArray unsignedTx; // the signed file with its signatures taken off
    QByteArray signedTx;   // exactly what is broadcast
    std::string txid;
};

enum class ChainVerdict {
    Unknown,   // the node has never heard of it
    Pending,   // known, not decided yet
    Confirmed, // included and succeeded
    Failed,    // included and failed, or dropped for good
};

struct ChainStatus {
    ChainVerdict verdict = ChainVerdict::Unknown;
    std::string note; // why it failed
    // What the network charged, once decided; nullopt: exactly the fee the
    // transaction names (Algorand).
    std::optional<Amount> fee;
};

class ReplenishmentChain
{
public:
    virtual ~ReplenishmentChain() = default;

    virtual Chain chain() const = 0;
    // What the address can send of `asset`: of the coin its balance less
    // what it must keep (Stellar's reserve, Algorand's minimum balance); of
    // a token its balance of that token (ERC-20 balanceOf; a Stellar credit
    // line less its selling liabilities; an ASA holding), 0 without a
    // trustline or opt-in.
    virtual Result<Amount> spendable(const std::string &address, const Asset &asset) = 0;
    // An allowance for the network fee of one outgoing payment of `asset`,
    // always in the chain's coin.
    virtual Result<Amount> feeAllowance(const Asset &asset) = 0;
    // A move of `amount` of `asset` (a token: a transfer of that token, no coin).
    virtual Result<PreparedTransfer> prepare(const std::string &from, const std::string &to, Amount amount,
                                             const Asset &asset) = 0;

    // The export file's contents for stored unsigned bytes (hex text, base64
    // text, or the bytes themselves).
    virtual QByteArray fileContents(const QByteArray &unsignedTx) const = 0;
    // A signed file of this chain, or an error saying why it is not one.
    virtual Result<SignedTransfer> readSigned(const QByteArray &file) const = 0;
    // Whether the key of `from` signed it; the error says whose key did.
    virtual Result<void> checkSigner(const SignedTransfer &transfer, const std::string &from) const = 0;
    // What the stored unsigned transaction moves (the coin, or which
    // token), so that an import sends only what is in force now; an error
    // when the bytes are not a transfer of this chain.
    virtual Result<AssetIdentity> movedAsset(const QByteArray &unsignedTx) const = 0;
    // How `other` differs from the exported transaction, in plain words
    // ("amount: 1.5 in the export, 2 in the file").
    virtual std::string describeDifference(const QByteArray &exported, const QByteArray &other) const = 0;

    // Sends it; the chain refusing it is an InvalidInput error with the
    // chain's reason, an unreachable node Unavailable.
    virtual Result<void> broadcast(const SignedTransfer &transfer) = 0;
    // unsignedTx: the stored export, which says what the transfer must have
    // moved (an ERC-20 call moves nothing unless its receipt says so).
    virtual Result<ChainStatus> status(const std::string &txid, const QByteArray &unsignedTx) = 0;
};

} // namespace exchange::withdrawals
