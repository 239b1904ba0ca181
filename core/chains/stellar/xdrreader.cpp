#include "core/chains/stellar/xdrreader.h"

namespace exchange::stellar {

bool XdrReader::take(qsizetype size)
{
    if (!ok())
        return false;
    if (size < 0 || m_data.size() - m_pos < size) {
        fail("XDR ends early");
        return false;
    }
    return true;
}

void XdrReader::fail(std::string reason)
{
    if (m_error.empty())
        m_error = std::move(reason);
}

std::uint32_t XdrReader::uint32()
{
    if (!take(4))
        return 0;
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(m_data[m_pos + i]);
    m_pos += 4;
    return value;
}

std::uint64_t XdrReader::uint64()
{
    const std::uint64_t high = uint32();
    const std::uint64_t low = uint32();
    return (high << 32) | low;
}

bool XdrReader::boolean()
{
    const std::uint32_t value = uint32();
    if (value > 1)
        fail("XDR boolean is neither 0 nor 1");
    return value == 1;
}

QByteArray XdrReader::fixedOpaque(int size)
{
    const qsizetype padded = (size + 3) / 4 * 4;
    if (!take(padded))
        return {};
    QByteArray bytes = m_data.mid(m_pos, size);
    for (qsizetype i = m_pos + size; i < m_pos + padded; ++i) {
        if (m_data[i] != 0) {
            fail("XDR padding is not zero");
            return {};
        }
    }
    m_pos += padded;
    return bytes;
}

QByteArray XdrReader::variableOpaque(std::uint32_t maxSize)
{
    const std::uint32_t size = uint32();
    if (!ok())
        return {};
    if (size > maxSize) {
        fail("XDR variable-length item is longer than its maximum of " + std::to_string(maxSize));
        return {};
    }
    return fixedOpaque(static_cast<int>(size));
}

} // namespace exchange::stellar
