#pragma once
// StellarPayer: payouts of XLM and of Stellar credit assets (tokens) from
// the hot wallet through Horizon.
//
//  - balance(): what hot can spend, not all it holds. XLM: the native
//    balance less the account's minimum balance ((2 + subentries +
//    sponsoring - sponsored) x the 0.5 XLM base reserve) and its selling
//    liabilities; a payment that would dip into the reserve fails on chain
//    (op_underfunded). A token: its trustline's balance less the line's
//    selling liabilities, the line matched by code AND issuer; no trustline
//    (or no account) is 0. PayoutService's "hot covers it" checks use this.
//  - maxFee(): the fee offered for the one operation (of any asset), in
//    stroops: max(100, Horizon /fee_stats last_ledger_base_fee,
//    fee_charged.p90), capped at kMaxFee. Stellar charges only the ledger's
//    going rate (the base fee outside surge pricing), never more than
//    offered; offering the 90th percentile of what recent ledgers charged
//    gets the payout in during a surge. Read once per payer (one run), so
//    that maxFee() and sign() agree; above the cap the network is refused as
//    too dear. Always in XLM, for a token too.
//  - sequential(); chainSequence() = Horizon's account `sequence` + 1.
//  - sequenceAccount(): a free channel of hot's channel pool
//    (StellarChannelPool: its key in the vault and that key's account), else
//    hot when the pool is empty; WrongState while every channel of it has
//    a payout in flight. Through a channel the transaction's source is the
//    channel (its sequence number, its fee: hot pays no fee) and the
//    operation's source is hot (the money), signed with the channel's vault
//    key and then with hot's; the record's source is the channel, so
//    status() below reads the channel's sequence.
//  - sign(): XLM: a payment, or a create_account when Horizon does not know
//    the destination (404; it must then receive at least two base reserves,
//    1 XLM, else it is refused). A token: always a payment of the credit
//    asset the signed identity names (a destination that does not exist
//    cannot hold a token), refused as InvalidInput, in words, where
//    stellar-core would fail it: the destination does not exist, has no
//    trustline to the code and issuer, its line is not authorized by the
//    issuer, or has no room for the amount under its limit (limit - balance
//    - buying liabilities); or hot has no authorized line of its own. The
//    issuer itself as destination needs no trustline (the token is burnt).
//    Fee = maxFee, time bounds [0, now + kValiditySeconds] (the max time is
//    the record's lastValid, Unix s), no memo, for the chain settings'
//    network passphrase, signed with the vault's "hot:stellar" seed after
//    checking that it is hot's account. txid: hex SHA-256 of network id ||
//    ENVELOPE_TYPE_TX || transaction; rawTx: the envelope in base64.
//  - send(): through a channel POST /transactions_async, which answers at
//    once (PENDING and DUPLICATE are Ok; the ledger decides later, and
//    status() follows it), so N channels put N payouts in one ledger; from
//    hot itself POST /transactions, which waits for the ledger. Horizon's refusal (result codes) is an
//    InvalidInput in words, unless Horizon has the transaction in a ledger
//    already (a re-send), which is Ok; 5xx, 429 and timeouts: Unavailable.
//  - status(): GET /transactions/{hash}: successful -> Succeeded (a
//    successful Stellar transaction did what it says, for a token too), else
//    Failed, with fee_charged (and the result codes as the note). Closed
//    ledgers are final, so no confirmations are waited for. Unknown: Unseen
//    (send again) until it can never be included, then Expired: hot's
//    sequence has reached this payout's (another transaction used it), or
//    the latest ledger closed after the max time. Either way the hash is
//    looked up once more after that check, so that a ledger ingested
//    between the two reads is not mistaken for an expiry.
//  - signReplacement(): a payout stuck under a low fee (a surge) is wrapped,
//    unchanged, in a fee bump (CAP-15; stellar-core's queue takes no other
//    transaction with the same sequence number). The inner is the stored
//    one (a fee bump's inner, when pending is a bump already), taken only
//    after checking that it is hot's signed payment of w (its hash the
//    record's, its source and sequence the record's, hot the operation's
//    source and a signer, w's destination, amount and asset) and that its
//    max time is at least kLedgerSeconds away (else the expiry above
//    rebuilds it). Paid by the account that paid the inner fee (the channel,
//    else hot: paysThrough), signed with its vault key. Rate (per
//    operation, the bump counts one): at least kReplaceFactor x the pending
//    one's (what stellar-core's queue asks of a replacement), the network
//    minimum, the last ledger's base fee and /fee_stats p90; fee = rate x 2,
//    refused (InvalidInput) above the cap or the fee source's spendable XLM.
//    Whichever of inner and bump gets in settles the withdrawal: Horizon
//    finds an applied bump by both hashes, and status() of the inner's
//    record then says Pending (the bump's record settles it, with the
//    bump's fee_charged), unless another account paid the bump: then the
//    inner's record settles with no fee of ours.

