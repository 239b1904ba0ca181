#include "core/chains/algorand/msgpackreader.h"

namespace exchange::algorand {

namespace {

unsigned char byteAt(const QByteArray &data, qsizetype pos)
{
    return static_cast<unsigned char>(data[pos]);
}

} // namespace

MsgpackReader::Kind MsgpackReader::peek() const
{
    if (!ok() || atEnd())
        return Kind::End;
    const unsigned char b = byteAt(m_data, m_pos);
    if ((b & 0xf0) == 0x80 || b == 0xde || b == 0xdf)
        return Kind::Map;
    if (b < 0x80 || (b >= 0xcc && b <= 0xcf))
        return Kind::Uint;
    if ((b & 0xe0) == 0xa0 || (b >= 0xd9 && b <= 0xdb))
        return Kind::String;
    if (b >= 0xc4 && b <= 0xc6)
        return Kind::Binary;
    return Kind::Other;
}

void MsgpackReader::fail(std::string reason)
{
    if (m_error.empty())
        m_error = std::move(reason);
}

bool MsgpackReader::take(qsizetype size)
{
    if (!ok())
        return false;
    if (size < 0 || m_data.size() - m_pos < size) {
        fail("msgpack ends early");
        return false;
    }
    return true;
}

std::uint64_t MsgpackReader::bigEndian(int bytes)
{
    if (!take(bytes))
        return 0;
    std::uint64_t value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | byteAt(m_data, m_pos + i);
    m_pos += bytes;
    return value;
}

std::uint64_t MsgpackReader::length(int bytes, std::uint64_t smallestForWidth)
{
    const std::uint64_t value = bigEndian(bytes);
    if (ok() && value < smallestForWidth)
        fail("msgpack length uses a wider encoding than needed (non-canonical)");
    return value;
}

std::uint32_t MsgpackReader::mapHeader()
{
    if (peek() != Kind::Map) {
        fail("expected a msgpack map");
        return 0;
    }
    const unsigned char b = byteAt(m_data, m_pos++);
    if ((b & 0xf0) == 0x80)
        return b & 0x0f;
    return static_cast<std::uint32_t>(b == 0xde ? length(2, 16) : length(4, 0x10000));
}

std::uint64_t MsgpackReader::uint()
{
    if (peek() != Kind::Uint) {
        fail("expected a msgpack unsigned integer");
        return 0;
    }
    const unsigned char b = byteAt(m_data, m_pos++);
    if (b < 0x80)
        return b;
    switch (b) {
    case 0xcc: return length(1, 0x80);
    case 0xcd: return length(2, 0x100);
    case 0xce: return length(4, 0x10000);
    default: return length(8, 0x100000000ull);
    }
}

std::string MsgpackReader::string()
{
    if (peek() != Kind::String) {
        fail("expected a msgpack string");
        return {};
    }
    const unsigned char b = byteAt(m_data, m_pos++);
    std::uint64_t size = 0;
    if ((b & 0xe0) == 0xa0)
        size = b & 0x1f;
    else if (b == 0xd9)
        size = length(1, 32);
    else if (b == 0xda)
        size = length(2, 0x100);
    else
        size = length(4, 0x10000);
    if (!take(static_cast<qsizetype>(size)))
        return {};
    std::string text(m_data.constData() + m_pos, static_cast<size_t>(size));
    m_pos += static_cast<qsizetype>(size);
    return text;
}

QByteArray MsgpackReader::binary()
{
    if (peek() != Kind::Binary) {
        fail("expected msgpack binary data");
        return {};
    }
    const unsigned char b = byteAt(m_data, m_pos++);
    std::uint64_t size = 0;
    if (b == 0xc4)
        size = length(1, 0);
    else if (b == 0xc5)
        size = length(2, 0x100);
    else
        size = length(4, 0x10000);
    if (size > static_cast<std::uint64_t>(m_data.size()) || !take(static_cast<qsizetype>(size)))
        return {};
    QByteArray bytes = m_data.mid(m_pos, static_cast<qsizetype>(size));
    m_pos += static_cast<qsizetype>(size);
    return bytes;
}

} // namespace exchange::algorand
