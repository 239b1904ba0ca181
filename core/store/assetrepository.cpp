#include "core/store/assetrepository.h"

#include "core/store/sql.h"

namespace exchange {

namespace {

const QString kColumns = QStringLiteral(
    "code, name, chain, decimals, display_decimals, min_deposit, min_collection, withdraw_fee,"
    " limit_24h, limit_72h, hot_max, warm_max, version, updated_at");

Result<AssetRecord> readRow(const QSqlQuery &q)
{
    AssetRecord r;
    r.asset.code = q.value(0).toString().toStdString();
    r.asset.name = q.value(1).toString().toStdString();
    const auto chain = chainFromName(q.value(2).toString().toStdString());
    if (!chain)
        return Error{ErrorCode::Corrupted, "asset " + r.asset.code + " has an unknown chain"};
    r.asset.chain = *chain;
    r.asset.decimals = q.value(3).toInt();
    r.asset.displayDecimals = q.value(4).toInt();
    int column = 5;
    for (AssetSetting setting : kAllAssetSettings) {
        auto amount = Dialect::amountFromSql(q.value(column++));
        if (!amount)
            return Error{ErrorCode::Corrupted, "asset " + r.asset.code + ": "
                                                   + std::string(assetSettingKey(setting)) + " is not an exact amount"};
        r.settings.set(setting, amount.value());
    }
    r.version = q.value(12).toInt();
    r.updatedAtMs = q.value(13).toLongLong();
    return r;
}

} // namespace

Result<std::vector<AssetRecord>> AssetRepository::list() const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM assets ORDER BY code"));
    if (!q)
        return q.error();
    std::vector<AssetRecord> records;
    while (q.value().next()) {
        auto record = readRow(q.value());
        if (!record)
            return record.error();
        records.push_back(std::move(record).value());
    }
    return records;
}

Result<AssetRecord> AssetRepository::find(std::string_view code) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM assets WHERE code = ?"),
                      {QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size()))});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, "unknown asset '" + std::string(code) + "'"};
    return readRow(q.value());
}

Result<AssetRecord> AssetRepository::updateSettings(std::string_view code, const AssetSettings &settings,
                                                    int expectedVersion, qint64 nowMs)
{
    QVariantList values;
    for (AssetSetting setting : kAllAssetSettings)
        values << m_dialect.amountToSql(settings.get(setting));
    values << nowMs << QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size())) << expectedVersion;
    auto q = sql::run(m_db,
                      QStringLiteral("UPDATE assets SET min_deposit = ?, min_collection = ?, withdraw_fee = ?,"
                                     " limit_24h = ?, limit_72h = ?, hot_max = ?, warm_max = ?,"
                                     " version = version + 1, updated_at = ?"
                                     " WHERE code = ? AND version = ?"),
                      values);
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1) {
        auto current = find(code);
        if (!current)
            return current.error();
        return Error{ErrorCode::Conflict, "asset " + std::string(code)
                                              + " was changed by someone else meanwhile; reload and try again"};
    }
    return find(code);
}

} // namespace exchange
