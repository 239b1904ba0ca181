#include "core/store/assetrepository.h"

#include "core/store/sql.h"

namespace exchange {

namespace {

const QString kColumns = QStringLiteral(
    "code, name, chain, decimals, display_decimals, min_deposit, min_collection, withdraw_fee,"
    " limit_24h, limit_72h, hot_max, warm_max, version, updated_at,"
    " kind, token_contract, token_code, token_issuer, token_asset_id");

// Never a null QString: the driver would bind NULL where the columns hold ''.
QString text(std::string_view s)
{
    return s.empty() ? QStringLiteral("") : QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString asaIdText(const AssetIdentity &identity)
{
    return identity.kind == AssetKind::AlgorandAsa ? QString::number(identity.asaId) : QStringLiteral("");
}

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
    const auto kind = assetKindFromName(q.value(14).toString().toStdString());
    if (!kind)
        return Error{ErrorCode::Corrupted, "asset " + r.asset.code + " has an unknown kind"};
    r.asset.identity.kind = *kind;
    r.asset.identity.contract = q.value(15).toString().toStdString();
    r.asset.identity.stellarCode = q.value(16).toString().toStdString();
    r.asset.identity.issuer = q.value(17).toString().toStdString();
    const QString asaId = q.value(18).toString();
    if (!asaId.isEmpty()) {
        bool ok = false;
        r.asset.identity.asaId = asaId.toULongLong(&ok);
        if (!ok)
            return Error{ErrorCode::Corrupted, "asset " + r.asset.code + " has an ASA id that is not a number"};
    }
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

Result<std::map<std::string, int>> AssetRepository::decimalsByCode() const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT code, decimals FROM assets"));
    if (!q)
        return q.error();
    std::map<std::string, int> decimals;
    while (q.value().next())
        decimals.emplace(q.value().value(0).toString().toStdString(), q.value().value(1).toInt());
    return decimals;
}

Result<void> AssetRepository::exists(std::string_view code) const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT 1 FROM assets WHERE code = ?"), {text(code)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, "unknown asset '" + std::string(code) + "'"};
    return {};
}

Result<AssetRecord> AssetRepository::findToken(Chain chain, const AssetIdentity &identity) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT ") + kColumns
                          + QStringLiteral(" FROM assets WHERE chain = ? AND kind = ? AND lower(token_contract) = lower(?)"
                                           " AND token_code = ? AND token_issuer = ? AND token_asset_id = ?"),
                      {QString::fromLatin1(chainName(chain)), text(assetKindName(identity.kind)), text(identity.contract),
                       text(identity.stellarCode), text(identity.issuer), asaIdText(identity)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{ErrorCode::NotFound, "no asset is " + identity.describe() + " on " + std::string(chainName(chain))};
    return readRow(q.value());
}

Result<AssetRecord> AssetRepository::add(const Asset &asset, qint64 nowMs)
{
    if (find(asset.code))
        return Error{ErrorCode::Conflict, "an asset " + asset.code + " exists already; asset codes are unique"};
    if (!asset.identity.isNative()) {
        if (auto taken = findToken(asset.chain, asset.identity))
            return Error{ErrorCode::Conflict, asset.identity.describe() + " is asset " + taken.value().asset.code
                                                  + " already; a token cannot be two assets"};
    }
    const QVariant zero = m_dialect.amountToSql(Amount::zero());
    auto q = sql::run(m_db,
                      QStringLiteral("INSERT INTO assets (code, name, chain, decimals, display_decimals,"
                                     " min_deposit, min_collection, withdraw_fee, limit_24h, limit_72h, hot_max, warm_max,"
                                     " updated_at, kind, token_contract, token_code, token_issuer, token_asset_id)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {text(asset.code), text(asset.name), QString::fromLatin1(chainName(asset.chain)), asset.decimals,
                       asset.displayDecimals, zero, zero, zero, zero, zero, zero, zero, nowMs,
                       text(assetKindName(asset.identity.kind)), text(asset.identity.contract),
                       text(asset.identity.stellarCode), text(asset.identity.issuer), asaIdText(asset.identity)});
    if (!q)
        return q.error();
    return find(asset.code);
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
