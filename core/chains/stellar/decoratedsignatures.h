#pragma once
// The signatures of a Stellar envelope (DecoratedSignature<20>), as a plain
// transaction's and a fee bump's envelopes both carry them: made over the
// transaction's hash by an Ed25519 seed, checked by a public key, written
// and read as XDR.

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <vector>

namespace exchange::stellar {

class XdrReader;
class XdrWriter;

struct DecoratedSignature {
    QByteArray hint; // last 4 bytes of the signer's public key
    QByteArray signature; // 64 bytes

    friend bool operator==(const DecoratedSignature &, const DecoratedSignature &) = default;
};

inline constexpr std::uint32_t MaxSignatures = 20;

// The seed's signature of a transaction hash.
DecoratedSignature signatureBy(const QByteArray &seed, const QByteArray &digest);
// Whether one of the signatures is a valid one of digest by this public key.
bool signedBy(const std::vector<DecoratedSignature> &signatures, const QByteArray &publicKey, const QByteArray &digest);
// At most 20, each with a 4-byte hint and at most 64 bytes.
Result<void> validateSignatures(const std::vector<DecoratedSignature> &signatures);
void writeSignatures(XdrWriter &out, const std::vector<DecoratedSignature> &signatures);
// Fails in on more than 20.
std::vector<DecoratedSignature> readSignatures(XdrReader &in);

} // namespace exchange::stellar
