#pragma once
// DecisionSigner: an operator's Ed25519 signing key, opened for one
// signed-in session. Made only by OperatorService (from the key sealed
// under the operator's password); an Actor that came through a confirmed
// two-factor code carries it, so a service can sign the statement of the
// decision it records in the same transaction. The secret stays in guarded
// memory; there is no call that returns it. Thread-safe.

#include "core/security/securebuffer.h"

#include <QByteArray>

#include <cstdint>
#include <mutex>

namespace exchange::security {

class DecisionSigner final
{
public:
    // seed: the 32-byte Ed25519 seed.
    DecisionSigner(std::int64_t operatorId, const SecureBuffer &seed);
    DecisionSigner(const DecisionSigner &) = delete;
    DecisionSigner &operator=(const DecisionSigner &) = delete;

    std::int64_t operatorId() const { return m_operatorId; }
    // 32 bytes.
    const QByteArray &publicKey() const { return m_publicKey; }
    // A 64-byte Ed25519 signature over message.
    QByteArray sign(const QByteArray &message) const;

private:
    const std::int64_t m_operatorId;
    SecureBuffer m_secret; // libsodium's 64-byte secret key (seed + public key)
    QByteArray m_publicKey;
    mutable std::mutex m_mutex; // a view opens and closes the guarded pages
};

} // namespace exchange::security
