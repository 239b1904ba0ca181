#pragma once
// Signing a Stellar transaction of one of the exchange's accounts with the
// vault's key for it ("hot:stellar"): the key is lent for the signature
// only, and must be a 32-byte Ed25519 seed whose account is `account` (the
// transaction's source), else Conflict and nothing is signed. Payouts,
// their fee bumps and hot's trustlines sign this way.

#include "core/base/result.h"

#include <string>
#include <string_view>

namespace exchange::security { class KeyVault; }
namespace exchange::stellar { struct FeeBumpTransaction; struct PaymentTransaction; }

namespace exchange::wallets {

Result<void> signWithStellarVaultKey(const security::KeyVault &vault, const std::string &keyName, const std::string &account,
                                     stellar::PaymentTransaction &tx, std::string_view networkPassphrase);
// A fee bump, signed by its fee source (`account`) the same way.
Result<void> signWithStellarVaultKey(const security::KeyVault &vault, const std::string &keyName, const std::string &account,
                                     stellar::FeeBumpTransaction &tx, std::string_view networkPassphrase);

} // namespace exchange::wallets
