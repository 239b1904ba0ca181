#pragma once
// EthereumPayer: ETH and ERC-20 payouts from the hot wallet. EIP-1559 transfers with
// the fees read from eth_feeHistory (the next block's base fee doubled plus
// the median priority fee of the last blocks; eth_gasPrice when the node
// has no fee history), signed with the vault's "hot:ethereum" key, sent with
// eth_sendRawTransaction and followed by receipt to the chain's
// confirmations (core/wallets/chainsettings.h).
//
// An ERC-20 payout is a call of the signed contract's transfer(to, value)
// with no ether. Its gas is what eth_estimateGas says that very call needs
// from hot, plus a quarter for the state to change before it is mined
// (unused gas is not charged); a call the node says would revert is refused
// (InvalidInput, with the node's reason). balance() of a token is
// balanceOf(hot) through eth_call; the fee is in ether. A token payout is
// Succeeded only when its receipt holds the contract's Transfer event of
// the amount from hot to the destination: a token that returns false
// instead of reverting moved nothing, and that is a failure.

#include "core/withdrawals/chainpayer.h"

#include <QJsonObject>
#include <QJsonValue>

#include <map>

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
    Result<Amount> balance(const std::string &address, const Asset &asset) override;
    Result<Amount> maxFee(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot) override;
    bool sequential() const override { return true; }
    Result<std::int64_t> chainSequence(const std::string &address) override;
    Result<PayoutRecord> sign(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                              const security::KeyVault &vault, std::int64_t sequence, const Amount &maxFee) override;
    Result<void> send(const PayoutRecord &payout) override;
    Result<PayoutStatus> status(const PayoutRecord &payout) override;
    bool replaceable() const override { return true; }
    // Fees 12.5% above pending's, or the node's suggestion when higher
    // (ethereum::replacementFees), the same gas limit.
    Result<PayoutRecord> signReplacement(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                         const security::KeyVault &vault, const PayoutRecord &pending,
                                         const Amount &cap) override;

private:
    struct Fees {
        int128 maxFeePerGas = 0;
        int128 maxPriorityFeePerGas = 0;
    };
    Result<Fees> fees();
    // w's payment of asset from hot with these fees and gas, signed.
    Result<PayoutRecord> signPayment(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                     const security::KeyVault &vault, std::int64_t sequence, const Fees &fees,
                                     std::uint64_t gas);
    Result<int128> quantityOf(const QString &method, const QJsonValue &params);
    // The gas limit of paying w: 21000 for ether, the estimate with its margin
    // for a token (kept per withdrawal, so that maxFee() and sign() agree).
    Result<std::uint64_t> gasLimit(const WithdrawalRecord &w, const Asset &asset, const std::string &from);
    // Whether a succeeded token payout's receipt shows the token moving.
    static bool movedToken(const QJsonObject &receipt, const PayoutRecord &payout);

    ethereum::JsonRpcClient &m_node;
    wallets::WalletService &m_wallets;
    std::optional<Fees> m_fees; // read once per payer (one run), so maxFee() and sign() agree
    std::map<std::int64_t, std::uint64_t> m_gasLimits; // by withdrawal id, for this run
};

} // namespace exchange::withdrawals
