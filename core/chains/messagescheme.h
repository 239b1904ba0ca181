#pragma once
// The message-signature scheme a signature verified under, so that what
// was accepted can say how (a Stellar signature may be plain Ed25519 or
// SEP-53; the other chains have one scheme each).

#include <string_view>

namespace exchange::chains {

enum class MessageScheme { PersonalSign, AlgorandSignBytes, StellarEd25519, StellarSep53 };

// "personal_sign", "algorand_sign_bytes", "ed25519", "sep53": for logs and
// exctl's answers.
constexpr std::string_view messageSchemeName(MessageScheme scheme)
{
    switch (scheme) {
    case MessageScheme::PersonalSign: return "personal_sign";
    case MessageScheme::AlgorandSignBytes: return "algorand_sign_bytes";
    case MessageScheme::StellarEd25519: return "ed25519";
    case MessageScheme::StellarSep53: return "sep53";
    }
    return "unknown";
}

} // namespace exchange::chains
