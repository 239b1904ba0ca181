#include "core/withdrawals/ethereumpayer.h"

#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/erc20event.h"
#include "core/chains/ethereum/feebump.h"
#include "core/chains/ethereum/tokentransfergas.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/transaction.h"
#include "core/security/keyvault.h"
#include "core/wallets/walletservice.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <vector>

namespace exchange::withdrawals {

namespace {

// Node answers that mean "this transaction is there already".
bool alreadyKnown(const std::string &message)
{
    for (const char *known : {"already known", "known transaction", "already imported"}) {
        if (message.find(known) != std::string::npos)
            return true;
    }
    return false;
}

// A stored "0x…" transaction's bytes.
QByteArray rawBytes(const std::string &hex)
{
    return QByteArray::fromHex(QByteArray::fromStdString(hex.starts_with("0x") ? hex.substr(2) : hex));
}

} // namespace

EthereumPayer::EthereumPayer(ethereum::JsonRpcClient &node, wallets::WalletService &wallets) : m_node(node), m_wallets(wallets) {}

Result<int128> EthereumPayer::quantityOf(const QString &method, const QJsonValue &params)
{
    auto answer = m_node.callAndWait(method, params);
    if (!answer)
        return Error{ErrorCode::Unavailable, answer.error().message};
    const auto value = ethereum::parseQuantity(answer.value());
    if (!value)
        return Error{ErrorCode::Unavailable, method.toStdString() + ": " + value.error().message};
    return *value;
}

Result<Amount> EthereumPayer::balance(const std::string &address, const Asset &asset)
{
    if (asset.identity.kind == AssetKind::Erc20) {
        const QJsonObject call{{QStringLiteral("to"), QString::fromStdString(asset.identity.contract)},
                               {QStringLiteral("data"), ethereum::balanceOfCall(address)}};
        auto answer = m_node.callAndWait(QStringLiteral("eth_call"), QJsonArray{call, QStringLiteral("latest")});
        if (!answer)
            return Error{ErrorCode::Unavailable, answer.error().message};
        auto units = ethereum::readUintWord(answer.value().toString());
        if (!units)
            return Error{ErrorCode::Unavailable, "balanceOf(" + address + ") of " + asset.code + ": " + units.error().message};
        return Amount::fromBaseUnits(units.value());
    }
    if (!asset.identity.isNative())
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Ethereum"};
    auto wei = quantityOf(QStringLiteral("eth_getBalance"), QJsonArray{QString::fromStdString(address), QStringLiteral("latest")});
    if (!wei)
        return wei.error();
    return Amount::fromBaseUnits(wei.value());
}

Result<std::uint64_t> EthereumPayer::gasLimit(const WithdrawalRecord &w, const Asset &asset, const std::string &from)
{
    if (asset.identity.isNative())
        return kTransferGas;
    if (asset.identity.kind != AssetKind::Erc20)
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Ethereum"};
    if (const auto known = m_gasLimits.find(w.id); known != m_gasLimits.end())
        return known->second;
    if (!ethereum::parseAddress(w.destination))
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + "'s destination is not an Ethereum address"};
    if (!w.amount.isPositive())
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + " pays nothing"};
    auto limit = ethereum::tokenTransferGas(
        m_node, {from, asset.identity.contract, w.destination, w.amount.baseUnits(), asset.code + " " + asset.format(w.amount)});
    if (!limit)
        return limit.error();
    m_gasLimits.emplace(w.id, limit.value());
    return limit.value();
}

