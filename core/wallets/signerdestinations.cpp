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

// The vault's key of a chain's fee wallet (deposits' feeKeyName spells it
// the same).
std::string feeKey(Chain chain)
{
    return "fee:" + std::string(chainName(chain));
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

SignerDestinations::SignerDestinations(SignedWallets signedWallets, std::map<Chain, std::string> hot,
                                       std::map<Chain, std::string> fee)
    : m_signed(std::move(signedWallets)), m_hot(std::move(hot)), m_fee(std::move(fee))
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
    std::map<Chain, std::string> hot, fee;
    for (Chain chain : kChains) {
        for (auto &[name, keyed] : {std::pair{hotKey(chain), &hot}, std::pair{feeKey(chain), &fee}}) {
            std::optional<std::string> address;
            auto used = vault.useKey(name, [&](const unsigned char *key, std::size_t size) {
                address = addressOfHotKey(chain, key, size);
            });
            if (!used && used.error().code != ErrorCode::NotFound)
                return used.error();
            if (address)
                keyed->emplace(chain, canonical(chain, *address));
        }
    }
    return SignerDestinations(std::move(signedWallets).value(), std::move(hot), std::move(fee));
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
    std::map<Chain, std::string> hot, fee;
    for (Chain chain : kChains) {
        for (auto &[name, keyed] : {std::pair{hotKey(chain), &hot}, std::pair{feeKey(chain), &fee}}) {
            auto q = sql::run(db, QStringLiteral("SELECT public_id FROM vault_keys WHERE name = ?"), {QString::fromStdString(name)});
            if (!q)
                return q.error();
            if (q.value().next())
                keyed->emplace(chain, canonical(chain, q.value().value(0).toString().toStdString()));
        }
    }
    return SignerDestinations(std::move(signedWallets).value(), std::move(hot), std::move(fee));
}

const char *SignerDestinations::checkName(WalletTier tier)
{
    return tier == WalletTier::Hot ? "wallet.hot_key" : tier == WalletTier::Fee ? "wallet.fee_key" : "wallet.signed_address";
}

Result<void> SignerDestinations::check(Chain chain, WalletTier tier, const std::string &asset, const std::string &address) const
{
    if (tier == WalletTier::Deposit)
        return Error{ErrorCode::InvalidInput, "a deposit address is never a destination of the exchange's own money"};
    if (tier == WalletTier::Hot)
        return checkKeyed(m_hot, chain, tier, asset, address);
    if (tier == WalletTier::Fee)
        return checkKeyed(m_fee, chain, tier, asset, address);
    const std::string name(chainName(chain));
    const std::string given = canonical(chain, address);
    const std::string tierName(walletTierName(tier));
    const auto inForce = m_signed.inForce(chain, tier, asset);
    if (!inForce)
        return makeError(ErrorCode::Conflict, MessageId::SignerDestinationNoStatement, {tierName, asset, name});
    if (canonical(chain, inForce->address) != given)
        return makeError(ErrorCode::Conflict, MessageId::SignerDestinationDiffers, {tierName, address, name, inForce->address});
    return {};
}

Result<void> SignerDestinations::checkKeyed(const std::map<Chain, std::string> &keyed, Chain chain, WalletTier tier,
                                            const std::string &asset, const std::string &address) const
{
    const std::string name(chainName(chain));
    const std::string given = canonical(chain, address);
    const auto key = keyed.find(chain);
    if (key == keyed.end()) {
        // No key here to derive it from: the address an admin signed.
        const auto inForce = m_signed.inForce(chain, tier, asset);
        if (!inForce) {
            if (tier == WalletTier::Hot)
                return makeError(ErrorCode::Conflict, MessageId::SignerDestinationNoHotKey, {name});
            return makeError(ErrorCode::Conflict, MessageId::SignerDestinationNoStatement,
                             {std::string(walletTierName(tier)), asset, name});
        }
        if (canonical(chain, inForce->address) != given)
            return makeError(ErrorCode::Conflict, MessageId::SignerDestinationDiffers,
                             {std::string(walletTierName(tier)), address, name, inForce->address});
        return {};
    }
    if (key->second != given)
        return makeError(ErrorCode::Conflict,
                         tier == WalletTier::Fee ? MessageId::SignerDestinationNotFee : MessageId::SignerDestinationNotHot,
                         {address, name, key->second});
    return {};
}

} // namespace exchange::wallets
