#include "core/chains/algorand/txnmapwriter.h"

#include <algorithm>
#include <cassert>

namespace exchange::algorand {

void TxnMapWriter::uint(std::string_view key, std::uint64_t value)
{
    if (value != 0)
        m_fields.emplace_back(std::string(key), value);
}

void TxnMapWriter::bytes32(std::string_view key, const QByteArray &value)
{
    if (value.count('\0') != value.size())
        m_fields.emplace_back(std::string(key), Binary{value});
}

void TxnMapWriter::binary(std::string_view key, const QByteArray &value)
{
    if (!value.isEmpty())
        m_fields.emplace_back(std::string(key), Binary{value});
}

void TxnMapWriter::string(std::string_view key, std::string_view value)
{
    if (!value.empty())
        m_fields.emplace_back(std::string(key), std::string(value));
}

void TxnMapWriter::writeTo(MsgpackWriter &out) const
{
    // Canonical msgpack sorts the keys bytewise; std::string compares its
    // characters as unsigned char, which is that order.
    auto fields = m_fields;
    std::sort(fields.begin(), fields.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    assert(std::adjacent_find(fields.begin(), fields.end(),
                              [](const auto &a, const auto &b) { return a.first == b.first; }) == fields.end());
    out.mapHeader(static_cast<std::uint32_t>(fields.size()));
    for (const auto &[key, value] : fields) {
        out.string(key);
        if (const auto *number = std::get_if<std::uint64_t>(&value))
            out.uint(*number);
        else if (const auto *bytes = std::get_if<Binary>(&value))
            out.binary(bytes->bytes);
        else
            out.string(std::get<std::string>(value));
    }
}

QByteArray TxnMapWriter::encode() const
{
    MsgpackWriter out;
    writeTo(out);
    return out.data();
}

} // namespace exchange::algorand