Result<EthereumPayer::Fees> EthereumPayer::fees()
{
    if (m_fees)
        return *m_fees;
    auto history = m_node.callAndWait(QStringLiteral("eth_feeHistory"),
                                      QJsonArray{ethereum::quantity(kFeeHistoryBlocks), QStringLiteral("latest"), QJsonArray{50}});
    Fees f;
    if (history && history.value().isObject()) {
        const QJsonObject h = history.value().toObject();
        const QJsonArray baseFees = h.value(QStringLiteral("baseFeePerGas")).toArray();
        // The last entry is the base fee of the next block.
        const auto nextBase = ethereum::parseQuantity(baseFees.isEmpty() ? QJsonValue() : baseFees.last());
        std::vector<int128> tips;
        for (const QJsonValue &row : h.value(QStringLiteral("reward")).toArray()) {
            if (const auto tip = ethereum::parseQuantity(row.toArray().first()))
                tips.push_back(*tip);
        }
        if (nextBase) {
            std::sort(tips.begin(), tips.end());
            f.maxPriorityFeePerGas = tips.empty() ? 0 : tips[tips.size() / 2];
            // Room for the base fee to double before the transaction lands
            // (it rises at most 12.5% a block): still included, and only what
            // the block actually charges is paid.
            f.maxFeePerGas = 2 * *nextBase + f.maxPriorityFeePerGas;
            m_fees = f;
            return f;
        }
    } else if (!history && !ethereum::refusedByNode(history.error())) {
        return Error{ErrorCode::Unavailable, history.error().message};
    }
    // A node without fee history (or without EIP-1559 blocks): its gas price
    // as both caps, which is what a legacy transfer would pay.
    auto price = quantityOf(QStringLiteral("eth_gasPrice"), QJsonArray{});
    if (!price)
        return price.error();
    f.maxFeePerGas = price.value();
    f.maxPriorityFeePerGas = price.value();
    m_fees = f;
    return f;
}

Result<Amount> EthereumPayer::maxFee(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot)
{
    auto f = fees();
    if (!f)
        return f.error();
    auto gas = gasLimit(w, asset, hot.address);
    if (!gas)
        return gas.error();
    return Amount::fromBaseUnits(f.value().maxFeePerGas * static_cast<int128>(gas.value()));
}

Result<std::int64_t> EthereumPayer::chainSequence(const std::string &address)
{
    auto nonce = quantityOf(QStringLiteral("eth_getTransactionCount"), QJsonArray{QString::fromStdString(address), QStringLiteral("pending")});
    if (!nonce)
        return nonce.error();
    return static_cast<std::int64_t>(nonce.value());
}

Result<PayoutRecord> EthereumPayer::sign(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                         const security::KeyVault &vault, std::int64_t sequence, const Amount &maxFee)
{
    auto f = fees();
    if (!f)
        return f.error();
    auto gas = gasLimit(w, asset, hot.address);
    if (!gas)
        return gas.error();
    if (Amount::fromBaseUnits(f.value().maxFeePerGas * static_cast<int128>(gas.value())) != maxFee)
        return Error{ErrorCode::Conflict, "the fee changed between the check of hot's balance and signing"};
    return signPayment(w, asset, hot, vault, sequence, f.value(), gas.value());
}

Result<PayoutRecord> EthereumPayer::signReplacement(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                                    const security::KeyVault &vault, const PayoutRecord &pending,
                                                    const Amount &cap)
{
    if (pending.chain != Chain::Ethereum || pending.state != PayoutState::Broadcast)
        return Error{ErrorCode::InvalidInput, "only a broadcast Ethereum payout can be replaced"};
    auto old = ethereum::Transaction::parse(rawBytes(pending.rawTx));
    if (!old || old.value().type != ethereum::Transaction::Type::Eip1559 || !old.value().maxFeePerGas.fitsUint64()
        || !old.value().maxPriorityFeePerGas.fitsUint64())
        return Error{ErrorCode::Corrupted, "payout " + pending.txid + "'s stored transaction cannot be read as an EIP-1559 one"};
    auto suggested = fees();
    if (!suggested)
        return suggested.error();
    const std::uint64_t gas = old.value().gasLimit;
    if (gas == 0)
        return Error{ErrorCode::Corrupted, "payout " + pending.txid + " has no gas"};
    auto bumped = ethereum::replacementFees(
        {static_cast<int128>(old.value().maxFeePerGas.lowUint64()), static_cast<int128>(old.value().maxPriorityFeePerGas.lowUint64())},
        {suggested.value().maxFeePerGas, suggested.value().maxPriorityFeePerGas}, cap.baseUnits() / static_cast<int128>(gas));
    if (!bumped)
        return bumped.error();
    auto replacement = signPayment(w, asset, hot, vault, pending.sequence,
                                   Fees{bumped.value().maxFeePerGas, bumped.value().maxPriorityFeePerGas}, gas);
    if (!replacement)
        return replacement;
    // The very payment the pending one makes, to the byte but for the fees
    // and the signature: else the stored row is not what the signer signed.
    auto again = ethereum::Transaction::parse(rawBytes(replacement.value().rawTx));
    if (!again)
        return again.error();
    if (again.value().to != old.value().to || again.value().value != old.value().value || again.value().data != old.value().data
        || again.value().nonce != old.value().nonce || again.value().chainId != old.value().chainId)
        return Error{ErrorCode::Conflict, "payout " + pending.txid + " does not pay what withdrawal " + std::to_string(w.id)
                                              + " asks; it is not replaced"};
    return replacement;
}

