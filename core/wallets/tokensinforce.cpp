#include "core/wallets/tokensinforce.h"

#include "core/base/message.h"
#include "core/security/signedassetidentities.h"
#include "core/store/assetrepository.h"

namespace exchange::wallets {

Result<std::vector<WatchedToken>> tokensInForce(const QSqlDatabase &db, const Dialect &dialect, Chain chain,
                                                const PinnedKeySource &pin)
{
    auto assets = AssetRepository(db, dialect).list();
    if (!assets)
        return assets.error();
    std::vector<const AssetRecord *> tokens;
    std::string names;
    for (const AssetRecord &record : assets.value()) {
        if (record.asset.chain != chain || record.asset.identity.isNative())
            continue;
        tokens.push_back(&record);
        names += (names.empty() ? "" : ", ") + record.asset.code;
    }
    if (tokens.empty())
        return std::vector<WatchedToken>{};
    const std::string chainText(chainName(chain));
    if (!pin)
        return makeError(ErrorCode::WrongState, MessageId::DepositTokensVaultLocked, {chainText, names});
    auto pinned = pin();
    if (!pinned) {
        if (pinned.error().code == ErrorCode::WrongState)
            return makeError(ErrorCode::WrongState, MessageId::DepositTokensVaultLocked, {chainText, names});
        return pinned.error();
    }
    if (!pinned.value())
        return makeError(ErrorCode::WrongState, MessageId::DepositTokensNoPin, {chainText, names});
    auto identities = security::SignedAssetIdentities::read(db, *pinned.value());
    if (!identities)
        return identities.error();
    std::vector<WatchedToken> watched;
    for (const AssetRecord *record : tokens) {
        auto identity = identities.value().identityInForce(record->asset);
        if (!identity)
            return makeError(ErrorCode::Corrupted, MessageId::DepositTokenNotInForce,
                             {record->asset.code, identity.error().message});
        watched.push_back({record->asset.code, identity.value(), record->asset.decimals});
    }
    return watched;
}

} // namespace exchange::wallets
