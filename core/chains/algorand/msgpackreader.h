#pragma once
// Reads the subset of MessagePack that Algorand transactions use (maps,
// unsigned integers, strings, binary), refusing non-canonical forms: an
// integer or length in a wider encoding than needed is an error, as is any
// other type. The first error sticks; check ok() when done.

#include <QByteArray>

#include <cstdint>
#include <string>

namespace exchange::algorand {

class MsgpackReader final
{
public:
    enum class Kind { Map, Uint, String, Binary, Other, End };

    explicit MsgpackReader(QByteArray data) : m_data(std::move(data)) {}

    Kind peek() const;
    std::uint32_t mapHeader();
    std::uint64_t uint();
    std::string string();
    QByteArray binary();

    void fail(std::string reason);
    bool ok() const { return m_error.empty(); }
    bool atEnd() const { return m_pos == m_data.size(); }
    const std::string &errorMessage() const { return m_error; }

private:
    bool take(qsizetype size);
    std::uint64_t bigEndian(int bytes);
    // Reads a length encoded in `bytes` bytes and checks it needed them.
    std::uint64_t length(int bytes, std::uint64_t smallestForWidth);

    QByteArray m_data;
    qsizetype m_pos = 0;
    std::string m_error;
};

} // namespace exchange::algorand
