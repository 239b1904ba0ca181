#include "core/chains/chainchecks.h"

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/messagesignature.h"
#include "core/chains/algorand/paymenttransaction.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/personalsign.h"
#include "core/chains/ethereum/transaction.h"
#include "core/chains/stellar/messagesignature.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/chains/stellar/strkey.h"
#include "core/crypto/base64.h"
#include "core/crypto/hex.h"

#include <QJsonArray>

#include <cctype>

namespace exchange::chains {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

Result<std::string> hexTxId(std::string_view digits, const char *chain)
{
    if (digits.size() != 64)
        return makeError(ErrorCode::InvalidInput, std::string("a ") + chain
                             + " transaction id has 64 hex digits, not " + std::to_string(digits.size()));
    auto bytes = hex::decode(digits);
    if (!bytes)
        return makeError(ErrorCode::InvalidInput, std::string("a ") + chain
                             + " transaction id is hex: " + bytes.error().message);
    return hex::encode(bytes.value());
}

QJsonObject ethereumJson(const ethereum::Transaction &tx)
{
    QJsonObject json;
    json[QStringLiteral("type")] = tx.type == ethereum::Transaction::Type::Legacy ? 0 : 2;
    if (tx.chainId)
        json[QStringLiteral("chainId")] = qs(std::to_string(*tx.chainId));
    json[QStringLiteral("nonce")] = qs(std::to_string(tx.nonce));
    if (tx.type == ethereum::Transaction::Type::Legacy) {
        json[QStringLiteral("gasPrice")] = qs(tx.gasPrice.toDecimal());
    } else {
        json[QStringLiteral("maxPriorityFeePerGas")] = qs(tx.maxPriorityFeePerGas.toDecimal());
        json[QStringLiteral("maxFeePerGas")] = qs(tx.maxFeePerGas.toDecimal());
    }
    json[QStringLiteral("gasLimit")] = qs(std::to_string(tx.gasLimit));
    json[QStringLiteral("to")] = tx.to ? QJsonValue(qs(ethereum::checksumAddress(*tx.to))) : QJsonValue();
    json[QStringLiteral("value")] = qs(tx.value.toDecimal());
    json[QStringLiteral("data")] = qs("0x" + hex::encode(tx.data));
    if (tx.type == ethereum::Transaction::Type::Eip1559) {
        QJsonArray accessList;
        for (const auto &entry : tx.accessList) {
            QJsonArray keys;
            for (const QByteArray &key : entry.storageKeys)
                keys.append(qs("0x" + hex::encode(key)));
            accessList.append(QJsonObject{{QStringLiteral("address"), qs(ethereum::checksumAddress(entry.address))},
                                          {QStringLiteral("storageKeys"), keys}});
        }
        json[QStringLiteral("accessList")] = accessList;
    }
    json[QStringLiteral("r")] = qs("0x" + hex::encode(tx.signature->r.toBigEndian32()));
    json[QStringLiteral("s")] = qs("0x" + hex::encode(tx.signature->s.toBigEndian32()));
    json[QStringLiteral("yParity")] = tx.signature->yParity;
    json[QStringLiteral("from")] = qs(ethereum::checksumAddress(tx.sender().value()));
    json[QStringLiteral("hash")] = qs(tx.hashHex());
    return json;
}

QJsonObject algorandJson(const algorand::PaymentTransaction &tx)
{
    const auto address = [](const QByteArray &key) {
        return key.isEmpty() ? QJsonValue() : QJsonValue(qs(algorand::encodeAddress(key)));
    };
    QJsonObject json;
    json[QStringLiteral("type")] = QStringLiteral("pay");
    json[QStringLiteral("sender")] = address(tx.sender);
    json[QStringLiteral("receiver")] = tx.receiver.isEmpty()
        ? QJsonValue(qs(algorand::encodeAddress(QByteArray(32, '\0'))))
        : address(tx.receiver);
    json[QStringLiteral("amount")] = qs(std::to_string(tx.amount));
    json[QStringLiteral("fee")] = qs(std::to_string(tx.fee));
    json[QStringLiteral("firstValid")] = qs(std::to_string(tx.firstValid));
    json[QStringLiteral("lastValid")] = qs(std::to_string(tx.lastValid));
    json[QStringLiteral("genesisId")] = qs(tx.genesisId);
    json[QStringLiteral("genesisHash")] = qs(base64::encode(tx.genesisHash));
    json[QStringLiteral("note")] = qs(base64::encode(tx.note));
    json[QStringLiteral("lease")] = tx.lease.isEmpty() ? QJsonValue() : QJsonValue(qs(base64::encode(tx.lease)));
    json[QStringLiteral("group")] = tx.group.isEmpty() ? QJsonValue() : QJsonValue(qs(base64::encode(tx.group)));
    json[QStringLiteral("closeRemainderTo")] = address(tx.closeRemainderTo);
    json[QStringLiteral("rekeyTo")] = address(tx.rekeyTo);
    json[QStringLiteral("authAddress")] = address(tx.authAddress);
    json[QStringLiteral("signatureValid")] = tx.hasValidSignature();
    json[QStringLiteral("txId")] = qs(tx.id());
    return json;
}

QJsonObject stellarJson(const stellar::PaymentTransaction &tx, std::string_view passphrase)
{
    QJsonObject json;
    json[QStringLiteral("source")] = qs(tx.source.toString());
    json[QStringLiteral("fee")] = qs(std::to_string(tx.fee));
    json[QStringLiteral("sequence")] = qs(std::to_string(tx.sequence));
    if (tx.timeBounds) {
        json[QStringLiteral("timeBounds")] = QJsonObject{
            {QStringLiteral("minTime"), qs(std::to_string(tx.timeBounds->minTime))},
            {QStringLiteral("maxTime"), qs(std::to_string(tx.timeBounds->maxTime))}};
    }
    switch (tx.memo.type) {
    case stellar::Memo::Type::None:
        json[QStringLiteral("memo")] = QJsonObject{{QStringLiteral("type"), QStringLiteral("none")}};
        break;
    case stellar::Memo::Type::Text:
        json[QStringLiteral("memo")] = QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                                   {QStringLiteral("value"), QString::fromUtf8(tx.memo.text.data(), static_cast<qsizetype>(tx.memo.text.size()))}};
        break;
    case stellar::Memo::Type::Id:
        json[QStringLiteral("memo")] = QJsonObject{{QStringLiteral("type"), QStringLiteral("id")},
                                                   {QStringLiteral("value"), qs(std::to_string(tx.memo.id))}};
        break;
    }
    json[QStringLiteral("operationSource")] = tx.operationSource ? QJsonValue(qs(tx.operationSource->toString())) : QJsonValue();
    switch (tx.operation) {
    case stellar::OperationType::Payment:
        json[QStringLiteral("operation")] = QStringLiteral("payment");
        break;
    case stellar::OperationType::CreateAccount:
        json[QStringLiteral("operation")] = QStringLiteral("create_account");
        break;
    case stellar::OperationType::ChangeTrust:
        json[QStringLiteral("operation")] = QStringLiteral("change_trust");
        break;
    case stellar::OperationType::ManageData:
        json[QStringLiteral("operation")] = QStringLiteral("manage_data");
        break;
    case stellar::OperationType::AccountMerge:
        json[QStringLiteral("operation")] = QStringLiteral("account_merge");
        break;
    }
    switch (tx.operation) {
    case stellar::OperationType::ManageData:
        json[QStringLiteral("name")] = qs(tx.dataName);
        json[QStringLiteral("value")] = tx.dataValue ? QJsonValue(QString::fromLatin1(tx.dataValue->toBase64())) : QJsonValue();
        break;
    case stellar::OperationType::ChangeTrust:
        json[QStringLiteral("asset")] = qs(tx.asset.toString());
        json[QStringLiteral("limit")] = qs(std::to_string(tx.amount));
        break;
    case stellar::OperationType::AccountMerge:
        json[QStringLiteral("destination")] = qs(tx.destination.toString());
        break;
    case stellar::OperationType::Payment:
    case stellar::OperationType::CreateAccount:
        json[QStringLiteral("asset")] = qs(tx.asset.toString());
        json[QStringLiteral("destination")] = qs(tx.destination.toString());
        json[QStringLiteral("amount")] = qs(std::to_string(tx.amount));
        break;
    }
    json[QStringLiteral("signatures")] = static_cast<int>(tx.signatures.size());
    json[QStringLiteral("signedBySource")] = tx.isSignedBy(tx.source.publicKey, passphrase);
    json[QStringLiteral("hash")] = qs(tx.hashHex(passphrase));
    return json;
}

} // namespace

