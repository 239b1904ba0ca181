#include "core/chains/ethereum/keys.h"

#include "core/crypto/bip32key.h"
#include "core/crypto/bip39.h"
#include "core/crypto/derivationpath.h"
#include "core/crypto/hashes.h"

namespace exchange::ethereum {

Result<QByteArray> secretKeyFromMnemonic(std::string_view mnemonic, std::string_view passphrase,
                                         std::uint32_t index)
{
    if (index & crypto::HardenedBit)
        return makeError(ErrorCode::InvalidInput, "an Ethereum account index is below 2^31");
    auto seed = crypto::bip39::seedFromMnemonic(mnemonic, passphrase);
    if (!seed)
        return seed.error();
    QByteArray seedBytes = std::move(seed).value();
    auto master = crypto::Bip32Key::fromSeed(seedBytes);
    crypto::wipe(seedBytes);
    if (!master)
        return master.error();
    auto key = master.value().derive("m/44'/60'/0'/0/" + std::to_string(index));
    if (!key)
        return key.error();
    return key.value().secretKey();
}

} // namespace exchange::ethereum
