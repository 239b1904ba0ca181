#include "core/settings/assetsettingsservice.h"

#include "core/runtime/changenotifier.h"
#include "core/runtime/clock.h"
#include "core/security/auditlog.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>

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

Result<AssetRecord> AssetSettingsService::change(const security::Actor &actor, std::string_view code,
                                                 const std::vector<Change> &changes, std::optional<int> expectedVersion)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
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
    QJsonObject before{{QStringLiteral("version"), record.version}};
    QJsonObject after{{QStringLiteral("version"), updated.value().version}};
    for (AssetSetting setting : kAllAssetSettings) {
        if (settings.get(setting) == record.settings.get(setting))
            continue;
        const QString key = QString::fromLatin1(assetSettingKey(setting).data());
        before.insert(key, QString::fromStdString(record.settings.get(setting).format(record.asset.decimals)));
        after.insert(key, QString::fromStdString(settings.get(setting).format(record.asset.decimals)));
    }
    // Announced with the asset below: the audit view refreshes on every topic.
    security::AuditLog audit(m_database, m_clock, m_notifier);
    if (auto audited = audit.append(work.db(), actor, "settings.change", "asset", record.asset.code, before, after);
        !audited)
        return audited.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Asset, QString::fromStdString(record.asset.code));
    return updated;
}

} // namespace exchange
