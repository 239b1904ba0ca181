#include "core/chains/publishedkeys.h"

#include "core/chains/algorand/keys.h"
#include "core/chains/chainchecks.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/ethereum/keys.h"
#include "core/chains/stellar/keys.h"
#include "core/crypto/bip39.h"
#include "core/crypto/hashes.h"

#include <QByteArray>

namespace exchange {

namespace {

constexpr std::string_view kTestMnemonic =
    "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

std::vector<PublishedKeyAddress> derive()
{
    std::vector<PublishedKeyAddress> out;
    const QByteArray sevens(32, '\x07');
    const std::string sevensOrigin = "the all-0x07 seed";
    if (auto eth = ethereum::addressFromSecretKey(sevens))
        out.push_back({Chain::Ethereum, ethereum::checksumAddress(eth.value()), sevensOrigin});
    out.push_back({Chain::Algorand, algorand::addressFromSeed(sevens), sevensOrigin});
    out.push_back({Chain::Stellar, stellar::accountIdFromSeed(sevens), sevensOrigin});

    const auto bip39Seed = crypto::bip39::seedFromMnemonic(kTestMnemonic);
    const QByteArray demoAlgorandMaster = crypto::sha256(QByteArrayLiteral("exchange-console demo algorand master"));
    std::vector<std::uint32_t> indexes;
    for (std::uint32_t i = 0; i < 10; ++i)
        indexes.insert(indexes.end(), {i, 100 + i});
    for (const std::uint32_t i : indexes) {
        const std::string mnemonicOrigin = "BIP-39's test mnemonic, account " + std::to_string(i);
        if (auto key = ethereum::secretKeyFromMnemonic(kTestMnemonic, "", i)) {
            if (auto eth = ethereum::addressFromSecretKey(key.value()))
                out.push_back({Chain::Ethereum, ethereum::checksumAddress(eth.value()), mnemonicOrigin});
        }
        if (auto seed = stellar::sep5Seed(kTestMnemonic, "", i))
            out.push_back({Chain::Stellar, stellar::accountIdFromSeed(seed.value()), mnemonicOrigin});
        if (bip39Seed) {
            if (auto seed = algorand::depositSeed(bip39Seed.value(), i))
                out.push_back({Chain::Algorand, algorand::addressFromSeed(seed.value()), mnemonicOrigin});
        }
        if (auto seed = algorand::depositSeed(demoAlgorandMaster, i))
            out.push_back({Chain::Algorand, algorand::addressFromSeed(seed.value()),
                           "the demo's Algorand master, account " + std::to_string(i)});
    }
    return out;
}

} // namespace

const std::vector<PublishedKeyAddress> &publishedKeyAddresses()
{
    static const std::vector<PublishedKeyAddress> addresses = derive();
    return addresses;
}

std::optional<std::string> publishedKeyOrigin(Chain chain, std::string_view address)
{
    auto canonical = chains::validateAddress(chain, address);
    if (!canonical)
        return std::nullopt;
    for (const PublishedKeyAddress &known : publishedKeyAddresses()) {
        if (known.chain == chain && known.address == canonical.value())
            return known.origin;
    }
    return std::nullopt;
}

} // namespace exchange
