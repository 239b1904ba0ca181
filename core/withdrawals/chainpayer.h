#pragma once
// ChainPayer: what PayoutService needs from one chain to pay withdrawals
// from the hot wallet. PayoutService decides (which withdrawal, whether hot
// covers it, which sequence) and stores; a payer only talks to the chain
// and signs. Implementations: EthereumPayer, StellarPayer, AlgorandPayer.
//
// A payer pays its chain's coin and its tokens. The Asset it is given is
// the one PayoutService checked against what an admin signed
// (wallets::tokensInForce), never only the row: the identity it names
// (contract, issuer, ASA id) is what the transaction moves. Fees are always
// in the chain's coin.
//
// Synchronous (they wait for the node): exctl's main thread or a worker
// thread, never the GUI thread.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/money/amount.h"
#include "core/money/asset.h"
#include "core/wallets/wallet.h"
#include "core/withdrawals/payoutrecord.h"
#include "core/withdrawals/withdrawalrecord.h"

#include <cstdint>
#include <string>

namespace exchange::security { class KeyVault; }

namespace exchange::withdrawals {

// What the chain says about a stored payout now.
struct PayoutStatus {
    enum class Kind {
        Unseen,    // the chain does not know it (not sent yet, or lost): send it again
        Pending,   // seen, not yet decided (or not yet confirmed enough)
        Succeeded, // included, succeeded, with the chain's confirmations
        Failed,    // included and failed (it may still have cost a fee)
        Expired,   // can never be included any more (past its last valid round or time)
    };
    Kind kind = Kind::Unseen;
    Amount fee;       // what the network charged (Succeeded, Failed)
    std::string note; // why it failed, in plain words
};

// The vault key that signs a chain's payouts from hot: "hot:ethereum" etc.
inline std::string hotKeyName(Chain chain)
{
    return "hot:" + std::string(chainName(chain));
}

class ChainPayer
{
public:
    virtual ~ChainPayer() = default;

    virtual Chain chain() const = 0;
    // What address can spend of asset (the chain's coin or one of its
    // tokens) now, exactly.
    virtual Result<Amount> balance(const std::string &address, const Asset &asset) = 0;
    // The most the network fee of paying w (of asset) from hot can be, in the
    // chain's coin, as sign() will set it now.
    virtual Result<Amount> maxFee(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot) = 0;
    // True when each payout from an address uses the next of a counter the
    // chain enforces (Ethereum nonce, Stellar sequence number): PayoutService
    // then keeps that counter itself, persisted with each signed payout.
    virtual bool sequential() const = 0;
    // The next sequence the chain would accept from address (sequential), or
    // the first valid round to use now (Algorand).
    virtual Result<std::int64_t> chainSequence(const std::string &address) = 0;
    // The account whose sequence number the next payout uses (and that
    // pays its fee): hot's own, or a free Stellar channel account whose key
    // the vault holds; the next sign() signs from it, the money still
    // hot's. WrongState while every such account has a payout in flight:
    // the payout waits for a later run.
    virtual Result<std::string> sequenceAccount(const wallets::Wallet &hot, const security::KeyVault &vault)
    {
        static_cast<void>(vault);
        return hot.address;
    }
    // Whether source (a payout record's: the account whose sequence number
    // it used) is hot's own: hot itself, or a Stellar channel of hot's pool.
    virtual Result<bool> paysThrough(const wallets::Wallet &hot, const std::string &source)
    {
        return source == hot.address;
    }
    // Signs a payment of w.amount of asset to w.destination from hot with the
    // vault's hotKeyName(chain()) key, refusing (Conflict) when that key is not
    // hot's. InvalidInput when the chain would refuse it as it is (a
    // destination that cannot receive the asset: no trustline, not opted in).
    // Fills everything of the record but its id and withdrawal bookkeeping.
    virtual Result<PayoutRecord> sign(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                      const security::KeyVault &vault, std::int64_t sequence, const Amount &maxFee) = 0;
    // Sends the stored bytes. Ok also when the node has them already.
    // Unavailable: the node could not be reached (try again later); any other
    // error: the node refused the transaction, which will never be on chain.
    virtual Result<void> send(const PayoutRecord &payout) = 0;
    // Unavailable when the node cannot be reached. Succeeded means the asset
    // reached the destination (a token transaction that succeeded without
    // moving the token is Failed).
    virtual Result<PayoutStatus> status(const PayoutRecord &payout) = 0;
    // Whether a payout on chain but not mined can be replaced (signReplacement).
    virtual bool replaceable() const { return false; }
    // Signs a replacement of pending, w's payout on chain but not mined: the
    // same payment (w's, rebuilt as sign() builds it, never read from the
    // stored bytes) with the same sequence and a higher fee, whose max fee
    // is at most cap. Stellar instead wraps pending's stored inner
    // transaction, unchanged, in a fee bump, after checking that it is hot's
    // signed payment of w. Refused (InvalidInput) by chains that cannot
    // replace a pending transaction (the default) and when cap leaves no room.
    virtual Result<PayoutRecord> signReplacement(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                                 const security::KeyVault &vault, const PayoutRecord &pending,
                                                 const Amount &cap)
    {
        (void)w, (void)asset, (void)hot, (void)vault, (void)cap;
        return Error{ErrorCode::InvalidInput,
                     "a payout on " + std::string(chainName(pending.chain)) + " cannot be replaced while it is pending"};
    }
};

} // namespace exchange::withdrawals
