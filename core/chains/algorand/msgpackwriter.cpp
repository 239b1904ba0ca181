#include "core/chains/algorand/msgpackwriter.h"

namespace exchange::algorand {

void MsgpackWriter::bigEndian(std::uint64_t value, int bytes)
{
    for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8)
        m_data.append(static_cast<char>((value >> shift) & 0xff));
}

void MsgpackWriter::mapHeader(std::uint32_t entries)
{
    if (entries < 16) {
        m_data.append(static_cast<char>(0x80 | entries));
    } else if (entries <= 0xffff) {
        m_data.append(static_cast<char>(0xde));
        bigEndian(entries, 2);
    } else {
        m_data.append(static_cast<char>(0xdf));
        bigEndian(entries, 4);
    }
}

void MsgpackWriter::uint(std::uint64_t value)
{
    if (value < 0x80) {
        m_data.append(static_cast<char>(value));
    } else if (value <= 0xff) {
        m_data.append(static_cast<char>(0xcc));
        bigEndian(value, 1);
    } else if (value <= 0xffff) {
        m_data.append(static_cast<char>(0xcd));
        bigEndian(value, 2);
    } else if (value <= 0xffffffffu) {
        m_data.append(static_cast<char>(0xce));
        bigEndian(value, 4);
    } else {
        m_data.append(static_cast<char>(0xcf));
        bigEndian(value, 8);
    }
}

void MsgpackWriter::string(std::string_view text)
{
    const auto size = static_cast<std::uint64_t>(text.size());
    if (size < 32) {
        m_data.append(static_cast<char>(0xa0 | size));
    } else if (size <= 0xff) {
        m_data.append(static_cast<char>(0xd9));
        bigEndian(size, 1);
    } else if (size <= 0xffff) {
        m_data.append(static_cast<char>(0xda));
        bigEndian(size, 2);
    } else {
        m_data.append(static_cast<char>(0xdb));
        bigEndian(size, 4);
    }
    m_data.append(text.data(), static_cast<qsizetype>(text.size()));
}

void MsgpackWriter::binary(const QByteArray &bytes)
{
    const auto size = static_cast<std::uint64_t>(bytes.size());
    if (size <= 0xff) {
        m_data.append(static_cast<char>(0xc4));
        bigEndian(size, 1);
    } else if (size <= 0xffff) {
        m_data.append(static_cast<char>(0xc5));
        bigEndian(size, 2);
    } else {
        m_data.append(static_cast<char>(0xc6));
        bigEndian(size, 4);
    }
    m_data.append(bytes);
}

} // namespace exchange::algorand
