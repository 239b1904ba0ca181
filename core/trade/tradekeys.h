#pragma once
// TradeKeys: the exchange's own trade key pair per chain, so that the trade
// API's address (ExchangeAddresses) is one whose key the exchange holds and
// nobody else knows. generate() draws a fresh key from libsodium's CSPRNG,
// stores it in the key vault (which must be unlocked) and only then sets the
// chain's trade address to the key's address through ExchangeAddresses::set
// (ChangeSettings, audited as trade.address). import() sets the address from
// a trade key already in the vault (after a restore). A key is never deleted
// or overwritten: a replaced one stays in the vault, since payments to its
// address may still arrive. Vault keys are named trade:<chain>:<n>; the one
// with the highest n is the chain's trade key. No secret leaves this class.

#include "core/base/chain.h"
#include "core/base/result.h"
#include "core/security/actor.h"

#include <cstddef>
#include <optional>
#include <string>

namespace exchange {
namespace security { class KeyVault; }

namespace trade {

class ExchangeAddresses;

struct TradeKey {
    std::string keyName; // trade:ethereum:1
    std::string address; // canonical: EIP-55, G…, Algorand base32
};

class TradeKeys final
{
public:
    // What to do when the chain has a trade address already.
    enum class Existing { Refuse, Replace };

    TradeKeys(security::KeyVault &vault, ExchangeAddresses &addresses);

    // "trade:ethereum:": every trade key of the chain is named this and a number.
    static std::string keyPrefix(Chain chain);
    // The canonical address the 32 key bytes a trade key of the chain holds sign for.
    static Result<std::string> addressOfKey(Chain chain, const unsigned char *key, std::size_t size);

    // Conflict naming the address there when the chain has one and existing is Refuse
    // (nothing generated or stored then); WrongState while the vault is locked.
    Result<TradeKey> generate(const security::Actor &actor, Chain chain, Existing existing);
    // The chain's newest trade key in the vault becomes its trade address; its
    // secret is opened and must derive to the address recorded with it. NotFound
    // without a trade key; Conflict as generate() when another address is there.
    Result<TradeKey> import(const security::Actor &actor, Chain chain, Existing existing);
    // The chain's newest trade key in the vault, if any.
    Result<std::optional<TradeKey>> newestKey(const security::Actor &actor, Chain chain) const;
    // generate()'s and import()'s refusal, for asking before the vault is
    // unlocked: Conflict when the chain has an address other than keeping
    // and existing is Refuse.
    Result<void> checkExisting(Chain chain, Existing existing, const std::string &keeping = {}) const;

private:

    security::KeyVault &m_vault;
    ExchangeAddresses &m_addresses;
};

} // namespace trade
} // namespace exchange
