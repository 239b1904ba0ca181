#pragma once
// Reads XDR (RFC 4506) primitives from a buffer, strictly: a short buffer,
// a non-zero padding byte, a boolean other than 0/1 or a variable-length
// item over its declared maximum is an error, never a guess. The first
// error sticks; callers check ok() (or the returned Result) when done.

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <string>

namespace exchange::stellar {

class XdrReader final
{
public:
    explicit XdrReader(QByteArray data) : m_data(std::move(data)) {}

    std::uint32_t uint32();
    std::int32_t int32() { return static_cast<std::int32_t>(uint32()); }
    std::uint64_t uint64();
    std::int64_t int64() { return static_cast<std::int64_t>(uint64()); }
    bool boolean();
    QByteArray fixedOpaque(int size);
    QByteArray variableOpaque(std::uint32_t maxSize);

    // Marks the input as invalid with a reason (for union arms the caller
    // does not support, say).
    void fail(std::string reason);
    bool ok() const { return m_error.empty(); }
    bool atEnd() const { return m_pos == m_data.size(); }
    const std::string &errorMessage() const { return m_error; }

private:
    bool take(qsizetype size);

    QByteArray m_data;
    qsizetype m_pos = 0;
    std::string m_error;
};

} // namespace exchange::stellar
