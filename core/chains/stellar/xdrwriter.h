#pragma once
// Appends XDR (RFC 4506) primitives: big-endian, 4-byte aligned with zero
// padding, exactly as stellar-core hashes them.

#include <QByteArray>

#include <cstdint>

namespace exchange::stellar {

class XdrWriter final
{
public:
    void uint32(std::uint32_t value);
    void int32(std::int32_t value) { uint32(static_cast<std::uint32_t>(value)); }
    void uint64(std::uint64_t value);
    void int64(std::int64_t value) { uint64(static_cast<std::uint64_t>(value)); }
    void boolean(bool value) { uint32(value ? 1 : 0); }
    // Fixed-length opaque: the bytes and padding, no length.
    void fixedOpaque(const QByteArray &bytes);
    // Variable-length opaque or string: length, bytes, padding.
    void variableOpaque(const QByteArray &bytes);

    const QByteArray &data() const { return m_data; }

private:
    QByteArray m_data;
};

} // namespace exchange::stellar
