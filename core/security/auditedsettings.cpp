#include "core/security/auditedsettings.h"

#include "core/base/clock.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/security/settingsstatement.h"
#include "core/settings/withdrawalsettingsrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>

namespace exchange::security {

AuditedSettings::AuditedSettings(Database &database, const Clock &clock, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_settings(database, clock, notifier), m_audit(database, clock, notifier)
{
}

Result<AssetRecord> AuditedSettings::change(const Actor &actor, std::string_view code,
                                            const std::vector<AssetSettingsService::Change> &changes,
                                            std::optional<int> expectedVersion)
{
    auto changed = changeMany(actor, {AssetSettingsService::AssetChange{std::string(code), changes, expectedVersion}});
    if (!changed)
        return changed.error();
    return changed.value().front();
}

Result<std::vector<AssetRecord>> AuditedSettings::changeMany(const Actor &actor,
                                                             const std::vector<AssetSettingsService::AssetChange> &batch)
{
    if (auto allowed = authorize(actor, Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    // Announced with the asset by the settings service: the audit view
    // refreshes on every topic.
    return m_settings.changeMany(
        batch, [&](UnitOfWork &work, const std::vector<AssetSettingsService::Changed> &changed) -> Result<void> {
            if (auto allowed = authorizeNow(work.db(), actor, Action::ChangeMoneySettings); !allowed)
                return allowed.error();
            for (const AssetSettingsService::Changed &one : changed) {
                const AssetRecord &was = one.before;
                const AssetRecord &now = one.after;
                // One record per setting: each says one thing that changed.
                for (AssetSetting setting : kAllAssetSettings) {
                    if (now.settings.get(setting) == was.settings.get(setting))
                        continue;
                    const QString key = QString::fromLatin1(assetSettingKey(setting).data());
                    const QJsonObject before{
                        {key, QString::fromStdString(was.settings.get(setting).format(was.asset.decimals))},
                        {QStringLiteral("version"), was.version}};
                    const QJsonObject after{
                        {key, QString::fromStdString(now.settings.get(setting).format(was.asset.decimals))},
                        {QStringLiteral("version"), now.version}};
                    if (auto audited = m_audit.append(work.db(), actor, "settings.change", "asset", was.asset.code,
                                                      before, after);
                        !audited)
                        return audited.error();
                }
                // The four-eyes amount and the new-destinations review are
                // not this change's, but the statement names every money
                // setting in force after it.
                const WithdrawalSettingsRepository withdrawalSettings(work.db(), m_database.dialect());
                auto fourEyes = withdrawalSettings.twoApproversAbove(was.asset.code);
                if (!fourEyes)
                    return fourEyes.error();
                auto review = withdrawalSettings.reviewNewDestinations(was.asset.code);
                if (!review)
                    return review.error();
                if (auto signed_ = signAssetSettings(work.db(), actor, was.asset.code,
                                                     {was.settings, fourEyes.value(), review.value()},
                                                     {now.settings, fourEyes.value(), review.value()}, m_clock.nowMs());
                    !signed_)
                    return signed_.error();
            }
            return {};
        });
}

} // namespace exchange::security
