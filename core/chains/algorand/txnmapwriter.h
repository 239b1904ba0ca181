#pragma once
// TxnMapWriter: one msgpack map of a transaction, written as canonical
// msgpack requires whatever order the fields were added in: keys sorted,
// a zero integer, an empty string or binary and an all-zero address or hash
// left out, as algod and the Algorand SDKs leave them out.

#include "core/chains/algorand/msgpackwriter.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace exchange::algorand {

class TxnMapWriter final
{
public:
    void uint(std::string_view key, std::uint64_t value);      // left out when 0
    void bytes32(std::string_view key, const QByteArray &value); // left out when empty or all zero
    void binary(std::string_view key, const QByteArray &value);  // left out when empty (a note)
    void string(std::string_view key, std::string_view value);   // left out when empty

    void writeTo(MsgpackWriter &out) const;
    QByteArray encode() const;

private:
    struct Binary {
        QByteArray bytes;
    };
    using Value = std::variant<std::uint64_t, Binary, std::string>;
    std::vector<std::pair<std::string, Value>> m_fields;
};

} // namespace exchange::algorand
