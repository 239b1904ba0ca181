#include "core/wallets/signerdestinations.h"

#include "core/base/message.h"
#include "core/chains/algorand/keys.h"
#include "core/chains/chainchecks.h"
#include "core/chains/ethereum/address.h"
#include "core/chains/stellar/keys.h"
#include "core/security/keyvault.h"
#include "core/security/trustanchor.h"
#include "core/store/sql.h"

namespace exchange::wallets {

namespace {

constexpr Chain kChains[] = {Chain::Ethereum, Chain::Algorand, Chain::Stellar};

// The vault's key that signs a chain's payouts from hot (withdrawals'
// hotKeyName spells it the same).
std::string hotKey(Chain chain)
{
    return "hot:" + std::string(chainName(chain));
}

std::optional<std::string> addressOfHotKey(Chain chain, const unsigned char *key, std::size_t size)
{
    QByteArray secret(reinterpret_cast<const char *>(key), static_cast<qsizetype>(size));
    std::optional<std::string> address;
    switch (chain) {
    case Chain::Ethereum:
        if (auto derived = ethereum::addressFromSecretKey(secret))
            address = ethereum::checksumAddress(derived.value());
        break;
    case Chain::Algorand:
        if (size == 32)
            address = algorand::addressFromSeed(secret);
        break;
    case Chain::Stellar:
        if (size == 32)
            address = stellar::accountIdFromSeed(secret);
        break;
    }
    secret.fill('\0');
    return address;
}

std::string canonical(Chain chain, const std::string &address)
{
    auto valid = chains::validateAddress(chain, address);
    return valid ? valid.value() : address;
}

} // namespace

SignerDestinations::SignerDestinations(SignedWallets signedWallets, std::map<Chain, std::string> hot)
    : m_signed(std::move(signedWallets)), m_hot(std::move(hot))
{
}

Result<SignerDestinations> SignerDestinations::fromVault(const QSqlDatabase &db, const security::KeyVault &vault)
{
    auto pin = vault.pinnedAdminKey();
    if (!pin)
        return pin.error();
    // Fail closed: with no pin no address can be verified, so none is one.
    if (!pin.value())
        return makeError(ErrorCode::WrongState, MessageId::SignerNoPinnedAdminKey);
    auto signedWallets = SignedWallets::read(db, *pin.value());
    if (!signedWallets)
        return signedWallets.error();
    std::map<Chain, std::string> hot;
    for (Chain chain : kChains) {
        std::optional<std::string> address;
        auto used = vault.useKey(hotKey(chain), [&](const unsigned char *key, std::size_t size) {
            address = addressOfHotKey(chain, key, size);
        });
        if (!used && used.error().code != ErrorCode::NotFound)
            return used.error();
        if (address)
            hot.emplace(chain, canonical(chain, *address));
    }
    return SignerDestinations(std::move(signedWallets).value(), std::move(hot));
}

Result<SignerDestinations> SignerDestinations::listed(const QSqlDatabase &db)
{
    auto pin = security::listedPinnedAdminKey(db);
    if (!pin)
        return pin.error();
    if (pin.value().isEmpty())
        return makeError(ErrorCode::WrongState, MessageId::SignerNoPinnedAdminKey);
    auto signedWallets = SignedWallets::read(db, pin.value());
    if (!signedWallets)
        return signedWallets.error();
    std::map<Chain, std::string> hot;
    for (Chain chain : kChains) {
        auto q = sql::run(db, QStringLiteral("SELECT public_id FROM vault_keys WHERE name = ?"),
                          {QString::fromStdString(hotKey(chain))});
        if (!q)
            return q.error();
        if (q.value().next())
            hot.emplace(chain, canonical(chain, q.value().value(0).toString().toStdString()));
    }
    return SignerDestinations(std::move(signedWallets).value(), std::move(hot));
}

const char *SignerDestinations::checkName(WalletTier tier)
{
    return tier == WalletTier::Hot ? "wallet.hot_key" : "wallet.signed_address";
}

Result<void> SignerDestinations::check(Chain chain, WalletTier tier, const std::string &asset, const std::string &address) const
{
    if (tier == WalletTier::Deposit)
        return Error{ErrorCode::InvalidInput, "a deposit address is never a destination of the exchange's own money"};
    const std::string name(chainName(chain));
    const std::string given = canonical(chain, address);
    if (tier == WalletTier::Hot) {
        const auto hot = m_hot.find(chain);
        if (hot == m_hot.end()) {
            // No hot key here to derive it from: the address an admin signed.
            const auto inForce = m_signed.inForce(chain, tier, asset);
            if (!inForce)
                return makeError(ErrorCode::Conflict, MessageId::SignerDestinationNoHotKey, {name});
            if (canonical(chain, inForce->address) != given)
                return makeError(ErrorCode::Conflict, MessageId::SignerDestinationDiffers,
                                 {std::string(walletTierName(tier)), address, name, inForce->address});
            return {};
        }
        if (hot->second != given)
            return makeError(ErrorCode::Conflict, MessageId::SignerDestinationNotHot, {address, name, hot->second});
        return {};
    }
    const std::string tierName(walletTierName(tier));
    const auto inForce = m_signed.inForce(chain, tier, asset);
    if (!inForce)
        return makeError(ErrorCode::Conflict, MessageId::SignerDestinationNoStatement, {tierName, asset, name});
    if (canonical(chain, inForce->address) != given)
        return makeError(ErrorCode::Conflict, MessageId::SignerDestinationDiffers, {tierName, address, name, inForce->address});
    return {};
}

} // namespace exchange::wallets
