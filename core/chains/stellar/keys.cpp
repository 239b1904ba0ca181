#include "core/chains/stellar/keys.h"

#include "core/chains/stellar/strkey.h"
#include "core/crypto/bip39.h"
#include "core/crypto/derivationpath.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hashes.h"
#include "core/crypto/slip10ed25519key.h"

namespace exchange::stellar {

std::string accountIdFromSeed(const QByteArray &seed)
{
    return strkey::encodeAccountId(crypto::ed25519::publicKeyFromSeed(seed));
}

Result<QByteArray> seedFromSecret(std::string_view secret)
{
    return strkey::decodeSeed(secret);
}

Result<QByteArray> sep5Seed(std::string_view mnemonic, std::string_view passphrase, std::uint32_t index)
{
    if (index & crypto::HardenedBit)
        return makeError(ErrorCode::InvalidInput, "a SEP-0005 account index is below 2^31");
    auto bip39Seed = crypto::bip39::seedFromMnemonic(mnemonic, passphrase);
    if (!bip39Seed)
        return bip39Seed.error();
    QByteArray seed = std::move(bip39Seed).value();
    const auto key = crypto::Slip10Ed25519Key::fromSeed(seed)
                         .hardenedChild(44)
                         .hardenedChild(148)
                         .hardenedChild(index);
    crypto::wipe(seed);
    return key.secretKey();
}

} // namespace exchange::stellar
