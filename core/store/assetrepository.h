#pragma once
// Reads and writes the assets table. Updates name the version they were
// based on and fail with Conflict if someone else changed the row since.

#include "core/store/assetsettings.h"
#include "core/store/dialect.h"

#include <QSqlDatabase>

#include <vector>

namespace exchange {

class AssetRepository final
{
public:
    AssetRepository(QSqlDatabase db, const Dialect &dialect) : m_db(std::move(db)), m_dialect(dialect) {}

    Result<std::vector<AssetRecord>> list() const;
    Result<AssetRecord> find(std::string_view code) const;
    Result<AssetRecord> updateSettings(std::string_view code, const AssetSettings &settings,
                                       int expectedVersion, qint64 nowMs);

private:
    QSqlDatabase m_db;
    const Dialect &m_dialect;
};

} // namespace exchange
