#include "core/withdrawals/ethereumreplenisher.h"

#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/erc20event.h"
#include "core/chains/ethereum/tokentransfergas.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/ethereum/transaction.h"
#include "core/crypto/hex.h"

#include <QJsonObject>

#include <algorithm>

namespace exchange::withdrawals {

namespace {

constexpr int128 kDefaultPriorityFee = 1'000'000'000; // 1 gwei, when the node reports none

Result<UInt256> toUint256(Amount amount)
{
    if (amount.isNegative())
        return Error{ErrorCode::InvalidInput, "a negative amount cannot be sent"};
    return UInt256::fromUint128(static_cast<uint128>(amount.baseUnits()));
}

std::string wei(const UInt256 &v)
{
    return v.toDecimal() + " wei";
}

std::string show(const std::optional<QByteArray> &to)
{
    return to ? ethereum::checksumAddress(*to) : std::string("(contract creation)");
}

// The recipient and value of a transfer(address,uint256) call: the
// selector, then two 32-byte words; nullopt for any other data.
struct TokenCall {
    std::string to;
    std::string value;
};

std::optional<TokenCall> tokenCall(const QByteArray &data)
{
    if (data.size() != 4 + 64 || "0x" + data.left(4).toHex() != QByteArray(ethereum::kErc20TransferSelector)
        || data.mid(4, 12) != QByteArray(12, '\0'))
        return std::nullopt;
    auto value = UInt256::fromBigEndian(data.mid(36, 32));
    if (!value)
        return std::nullopt;
    return TokenCall{ethereum::checksumAddress(data.mid(16, 20)), value.value().toDecimal()};
}

// Whether the receipt holds `contract`'s Transfer of the call's value from
// the sender to the call's recipient.
bool movedToken(const QJsonObject &receipt, const QByteArray &contract, const TokenCall &call)
{
    const std::string from = receipt.value(QStringLiteral("from")).toString().toLower().toStdString();
    const std::string token = "0x" + contract.toHex().toStdString();
    const std::string to = QString::fromStdString(call.to).toLower().toStdString();
    for (const QJsonValue &entry : receipt.value(QStringLiteral("logs")).toArray()) {
        auto transfer = ethereum::readErc20Transfer(entry.toObject());
        if (!transfer || !transfer.value())
            continue;
        const ethereum::Erc20Transfer &t = *transfer.value();
        if (t.contract == token && t.from == from && t.to == to && Amount::fromBaseUnits(t.value).toBaseUnitString() == call.value)
            return true;
    }
    return false;
}

} // namespace

EthereumReplenisher::EthereumReplenisher(ethereum::JsonRpcClient &node, std::string expectedChainId)
    : m_node(node), m_expectedChainId(std::move(expectedChainId))
{
}

Result<Amount> EthereumReplenisher::quantity(const QString &method, const QJsonArray &params)
{
    auto answer = m_node.callAndWait(method, params);
    if (!answer)
        return answer.error();
    const auto value = ethereum::parseQuantity(answer.value());
    if (!value)
        return Error{ErrorCode::Unavailable, method.toStdString() + ": " + value.error().message};
    return Amount::fromBaseUnits(*value);
}

Result<EthereumReplenisher::Fees> EthereumReplenisher::fees()
{
    if (m_fees)
        return *m_fees;
    auto history = m_node.callAndWait(QStringLiteral("eth_feeHistory"),
                                      QJsonArray{QStringLiteral("0x5"), QStringLiteral("latest"), QJsonArray{50}});
    Fees f;
    const QJsonObject h = history ? history.value().toObject() : QJsonObject();
    const QJsonArray baseFees = h.value(QStringLiteral("baseFeePerGas")).toArray();
    const auto nextBase = ethereum::parseQuantity(baseFees.isEmpty() ? QJsonValue() : baseFees.last());
    if (nextBase) {
        int128 priority = 0;
        for (const QJsonValue &block : h.value(QStringLiteral("reward")).toArray()) {
            if (const auto r = ethereum::parseQuantity(block.toArray().first()))
                priority = std::max(priority, *r);
        }
        if (priority == 0)
            priority = kDefaultPriorityFee;
        f.priorityFeePerGas = Amount::fromBaseUnits(priority);
        f.maxFeePerGas = Amount::fromBaseUnits(*nextBase * 2 + priority);
    } else {
        // No fee history (an old node): the gas price for both, as the
        // collector does.
        auto price = quantity(QStringLiteral("eth_gasPrice"), QJsonArray{});
        if (!price)
            return price.error();
        f.priorityFeePerGas = price.value();
        f.maxFeePerGas = price.value();
    }
    m_fees = f;
    return f;
}

Result<Amount> EthereumReplenisher::spendable(const std::string &address, const Asset &asset)
{
    if (asset.identity.isNative())
        return quantity(QStringLiteral("eth_getBalance"), QJsonArray{QString::fromStdString(address), QStringLiteral("latest")});
    if (asset.identity.kind != AssetKind::Erc20)
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Ethereum"};
    const QJsonObject call{{QStringLiteral("to"), QString::fromStdString(asset.identity.contract)},
                           {QStringLiteral("data"), ethereum::balanceOfCall(address)}};
    auto answer = m_node.callAndWait(QStringLiteral("eth_call"), QJsonArray{call, QStringLiteral("latest")});
    if (!answer)
        return answer.error();
    auto units = ethereum::readUintWord(answer.value().toString());
    if (!units)
        return Error{ErrorCode::Unavailable, "the node's balanceOf of " + asset.code + ": " + units.error().message};
    return Amount::fromBaseUnits(units.value());
}

Result<Amount> EthereumReplenisher::feeAllowance(const Asset &asset)
{
    if (!asset.identity.isNative() && asset.identity.kind != AssetKind::Erc20)
        return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Ethereum"};
    auto f = fees();
    if (!f)
        return f.error();
    const std::uint64_t gas = asset.identity.isNative() ? kTransferGas : kTokenGasAllowance;
    return Amount::fromBaseUnits(f.value().maxFeePerGas.baseUnits() * static_cast<int128>(gas));
}

Result<std::uint64_t> EthereumReplenisher::tokenGas(const std::string &from, const std::string &to, Amount amount,
                                                    const Asset &asset)
{
    return ethereum::tokenTransferGas(m_node, {from, asset.identity.contract, to, amount.baseUnits(),
                                               asset.code + " " + asset.format(amount)});
}

Result<PreparedTransfer> EthereumReplenisher::prepare(const std::string &from, const std::string &to, Amount amount,
                                                      const Asset &asset)
{
    auto toBytes = ethereum::parseAddress(to);
    if (!toBytes)
        return toBytes.error();
    auto value = toUint256(amount);
    if (!value)
        return value.error();
    std::optional<QByteArray> contract;
    if (!asset.identity.isNative()) {
        if (asset.identity.kind != AssetKind::Erc20)
            return Error{ErrorCode::InvalidInput, asset.code + " is not an asset of Ethereum"};
        auto parsed = ethereum::parseAddress(asset.identity.contract);
        if (!parsed)
            return Error{ErrorCode::InvalidInput, asset.code + "'s contract is not an Ethereum address"};
        contract = parsed.value();
    }
    auto chainId = quantity(QStringLiteral("eth_chainId"), QJsonArray{});
    if (!chainId)
        return chainId.error();
    if (!m_expectedChainId.empty() && m_expectedChainId != chainId.value().toBaseUnitString())
        return Error{ErrorCode::Conflict, "the node is on chain id " + chainId.value().toBaseUnitString()
                                              + ", the settings say " + m_expectedChainId};
    auto nonce = quantity(QStringLiteral("eth_getTransactionCount"),
                          QJsonArray{QString::fromStdString(from), QStringLiteral("pending")});
    if (!nonce)
        return nonce.error();
    auto f = fees();
    if (!f)
        return f.error();
    ethereum::Transaction tx;
    tx.type = ethereum::Transaction::Type::Eip1559;
    tx.chainId = static_cast<std::uint64_t>(chainId.value().baseUnits());
    tx.nonce = static_cast<std::uint64_t>(nonce.value().baseUnits());
    tx.maxPriorityFeePerGas = toUint256(f.value().priorityFeePerGas).value();
    tx.maxFeePerGas = toUint256(f.value().maxFeePerGas).value();
    if (contract) {
        auto gas = tokenGas(from, to, amount, asset);
        if (!gas)
            return gas.error();
        tx.gasLimit = gas.value();
        tx.to = *contract;
        tx.data = QByteArray::fromHex(ethereum::transferCall(to, amount.baseUnits()).mid(2).toLatin1());
    } else {
        tx.gasLimit = kTransferGas;
        tx.to = toBytes.value();
        tx.value = value.value();
    }
    if (auto valid = tx.validate(); !valid)
        return valid.error();
    return PreparedTransfer{tx.signingPayload(),
                            Amount::fromBaseUnits(f.value().maxFeePerGas.baseUnits() * static_cast<int128>(tx.gasLimit))};
}

QByteArray EthereumReplenisher::fileContents(const QByteArray &unsignedTx) const
{
    return "0x" + unsignedTx.toHex() + "\n";
}

Result<SignedTransfer> EthereumReplenisher::readSigned(const QByteArray &file) const
{
    const std::string text = file.trimmed().toStdString();
    auto raw = hex::decodePrefixed(text);
    if (!raw)
        return Error{ErrorCode::InvalidInput, "not a signed Ethereum transaction (0x and hex digits)"};
    auto tx = ethereum::Transaction::parse(raw.value());
    if (!tx) {
        if (ethereum::Transaction::parseUnsigned(raw.value()))
            return Error{ErrorCode::InvalidInput, "this Ethereum transaction is not signed yet: sign the exported file first"};
        return tx.error();
    }
    if (tx.value().type != ethereum::Transaction::Type::Eip1559)
        return Error{ErrorCode::InvalidInput, "a legacy Ethereum transaction was signed, not the exported EIP-1559 one"};
    return SignedTransfer{tx.value().signingPayload(), raw.value(), tx.value().hashHex()};
}

Result<void> EthereumReplenisher::checkSigner(const SignedTransfer &transfer, const std::string &from) const
{
    auto tx = ethereum::Transaction::parse(transfer.signedTx);
    if (!tx)
        return tx.error();
    auto signer = tx.value().sender();
    auto expected = ethereum::parseAddress(from);
    if (!signer || !expected)
        return Error{ErrorCode::InvalidInput, "the signature does not recover a signer"};
    if (signer.value() != expected.value())
        return Error{ErrorCode::InvalidInput, "signed by " + ethereum::checksumAddress(signer.value()) + ", not by the source wallet "
                                                  + from + ": nothing was sent"};
    return {};
}

Result<AssetIdentity> EthereumReplenisher::movedAsset(const QByteArray &unsignedTx) const
{
    auto tx = ethereum::Transaction::parseUnsigned(unsignedTx);
    if (!tx)
        return tx.error();
    if (tx.value().data.isEmpty())
        return AssetIdentity::native();
    if (!tx.value().to || !tokenCall(tx.value().data))
        return Error{ErrorCode::InvalidInput, "the Ethereum transaction is neither ether nor a token's transfer call"};
    return AssetIdentity::erc20(ethereum::checksumAddress(*tx.value().to));
}

std::string EthereumReplenisher::describeDifference(const QByteArray &exported, const QByteArray &other) const
{
    auto a = ethereum::Transaction::parseUnsigned(exported);
    auto b = ethereum::Transaction::parseUnsigned(other);
    if (!a || !b)
        return "a different transaction";
    std::vector<std::string> diffs;
    const auto add = [&](const char *field, const std::string &x, const std::string &y) {
        if (x != y)
            diffs.push_back(std::string(field) + ": " + x + " in the export, " + y + " in the file");
    };
    const auto &x = a.value();
    const auto &y = b.value();
    add("amount", wei(x.value), wei(y.value));
    add("to", show(x.to), show(y.to));
    const auto xCall = tokenCall(x.data);
    const auto yCall = tokenCall(y.data);
    if (xCall || yCall) {
        // A token transfer: `to` is the contract, the data names who gets how many base units.
        add("token recipient", xCall ? xCall->to : std::string("(none)"), yCall ? yCall->to : std::string("(none)"));
        add("token amount", xCall ? xCall->value : std::string("(none)"), yCall ? yCall->value : std::string("(none)"));
    }
    add("nonce", std::to_string(x.nonce), std::to_string(y.nonce));
    add("chain id", std::to_string(x.chainId.value_or(0)), std::to_string(y.chainId.value_or(0)));
    add("max fee per gas", wei(x.maxFeePerGas), wei(y.maxFeePerGas));
    add("priority fee per gas", wei(x.maxPriorityFeePerGas), wei(y.maxPriorityFeePerGas));
    add("gas limit", std::to_string(x.gasLimit), std::to_string(y.gasLimit));
    add("data", hex::encode(x.data), hex::encode(y.data));
    if (x.accessList != y.accessList)
        diffs.push_back("access list differs");
    if (diffs.empty())
        return "a different encoding of the same fields";
    std::string out;
    for (const auto &d : diffs)
        out += (out.empty() ? "" : "; ") + d;
    return out;
}

Result<void> EthereumReplenisher::broadcast(const SignedTransfer &transfer)
{
    auto sent = m_node.callAndWait(QStringLiteral("eth_sendRawTransaction"),
                                   QJsonArray{QString::fromStdString("0x" + hex::encode(transfer.signedTx))});
    if (!sent) {
        // Sent before (a crash after the broadcast, or the same file again):
        // the node knows it, which is all a broadcast is for.
        auto known = status(transfer.txid, transfer.unsignedTx);
        if (known && known.value().verdict != ChainVerdict::Unknown)
            return {};
        return Error{sent.error().code == ErrorCode::Unavailable ? ErrorCode::Unavailable : ErrorCode::InvalidInput,
                     "the node refused the transaction: " + sent.error().message};
    }
    return {};
}

Result<ChainStatus> EthereumReplenisher::status(const std::string &txid, const QByteArray &unsignedTx)
{
    auto receipt = m_node.callAndWait(QStringLiteral("eth_getTransactionReceipt"), QJsonArray{QString::fromStdString(txid)});
    if (!receipt)
        return receipt.error();
    if (receipt.value().isNull()) {
        auto tx = m_node.callAndWait(QStringLiteral("eth_getTransactionByHash"), QJsonArray{QString::fromStdString(txid)});
        if (!tx)
            return tx.error();
        return ChainStatus{tx.value().isNull() ? ChainVerdict::Unknown : ChainVerdict::Pending, {}, std::nullopt};
    }
    const QJsonObject r = receipt.value().toObject();
    const QString state = r.value(QStringLiteral("status")).toString();
    const auto gasUsed = ethereum::parseQuantity(r.value(QStringLiteral("gasUsed")));
    const auto price = ethereum::parseQuantity(r.value(QStringLiteral("effectiveGasPrice")));
    if (!gasUsed || !price)
        return Error{ErrorCode::Unavailable, "the node's receipt of " + txid + " lacks gasUsed or effectiveGasPrice"};
    const auto fee = Amount::fromBaseUnits(*gasUsed).times(*price);
    if (!fee)
        return Error{ErrorCode::Unavailable, "the node's receipt of " + txid + " claims a fee beyond what the exchange counts"};
    if (state == u"0x1") {
        auto exported = ethereum::Transaction::parseUnsigned(unsignedTx);
        const auto call = exported ? tokenCall(exported.value().data) : std::nullopt;
        if (exported && !exported.value().data.isEmpty() && !(call && exported.value().to && movedToken(r, *exported.value().to, *call)))
            return ChainStatus{ChainVerdict::Failed,
                               "the call succeeded but the token did not move (no Transfer of the amount to the destination)",
                               fee.value()};
        return ChainStatus{ChainVerdict::Confirmed, {}, fee.value()};
    }
    return ChainStatus{ChainVerdict::Failed, "the transaction was included but failed (status " + state.toStdString() + ")", fee.value()};
}

} // namespace exchange::withdrawals
