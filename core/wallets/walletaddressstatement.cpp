#include "core/wallets/walletaddressstatement.h"

#include "core/security/actor.h"
#include "core/security/signedstatements.h"

namespace exchange::wallets {

std::string walletAddressObject(Chain chain, WalletTier tier, const std::string &asset)
{
    return std::string(chainName(chain)) + "." + std::string(walletTierName(tier)) + "." + asset;
}

security::Statement walletAddressStatement(const Wallet &wallet, const std::optional<std::string> &previous)
{
    security::Statement s(kWalletAddressKind);
    s.add("wallet", walletAddressObject(wallet.chain, wallet.tier, wallet.asset));
    s.add("chain", std::string(chainName(wallet.chain)));
    s.add("tier", std::string(walletTierName(wallet.tier)));
    s.add("asset", wallet.asset);
    if (previous)
        s.add("old.address", *previous);
    s.add("address", wallet.address);
    return s;
}

std::optional<Wallet> walletAddressFrom(const security::Statement &statement)
{
    if (statement.kind() != kWalletAddressKind)
        return std::nullopt;
    const auto chain = chainFromName(statement.value("chain").value_or(std::string()));
    const auto tier = walletTierFromName(statement.value("tier").value_or(std::string()));
    const auto asset = statement.value("asset");
    const auto address = statement.value("address");
    const auto object = statement.value("wallet");
    if (!chain || !tier || !asset || !address || !object || asset->empty() || address->empty())
        return std::nullopt;
    // The object it is stored for names exactly this chain, tier and asset.
    if (*object != walletAddressObject(*chain, *tier, *asset))
        return std::nullopt;
    if (*tier == WalletTier::Deposit)
        return std::nullopt;
    Wallet w;
    w.chain = *chain;
    w.tier = *tier;
    w.asset = *asset;
    w.address = *address;
    w.watchOnly = *tier != WalletTier::Hot;
    return w;
}

Result<std::int64_t> signWalletAddress(const QSqlDatabase &db, const security::Actor &actor, const Wallet &wallet,
                                       const std::optional<std::string> &previous, std::int64_t nowMs)
{
    if (!actor.signer || wallet.tier == WalletTier::Deposit)
        return std::int64_t{0};
    auto signed_ = security::SignedStatements(db).sign(actor, "wallet", walletAddressObject(wallet.chain, wallet.tier, wallet.asset),
                                                       walletAddressStatement(wallet, previous), nowMs);
    if (!signed_)
        return signed_.error();
    return signed_.value().id;
}

} // namespace exchange::wallets
