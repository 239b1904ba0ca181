#include "core/wallets/stellarvaultsigning.h"

#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/security/keyvault.h"

namespace exchange::wallets {

Result<void> signWithStellarVaultKey(const security::KeyVault &vault, const std::string &keyName, const std::string &account,
                                     stellar::PaymentTransaction &tx, std::string_view networkPassphrase)
{
    Result<void> signing = Error{ErrorCode::Internal, "not signed"};
    auto used = vault.useKey(keyName, [&](const unsigned char *key, std::size_t size) {
        if (size != 32) {
            signing = Error{ErrorCode::Conflict, "the vault's " + keyName + " key is not a 32-byte Ed25519 seed; nothing signed"};
            return;
        }
        QByteArray seed(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
        if (stellar::accountIdFromSeed(seed) != account) {
            signing = Error{ErrorCode::Conflict, "the vault's " + keyName + " key is not " + account + "'s key; nothing signed"};
        } else {
            tx.sign(seed, networkPassphrase);
            signing = Result<void>();
        }
        seed.fill('\0');
    });
    if (!used)
        return used.error();
    return signing;
}

} // namespace exchange::wallets
