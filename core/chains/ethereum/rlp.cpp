#include "core/chains/ethereum/rlp.h"

#include <string>

namespace exchange::ethereum::rlp {

namespace {

QByteArray lengthPrefix(qsizetype length, unsigned char shortBase, unsigned char longBase)
{
    if (length < 56)
        return QByteArray(1, static_cast<char>(shortBase + length));
    QByteArray lengthBytes;
    for (auto value = static_cast<std::uint64_t>(length); value > 0; value >>= 8)
        lengthBytes.prepend(static_cast<char>(value & 0xff));
    return QByteArray(1, static_cast<char>(longBase + lengthBytes.size())) + lengthBytes;
}

Result<Item> failure(std::string message)
{
    return makeError(ErrorCode::InvalidInput, "RLP: " + std::move(message));
}

// Decodes the item at data[pos] and advances pos past it.
Result<Item> decodeAt(const QByteArray &data, qsizetype &pos, qsizetype end, int depth)
{
    if (depth > MaxDepth)
        return failure("nested too deeply");
    if (pos >= end)
        return failure("input ends early");
    const auto prefix = static_cast<unsigned char>(data[pos]);
    ++pos;
    if (prefix < 0x80) {
        Item item;
        item.bytes = QByteArray(1, static_cast<char>(prefix));
        return item;
    }
    const bool isList = prefix >= 0xc0;
    const unsigned char base = isList ? 0xc0 : 0x80;
    qsizetype length = 0;
    if (prefix - base < 56) {
        length = prefix - base;
    } else {
        const int lengthOfLength = prefix - base - 55;
        if (end - pos < lengthOfLength)
            return failure("input ends inside a length");
        if (data[pos] == 0)
            return failure("length has a leading zero byte (non-canonical)");
        std::uint64_t value = 0;
        for (int i = 0; i < lengthOfLength; ++i) {
            value = (value << 8) | static_cast<unsigned char>(data[pos + i]);
        }
        pos += lengthOfLength;
        if (value < 56)
            return failure("long form used for a short length (non-canonical)");
        if (value > static_cast<std::uint64_t>(end - pos))
            return failure("item is longer than the input");
        length = static_cast<qsizetype>(value);
    }
    if (length > end - pos)
        return failure("item is longer than the input");
    Item item;
    item.isList = isList;
    if (!isList) {
        item.bytes = data.mid(pos, length);
        if (length == 1 && static_cast<unsigned char>(item.bytes[0]) < 0x80)
            return failure("single byte below 0x80 has a prefix (non-canonical)");
        pos += length;
        return item;
    }
    const qsizetype listEnd = pos + length;
    while (pos < listEnd) {
        auto child = decodeAt(data, pos, listEnd, depth + 1);
        if (!child)
            return child;
        item.items.push_back(std::move(child).value());
    }
    return item;
}

} // namespace

QByteArray encodeBytes(const QByteArray &bytes)
{
    if (bytes.size() == 1 && static_cast<unsigned char>(bytes[0]) < 0x80)
        return bytes;
    return lengthPrefix(bytes.size(), 0x80, 0xb7) + bytes;
}

QByteArray encodeUint(std::uint64_t value)
{
    return encodeUint(UInt256(value));
}

QByteArray encodeUint(const UInt256 &value)
{
    return encodeBytes(value.toMinimalBigEndian());
}

QByteArray encodeList(const std::vector<QByteArray> &encodedItems)
{
    QByteArray payload;
    for (const QByteArray &item : encodedItems)
        payload.append(item);
    return lengthPrefix(payload.size(), 0xc0, 0xf7) + payload;
}

Result<Item> decode(const QByteArray &data)
{
    qsizetype pos = 0;
    auto item = decodeAt(data, pos, data.size(), 0);
    if (item && pos != data.size())
        return failure("trailing bytes after the item");
    return item;
}

Result<UInt256> toUint256(const Item &item, const char *field)
{
    if (item.isList)
        return makeError(ErrorCode::InvalidInput, std::string("RLP: ") + field + " must be an integer, not a list");
    if (!item.bytes.isEmpty() && item.bytes[0] == 0)
        return makeError(ErrorCode::InvalidInput, std::string("RLP: ") + field + " has a leading zero (non-canonical)");
    if (item.bytes.size() > 32)
        return makeError(ErrorCode::InvalidInput, std::string("RLP: ") + field + " is wider than 256 bits");
    return UInt256::fromBigEndian(item.bytes);
}

Result<std::uint64_t> toUint64(const Item &item, const char *field)
{
    auto value = toUint256(item, field);
    if (!value)
        return value.error();
    if (!value.value().fitsUint64())
        return makeError(ErrorCode::InvalidInput, std::string("RLP: ") + field + " is wider than 64 bits");
    return value.value().lowUint64();
}

} // namespace exchange::ethereum::rlp
