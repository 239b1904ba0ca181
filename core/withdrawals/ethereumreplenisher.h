#pragma once
// EthereumReplenisher: replenishment on Ethereum. The export is an unsigned
// EIP-1559 transfer (0x02 || RLP of the nine fields, as hex text: what
// ethers' Transaction.from() reads and Wallet.signTransaction() signs) with
// the source's pending nonce, the node's chain id, and fees from
// eth_feeHistory (max fee = twice the next base fee plus the priority fee,
// so it stays valid while the file travels; eth_gasPrice when the node has
// no fee history). The signed file is the raw transaction in hex; its
// signer is recovered (secp256k1) and must be the source address.

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
    Result<Amount> spendable(const std::string &address) override;
    Result<Amount> feeAllowance() override;
    Result<PreparedTransfer> prepare(const std::string &from, const std::string &to, Amount amount) override;
    QByteArray fileContents(const QByteArray &unsignedTx) const override;
    Result<SignedTransfer> readSigned(const QByteArray &file) const override;
    Result<void> checkSigner(const SignedTransfer &transfer, const std::string &from) const override;
    std::string describeDifference(const QByteArray &exported, const QByteArray &other) const override;
    Result<void> broadcast(const SignedTransfer &transfer) override;
    Result<ChainStatus> status(const std::string &txid) override;

    static constexpr std::uint64_t kTransferGas = 21000;

private:
    struct Fees {
        Amount maxFeePerGas;
        Amount priorityFeePerGas;
    };
    Result<Amount> quantity(const QString &method, const QJsonArray &params);
    Result<Fees> fees();

    ethereum::JsonRpcClient &m_node;
    std::string m_expectedChainId;
    std::optional<Fees> m_fees;
};

} // namespace exchange::withdrawals
