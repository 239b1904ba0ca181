#pragma once
// Writes the subset of MessagePack that Algorand transactions use, always
// in the smallest encoding (canonical msgpack). Map keys must be written
// in sorted order by the caller; the writer checks that in debug builds.

#include <QByteArray>

#include <cstdint>
#include <string_view>

namespace exchange::algorand {

class MsgpackWriter final
{
public:
    void mapHeader(std::uint32_t entries);
    void uint(std::uint64_t value);
    void string(std::string_view text);
    void binary(const QByteArray &bytes);

    const QByteArray &data() const { return m_data; }

private:
    void bigEndian(std::uint64_t value, int bytes);

    QByteArray m_data;
};

} // namespace exchange::algorand
