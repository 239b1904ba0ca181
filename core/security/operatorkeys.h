#pragma once
// OperatorKeys: each operator's Ed25519 signing key in operator_keys. The
// seed is made here, sealed (secretbox) under the key derived from the
// operator's password, and opened only into a DecisionSigner; the public
// key is what statements name. Runs inside the caller's transaction.

#include "core/base/result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <cstdint>
#include <memory>
#include <optional>

namespace exchange::security {

class DecisionSigner;
class SecureBuffer;

class OperatorKeys final
{
public:
    explicit OperatorKeys(QSqlDatabase db) : m_db(std::move(db)) {}

    // The operator's public key (32 bytes), if they have one.
    Result<std::optional<QByteArray>> publicKey(std::int64_t operatorId) const;
    // A new key pair for an operator without one; sealingKey seals the seed.
    Result<std::shared_ptr<DecisionSigner>> create(std::int64_t operatorId, const SecureBuffer &sealingKey,
                                                   std::int64_t nowMs);
    // The operator's key opened with sealingKey; nullptr when they have none.
    Result<std::shared_ptr<DecisionSigner>> open(std::int64_t operatorId, const SecureBuffer &sealingKey) const;
    // Forgets the sealed key (its password changed: it can no longer be
    // opened). The public key lives on in the statements it signed.
    Result<void> forget(std::int64_t operatorId);

private:
    QSqlDatabase m_db;
};

} // namespace exchange::security
