#pragma once
// Reads and writes the assets table. Updates name the version they were
// based on and fail with Conflict if someone else changed the row since.
// The identity read is the row's: what moves money reads the signed one
// (security::SignedAssetIdentities).

#include "core/store/assetsettings.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>

#include <map>
#include <string>
#include <vector>

namespace exchange {

class AssetRepository final
{
public:
    AssetRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    Result<std::vector<AssetRecord>> list() const;
    // Every asset's code and decimals, no more: what formatting amounts
    // needs (reads no setting).
    Result<std::map<std::string, int>> decimalsByCode() const;
    Result<AssetRecord> find(std::string_view code) const;
    // Whether an asset of this code exists (NotFound when not): reads no
    // column but the code, so it answers on any schema version.
    Result<void> exists(std::string_view code) const;
    // The asset that is this token of the chain (an ERC-20 contract in any
    // letter case); NotFound when none is.
    Result<AssetRecord> findToken(Chain chain, const AssetIdentity &identity) const;
    // A new asset with every setting at zero (nothing moves on its own
    // until an admin sets limits). Conflict when the code or the token is
    // taken already.
    Result<AssetRecord> add(const Asset &asset, qint64 nowMs);
    Result<AssetRecord> updateSettings(std::string_view code, const AssetSettings &settings,
                                       int expectedVersion, qint64 nowMs);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange
