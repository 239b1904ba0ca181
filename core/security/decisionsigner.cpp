#include "core/security/decisionsigner.h"

#include "core/crypto/sodiuminit.h"

#include <sodium.h>

#include <stdexcept>

namespace exchange::security {

DecisionSigner::DecisionSigner(std::int64_t operatorId, const SecureBuffer &seed)
    : m_operatorId(operatorId), m_secret(crypto_sign_SECRETKEYBYTES), m_publicKey(crypto_sign_PUBLICKEYBYTES, '\0')
{
    if (seed.size() != crypto_sign_SEEDBYTES)
        throw std::invalid_argument("a signing seed has 32 bytes");
    crypto::ensureSodium();
    SecureBuffer::ReadView s(seed);
    SecureBuffer::WriteView k(m_secret);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(m_publicKey.data()), k.data(), s.data());
}

QByteArray DecisionSigner::sign(const QByteArray &message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    std::lock_guard lock(m_mutex);
    SecureBuffer::ReadView k(m_secret);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         static_cast<unsigned long long>(message.size()), k.data());
    return signature;
}

} // namespace exchange::security
