#include "core/security/signedassetidentities.h"

#include "core/security/assetidentitystatement.h"
#include "core/security/keyregistration.h"
#include "core/security/signedstatements.h"
#include "core/security/trustchain.h"

namespace exchange::security {

namespace {

Error refused(const std::string &code, const std::string &why)
{
    return Error{ErrorCode::Corrupted, "asset " + code + ": " + why + "; its money is not moved"};
}

std::string spelled(const Asset &asset)
{
    return asset.identity.describe() + " on " + std::string(chainName(asset.chain)) + " with "
           + std::to_string(asset.decimals) + " decimals";
}

} // namespace

SignedAssetIdentities::SignedAssetIdentities(const TrustChain &chain, const std::vector<SignedStatementRecord> &statements)
    : m_statements(chain, statements, kAssetIdentityKind, "asset",
                   [](const Statement &statement) { return assetIdentityFrom(statement).has_value(); })
{
}

Result<SignedAssetIdentities> SignedAssetIdentities::read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey)
{
    const SignedStatements store(db);
    auto registrations = store.ofKind(KeyRegistration::kKind);
    if (!registrations)
        return registrations.error();
    auto statements = store.ofKind(kAssetIdentityKind);
    if (!statements)
        return statements.error();
    const TrustChain chain(pinnedAdminKey, std::move(registrations).value());
    return SignedAssetIdentities(chain, statements.value());
}

Result<AssetIdentity> SignedAssetIdentities::identityInForce(const Asset &row) const
{
    if (const auto builtIn = nativeAsset(row.code)) {
        if (row.chain != builtIn->chain || row.decimals != builtIn->decimals || !row.identity.isNative())
            return refused(row.code, "the row says " + spelled(row) + ", but " + row.code + " is "
                                         + spelled(*builtIn));
        return AssetIdentity::native();
    }
    if (row.identity.isNative())
        return refused(row.code, "the row says it is " + std::string(chainName(row.chain))
                                     + "'s native coin, which only " + nativeAssetOf(row.chain).code + " is");
    const auto trusted = m_statements.newest(row.code);
    if (!trusted)
        return refused(row.code, "no admin signed which token it is");
    // Well formed, or AdminStatements would not have taken it.
    const Asset signedAsset = *assetIdentityFrom(trusted->statement);
    if (row.chain != signedAsset.chain || row.decimals != signedAsset.decimals || row.identity != signedAsset.identity)
        return refused(row.code, "the row says " + spelled(row) + ", but " + trusted->signer + " signed "
                                     + spelled(signedAsset));
    return signedAsset.identity;
}

} // namespace exchange::security
