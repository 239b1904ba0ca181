#include "core/deposits/ethereumdepositkey.h"

#include "core/chains/ethereum/address.h"
#include "core/crypto/bip32key.h"
#include "core/deposits/sweepplan.h"
#include "core/security/keyvault.h"

#include <string>

namespace exchange::deposits {

Result<void> withDepositKey(const security::KeyVault &vault, const wallets::Wallet &wallet,
                            const std::function<Result<void>(const QByteArray &secretKey)> &use)
{
    if (!wallet.derivationIndex)
        return Error{ErrorCode::NotFound, "the deposit address has no derivation index: its key is not the exchange's"};
    Result<void> outcome = Error{ErrorCode::Internal, "the key was not derived"};
    auto used = vault.useKey(kDepositSeedKey, [&](const unsigned char *seed, std::size_t size) {
        auto master = crypto::Bip32Key::fromSeed(QByteArray(reinterpret_cast<const char *>(seed), static_cast<qsizetype>(size)));
        if (!master) {
            outcome = master.error();
            return;
        }
        auto key = master.value().derive("m/44'/60'/0'/0/" + std::to_string(*wallet.derivationIndex));
        if (!key) {
            outcome = key.error();
            return;
        }
        auto address = ethereum::addressFromSecretKey(key.value().secretKey());
        if (!address || ethereum::checksumAddress(address.value()) != wallet.address) {
            outcome = Error{ErrorCode::Conflict, "the vault's seed does not derive this deposit address; nothing signed"};
            return;
        }
        outcome = use(key.value().secretKey());
    });
    if (!used)
        return used.error();
    return outcome;
}

} // namespace exchange::deposits
