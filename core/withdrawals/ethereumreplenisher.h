#pragma once
// EthereumReplenisher: replenishment on Ethereum. The export is an unsigned
// EIP-1559 transfer (0x02 || RLP of the nine fields, as hex text: what
// ethers' Transaction.from() reads and Wallet.signTransaction() signs) with
// the source's pending nonce, the node's chain id, and fees from
// eth_feeHistory (max fee = twice the next base fee plus the priority fee,
// so it stays valid while the file travels; eth_gasPrice when the node has
// no fee history). The signed file is the raw transaction in hex; its
// signer is recovered (secp256k1) and must be the source address.
//
// An ERC-20 move is a call of the signed contract's transfer(to, value)
// with no ether; its gas is what eth_estimateGas says that call needs from
// the source, plus a quarter (unused gas is not charged), and a call the
// node says would revert is refused with the node's reason. spendable() of
// a token is balanceOf(address) through eth_call. Such a move is Confirmed
// only when its receipt holds the contract's Transfer of the amount from the
// source to the destination: a token that returns false instead of
// reverting moved nothing, and that is a failure.

#include "core/withdrawals/replenishmentchain.h"

#include <QJsonArray>

#include <optional>

namespace exchange::ethereum {
class JsonRpcClient;
}

namespace exchange::withdrawals {

class EthereumReplenisher final : public ReplenishmentChain
{
public:
    // expectedChainId: the chain settings' network (empty: whatever the node says).
    EthereumReplenisher(ethereum::JsonRpcClient &node, std::string expectedChainId);

    Chain chain() const override { return Chain::Ethereum; }
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

    static constexpr std::uint64_t kTransferGas = 21000;
    // The gas a plan allows for one token transfer before the export asks
    // the node (an ERC-20 transfer takes 30,000 to 65,000; a plan only
    // needs the coin it keeps apart for fees to be generous enough).
    static constexpr std::uint64_t kTokenGasAllowance = 100000;

private:
    struct Fees {
        Amount maxFeePerGas;
        Amount priorityFeePerGas;
    };
    Result<Amount> quantity(const QString &method, const QJsonArray &params);
    Result<Fees> fees();
    Result<std::uint64_t> tokenGas(const std::string &from, const std::string &to, Amount amount, const Asset &asset);

    ethereum::JsonRpcClient &m_node;
    std::string m_expectedChainId;
    std::optional<Fees> m_fees;
};

} // namespace exchange::withdrawals