#include "core/chains/stellar/horizonaccount.h"
#include "core/withdrawals/chainpayer.h"
#include "core/wallets/stellarchannel.h"

#include <optional>
#include <utility>

namespace exchange { class Clock; }
namespace exchange::stellar { class HorizonClient; }
namespace exchange::wallets { class WalletService; }

namespace exchange::withdrawals {

class StellarPayer final : public ChainPayer
{
public:
    static constexpr std::int64_t kMinFee = 100;        // stroops per operation, the network minimum
    static constexpr std::int64_t kMaxFee = 100'000;    // 0.01 XLM: above this the payer waits
    static constexpr std::int64_t kBaseReserve = 5'000'000; // 0.5 XLM (since protocol 10)
    static constexpr std::int64_t kValiditySeconds = 300;
    // A fee bump replacing a queued transaction offers at least this many
    // times its fee rate (stellar-core's TransactionQueue FEE_MULTIPLIER).
    static constexpr std::int64_t kReplaceFactor = 10;
    // About one ledger: a payout whose time bounds end sooner is not bumped.
    static constexpr std::int64_t kLedgerSeconds = 6;

    StellarPayer(stellar::HorizonClient &horizon, wallets::WalletService &wallets, const Clock &clock);

    Chain chain() const override { return Chain::Stellar; }
    Result<Amount> balance(const std::string &address, const Asset &asset) override;
    Result<Amount> maxFee(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot) override;
    // One fee for every payout of this run (a payment of any asset is one operation).
    Result<Amount> maxFee();
    bool sequential() const override { return true; }
    Result<std::int64_t> chainSequence(const std::string &address) override;
    Result<std::string> sequenceAccount(const wallets::Wallet &hot, const security::KeyVault &vault) override;
    Result<PayoutRecord> sign(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                              const security::KeyVault &vault, std::int64_t sequence, const Amount &maxFee) override;
    Result<void> send(const PayoutRecord &payout) override;
    // POST /transactions_async (a channel's payout; a Horizon without it:
    // sendWaiting), and POST /transactions.
    Result<void> sendAsync(const PayoutRecord &payout);
    Result<void> sendWaiting(const PayoutRecord &payout);
    Result<PayoutStatus> status(const PayoutRecord &payout) override;
    bool replaceable() const override { return true; }
    Result<bool> paysThrough(const wallets::Wallet &hot, const std::string &source) override;
    Result<PayoutRecord> signReplacement(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                         const security::KeyVault &vault, const PayoutRecord &pending,
                                         const Amount &cap) override;

private:
    struct Account {
        bool exists = false;
        stellar::HorizonAccount state; // when it exists
    };
    Result<Account> account(const std::string &address);
    // InvalidInput when stellar-core would refuse paying w of the token
    // asset from hot to this destination (op_no_destination, op_no_trust,
    // op_not_authorized, op_line_full, op_src_no_trust,
    // op_src_not_authorized), in words an operator can act on.
    Result<void> tokenCanMove(const WithdrawalRecord &w, const Asset &asset, const std::string &hotAddress,
                              const std::string &destinationAccount, const Account &destination);
    // GET /transactions/{hash}: the status when Horizon has it in a ledger.
    Result<std::optional<PayoutStatus>> lookup(const PayoutRecord &payout);
    // /fee_stats: the last ledger's base fee and fee_charged.p90, stroops.
    Result<std::pair<std::int64_t, std::int64_t>> feeStats();

    stellar::HorizonClient &m_horizon;
    wallets::WalletService &m_wallets;
    const Clock &m_clock;
    std::optional<Amount> m_fee;
    // The channel sequenceAccount() chose, for the next sign() only.
    std::optional<wallets::StellarChannel> m_channel;
};

} // namespace exchange::withdrawals
