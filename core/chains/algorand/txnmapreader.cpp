#include "core/chains/algorand/txnmapreader.h"

#include <utility>

namespace exchange::algorand {

bool TxnMapReader::readMap(const std::function<bool(const std::string &key)> &field)
{
    const std::uint32_t entries = m_in.mapHeader();
    std::string previous;
    for (std::uint32_t i = 0; m_in.ok() && i < entries; ++i) {
        std::string key = m_in.string();
        if (!m_in.ok())
            return false;
        if (i > 0 && key <= previous) {
            m_in.fail("msgpack map keys are not sorted or repeat (non-canonical)");
            return false;
        }
        if (!field(key)) {
            m_in.fail("field '" + key + "' is not supported in " + m_what);
            return false;
        }
        previous = std::move(key);
    }
    return m_in.ok();
}

void TxnMapReader::uint(std::uint64_t &target)
{
    target = m_in.uint();
    if (m_in.ok() && target == 0)
        m_in.fail("a zero integer field is present (non-canonical: it must be omitted)");
}

void TxnMapReader::bytes32(QByteArray &target)
{
    target = m_in.binary();
    if (m_in.ok() && target.size() != 32)
        m_in.fail("an address or hash field is not 32 bytes");
    else if (m_in.ok() && target.count('\0') == target.size())
        m_in.fail("an all-zero field is present (non-canonical: it must be omitted)");
}

void TxnMapReader::binary(QByteArray &target)
{
    target = m_in.binary();
    if (m_in.ok() && target.isEmpty())
        m_in.fail("an empty binary field is present (non-canonical: it must be omitted)");
}

void TxnMapReader::string(std::string &target)
{
    target = m_in.string();
    if (m_in.ok() && target.empty())
        m_in.fail("an empty string field is present (non-canonical: it must be omitted)");
}

} // namespace exchange::algorand