Result<PayoutRecord> EthereumPayer::signPayment(const WithdrawalRecord &w, const Asset &asset, const wallets::Wallet &hot,
                                                const security::KeyVault &vault, std::int64_t sequence, const Fees &f,
                                                std::uint64_t gas)
{
    auto chainId = quantityOf(QStringLiteral("eth_chainId"), QJsonArray{});
    if (!chainId)
        return chainId.error();
    auto settings = m_wallets.chainSettings(Chain::Ethereum);
    if (!settings)
        return settings.error();
    if (!settings.value().network.empty() && settings.value().network != Amount::fromBaseUnits(chainId.value()).toBaseUnitString())
        return Error{ErrorCode::Conflict, "the node is on chain id " + Amount::fromBaseUnits(chainId.value()).toBaseUnitString()
                                              + ", the settings say " + settings.value().network + "; nothing signed"};
    auto to = ethereum::parseAddress(w.destination);
    if (!to)
        return Error{ErrorCode::InvalidInput, "withdrawal " + std::to_string(w.id) + "'s destination is not an Ethereum address"};

    ethereum::Transaction tx;
    tx.type = ethereum::Transaction::Type::Eip1559;
    tx.chainId = static_cast<std::uint64_t>(chainId.value());
    tx.nonce = static_cast<std::uint64_t>(sequence);
    tx.maxFeePerGas = UInt256::fromUint128(static_cast<uint128>(f.maxFeePerGas));
    tx.maxPriorityFeePerGas = UInt256::fromUint128(static_cast<uint128>(f.maxPriorityFeePerGas));
    tx.gasLimit = gas;
    if (asset.identity.isNative()) {
        tx.to = to.value();
        tx.value = UInt256::fromUint128(static_cast<uint128>(w.amount.baseUnits()));
    } else {
        auto contract = ethereum::parseAddress(asset.identity.contract);
        if (!contract)
            return Error{ErrorCode::InvalidInput, asset.code + "'s contract is not an Ethereum address"};
        tx.to = contract.value();
        tx.data = QByteArray::fromHex(ethereum::transferCall(w.destination, w.amount.baseUnits()).mid(2).toLatin1());
    }

    Result<void> signing = Error{ErrorCode::Internal, "not signed"};
    auto used = vault.useKey(hotKeyName(Chain::Ethereum), [&](const unsigned char *key, std::size_t size) {
        const QByteArray secret(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
        auto address = ethereum::addressFromSecretKey(secret);
        if (!address || ethereum::checksumAddress(address.value()) != ethereum::checksumAddress(ethereum::parseAddress(hot.address).value())) {
            signing = Error{ErrorCode::Conflict, "the vault's hot:ethereum key is not the hot wallet's (" + hot.address + "); nothing signed"};
            return;
        }
        signing = tx.sign(secret);
    });
    if (!used)
        return used.error();
    if (!signing)
        return signing.error();

    PayoutRecord p;
    p.chain = Chain::Ethereum;
    p.asset = w.asset;
    p.source = hot.address;
    p.destination = w.destination;
    p.amount = w.amount;
    p.maxFee = Amount::fromBaseUnits(f.maxFeePerGas * static_cast<int128>(gas));
    p.sequence = sequence;
    p.rawTx = "0x" + tx.serialise().toHex().toStdString();
    p.txid = tx.hashHex();
    return p;
}

Result<void> EthereumPayer::send(const PayoutRecord &payout)
{
    auto sent = m_node.callAndWait(QStringLiteral("eth_sendRawTransaction"), QJsonArray{QString::fromStdString(payout.rawTx)});
    if (sent) {
        if (sent.value().toString().toLower().toStdString() != payout.txid)
            return Error{ErrorCode::Corrupted, "the node named the sent transaction " + sent.value().toString().toStdString()
                                                  + ", not " + payout.txid};
        return {};
    }
    if (alreadyKnown(sent.error().message))
        return {};
    if (sent.error().message.find("nonce too low") != std::string::npos
        || sent.error().message.find("the tx doesn't have the correct nonce") != std::string::npos) {
        // Ours, mined already; or another transaction took the nonce (the
        // hot key was used outside the console), and this one never will be.
        auto known = m_node.callAndWait(QStringLiteral("eth_getTransactionByHash"), QJsonArray{QString::fromStdString(payout.txid)});
        if (!known)
            return Error{ErrorCode::Unavailable, known.error().message};
        if (!known.value().isNull())
            return {};
        return Error{ErrorCode::InvalidInput, "nonce " + std::to_string(payout.sequence) + " of " + payout.source
                                                  + " was used by another transaction: " + sent.error().message};
    }
    if (ethereum::refusedByNode(sent.error())) {
        // Some nodes (ganache) refuse the very bytes they hold as an
        // underpriced replacement of themselves: known by hash, it is sent.
        auto known = m_node.callAndWait(QStringLiteral("eth_getTransactionByHash"), QJsonArray{QString::fromStdString(payout.txid)});
        if (known && !known.value().isNull())
            return {};
        return Error{ErrorCode::InvalidInput, sent.error().message};
    }
    return Error{ErrorCode::Unavailable, sent.error().message};
}

Result<PayoutStatus> EthereumPayer::status(const PayoutRecord &payout)
{
    const QJsonArray txid{QString::fromStdString(payout.txid)};
    auto receipt = m_node.callAndWait(QStringLiteral("eth_getTransactionReceipt"), txid);
    if (!receipt)
        return Error{ErrorCode::Unavailable, receipt.error().message};
    if (receipt.value().isNull()) {
        auto known = m_node.callAndWait(QStringLiteral("eth_getTransactionByHash"), txid);
        if (!known)
            return Error{ErrorCode::Unavailable, known.error().message};
        return PayoutStatus{known.value().isNull() ? PayoutStatus::Kind::Unseen : PayoutStatus::Kind::Pending, {}, {}};
    }
    const QJsonObject r = receipt.value().toObject();
    const auto block = ethereum::parseQuantity(r.value(QStringLiteral("blockNumber")));
    const auto gasUsed = ethereum::parseQuantity(r.value(QStringLiteral("gasUsed")));
    const auto price = ethereum::parseQuantity(r.value(QStringLiteral("effectiveGasPrice")));
    const QString state = r.value(QStringLiteral("status")).toString();
    if (!block || !gasUsed || !price || (state != QStringLiteral("0x1") && state != QStringLiteral("0x0")))
        return Error{ErrorCode::Unavailable, "the node's receipt of " + payout.txid + " lacks block, status, gasUsed or effectiveGasPrice"};
    auto settings = m_wallets.chainSettings(Chain::Ethereum);
    if (!settings)
        return settings.error();
    auto head = quantityOf(QStringLiteral("eth_blockNumber"), QJsonArray{});
    if (!head)
        return head.error();
    if (head.value() - *block + 1 < std::max(settings.value().confirmations, 1))
        return PayoutStatus{PayoutStatus::Kind::Pending, {}, {}};
    const auto fee = Amount::fromBaseUnits(*gasUsed).times(*price);
    if (!fee)
        return Error{ErrorCode::Unavailable, "the node's receipt of " + payout.txid + " claims a fee beyond what the exchange counts"};
    if (state == QStringLiteral("0x1")) {
        if (payout.asset != nativeAssetOf(Chain::Ethereum).code && !movedToken(r, payout))
            return PayoutStatus{PayoutStatus::Kind::Failed, fee.value(),
                                "the call succeeded but the token did not move (no Transfer of the amount to the destination)"};
        return PayoutStatus{PayoutStatus::Kind::Succeeded, fee.value(), {}};
    }
    return PayoutStatus{PayoutStatus::Kind::Failed, fee.value(), "reverted"};
}

bool EthereumPayer::movedToken(const QJsonObject &receipt, const PayoutRecord &payout)
{
    // The call went to the token's contract (the payout signed no other).
    return ethereum::receiptHasTransfer(receipt, receipt.value(QStringLiteral("to")).toString().toStdString(), payout.source,
                                        payout.destination, payout.amount.baseUnits());
}

} // namespace exchange::withdrawals
