// interop_tool: the core's chain primitives behind a JSON-lines pipe, so the
// Node driver (interop.mjs) can cross-check them against ethers, algosdk and
// the Stellar SDK. One request per input line, one answer per output line;
// bytes travel as hex unless the chain's own convention is base64.

#include "core/chains/algorand/address.h"
#include "core/chains/algorand/assettransfertransaction.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/algorand/messagesignature.h"
#include "core/chains/algorand/paymenttransaction.h"
#include "core/chains/chainchecks.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/chains/ethereum/personalsign.h"
#include "core/chains/ethereum/transaction.h"
#include "core/chains/stellar/feebumptransaction.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/messagesignature.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/chains/stellar/stellarasset.h"
#include "core/crypto/base64.h"
#include "core/crypto/bip32key.h"
#include "core/crypto/bip32publickey.h"
#include "core/crypto/bip39.h"
#include "core/customers/depositkeys.h"
#include "core/deposits/horizonpayment.h"
#include "core/crypto/hex.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <iostream>
#include <string>

using namespace exchange;

namespace {

std::string str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().toStdString();
}

QByteArray hexField(const QJsonObject &o, const char *key)
{
    auto bytes = hex::decodeOptionalPrefix(str(o, key));
    if (!bytes)
        throw std::runtime_error(std::string("bad hex in ") + key);
    return bytes.value();
}

std::uint64_t u64(const QJsonObject &o, const char *key)
{
    return std::stoull(str(o, key));
}

UInt256 u256(const QJsonObject &o, const char *key)
{
    return UInt256::fromDecimal(str(o, key)).value();
}

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QJsonObject verdict(const Result<chains::MessageScheme> &result)
{
    QJsonObject out{{QStringLiteral("valid"), result.ok()}};
    if (result)
        out[QStringLiteral("scheme")] = QString::fromLatin1(chains::messageSchemeName(result.value()));
    else
        out[QStringLiteral("reason")] = qs(result.error().message);
    return out;
}

// A Stellar transaction from the seed's account with the request's fee,
// sequence, time bounds and memo (the operation is the caller's).
stellar::PaymentTransaction stellarEnvelopeFields(const QJsonObject &t, const QByteArray &seed)
{
    stellar::PaymentTransaction tx;
    tx.source = stellar::StellarAccount::fromString(stellar::accountIdFromSeed(seed)).value();
    tx.fee = static_cast<std::uint32_t>(u64(t, "fee"));
    tx.sequence = std::stoll(str(t, "sequence"));
    if (t.contains(QStringLiteral("maxTime")))
        tx.timeBounds = stellar::TimeBounds{u64(t, "minTime"), u64(t, "maxTime")};
    const std::string memoType = str(t, "memoType");
    if (memoType == "text")
        tx.memo = {stellar::Memo::Type::Text, str(t, "memo"), 0};
    else if (memoType == "id")
        tx.memo = {stellar::Memo::Type::Id, {}, u64(t, "memo")};
    return tx;
}

// A one-operation Stellar transaction of a token (payment of a credit asset,
// change_trust), optionally with an operation source that signs too: the
// envelope and hash the core makes, for payout_vectors.mjs to compare with
// the SDK's TransactionBuilder.
QJsonObject stellarTokenTx(const QJsonObject &in)
{
    const QJsonObject t = in.value(QStringLiteral("tx")).toObject();
    const QByteArray seed = hexField(in, "seed");
    const std::string network = str(in, "network");
    stellar::PaymentTransaction tx = stellarEnvelopeFields(t, seed);
    auto asset = stellar::StellarAsset::credit(str(t, "code"), str(t, "issuer"));
    if (!asset)
        return {{QStringLiteral("error"), qs(asset.error().message)}};
    tx.asset = asset.value();
    const bool channel = in.contains(QStringLiteral("channelSeed"));
    if (channel)
        tx.operationSource = stellar::StellarAccount::fromString(stellar::accountIdFromSeed(hexField(in, "channelSeed"))).value();
    if (str(t, "operation") == "change_trust") {
        tx.operation = stellar::OperationType::ChangeTrust;
        tx.amount = t.contains(QStringLiteral("limit")) ? std::stoll(str(t, "limit")) : stellar::MaxTrustLimit;
    } else {
        tx.destination = stellar::StellarAccount::fromString(str(t, "destination")).value();
        tx.amount = std::stoll(str(t, "amount"));
    }
    if (auto valid = tx.validate(); !valid)
        return {{QStringLiteral("error"), qs(valid.error().message)}};
    tx.sign(seed, network);
    if (channel)
        tx.sign(hexField(in, "channelSeed"), network);
    return {{QStringLiteral("envelope"), qs(tx.envelopeBase64())}, {QStringLiteral("hash"), qs(tx.hashHex(network))}};
}

