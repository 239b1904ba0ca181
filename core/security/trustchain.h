#pragma once
// TrustChain: whose signing key is whose, decided from signatures alone.
// It starts at the admin key the key vault pins (the database cannot change
// it without the vault's passphrase) and follows the signed operator.key
// registrations in the order they were signed: a registration counts when
// the key that signed it was, at that moment, the pinned key or the key of
// an admin in good standing. Rows that claim otherwise are listed as
// problems and change nothing. What the rows of the operators table say is
// not consulted: a service checks those too, the payout signer trusts this.

#include "core/security/keyregistration.h"
#include "core/security/signedstatements.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange::security {

class TrustChain final
{
public:
    struct Problem {
        std::int64_t statementId = 0;
        std::string reason; // "signed by an unknown key", "bad signature", …
    };

    // registrations: the signed_statements of kind operator.key, any order.
    TrustChain(QByteArray pinnedAdminKey, std::vector<SignedStatementRecord> registrations);

    // The registration a key held at time atMs, if it chains to the pin
    // and its operator was not disabled then.
    std::optional<KeyRegistration> registrationAt(const QByteArray &publicKey, std::int64_t atMs) const;

    // Who signed a statement, as the chain knows them at the time the
    // statement says it was signed; nullopt with why when the signature is
    // bad, the statement malformed, or the key not trusted then.
    struct Signer {
        std::optional<KeyRegistration> registration;
        std::string problem;
    };
    Signer signerOf(const SignedStatementRecord &record) const;

    const std::vector<Problem> &problems() const { return m_problems; }

private:
    struct Applied {
        std::int64_t atMs = 0;
        KeyRegistration registration;
    };
    // The registration in force for each operator just before atMs
    // (inclusive), from m_applied.
    std::optional<KeyRegistration> currentFor(const QByteArray &publicKey, std::int64_t atMs) const;

    QByteArray m_pinned;
    std::vector<Applied> m_applied; // in signing order
    std::vector<Problem> m_problems;
};

} // namespace exchange::security
