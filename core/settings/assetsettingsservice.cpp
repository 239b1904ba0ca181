#include "core/settings/assetsettingsservice.h"

#include "core/runtime/changenotifier.h"
#include "core/runtime/clock.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"

namespace exchange {

AssetSettingsService::AssetSettingsService(Database &database, const Clock &clock, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_notifier(notifier)
{
}

Result<std::vector<AssetRecord>> AssetSettingsService::list() const
{
    return AssetRepository(m_database.connection(), m_database.dialect()).list();
}

Result<AssetRecord> AssetSettingsService::find(std::string_view code) const
{
    return AssetRepository(m_database.connection(), m_database.dialect()).find(code);
}

Result<AssetRecord> AssetSettingsService::change(std::string_view code, const std::vector<Change> &changes,
                                                 std::optional<int> expectedVersion)
{
    if (changes.empty())
        return Error{ErrorCode::InvalidInput, "no setting to change"};

    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    AssetRepository assets(work.db(), m_database.dialect());
    auto current = assets.find(code);
    if (!current)
        return current.error();
    const AssetRecord &record = current.value();
    if (expectedVersion && *expectedVersion != record.version)
        return Error{ErrorCode::Conflict, "asset " + record.asset.code
                                              + " was changed by someone else meanwhile; reload and try again"};

    AssetSettings settings = record.settings;
    for (const auto &[setting, text] : changes) {
        auto amount = record.asset.parse(text);
        if (!amount)
            return Error{ErrorCode::InvalidInput, std::string(assetSettingKey(setting)) + " for "
                                                      + record.asset.code + ": " + amount.error().message};
        settings.set(setting, amount.value());
    }
    if (auto valid = settings.validate(); !valid)
        return valid.error();
    if (settings == record.settings)
        return record; // nothing to write; not an error

    auto updated = assets.updateSettings(code, settings, record.version, m_clock.nowMs());
    if (!updated)
        return updated.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Asset, QString::fromStdString(record.asset.code));
    return updated;
}

} // namespace exchange
