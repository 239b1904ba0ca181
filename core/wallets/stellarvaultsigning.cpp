#include "core/wallets/stellarvaultsigning.h"

#include "core/chains/stellar/feebumptransaction.h"
#include "core/chains/stellar/keys.h"
#include "core/chains/stellar/paymenttransaction.h"
#include "core/security/keyvault.h"

namespace exchange::wallets {

namespace {

// Lends the vault's keyName seed to sign(seed) when it is account's.
template <typename Transaction>
Result<void> signWith(const security::KeyVault &vault, const std::string &keyName, const std::string &account, Transaction &tx,
                      std::string_view networkPassphrase)
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

} // namespace

Result<void> signWithStellarVaultKey(const security::KeyVault &vault, const std::string &keyName, const std::string &account,
                                     stellar::PaymentTransaction &tx, std::string_view networkPassphrase)
{
    return signWith(vault, keyName, account, tx, networkPassphrase);
}

Result<void> signWithStellarVaultKey(const security::KeyVault &vault, const std::string &keyName, const std::string &account,
                                     stellar::FeeBumpTransaction &tx, std::string_view networkPassphrase)
{
    return signWith(vault, keyName, account, tx, networkPassphrase);
}

} // namespace exchange::wallets
