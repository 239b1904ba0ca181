#include "core/wallets/signernode.h"

#include "core/base/message.h"
#include "core/security/keyvault.h"
#include "core/security/trustanchor.h"
#include "core/wallets/signedchainsettings.h"
#include "core/wallets/walletservice.h"

namespace exchange::wallets {

Result<QByteArray> SignerNode::pin(const QSqlDatabase &db, const security::KeyVault &vault)
{
    if (!vault.isUnlocked())
        return security::listedPinnedAdminKey(db);
    auto sealed = vault.pinnedAdminKey();
    if (!sealed)
        return sealed.error();
    return sealed.value().value_or(QByteArray());
}

Result<SignerChainSettings> SignerNode::resolve(const QSqlDatabase &db, const QByteArray &pinnedAdminKey, const ChainSettings &rows)
{
    SignerChainSettings result{rows, false, {}};
    if (pinnedAdminKey.isEmpty())
        return result;
    auto signedChains = SignedChainSettings::read(db, pinnedAdminKey);
    if (!signedChains)
        return signedChains.error();
    const auto inForce = signedChains.value().inForce(rows.chain);
    if (!inForce) {
        if (!rows.nodeUrl.empty())
            result.warnings.push_back(Message{MessageId::SignerNodeUnsigned, {std::string(chainName(rows.chain))}}.english());
        return result;
    }
    result.settings = inForce->settings;
    result.fromSignature = true;
    if (rows.nodeUrl != inForce->settings.nodeUrl || rows.indexerUrl != inForce->settings.indexerUrl)
        result.warnings.push_back(Message{MessageId::SignerNodeDiffers, {inForce->settings.nodeUrl}}.english());
    return result;
}

Result<std::vector<SignerChainSettings>> SignerNode::all(const QSqlDatabase &db, const security::KeyVault &vault,
                                                         const WalletService &wallets)
{
    auto pinned = pin(db, vault);
    if (!pinned)
        return pinned.error();
    return all(db, pinned.value(), wallets);
}

Result<std::vector<SignerChainSettings>> SignerNode::all(const QSqlDatabase &db, const QByteArray &pinnedAdminKey,
                                                         const WalletService &wallets)
{
    auto rows = wallets.chainSettings();
    if (!rows)
        return rows.error();
    std::vector<SignerChainSettings> all;
    for (const ChainSettings &chain : rows.value()) {
        auto resolved = resolve(db, pinnedAdminKey, chain);
        if (!resolved)
            return resolved.error();
        all.push_back(std::move(resolved).value());
    }
    return all;
}

Result<SignerChainSettings> SignerNode::of(const QSqlDatabase &db, const security::KeyVault &vault, const WalletService &wallets,
                                           Chain chain)
{
    auto rows = wallets.chainSettings(chain);
    if (!rows)
        return rows.error();
    auto pinned = pin(db, vault);
    if (!pinned)
        return pinned.error();
    return resolve(db, pinned.value(), rows.value());
}

} // namespace exchange::wallets
