#pragma once
// AlgorandReplenisher: replenishment on Algorand through algod. The export
// is the canonical msgpack of the unsigned payment transaction (first valid
// round = algod's last round, valid for 1,000 rounds, genesis id and hash
// from /v2/transactions/params): what algosdk's decodeUnsignedTransaction()
// reads and signTransaction() signs. The signed file is the signed msgpack
// ({sig, txn}); its Ed25519 signature over "TX" || txn must be by the
// source address's key (a rekeyed signer is refused). An Algorand
// Standard Asset (a token) moves as an asset transfer (axfer) of the ASA id
// an admin signed, fee in ALGO; what the source can send of it is its
// holding (none, or frozen: nothing).

#include "core/withdrawals/replenishmentchain.h"

namespace exchange::algorand {
class AlgodClient;
}

namespace exchange::withdrawals {

class AlgorandReplenisher final : public ReplenishmentChain
{
public:
    explicit AlgorandReplenisher(algorand::AlgodClient &algod);

    Chain chain() const override { return Chain::Algorand; }
    Result<Amount> spendable(const std::string &address, const Asset &asset) override;
    Result<Amount> feeAllowance(const Asset &asset) override;
    Result<PreparedTransfer> prepare(const std::string &from, const std::string &to, Amount amount, const Asset &asset) override;
    QByteArray fileContents(const QByteArray &unsignedTx) const override;
    Result<SignedTransfer> readSigned(const QByteArray &file) const override;
    Result<void> checkSigner(const SignedTransfer &transfer, const std::string &from) const override;
    Result<AssetIdentity> movedAsset(const QByteArray &unsignedTx) const override;
    std::string describeDifference(const QByteArray &exported, const QByteArray &other) const override;
    Result<void> broadcast(const SignedTransfer &transfer) override;
    Result<ChainStatus> status(const std::string &txid, const QByteArray &unsignedTx) override;

    static constexpr std::uint64_t kValidityRounds = 1000;

private:
    algorand::AlgodClient &m_algod;
};

} // namespace exchange::withdrawals
