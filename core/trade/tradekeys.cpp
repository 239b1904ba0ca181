#include "core/trade/tradekeys.h"

#include "core/chains/algorand/keys.h"
#include "core/chains/chainchecks.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/stellar/keys.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hashes.h"
#include "core/crypto/secp256k1.h"
#include "core/security/keyvault.h"
#include "core/security/permissions.h"
#include "core/security/securebuffer.h"
#include "core/trade/exchangeaddresses.h"

#include <charconv>

namespace exchange::trade {

namespace {

// The number n of a key named prefix + n, or 0 for any other name.
unsigned keyNumber(const std::string &name, const std::string &prefix)
{
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0)
        return 0;
    unsigned n = 0;
    const char *first = name.data() + prefix.size();
    const char *last = name.data() + name.size();
    const auto [end, error] = std::from_chars(first, last, n);
    return error == std::errc() && end == last ? n : 0;
}

// 32 fresh bytes from libsodium's CSPRNG that are a key of the chain.
QByteArray freshKey(Chain chain)
{
    return chain == Chain::Ethereum ? crypto::secp256k1::randomSecretKey() : crypto::ed25519::randomSeed();
}

} // namespace

TradeKeys::TradeKeys(security::KeyVault &vault, ExchangeAddresses &addresses)
    : m_vault(vault), m_addresses(addresses)
{
}

std::string TradeKeys::keyPrefix(Chain chain)
{
    return "trade:" + std::string(chainName(chain)) + ":";
}

Result<std::string> TradeKeys::addressOfKey(Chain chain, const unsigned char *key, std::size_t size)
{
    if (size != 32)
        return Error{ErrorCode::Corrupted, "a trade key has 32 bytes"};
    QByteArray bytes(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
    Result<std::string> address = Error{ErrorCode::Internal, "unknown chain"};
    switch (chain) {
    case Chain::Ethereum: {
        auto raw = ethereum::addressFromSecretKey(bytes);
        address = raw ? Result<std::string>(ethereum::checksumAddress(raw.value())) : Result<std::string>(raw.error());
        break;
    }
    case Chain::Algorand: address = algorand::addressFromSeed(bytes); break;
    case Chain::Stellar: address = stellar::accountIdFromSeed(bytes); break;
    }
    crypto::wipe(bytes);
    return address;
}

Result<void> TradeKeys::checkExisting(Chain chain, Existing existing, const std::string &keeping) const
{
    auto current = m_addresses.address(chain);
    if (!current)
        return current.error();
    if (!current.value() || *current.value() == keeping || existing == Existing::Replace)
        return {};
    return Error{ErrorCode::Conflict, "the exchange's " + std::string(chainName(chain)) + " trade address is "
                                          + *current.value() + " already; --replace replaces it (its key stays in the vault)"};
}

Result<std::optional<TradeKey>> TradeKeys::newestKey(const security::Actor &actor, Chain chain) const
{
    auto keys = m_vault.keys(actor);
    if (!keys)
        return keys.error();
    const std::string prefix = keyPrefix(chain);
    std::optional<TradeKey> newest;
    unsigned newestNumber = 0;
    for (const security::VaultKeyInfo &info : keys.value()) {
        const unsigned n = keyNumber(info.name, prefix);
        if (n > newestNumber) {
            newestNumber = n;
            newest = TradeKey{info.name, info.publicId};
        }
    }
    return newest;
}

Result<TradeKey> TradeKeys::generate(const security::Actor &actor, Chain chain, Existing existing)
{
    // Both rights first, so that a refusal leaves no key behind.
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    if (auto allowed = security::authorize(actor, security::Action::ManageVaultKeys); !allowed)
        return allowed.error();
    if (!m_vault.isUnlocked())
        return Error{ErrorCode::WrongState, "the key vault is locked; unlock it to generate a trade key"};
    if (auto free = checkExisting(chain, existing); !free)
        return free.error();
    auto newest = newestKey(actor, chain);
    if (!newest)
        return newest.error();
    const unsigned number = newest.value() ? keyNumber(newest.value()->keyName, keyPrefix(chain)) + 1 : 1;
    const std::string name = keyPrefix(chain) + std::to_string(number);

    QByteArray key = freshKey(chain);
    auto address = addressOfKey(chain, reinterpret_cast<const unsigned char *>(key.constData()),
                                static_cast<std::size_t>(key.size()));
    const security::SecureBuffer secret(reinterpret_cast<const unsigned char *>(key.constData()),
                                        static_cast<std::size_t>(key.size()));
    crypto::wipe(key);
    if (!address)
        return address.error();
    // The key first: an address is only ever set to a key the vault holds.
    auto stored = m_vault.storeKey(actor, name, std::string(chainName(chain)), address.value(), secret);
    if (!stored)
        return stored.error();
    auto set = m_addresses.set(actor, chain, address.value());
    if (!set)
        return Error{set.error().code, "the trade key " + name + " is stored in the vault, but the address was not set ("
                                           + set.error().message + "); exctl trade address import sets it"};
    return TradeKey{name, set.value()};
}

Result<TradeKey> TradeKeys::import(const security::Actor &actor, Chain chain, Existing existing)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
    auto newest = newestKey(actor, chain);
    if (!newest)
        return newest.error();
    if (!newest.value())
        return Error{ErrorCode::NotFound, "the key vault holds no " + std::string(chainName(chain))
                                              + " trade key (" + keyPrefix(chain) + "N); exctl trade address generate makes one"};
    const TradeKey key = *newest.value();
    // The secret itself decides the address, not the row that names it.
    Result<std::string> derived = Error{ErrorCode::Internal, "the trade key was not read"};
    auto used = m_vault.useKey(key.keyName, [&](const unsigned char *bytes, std::size_t size) {
        derived = addressOfKey(chain, bytes, size);
    });
    if (!used)
        return used.error();
    if (!derived)
        return derived.error();
    auto recorded = chains::validateAddress(chain, key.address);
    if (!recorded || recorded.value() != derived.value())
        return Error{ErrorCode::Corrupted, "vault key " + key.keyName + " signs for " + derived.value()
                                               + ", not the address recorded with it (" + key.address + "); nothing set"};
    if (auto free = checkExisting(chain, existing, derived.value()); !free)
        return free.error();
    auto current = m_addresses.address(chain);
    if (!current)
        return current.error();
    if (current.value() && *current.value() == derived.value())
        return TradeKey{key.keyName, derived.value()};
    auto set = m_addresses.set(actor, chain, derived.value());
    if (!set)
        return set.error();
    return TradeKey{key.keyName, set.value()};
}

} // namespace exchange::trade
