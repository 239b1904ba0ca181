#include "core/chains/ethereum/transaction.h"

#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/rlp.h"
#include "core/crypto/hashes.h"
#include "core/crypto/hex.h"
#include "core/crypto/secp256k1.h"

#include <stdexcept>

namespace exchange::ethereum {

namespace {

constexpr char Eip1559TypeByte = 0x02;

QByteArray encodeAccessList(const std::vector<AccessListEntry> &accessList)
{
    std::vector<QByteArray> entries;
    for (const AccessListEntry &entry : accessList) {
        std::vector<QByteArray> keys;
        for (const QByteArray &key : entry.storageKeys)
            keys.push_back(rlp::encodeBytes(key));
        entries.push_back(rlp::encodeList({rlp::encodeBytes(entry.address), rlp::encodeList(keys)}));
    }
    return rlp::encodeList(entries);
}

// The fields common to signing payload and signed form, in wire order.
std::vector<QByteArray> payloadFields(const Transaction &tx)
{
    const QByteArray to = rlp::encodeBytes(tx.to.value_or(QByteArray()));
    if (tx.type == Transaction::Type::Legacy) {
        return {rlp::encodeUint(tx.nonce), rlp::encodeUint(tx.gasPrice), rlp::encodeUint(tx.gasLimit),
                to, rlp::encodeUint(tx.value), rlp::encodeBytes(tx.data)};
    }
    return {rlp::encodeUint(tx.chainId.value_or(0)), rlp::encodeUint(tx.nonce),
            rlp::encodeUint(tx.maxPriorityFeePerGas), rlp::encodeUint(tx.maxFeePerGas),
            rlp::encodeUint(tx.gasLimit), to, rlp::encodeUint(tx.value), rlp::encodeBytes(tx.data),
            encodeAccessList(tx.accessList)};
}

Result<Transaction> failure(std::string message)
{
    return makeError(ErrorCode::InvalidInput, "Ethereum transaction: " + std::move(message));
}

Result<std::optional<QByteArray>> parseTo(const rlp::Item &item)
{
    if (item.isList || (!item.bytes.isEmpty() && item.bytes.size() != 20))
        return makeError(ErrorCode::InvalidInput, "Ethereum transaction: 'to' must be empty or 20 bytes");
    if (item.bytes.isEmpty())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(item.bytes);
}

Result<std::vector<AccessListEntry>> parseAccessList(const rlp::Item &item)
{
    const auto bad = [] {
        return makeError(ErrorCode::InvalidInput,
                         "Ethereum transaction: access list entries are [20-byte address, [32-byte keys]]");
    };
    if (!item.isList)
        return bad();
    std::vector<AccessListEntry> entries;
    for (const rlp::Item &entryItem : item.items) {
        if (!entryItem.isList || entryItem.items.size() != 2 || entryItem.items[0].isList
            || entryItem.items[0].bytes.size() != 20 || !entryItem.items[1].isList)
            return bad();
        AccessListEntry entry;
        entry.address = entryItem.items[0].bytes;
        for (const rlp::Item &key : entryItem.items[1].items) {
            if (key.isList || key.bytes.size() != 32)
                return bad();
            entry.storageKeys.push_back(key.bytes);
        }
        entries.push_back(std::move(entry));
    }
    return entries;
}

} // namespace

Result<void> Transaction::validate() const
{
    if (type == Type::Eip1559 && !chainId)
        return makeError(ErrorCode::InvalidInput, "an EIP-1559 transaction needs a chain id");
    if (type == Type::Eip1559 && maxPriorityFeePerGas > maxFeePerGas)
        return makeError(ErrorCode::InvalidInput, "the priority fee exceeds the max fee per gas");
    if (to && to->size() != 20)
        return makeError(ErrorCode::InvalidInput, "'to' must be 20 bytes");
    if (signature && signature->yParity != 0 && signature->yParity != 1)
        return makeError(ErrorCode::InvalidInput, "signature y parity must be 0 or 1");
    for (const AccessListEntry &entry : accessList) {
        if (entry.address.size() != 20)
            return makeError(ErrorCode::InvalidInput, "an access list address must be 20 bytes");
        for (const QByteArray &key : entry.storageKeys) {
            if (key.size() != 32)
                return makeError(ErrorCode::InvalidInput, "an access list storage key must be 32 bytes");
        }
    }
    return {};
}

QByteArray Transaction::signingPayload() const
{
    std::vector<QByteArray> fields = payloadFields(*this);
    if (type == Type::Legacy) {
        if (chainId) {
            fields.push_back(rlp::encodeUint(*chainId));
            fields.push_back(rlp::encodeUint(std::uint64_t{0}));
            fields.push_back(rlp::encodeUint(std::uint64_t{0}));
        }
        return rlp::encodeList(fields);
    }
    return QByteArray(1, Eip1559TypeByte) + rlp::encodeList(fields);
}

QByteArray Transaction::signingHash() const
{
    return crypto::keccak256(signingPayload());
}

Result<Transaction> Transaction::parseUnsigned(const QByteArray &payload)
{
    if (payload.isEmpty() || payload[0] != Eip1559TypeByte)
        return failure("an unsigned transaction must be of type 2 (EIP-1559)");
    auto decoded = rlp::decode(payload.mid(1));
    if (!decoded)
        return failure(decoded.error().message);
    const rlp::Item &list = decoded.value();
    if (!list.isList || list.items.size() != 9)
        return failure("an unsigned EIP-1559 transaction is a list of 9 fields");
    auto parsedFields = [&]() -> Result<Transaction> {
        const auto &f = list.items;
        Transaction t;
        t.type = Type::Eip1559;
        auto chainId = rlp::toUint64(f[0], "chainId");
        auto nonce = rlp::toUint64(f[1], "nonce");
        auto priority = rlp::toUint256(f[2], "maxPriorityFeePerGas");
        auto maxFee = rlp::toUint256(f[3], "maxFeePerGas");
        auto gas = rlp::toUint64(f[4], "gasLimit");
        auto to = parseTo(f[5]);
        auto value = rlp::toUint256(f[6], "value");
        auto access = parseAccessList(f[8]);
        if (!chainId)
            return failure(chainId.error().message);
        if (!nonce)
            return failure(nonce.error().message);
        if (!priority)
            return failure(priority.error().message);
        if (!maxFee)
            return failure(maxFee.error().message);
        if (!gas)
            return failure(gas.error().message);
        if (!to)
            return to.error();
        if (!value)
            return failure(value.error().message);
        if (f[7].isList)
            return failure("data must be a byte string");
        if (!access)
            return access.error();
        t.chainId = chainId.value();
        t.nonce = nonce.value();
        t.maxPriorityFeePerGas = priority.value();
        t.maxFeePerGas = maxFee.value();
        t.gasLimit = gas.value();
        t.to = to.value();
        t.value = value.value();
        t.data = f[7].bytes;
        t.accessList = access.value();
        return t;
    };
    auto parsed = parsedFields();
    if (!parsed)
        return parsed;
    if (auto valid = parsed.value().validate(); !valid)
        return failure(valid.error().message);
    if (parsed.value().signingPayload() != payload)
        return failure("the unsigned transaction is not in canonical RLP");
    return parsed;
}

Result<void> Transaction::sign(const QByteArray &secretKey)
{
    if (type == Type::Legacy && !chainId)
        return makeError(ErrorCode::InvalidInput, "legacy transactions are signed with an EIP-155 chain id only");
    if (auto valid = validate(); !valid)
        return valid;
    auto parts = crypto::secp256k1::sign(secretKey, signingHash());
    if (!parts)
        return parts.error();
    TransactionSignature result;
    result.r = UInt256::fromBigEndian(parts.value().r).value();
    result.s = UInt256::fromBigEndian(parts.value().s).value();
    result.yParity = parts.value().recoveryId;
    signature = result;
    return {};
}

QByteArray Transaction::serialise() const
{
    if (!signature)
        throw std::logic_error("serialising an unsigned Ethereum transaction");
    std::vector<QByteArray> fields = payloadFields(*this);
    if (type == Type::Legacy) {
        // EIP-155: v = chainId * 2 + 35 + parity; pre-EIP-155: 27 + parity.
        const UInt256 v = chainId
            ? UInt256::fromUint128(static_cast<uint128>(*chainId) * 2 + 35 + static_cast<unsigned>(signature->yParity))
            : UInt256(27 + static_cast<std::uint64_t>(signature->yParity));
        fields.push_back(rlp::encodeUint(v));
    } else {
        fields.push_back(rlp::encodeUint(static_cast<std::uint64_t>(signature->yParity)));
    }
    fields.push_back(rlp::encodeUint(signature->r));
    fields.push_back(rlp::encodeUint(signature->s));
    const QByteArray body = rlp::encodeList(fields);
    return type == Type::Legacy ? body : QByteArray(1, Eip1559TypeByte) + body;
}

QByteArray Transaction::hash() const
{
    return crypto::keccak256(serialise());
}

std::string Transaction::hashHex() const
{
    return "0x" + hex::encode(hash());
}

Result<QByteArray> Transaction::sender() const
{
    if (!signature)
        return makeError(ErrorCode::InvalidInput, "the transaction is not signed");
    crypto::secp256k1::RecoverableSignature parts;
    parts.r = signature->r.toBigEndian32();
    parts.s = signature->s.toBigEndian32();
    parts.recoveryId = signature->yParity;
    auto publicKey = crypto::secp256k1::recover(signingHash(), parts);
    if (!publicKey)
        return publicKey.error();
    return addressFromPublicKey(publicKey.value());
}

Result<Transaction> Transaction::parse(const QByteArray &raw)
{
    if (raw.isEmpty())
        return failure("empty input");
    Transaction tx;
    QByteArray body = raw;
    const auto first = static_cast<unsigned char>(raw[0]);
    if (first >= 0xc0) {
        tx.type = Type::Legacy;
    } else if (first == 0x02) {
        tx.type = Type::Eip1559;
        body = raw.mid(1);
    } else if (first <= 0x7f) {
        return failure("typed transaction 0x" + hex::encode(raw.left(1)) + " is not supported (only legacy and type 2)");
    } else {
        return failure("not a transaction (neither an RLP list nor a typed envelope)");
    }
    auto decoded = rlp::decode(body);
    if (!decoded)
        return failure(decoded.error().message);
    const rlp::Item &list = decoded.value();
    const size_t expected = tx.type == Type::Legacy ? 9 : 12;
    if (!list.isList || list.items.size() != expected)
        return failure("expected a list of " + std::to_string(expected) + " fields");
    const auto &f = list.items;

// Each field read returns early with its own message on failure.
#define EXCHANGE_READ(target, expr)            \
    do {                                       \
        auto read_ = (expr);                   \
        if (!read_)                            \
            return failure(read_.error().message); \
        target = std::move(read_).value();     \
    } while (false)

    size_t i = 0;
    if (tx.type == Type::Eip1559) {
        std::uint64_t chainId = 0;
        EXCHANGE_READ(chainId, rlp::toUint64(f[i++], "chainId"));
        tx.chainId = chainId;
    }
    EXCHANGE_READ(tx.nonce, rlp::toUint64(f[i++], "nonce"));
    if (tx.type == Type::Legacy) {
        EXCHANGE_READ(tx.gasPrice, rlp::toUint256(f[i++], "gasPrice"));
    } else {
        EXCHANGE_READ(tx.maxPriorityFeePerGas, rlp::toUint256(f[i++], "maxPriorityFeePerGas"));
        EXCHANGE_READ(tx.maxFeePerGas, rlp::toUint256(f[i++], "maxFeePerGas"));
    }
    EXCHANGE_READ(tx.gasLimit, rlp::toUint64(f[i++], "gasLimit"));
    EXCHANGE_READ(tx.to, parseTo(f[i++]));
    EXCHANGE_READ(tx.value, rlp::toUint256(f[i++], "value"));
    if (f[i].isList)
        return failure("data must be a byte string");
    tx.data = f[i++].bytes;
    TransactionSignature signature;
    if (tx.type == Type::Eip1559) {
        EXCHANGE_READ(tx.accessList, parseAccessList(f[i++]));
        std::uint64_t parity = 0;
        EXCHANGE_READ(parity, rlp::toUint64(f[i++], "yParity"));
        if (parity > 1)
            return failure("yParity must be 0 or 1");
        signature.yParity = static_cast<int>(parity);
    } else {
        UInt256 v;
        EXCHANGE_READ(v, rlp::toUint256(f[i++], "v"));
        if (v == UInt256(27) || v == UInt256(28)) {
            signature.yParity = static_cast<int>(v.lowUint64() - 27);
        } else if (v.fitsUint64() && v.lowUint64() >= 37 && v.lowUint64() <= (UINT64_MAX - 36)) {
            tx.chainId = (v.lowUint64() - 35) / 2;
            signature.yParity = static_cast<int>((v.lowUint64() - 35) % 2);
        } else {
            return failure("v is neither 27/28 nor a valid EIP-155 value");
        }
    }
    EXCHANGE_READ(signature.r, rlp::toUint256(f[i++], "r"));
    EXCHANGE_READ(signature.s, rlp::toUint256(f[i++], "s"));
#undef EXCHANGE_READ
    tx.signature = signature;
    if (auto valid = tx.validate(); !valid)
        return failure(valid.error().message);
    if (auto signer = tx.sender(); !signer)
        return failure("invalid signature: " + signer.error().message);
    return tx;
}

} // namespace exchange::ethereum
