#pragma once
// SignerDestinations: whether a signer may send the exchange's own money to
// an address as one of its tiers. Hot: only the address hot's key in the
// vault derives ("hot:<chain>"); where the vault holds no hot key for the
// chain, the hot address an admin signed. The fee wallet likewise: the
// address its vault key "fee:<chain>" derives, else the one an admin signed. Warm and cold (watch-only, so only their
// addresses are known): only the address in force as an admin signed it
// (SignedWallets, traced from the vault's pinned admin key). A wallets row
// alone vouches for nothing; anyone with the database can write one.
//
// While the vault pins no admin key there is nothing to trace signatures
// from, so there are no destinations at all: fromVault() and listed()
// refuse (WrongState, SignerNoPinnedAdminKey) and nothing is swept or
// prepared (fail closed, as the payout signer).

#include "core/base/result.h"
#include "core/wallets/signedwallets.h"
#include "core/wallets/wallet.h"

#include <QSqlDatabase>

#include <map>
#include <optional>
#include <string>

namespace exchange::security { class KeyVault; }

namespace exchange::wallets {

class SignerDestinations final
{
public:
    // The vault's sealed pin and hot's (and the fee wallet's) addresses as
    // their keys derive them: for the process that signs (WrongState while
    // the vault is locked).
    static Result<SignerDestinations> fromVault(const QSqlDatabase &db, const security::KeyVault &vault);
    // The pin and the hot keys' addresses as vault_keys lists them in the
    // clear: for exctl replenish, which holds no vault and signs nothing
    // (the offline signer does); weaker than fromVault, since those rows
    // too are writable, and documented so.
    static Result<SignerDestinations> listed(const QSqlDatabase &db);

    // Ok when `address` may receive the exchange's money as `tier` of
    // (chain, asset); Conflict naming the check otherwise. Deposit
    // addresses are never a destination.
    Result<void> check(Chain chain, WalletTier tier, const std::string &asset, const std::string &address) const;

    // "wallet.hot_key", "wallet.fee_key" or "wallet.signed_address": what an
    // audit record names a refusal by.
    static const char *checkName(WalletTier tier);

private:
    SignerDestinations(SignedWallets signedWallets, std::map<Chain, std::string> hot, std::map<Chain, std::string> fee);
    // A tier whose key the vault may hold (hot, fee): the key's address, or
    // the one an admin signed where the vault holds no such key.
    Result<void> checkKeyed(const std::map<Chain, std::string> &keyed, Chain chain, WalletTier tier,
                            const std::string &asset, const std::string &address) const;

    SignedWallets m_signed;
    std::map<Chain, std::string> m_hot;    // canonical addresses of the hot keys present
    std::map<Chain, std::string> m_fee;    // and of the fee wallets' keys
};

} // namespace exchange::wallets