// A Stellar manage_data (a data entry set to the hex "value", or deleted
// when "value" is absent) signed by the seed's account: the envelope and
// hash the core makes, for payout_vectors.mjs to compare with the SDK's
// Operation.manageData.
QJsonObject stellarDataTx(const QJsonObject &in)
{
    const QJsonObject t = in.value(QStringLiteral("tx")).toObject();
    const QByteArray seed = hexField(in, "seed");
    const std::string network = str(in, "network");
    stellar::PaymentTransaction tx = stellarEnvelopeFields(t, seed);
    tx.operation = stellar::OperationType::ManageData;
    tx.dataName = str(t, "name");
    if (t.contains(QStringLiteral("value")))
        tx.dataValue = hexField(t, "value");
    if (auto valid = tx.validate(); !valid)
        return {{QStringLiteral("error"), qs(valid.error().message)}};
    tx.sign(seed, network);
    return {{QStringLiteral("envelope"), qs(tx.envelopeBase64())}, {QStringLiteral("hash"), qs(tx.hashHex(network))}};
}

// A channel account's transaction: the channel (channelSeed) is the
// transaction's source (fee, sequence), the operation's source is hot
// (seed) when set: a payment of XLM or of a credit asset (code, issuer),
// or a create_account; or the channel's account_merge into hot (no
// operation source). Signed by the channel, then by hot for an operation
// of hot's: the envelope and hash the core makes, for payout_vectors.mjs.
QJsonObject stellarChannelTx(const QJsonObject &in)
{
    const QJsonObject t = in.value(QStringLiteral("tx")).toObject();
    const QByteArray channelSeed = hexField(in, "channelSeed");
    const std::string network = str(in, "network");
    stellar::PaymentTransaction tx = stellarEnvelopeFields(t, channelSeed);
    const std::string operation = str(t, "operation");
    const bool hotSigns = in.contains(QStringLiteral("seed"));
    if (hotSigns)
        tx.operationSource = stellar::StellarAccount::fromString(stellar::accountIdFromSeed(hexField(in, "seed"))).value();
    auto destination = stellar::StellarAccount::fromString(str(t, "destination"));
    if (!destination)
        return {{QStringLiteral("error"), qs(destination.error().message)}};
    tx.destination = destination.value();
    if (operation == "account_merge") {
        tx.operation = stellar::OperationType::AccountMerge;
    } else {
        tx.operation = operation == "create_account" ? stellar::OperationType::CreateAccount : stellar::OperationType::Payment;
        tx.amount = std::stoll(str(t, "amount"));
        if (t.contains(QStringLiteral("code"))) {
            auto asset = stellar::StellarAsset::credit(str(t, "code"), str(t, "issuer"));
            if (!asset)
                return {{QStringLiteral("error"), qs(asset.error().message)}};
            tx.asset = asset.value();
        }
    }
    if (auto valid = tx.validate(); !valid)
        return {{QStringLiteral("error"), qs(valid.error().message)}};
    tx.sign(channelSeed, network);
    if (hotSigns)
        tx.sign(hexField(in, "seed"), network);
    return {{QStringLiteral("envelope"), qs(tx.envelopeBase64())}, {QStringLiteral("hash"), qs(tx.hashHex(network))}};
}

