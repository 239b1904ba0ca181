#pragma once
// A customer's signature of a withdrawal request as the API received it:
// the key that signed (whose form names its chain), the signature as sent,
// and the payload's exact bytes it verified over (as the client sent them,
// or Python's json.dumps of them). Kept with the withdrawal in its own
// transaction, so that the payout signer can verify the request again
// instead of believing the withdrawal's row.

#include "core/base/chain.h"

#include <QByteArray>

#include <optional>
#include <vector>

#include <string>

namespace exchange::withdrawals {

struct RequestSignature {
    Chain chain = Chain::Stellar;
    std::string signer;    // canonical: EIP-55, a Stellar G… account id, an Algorand address
    std::string signature; // as sent (hex for Ethereum, base64 or hex otherwise)
    std::string payload;   // the bytes it verified over

    // Whether signature is signer's over payload, with the chain's message
    // scheme (personal_sign, Stellar Ed25519 or SEP-53, Algorand signBytes).
    bool verifies() const;

    friend bool operator==(const RequestSignature &, const RequestSignature &) = default;
};

// What names a customer's signed request once and for all: "customer 7
// request abc-1", from the customer_id and request_id the payload states
// (the signatures of one request share them); nothing when the payload
// states no such pair. The payload names no withdrawal, so the same signed
// bytes could be stored again under another one: the signer's journal
// keeps this key with what it signed, and pays a request once.
std::optional<std::string> requestKeyOf(const std::vector<RequestSignature> &signatures);

} // namespace exchange::withdrawals
