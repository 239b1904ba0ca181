#include "core/chains/tokenprobe.h"

#include "core/chains/algorand/algodclient.h"
#include "core/chains/ethereum/jsonrpcclient.h"
#include "core/chains/tokenidentity.h"
#include "core/encoding/exactjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace exchange::chains {

namespace {

// decimals() of ERC-20 (EIP-20): the first 4 bytes of keccak256("decimals()").
constexpr auto kDecimalsSelector = "0x313ce567";

Error invalid(std::string message)
{
    return Error{ErrorCode::InvalidInput, std::move(message)};
}

bool isHex(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || (u >= 'a' && u <= 'f') || (u >= 'A' && u <= 'F')))
            return false;
    }
    return true;
}

} // namespace

Result<int> erc20Decimals(ethereum::JsonRpcClient &node, const std::string &contract)
{
    const QString address = QString::fromStdString(contract);
    auto code = node.callAndWait(QStringLiteral("eth_getCode"), QJsonArray{address, QStringLiteral("latest")});
    if (!code)
        return code.error();
    const QString codeText = code.value().toString();
    if (!code.value().isString() || !codeText.startsWith(QStringLiteral("0x")))
        return Error{ErrorCode::Unavailable, "eth_getCode: the node's answer is not hex data"};
    if (codeText == QStringLiteral("0x"))
        return invalid(contract + " is not a contract (the node has no code at that address)");
    auto answer = node.callAndWait(QStringLiteral("eth_call"),
                                   QJsonArray{QJsonObject{{QStringLiteral("to"), address},
                                                          {QStringLiteral("data"), QLatin1String(kDecimalsSelector)}},
                                              QStringLiteral("latest")});
    if (!answer) {
        if (answer.error().code == ErrorCode::Unavailable)
            return answer.error();
        return invalid("the contract " + contract + " does not answer ERC-20 decimals(): " + answer.error().message);
    }
    const QString word = answer.value().toString();
    // A uint8 ABI-encoded: one 32-byte word, all zero but its last byte.
    if (!answer.value().isString() || word.size() != 66 || !word.startsWith(QStringLiteral("0x"))
        || !isHex(QStringView(word).mid(2)))
        return invalid("the contract " + contract + " does not answer ERC-20 decimals() with a number (it answered "
                       + word.left(70).toStdString() + ")");
    if (QStringView(word).mid(2, 62) != QString(62, u'0'))
        return invalid("the contract " + contract + "'s decimals() is not a uint8");
    bool ok = false;
    const int decimals = QStringView(word).mid(64).toInt(&ok, 16);
    if (!ok)
        return invalid("the contract " + contract + "'s decimals() is not a number");
    return decimals;
}

Result<int> asaDecimals(algorand::AlgodClient &node, std::uint64_t assetId)
{
    const std::string what = "/v2/assets/" + std::to_string(assetId);
    auto answer = node.getAndWait(QString::fromStdString(what));
    if (!answer)
        return answer.error();
    if (answer.value().status == 404)
        return invalid("ASA " + std::to_string(assetId) + " does not exist on the node's network ("
                       + algorand::errorMessage(answer.value().body) + ")");
    if (answer.value().status != 200)
        return Error{ErrorCode::Unavailable, "algod " + what + ": HTTP " + std::to_string(answer.value().status) + " ("
                                                 + algorand::errorMessage(answer.value().body) + ")"};
    const std::string text = answer.value().body.toStdString();
    auto json = encoding::parseJson(text);
    const auto bad = [&](const std::string &why) {
        return Error{ErrorCode::Unavailable, "algod " + what + ": " + why};
    };
    if (!json || json.value().kind != encoding::JsonValue::Kind::Object)
        return bad("the answer is not a JSON object");
    const encoding::JsonValue *index = json.value().member("index");
    if (!index || index->kind != encoding::JsonValue::Kind::Number || algorand::parseUint64(index->text) != assetId)
        return bad("the answer is not about this asset");
    const encoding::JsonValue *params = json.value().member("params");
    if (!params || params->kind != encoding::JsonValue::Kind::Object)
        return bad("the answer has no params");
    const encoding::JsonValue *decimals = params->member("decimals");
    if (!decimals || decimals->kind != encoding::JsonValue::Kind::Number)
        return bad("params has no decimals");
    const auto n = algorand::parseUint64(decimals->text);
    if (!n || *n > 19) // algod: 0 to 19
        return bad("params.decimals is not 0 to 19: " + decimals->text);
    return static_cast<int>(*n);
}

Result<int> tokenDecimalsFromNode(const AssetIdentity &identity, const std::string &nodeUrl)
{
    if (const auto fixed = fixedTokenDecimals(identity.kind))
        return *fixed;
    if (identity.kind != AssetKind::Erc20 && identity.kind != AssetKind::AlgorandAsa)
        return invalid("a native asset has no token to ask the node about");
    if (nodeUrl.empty())
        return Error{ErrorCode::WrongState, "the chain has no node URL set: set it (chain set) before adding a token"};
    const QUrl url(QString::fromStdString(nodeUrl));
    if (identity.kind == AssetKind::Erc20) {
        ethereum::JsonRpcClient node(url);
        return erc20Decimals(node, identity.contract);
    }
    algorand::AlgodClient node(url);
    return asaDecimals(node, identity.asaId);
}

Result<int> confirmTokenDecimals(const AssetIdentity &identity, int typedDecimals, const std::string &nodeUrl)
{
    auto fromNode = tokenDecimalsFromNode(identity, nodeUrl);
    if (!fromNode)
        return fromNode.error();
    if (fromNode.value() != typedDecimals)
        return invalid("the token has " + std::to_string(fromNode.value()) + " decimals, not "
                       + std::to_string(typedDecimals) + " as typed");
    return fromNode.value();
}

} // namespace exchange::chains