// A fee bump (CAP-15) of the inner envelope given (the SDK's), paid by
// the fee source whose seed is given (its muxed id too, if any), at this
// total fee; or the fields the core reads from a fee-bump envelope.
QJsonObject stellarFeeBump(const QJsonObject &in)
{
    const std::string network = str(in, "network");
    if (in.contains(QStringLiteral("feeBump"))) {
        auto read = stellar::FeeBumpTransaction::fromEnvelopeBase64(str(in, "feeBump"));
        if (!read)
            return {{QStringLiteral("error"), qs(read.error().message)}};
        return {{QStringLiteral("feeSource"), qs(read.value().feeSource.toString())},
                {QStringLiteral("fee"), qs(std::to_string(read.value().fee))},
                {QStringLiteral("innerHash"), qs(read.value().inner.hashHex(network))},
                {QStringLiteral("signatures"), static_cast<int>(read.value().signatures.size())},
                {QStringLiteral("hash"), qs(read.value().hashHex(network))},
                {QStringLiteral("envelope"), qs(read.value().envelopeBase64())}};
    }
    auto inner = stellar::PaymentTransaction::fromEnvelopeBase64(str(in, "envelope"));
    if (!inner)
        return {{QStringLiteral("error"), qs(inner.error().message)}};
    const QByteArray seed = hexField(in, "feeSeed");
    stellar::FeeBumpTransaction bump;
    bump.feeSource = stellar::StellarAccount::fromString(stellar::accountIdFromSeed(seed)).value();
    if (in.contains(QStringLiteral("muxedId")))
        bump.feeSource.muxedId = std::stoull(str(in, "muxedId"));
    bump.fee = std::stoll(str(in, "fee"));
    bump.inner = inner.value();
    if (auto valid = bump.validate(); !valid)
        return {{QStringLiteral("error"), qs(valid.error().message)}};
    bump.sign(seed, network);
    return {{QStringLiteral("envelope"), qs(bump.envelopeBase64())}, {QStringLiteral("hash"), qs(bump.hashHex(network))},
            {QStringLiteral("innerHash"), qs(bump.inner.hashHex(network))}};
}

// The fields the core reads from a Stellar envelope (the SDK's, in
// payout_vectors.mjs), or why it refuses it.
QJsonObject stellarTokenDecode(const QJsonObject &in)
{
    auto decoded = stellar::PaymentTransaction::fromEnvelopeBase64(str(in, "envelope"));
    if (!decoded)
        return {{QStringLiteral("error"), qs(decoded.error().message)}};
    const stellar::PaymentTransaction &tx = decoded.value();
    const std::string network = str(in, "network");
    QJsonObject out{{QStringLiteral("source"), qs(tx.source.toString())},
                    {QStringLiteral("fee"), qs(std::to_string(tx.fee))},
                    {QStringLiteral("sequence"), qs(std::to_string(tx.sequence))},
                    {QStringLiteral("asset"), qs(tx.asset.toString())},
                    {QStringLiteral("signatures"), static_cast<int>(tx.signatures.size())},
                    {QStringLiteral("hash"), qs(tx.hashHex(network))},
                    {QStringLiteral("envelope"), qs(tx.envelopeBase64())}};
    if (tx.timeBounds) {
        out[QStringLiteral("minTime")] = qs(std::to_string(tx.timeBounds->minTime));
        out[QStringLiteral("maxTime")] = qs(std::to_string(tx.timeBounds->maxTime));
    }
    if (tx.memo.type == stellar::Memo::Type::Text)
        out[QStringLiteral("memo")] = qs("text:" + tx.memo.text);
    else if (tx.memo.type == stellar::Memo::Type::Id)
        out[QStringLiteral("memo")] = qs("id:" + std::to_string(tx.memo.id));
    else
        out[QStringLiteral("memo")] = QStringLiteral("none");
    if (tx.operationSource)
        out[QStringLiteral("operationSource")] = qs(tx.operationSource->toString());
    if (tx.operation == stellar::OperationType::ManageData) {
        out[QStringLiteral("operation")] = QStringLiteral("manage_data");
        out[QStringLiteral("name")] = qs(tx.dataName);
        if (tx.dataValue)
            out[QStringLiteral("value")] = QString::fromLatin1(tx.dataValue->toHex());
    } else if (tx.operation == stellar::OperationType::ChangeTrust) {
        out[QStringLiteral("operation")] = QStringLiteral("change_trust");
        out[QStringLiteral("limit")] = qs(std::to_string(tx.amount));
    } else if (tx.operation == stellar::OperationType::AccountMerge) {
        out[QStringLiteral("operation")] = QStringLiteral("account_merge");
        out[QStringLiteral("destination")] = qs(tx.destination.toString());
    } else {
        out[QStringLiteral("operation")] = tx.operation == stellar::OperationType::Payment ? QStringLiteral("payment")
                                                                                          : QStringLiteral("create_account");
        out[QStringLiteral("destination")] = qs(tx.destination.toString());
        out[QStringLiteral("amount")] = qs(std::to_string(tx.amount));
    }
    return out;
}

