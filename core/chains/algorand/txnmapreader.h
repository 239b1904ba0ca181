#pragma once
// TxnMapReader: reads one msgpack map of a transaction as strictly as
// TxnMapWriter writes it. Keys must be strictly increasing; a key the caller
// does not know, and a value canonical msgpack would have left out (a zero
// integer, an empty string or binary, an all-zero address), are errors. The
// first error sticks in the MsgpackReader.

#include "core/chains/algorand/msgpackreader.h"

#include <QByteArray>

#include <cstdint>
#include <functional>
#include <string>

namespace exchange::algorand {

class TxnMapReader final
{
public:
    // `what` names the map in errors ("an asset transfer transaction").
    TxnMapReader(MsgpackReader &in, std::string what) : m_in(in), m_what(std::move(what)) {}

    // Hands each key to `field`, which reads its value and returns false for
    // a key it does not know. False when anything failed.
    bool readMap(const std::function<bool(const std::string &key)> &field);

    void uint(std::uint64_t &target);  // not 0
    void bytes32(QByteArray &target);  // 32 bytes, not all zero
    void binary(QByteArray &target);   // not empty
    void string(std::string &target);  // not empty

    MsgpackReader &in() { return m_in; }
    const std::string &what() const { return m_what; }

private:
    MsgpackReader &m_in;
    std::string m_what;
};

} // namespace exchange::algorand
