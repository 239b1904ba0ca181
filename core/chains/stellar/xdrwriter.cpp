#include "core/chains/stellar/xdrwriter.h"

namespace exchange::stellar {

void XdrWriter::uint32(std::uint32_t value)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        m_data.append(static_cast<char>((value >> shift) & 0xff));
}

void XdrWriter::uint64(std::uint64_t value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        m_data.append(static_cast<char>((value >> shift) & 0xff));
}

void XdrWriter::fixedOpaque(const QByteArray &bytes)
{
    m_data.append(bytes);
    m_data.append(QByteArray((4 - bytes.size() % 4) % 4, '\0'));
}

void XdrWriter::variableOpaque(const QByteArray &bytes)
{
    uint32(static_cast<std::uint32_t>(bytes.size()));
    fixedOpaque(bytes);
}

} // namespace exchange::stellar