// An address field: empty when absent, else the 32-byte key.
QByteArray algoAddressField(const QJsonObject &o, const char *key)
{
    return str(o, key).empty() ? QByteArray() : algorand::decodeAddress(str(o, key)).value();
}

std::string algoAddressText(const QByteArray &key)
{
    return key.isEmpty() ? std::string() : algorand::encodeAddress(key);
}

// algo_axfer: an asset transfer signed with the seed, or with signerSeed
// for a rekeyed sender (an opt-in through AssetTransferTransaction::optIn
// when asked): the signed and the unsigned msgpack (base64) and the id.
QJsonObject algoAssetTransfer(const QJsonObject &in)
{
    const QJsonObject t = in.value(QStringLiteral("tx")).toObject();
    const QByteArray seed = hexField(in, "seed");
    algorand::TransactionHeader common;
    common.fee = u64(t, "fee");
    common.firstValid = u64(t, "firstValid");
    common.lastValid = u64(t, "lastValid");
    common.genesisId = str(t, "genesisId");
    common.genesisHash = base64::decode(str(t, "genesisHash")).value();
    common.note = hexField(t, "note");
    common.lease = hexField(t, "lease");
    common.group = base64::decode(str(t, "group")).value();
    common.rekeyTo = algoAddressField(t, "rekeyTo");
    const QByteArray sender = algorand::decodeAddress(algorand::addressFromSeed(seed)).value();
    algorand::AssetTransferTransaction tx;
    if (t.value(QStringLiteral("optIn")).toBool()) {
        tx = algorand::AssetTransferTransaction::optIn(sender, u64(t, "assetId"), common);
    } else {
        static_cast<algorand::TransactionHeader &>(tx) = common;
        tx.sender = sender;
        tx.assetId = u64(t, "assetId");
        tx.amount = u64(t, "amount");
        tx.receiver = algoAddressField(t, "receiver");
        tx.closeAssetsTo = algoAddressField(t, "closeTo");
        tx.assetSender = algoAddressField(t, "assetSender");
    }
    // A rekeyed sender: signed by another key, named in "sgnr".
    const QByteArray signerSeed = str(in, "signerSeed").empty() ? seed : hexField(in, "signerSeed");
    if (signerSeed != seed)
        tx.authAddress = algorand::decodeAddress(algorand::addressFromSeed(signerSeed)).value();
    if (auto valid = tx.validate(); !valid)
        return {{QStringLiteral("error"), qs(valid.error().message)}};
    tx.sign(signerSeed);
    return {{QStringLiteral("raw"), qs(base64::encode(tx.encodeSigned()))},
            {QStringLiteral("txn"), qs(base64::encode(tx.encodeTransaction()))},
            {QStringLiteral("txid"), qs(tx.id())},
            {QStringLiteral("isOptIn"), tx.isOptIn()}};
}

