#pragma once
// SignedAssetIdentities: which token each asset counts, as admins'
// signatures say, not as the assets rows say. The chains' built-in coins
// (XLM, ETH, ALGO) are native by definition and need no signature; every
// other asset is the token of its newest asset.identity statement
// (assetidentitystatement.h) that an admin in good standing signed with a
// key that chains to the vault's pin (AdminStatements). A row whose chain,
// kind, contract, issuer, ASA id or decimals differ from what was signed is
// refused, never "fixed": whatever credits or pays a token asks
// identityInForce() first.
//
//   auto identities = SignedAssetIdentities::read(db, pinnedAdminKey);
//   auto token = identities.value().identityInForce(record.asset); // error: do not move money

#include "core/base/result.h"
#include "core/money/asset.h"
#include "core/security/adminstatements.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <vector>

namespace exchange::security {

class TrustChain;

class SignedAssetIdentities final
{
public:
    // statements: the signed_statements of kind asset.identity, any order.
    SignedAssetIdentities(const TrustChain &chain, const std::vector<SignedStatementRecord> &statements);
    // The same from the database, traced from pinnedAdminKey (the vault's;
    // empty: no token is trusted, the native coins still are).
    static Result<SignedAssetIdentities> read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey);

    // The identity of the asset the row describes, when the row agrees with
    // what is in force: Corrupted with a one-line reason when it does not
    // (a built-in coin's row changed, a token nobody signed, a contract,
    // issuer, ASA id, chain or decimals other than the signed ones).
    Result<AssetIdentity> identityInForce(const Asset &row) const;
    const std::vector<AdminStatements::Problem> &problems() const { return m_statements.problems(); }

private:
    AdminStatements m_statements;
};

} // namespace exchange::security
