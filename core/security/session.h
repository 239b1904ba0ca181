#pragma once
// Session: one operator signed in. Holds who it is and, in guarded memory,
// the key derived from their password that opens their TOTP secret, so a
// code can be checked later without asking for the password again. Made by
// OperatorService::login and used on the core thread only; actor() may be
// read from any thread.

#include "core/security/actor.h"
#include "core/security/securebuffer.h"

#include <QByteArray>

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

private:
    friend class OperatorService;

    const Actor m_actor;
    SecureBuffer m_totpKey;       // opens the stored TOTP secret
    SecureBuffer m_totpSecret;    // empty until enrolled
    SecureBuffer m_pendingSecret; // an enrolment shown but not yet confirmed
};

} // namespace exchange::security