// algo_axfer_decode: the core's strict reading of a signed asset transfer
// (base64): its fields, id, signature check and re-encoding.
QJsonObject algoAssetTransferDecode(const QJsonObject &in)
{
    auto bytes = base64::decode(str(in, "raw"));
    if (!bytes)
        return {{QStringLiteral("error"), qs(bytes.error().message)}};
    auto decoded = algorand::AssetTransferTransaction::decodeSigned(bytes.value());
    if (!decoded)
        return {{QStringLiteral("error"), qs(decoded.error().message)}};
    const algorand::AssetTransferTransaction &tx = decoded.value();
    return {{QStringLiteral("sender"), qs(algoAddressText(tx.sender))},
            {QStringLiteral("assetId"), qs(std::to_string(tx.assetId))},
            {QStringLiteral("amount"), qs(std::to_string(tx.amount))},
            {QStringLiteral("receiver"), qs(algoAddressText(tx.receiver))},
            {QStringLiteral("closeTo"), qs(algoAddressText(tx.closeAssetsTo))},
            {QStringLiteral("assetSender"), qs(algoAddressText(tx.assetSender))},
            {QStringLiteral("fee"), qs(std::to_string(tx.fee))},
            {QStringLiteral("firstValid"), qs(std::to_string(tx.firstValid))},
            {QStringLiteral("lastValid"), qs(std::to_string(tx.lastValid))},
            {QStringLiteral("genesisId"), qs(tx.genesisId)},
            {QStringLiteral("genesisHash"), qs(base64::encode(tx.genesisHash))},
            {QStringLiteral("note"), qs(hex::encode(tx.note))},
            {QStringLiteral("lease"), qs(hex::encode(tx.lease))},
            {QStringLiteral("group"), qs(base64::encode(tx.group))},
            {QStringLiteral("rekeyTo"), qs(algoAddressText(tx.rekeyTo))},
            {QStringLiteral("txid"), qs(tx.id())},
            {QStringLiteral("signatureValid"), tx.hasValidSignature()},
            {QStringLiteral("isOptIn"), tx.isOptIn()},
            {QStringLiteral("reencoded"), qs(base64::encode(tx.encodeSigned()))}};
}

