#pragma once
// AlgorandPayer: payouts from the hot wallet through algod (and the indexer
// for payouts algod has forgotten): ALGO as payments ("pay"), an Algorand
// Standard Asset (ASA) as asset transfers ("axfer") of the asset id an
// admin signed. Fees are always in ALGO.
//
//  - balance(): what hot can spend, not all it holds. ALGO: algod's
//    `amount` less its `min-balance` (an account may not go below it; a
//    payment that would is refused; each ASA opted in to raises it). An
//    ASA: its holding (/v2/accounts/{address}/assets/{id}); none (not
//    opted in) or a frozen one (which cannot send): 0. PayoutService's
//    checks (the amount from the asset, the fee from ALGO) use these.
//  - maxFee(): algod's rule for one transaction: max(min-fee, fee per
//    byte x size), the size taken at its largest for a payout of that kind
//    (every integer at its widest, the longest note, a 64-byte signature),
//    from /v2/transactions/params, read once per payer (one run). Algorand
//    charges exactly the fee named, and sign() names this one.
//  - not sequential(); chainSequence() = algod's last round, used as the
//    payout's first valid round; its last valid round is first + 1000
//    (PayoutRecord::lastValid).
//  - sign(): a pay transaction, or for an ASA an axfer of it, with the
//    params' genesis id and hash (the genesis id must be the chain
//    settings' network when that is set), the note "withdrawal:<id>" (two
//    equal payouts in one round never share a txid), signed with the
//    vault's "hot:algorand" seed after checking that it is hot's address.
//    An ASA payout to a destination that has not opted in to the asset, or
//    whose holding is frozen, is refused (InvalidInput, nothing signed):
//    algod would refuse it. rawTx: the signed msgpack in base64; txid: the
//    Algorand id (base32 of SHA-512/256("TX" || msgpack)).
//  - send(): POST /v2/transactions. "already in ledger" / "already in pool":
//    Ok; a 4xx with algod's message: refused (InvalidInput); no answer, 5xx:
//    Unavailable.
//  - status(): /v2/transactions/pending/{txid}: a confirmed round ->
//    Succeeded (the fee named) once the chain settings' confirmations have
//    passed; an axfer that is confirmed moved its amount (algod applies it
//    whole or refuses it). Not confirmed and algod's last round is past the
//    last valid round: it can never be included now, but algod forgets old
//    rounds, so the indexer (chain settings' indexer URL,
//    /v2/transactions/{txid}, once its /health round is past the last valid
//    round) says whether it was: confirmed -> Succeeded, else Expired;
//    without an indexer that is an error (NotFound) and the payout stays
//    open. Within its validity: in the pool (even with a pool-error: the
//    same bytes may still be in other nodes' pools and be included, so
//    nothing new may be signed yet) -> Pending; unknown -> Unseen (send
//    again).

#include "core/withdrawals/chainpayer.h"

#include <QByteArray>

#include <optional>

namespace exchange::algorand {
class AlgodClient;
struct AssetTransferTransaction;
struct PaymentTransaction;
struct SuggestedParams;
}
namespace exchange::wallets { class WalletService; }

namespace exchange::withdrawals {

class AlgorandPayer final : public ChainPayer
{
public:
    // lastValid - firstValid: Algorand's longest validity window.
    static constexpr std::int64_t kValidityRounds = 1000;

    // `indexer` (optional): the Algorand indexer, asked only about payouts
    // past their last valid round.
    AlgorandPayer(algorand::AlgodClient &algod, algorand::AlgodClient *indexer, wallets::WalletService &wallets);

    Chain chain() const override { return Chain::Algorand; }
    Result<Amount> balance(const std::string &address, const Asset &asset) override;
    Result<Amount> maxFee(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot) override;
    // One fee for every ALGO payout of this run, and one for every ASA payout.
    Result<Amount> maxFee();
    Result<Amount> assetMaxFee();
    bool sequential() const override { return false; }
    Result<std::int64_t> chainSequence(const std::string &address) override;
    Result<PayoutRecord> sign(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                              const security::KeyVault &vault, std::int64_t sequence, const Amount &maxFee) override;
    Result<void> send(const PayoutRecord &payout) override;
    Result<PayoutStatus> status(const PayoutRecord &payout) override;

    // The note a payout carries: "withdrawal:<id>".
    static QByteArray noteFor(std::int64_t withdrawalId);
    static Amount feeFor(const algorand::SuggestedParams &params);      // a payment
    static Amount assetFeeFor(const algorand::SuggestedParams &params); // an asset transfer
    // Signs tx from hot with the vault's hotKeyName(Algorand) seed; Conflict,
    // nothing signed, when that key is not hotAddress's.
    static Result<void> signAsHot(algorand::PaymentTransaction &tx, const security::KeyVault &vault, const std::string &hotAddress);
    static Result<void> signAsHot(algorand::AssetTransferTransaction &tx, const security::KeyVault &vault,
                                  const std::string &hotAddress);

private:
    // Whether the indexer has the transaction confirmed; an error while it
    // cannot tell yet.
    Result<bool> indexerConfirmed(const std::string &txid, std::uint64_t lastValid);
    // Ok when destination can receive the ASA now (opted in, not frozen);
    // InvalidInput saying why not.
    Result<void> receives(const std::string &destination, const Asset &asset);
    // The fee `rule` gives for algod's params now, read once into `cached`.
    Result<Amount> feeOnce(std::optional<Amount> &cached, Amount (*rule)(const algorand::SuggestedParams &));

    algorand::AlgodClient &m_algod;
    algorand::AlgodClient *m_indexer;
    wallets::WalletService &m_wallets;
    std::optional<Amount> m_fee;
    std::optional<Amount> m_assetFee;
};

} // namespace exchange::withdrawals
