#pragma once
// EthereumPayer: ETH payouts from the hot wallet. EIP-1559 transfers with
// the fees read from eth_feeHistory (the next block's base fee doubled plus
// the median priority fee of the last blocks; eth_gasPrice when the node
// has no fee history), signed with the vault's "hot:ethereum" key, sent with
// eth_sendRawTransaction and followed by receipt to the chain's
// confirmations (core/wallets/chainsettings.h).

#include "core/withdrawals/chainpayer.h"

#include <QJsonValue>

namespace exchange::ethereum { class JsonRpcClient; }
namespace exchange::wallets { class WalletService; }

namespace exchange::withdrawals {

class EthereumPayer final : public ChainPayer
{
public:
    static constexpr std::uint64_t kTransferGas = 21000;
    static constexpr int kFeeHistoryBlocks = 5;

    EthereumPayer(ethereum::JsonRpcClient &node, wallets::WalletService &wallets);

    Chain chain() const override { return Chain::Ethereum; }
    Result<Amount> balance(const std::string &address) override;
    Result<Amount> maxFee() override;
    bool sequential() const override { return true; }
    Result<std::int64_t> chainSequence(const std::string &address) override;
    Result<PayoutRecord> sign(const WithdrawalRecord &w, const wallets::Wallet &hot, const security::KeyVault &vault,
                              std::int64_t sequence, const Amount &maxFee) override;
    Result<void> send(const PayoutRecord &payout) override;
    Result<PayoutStatus> status(const PayoutRecord &payout) override;

private:
    struct Fees {
        int128 maxFeePerGas = 0;
        int128 maxPriorityFeePerGas = 0;
    };
    Result<Fees> fees();
    Result<int128> quantityOf(const QString &method, const QJsonValue &params);

    ethereum::JsonRpcClient &m_node;
    wallets::WalletService &m_wallets;
    std::optional<Fees> m_fees; // read once per payer (one run), so maxFee() and sign() agree
};

} // namespace exchange::withdrawals