QJsonObject handle(const QJsonObject &in)
{
    const std::string op = str(in, "op");
    if (op == "eth_sign") {
        const QByteArray key = hexField(in, "key");
        return {{QStringLiteral("sig"), qs("0x" + hex::encode(ethereum::signPersonalMessage(key, hexField(in, "msg")).value()))},
                {QStringLiteral("address"), qs(ethereum::checksumAddress(ethereum::addressFromSecretKey(key).value()))}};
    }
    if (op == "algo_sign") {
        const QByteArray seed = hexField(in, "seed");
        return {{QStringLiteral("sig"), qs(base64::encode(algorand::signBytes(seed, hexField(in, "msg"))))},
                {QStringLiteral("address"), qs(algorand::addressFromSeed(seed))}};
    }
    if (op == "stellar_sign") {
        const QByteArray seed = hexField(in, "seed");
        return {{QStringLiteral("sig"), qs(base64::encode(stellar::signMessage(seed, hexField(in, "msg"))))},
                {QStringLiteral("address"), qs(stellar::accountIdFromSeed(seed))}};
    }
    if (op == "stellar_sign_sep53") {
        const QByteArray seed = hexField(in, "seed");
        return {{QStringLiteral("sig"), qs(base64::encode(stellar::signSep53Message(seed, hexField(in, "msg"))))},
                {QStringLiteral("address"), qs(stellar::accountIdFromSeed(seed))}};
    }
    if (op == "verify") {
        const auto chain = chainFromName(str(in, "chain")).value();
        return verdict(chains::verifyMessage(chain, str(in, "signer"), hexField(in, "msg"), str(in, "sig")));
    }
    if (op == "address") {
        const auto result = chains::validateAddress(chainFromName(str(in, "chain")).value(), str(in, "address"));
        QJsonObject out{{QStringLiteral("valid"), result.ok()}};
        if (result)
            out[QStringLiteral("address")] = qs(result.value());
        return out;
    }
    if (op == "decode") {
        const auto result = chains::decodeTransaction(chainFromName(str(in, "chain")).value(), str(in, "raw"), str(in, "network"));
        if (!result)
            return {{QStringLiteral("error"), qs(result.error().message)}};
        return result.value();
    }
    if (op == "eth_tx") {
        const QJsonObject t = in.value(QStringLiteral("tx")).toObject();
        ethereum::Transaction tx;
        tx.type = t.value(QStringLiteral("type")).toInt() == 2 ? ethereum::Transaction::Type::Eip1559 : ethereum::Transaction::Type::Legacy;
        tx.chainId = u64(t, "chainId");
        tx.nonce = u64(t, "nonce");
        tx.gasLimit = u64(t, "gasLimit");
        if (tx.type == ethereum::Transaction::Type::Legacy) {
            tx.gasPrice = u256(t, "gasPrice");
        } else {
            tx.maxPriorityFeePerGas = u256(t, "maxPriorityFeePerGas");
            tx.maxFeePerGas = u256(t, "maxFeePerGas");
        }
        if (!str(t, "to").empty())
            tx.to = ethereum::parseAddress(str(t, "to")).value();
        tx.value = u256(t, "value");
        tx.data = hexField(t, "data");
        if (auto signedTx = tx.sign(hexField(in, "key")); !signedTx)
            return {{QStringLiteral("error"), qs(signedTx.error().message)}};
        return {{QStringLiteral("raw"), qs("0x" + hex::encode(tx.serialise()))}, {QStringLiteral("hash"), qs(tx.hashHex())}};
    }
    if (op == "algo_tx") {
        const QJsonObject t = in.value(QStringLiteral("tx")).toObject();
        const QByteArray seed = hexField(in, "seed");
        algorand::PaymentTransaction tx;
        tx.sender = algorand::decodeAddress(algorand::addressFromSeed(seed)).value();
        tx.receiver = algorand::decodeAddress(str(t, "receiver")).value();
        tx.amount = u64(t, "amount");
        tx.fee = u64(t, "fee");
        tx.firstValid = u64(t, "firstValid");
        tx.lastValid = u64(t, "lastValid");
        tx.genesisId = str(t, "genesisId");
        tx.genesisHash = base64::decode(str(t, "genesisHash")).value();
        tx.note = hexField(t, "note");
        if (!str(t, "closeRemainderTo").empty())
            tx.closeRemainderTo = algorand::decodeAddress(str(t, "closeRemainderTo")).value();
        if (!str(t, "lease").empty())
            tx.lease = hexField(t, "lease");
        tx.sign(seed);
        return {{QStringLiteral("raw"), qs(base64::encode(tx.encodeSigned()))}, {QStringLiteral("txid"), qs(tx.id())}};
    }
    if (op == "algo_axfer")
        return algoAssetTransfer(in);
    if (op == "algo_axfer_decode")
        return algoAssetTransferDecode(in);
    if (op == "stellar_tx") {
        const QJsonObject t = in.value(QStringLiteral("tx")).toObject();
        const QByteArray seed = hexField(in, "seed");
        stellar::PaymentTransaction tx = stellarEnvelopeFields(t, seed);
        tx.destination = stellar::StellarAccount::fromString(str(t, "destination")).value();
        tx.amount = std::stoll(str(t, "amount"));
        tx.sign(seed, str(in, "network"));
        return {{QStringLiteral("envelope"), qs(tx.envelopeBase64())}, {QStringLiteral("hash"), qs(tx.hashHex(str(in, "network")))}};
    }
    if (op == "stellar_token_tx")
        return stellarTokenTx(in);
    if (op == "stellar_data_tx")
        return stellarDataTx(in);
    if (op == "stellar_channel_tx")
        return stellarChannelTx(in);
    if (op == "stellar_token_decode")
        return stellarTokenDecode(in);
    if (op == "stellar_fee_bump")
        return stellarFeeBump(in);
    if (op == "eth_derive") {
        auto key = ethereum::secretKeyFromMnemonic(str(in, "mnemonic"), str(in, "passphrase"), static_cast<std::uint32_t>(in.value(QStringLiteral("index")).toInt()));
        if (!key)
            return {{QStringLiteral("error"), qs(key.error().message)}};
        return {{QStringLiteral("address"), qs(ethereum::checksumAddress(ethereum::addressFromSecretKey(key.value()).value()))}};
    }
    if (op == "eth_xpub") {
        // The deposit xpub as the vault's refresh records it, and the
        // addresses from..from+count-1 both from it (as issued) and from
        // the seed's private keys (as the collector signs).
        auto seed = crypto::bip39::seedFromMnemonic(str(in, "mnemonic"), str(in, "passphrase"));
        if (!seed)
            return {{QStringLiteral("error"), qs(seed.error().message)}};
        auto account = crypto::Bip32Key::fromSeed(seed.value()).value().derive(customers::DepositKeys::kEthereumAccountPath);
        if (!account)
            return {{QStringLiteral("error"), qs(account.error().message)}};
        const std::string text = crypto::Bip32PublicKey::fromPrivate(account.value()).serialise();
        const auto xpub = crypto::Bip32PublicKey::parse(text).value();
        const int from = in.value(QStringLiteral("from")).toInt();
        const int count = in.value(QStringLiteral("count")).toInt();
        QJsonArray fromXpub, fromSeed;
        for (int i = from; i < from + count; ++i) {
            fromXpub.append(qs(customers::DepositKeys::ethereumAddress(xpub, static_cast<std::uint32_t>(i)).value()));
            auto key = ethereum::secretKeyFromMnemonic(str(in, "mnemonic"), str(in, "passphrase"), static_cast<std::uint32_t>(i));
            fromSeed.append(qs(ethereum::checksumAddress(ethereum::addressFromSecretKey(key.value()).value())));
        }
        return {{QStringLiteral("xpub"), qs(text)}, {QStringLiteral("from_xpub"), fromXpub}, {QStringLiteral("from_seed"), fromSeed}};
    }
    if (op == "algo_mnemonic") {
        auto seed = algorand::seedFromMnemonic(str(in, "mnemonic"));
        if (!seed)
            return {{QStringLiteral("error"), qs(seed.error().message)}};
        return {{QStringLiteral("address"), qs(algorand::addressFromSeed(seed.value()))},
                {QStringLiteral("mnemonic"), qs(algorand::mnemonicFromSeed(seed.value()))}};
    }
    if (op == "stellar_secret") {
        auto seed = stellar::seedFromSecret(str(in, "secret"));
        if (!seed)
            return {{QStringLiteral("error"), qs(seed.error().message)}};
        return {{QStringLiteral("address"), qs(stellar::accountIdFromSeed(seed.value()))}};
    }
    if (op == "horizon_payment") {
        // A Horizon payment record (JSON text) to the base account: what the
        // deposit watcher reads from it, watching the credit assets in
        // "tokens" ([{asset, code, issuer}], none when absent).
        std::vector<wallets::WatchedToken> tokens;
        for (const QJsonValue &t : in.value(QStringLiteral("tokens")).toArray()) {
            const QJsonObject token = t.toObject();
            tokens.push_back({str(token, "asset"), AssetIdentity::stellarCredit(str(token, "code"), str(token, "issuer")), 7});
        }
        auto record = deposits::parseHorizonPayment(QByteArray::fromStdString(str(in, "record")), str(in, "base"), tokens);
        if (!record)
            return {{QStringLiteral("error"), qs(record.error().message)}};
        if (!record.value().payment)
            return {{QStringLiteral("deposit"), false}, {QStringLiteral("unwatched"), qs(record.value().unwatchedAsset)}};
        const deposits::ObservedPayment &p = *record.value().payment;
        return {{QStringLiteral("deposit"), true}, {QStringLiteral("memo"), qs(p.memo)},
                {QStringLiteral("muxed_id"), qs(p.muxedId)}, {QStringLiteral("stroops"), qs(p.amount.toBaseUnitString())},
                {QStringLiteral("asset"), qs(p.asset)}, {QStringLiteral("token"), qs(p.token.describe())}};
    }
    return {{QStringLiteral("error"), QStringLiteral("unknown op")}};
}

} // namespace

int main()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        QJsonObject answer;
        try {
            answer = handle(QJsonDocument::fromJson(QByteArray::fromStdString(line)).object());
        } catch (const std::exception &e) {
            answer = {{QStringLiteral("error"), QString::fromUtf8(e.what())}};
        }
        std::cout << QJsonDocument(answer).toJson(QJsonDocument::Compact).toStdString() << '\n' << std::flush;
    }
    return 0;
}
