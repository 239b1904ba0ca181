#pragma once
// Session: one operator signed in. Holds who it is and, in guarded memory,
// the key derived from their password that opens their TOTP secret, so a
// code can be checked later without asking for the password again. Made by
// OperatorService::login and used on the core thread only; actor() may be
// read from any thread. It also holds the operator's signing key, opened
// with the same password-derived key; only a confirmed code lends it out.

#include "core/security/actor.h"
#include "core/security/decisionsigner.h"
#include "core/security/securebuffer.h"

#include <QByteArray>

#include <memory>
#include <optional>

namespace exchange::security {

class Session final
{
public:
    Session(Actor actor, SecureBuffer totpKey) : m_actor(std::move(actor)), m_totpKey(std::move(totpKey)) {}
    Session(const Session &) = delete;
    Session &operator=(const Session &) = delete;

    const Actor &actor() const { return m_actor; }
    bool totpEnrolled() const { return !m_totpSecret.isEmpty(); }
    // The operator's signing key's public half; empty until they have one
    // (made at TOTP enrolment, or at the first sign-in after it).
    QByteArray signingKey() const { return m_signer ? m_signer->publicKey() : QByteArray(); }

private:
    friend class OperatorService;

    const Actor m_actor;
    SecureBuffer m_totpKey;       // opens the stored TOTP secret
    SecureBuffer m_totpSecret;    // empty until enrolled
    SecureBuffer m_pendingSecret; // an enrolment shown but not yet confirmed
    std::shared_ptr<DecisionSigner> m_signer; // handed to an Actor by confirm()
};

} // namespace exchange::security