Result<std::string> validateAddress(Chain chain, std::string_view address)
{
    switch (chain) {
    case Chain::Ethereum: {
        auto bytes = ethereum::parseAddress(address);
        if (!bytes)
            return bytes.error();
        return ethereum::checksumAddress(bytes.value());
    }
    case Chain::Algorand: {
        auto key = algorand::decodeAddress(address);
        if (!key)
            return key.error();
        return std::string(address);
    }
    case Chain::Stellar: {
        auto account = stellar::StellarAccount::fromString(address);
        if (!account)
            return account.error();
        return account.value().toString();
    }
    }
    return makeError(ErrorCode::InvalidInput, "unknown chain");
}

Result<std::string> validateTxId(Chain chain, std::string_view txId)
{
    switch (chain) {
    case Chain::Ethereum: {
        if (txId.size() < 2 || txId[0] != '0' || txId[1] != 'x')
            return makeError(ErrorCode::InvalidInput, "an Ethereum transaction id starts with 0x");
        auto digits = hexTxId(txId.substr(2), "Ethereum");
        if (!digits)
            return digits.error();
        return "0x" + digits.value();
    }
    case Chain::Algorand: {
        auto bytes = algorand::decodeTxId(txId);
        if (!bytes)
            return bytes.error();
        return std::string(txId);
    }
    case Chain::Stellar:
        if (txId.size() >= 2 && txId[0] == '0' && (txId[1] == 'x' || txId[1] == 'X'))
            return makeError(ErrorCode::InvalidInput, "a Stellar transaction id is 64 hex digits without 0x");
        return hexTxId(txId, "Stellar");
    }
    return makeError(ErrorCode::InvalidInput, "unknown chain");
}

