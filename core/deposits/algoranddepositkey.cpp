#include "core/deposits/algoranddepositkey.h"

#include "core/chains/algorand/keys.h"
#include "core/deposits/sweepplan.h"
#include "core/security/keyvault.h"
#include "core/wallets/wallet.h"

namespace exchange::deposits {

Result<void> withAlgorandDepositKey(const security::KeyVault &vault, const wallets::Wallet &wallet,
                                    const std::function<Result<void>(const QByteArray &seed)> &use)
{
    if (!wallet.derivationIndex || *wallet.derivationIndex < 0 || *wallet.derivationIndex >= (std::int64_t(1) << 31))
        return Error{ErrorCode::NotFound, "the deposit address has no derivation index: its key is not the exchange's"};
    Result<void> outcome = Error{ErrorCode::Internal, "the key was not derived"};
    auto used = vault.useKey(kDepositSeedKey, [&](const unsigned char *seed, std::size_t size) {
        auto key = algorand::depositSeed(QByteArray(reinterpret_cast<const char *>(seed), static_cast<qsizetype>(size)),
                                         static_cast<std::uint32_t>(*wallet.derivationIndex));
        if (!key) {
            outcome = key.error();
            return;
        }
        QByteArray secret = std::move(key).value();
        if (algorand::addressFromSeed(secret) != wallet.address)
            outcome = Error{ErrorCode::Conflict, "the vault's seed does not derive this deposit address; nothing signed"};
        else
            outcome = use(secret);
        secret.fill('\0');
    });
    if (!used)
        return used.error();
    return outcome;
}

} // namespace exchange::deposits