Result<QByteArray> parseSignature(Chain chain, std::string_view signature)
{
    if (chain == Chain::Ethereum) {
        auto bytes = hex::decodeOptionalPrefix(signature);
        if (!bytes)
            return makeError(ErrorCode::InvalidInput, "an Ethereum signature is hex, with or without 0x: " + bytes.error().message);
        return bytes;
    }
    if (signature.size() == 128 || (signature.size() == 130 && signature.substr(0, 2) == "0x")) {
        if (auto bytes = hex::decodeOptionalPrefix(signature))
            return bytes;
    }
    auto bytes = base64::decode(signature);
    if (!bytes)
        return makeError(ErrorCode::InvalidInput, "an Ed25519 signature is base64 or 128 hex digits: "
                             + bytes.error().message);
    return bytes;
}

Result<MessageScheme> verifyMessage(Chain chain, std::string_view signer, const QByteArray &message,
                                    std::string_view signatureText)
{
    auto signature = parseSignature(chain, signatureText);
    if (!signature)
        return signature.error();
    switch (chain) {
    case Chain::Ethereum:
        if (auto verified = ethereum::verifyPersonalMessage(signer, message, signature.value()); !verified)
            return verified.error();
        return MessageScheme::PersonalSign;
    case Chain::Algorand:
        if (auto verified = algorand::verifyBytes(signer, message, signature.value()); !verified)
            return verified.error();
        return MessageScheme::AlgorandSignBytes;
    case Chain::Stellar: {
        // SEP-53 signs a SHA-256 digest, plain Ed25519 the message itself:
        // no message of one is the other's, so accepting both confuses none.
        auto plain = stellar::verifyMessage(signer, message, signature.value());
        if (plain)
            return MessageScheme::StellarEd25519;
        if (stellar::verifySep53Message(signer, message, signature.value()))
            return MessageScheme::StellarSep53;
        if (stellar::strkey::decodeAccountId(signer) && signature->size() == 64)
            return makeError(ErrorCode::InvalidInput, "the signature does not match this message and account, "
                                                      "neither as plain Ed25519 nor as SEP-53");
        return plain.error();
    }
    }
    return makeError(ErrorCode::InvalidInput, "unknown chain");
}

Result<QJsonObject> decodeTransaction(Chain chain, std::string_view raw, std::string_view stellarNetworkPassphrase)
{
    switch (chain) {
    case Chain::Ethereum: {
        auto bytes = hex::decodePrefixed(raw);
        if (!bytes)
            return makeError(ErrorCode::InvalidInput, "a raw Ethereum transaction is 0x-prefixed hex: "
                                 + bytes.error().message);
        auto tx = ethereum::Transaction::parse(bytes.value());
        if (!tx)
            return tx.error();
        return ethereumJson(tx.value());
    }
    case Chain::Algorand: {
        // algosdk users print base64; goal and explorers show hex too.
        auto bytes = base64::decode(raw);
        if (!bytes)
            bytes = hex::decodeOptionalPrefix(raw);
        if (!bytes)
            return makeError(ErrorCode::InvalidInput, "a raw Algorand transaction is base64 or hex msgpack");
        auto tx = algorand::PaymentTransaction::decodeSigned(bytes.value());
        if (!tx) {
            // A hex string can also be valid base64; give hex its chance.
            if (auto asHex = hex::decodeOptionalPrefix(raw); asHex && asHex.value() != bytes.value()) {
                if (auto retry = algorand::PaymentTransaction::decodeSigned(asHex.value()))
                    return algorandJson(retry.value());
            }
            return tx.error();
        }
        return algorandJson(tx.value());
    }
    case Chain::Stellar: {
        auto tx = stellar::PaymentTransaction::fromEnvelopeBase64(raw);
        if (!tx)
            return tx.error();
        return stellarJson(tx.value(), stellarNetworkPassphrase);
    }
    }
    return makeError(ErrorCode::InvalidInput, "unknown chain");
}

} // namespace exchange::chains
