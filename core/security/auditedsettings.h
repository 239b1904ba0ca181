#pragma once
// AuditedSettings: the per-asset settings as an actor changes them. It
// checks that the actor may (ChangeSettings: an operator with a confirmed
// two-factor code, or exctl) before anything is read, then has
// AssetSettingsService make the change and writes, in the same transaction,
// one audit record per setting changed ("settings.change", before and after
// as exact decimals with the asset's version) and, when the actor can sign
// (Actor::signer), one signed statement per asset changed (kind
// asset.settings, see settingsstatement.h): the change, its records and its
// signature commit together or not at all. A refused actor or a refused
// change writes nothing. Reading the settings is AssetSettingsService's, without an actor.

#include "core/security/actor.h"
#include "core/security/auditlog.h"
#include "core/settings/assetsettingsservice.h"

#include <optional>
#include <string_view>
#include <vector>

namespace exchange::security {

class AuditedSettings final
{
public:
    // Both are thin handles on the database; this keeps its own.
    AuditedSettings(Database &database, const Clock &clock, ChangeNotifier *notifier = nullptr);

    // expectedVersion: the version the caller saw; nullopt takes the
    // current one (command line). A stale version is refused as Conflict.
    Result<AssetRecord> change(const Actor &actor, std::string_view code,
                               const std::vector<AssetSettingsService::Change> &changes,
                               std::optional<int> expectedVersion = std::nullopt);
    // Several assets' changes together: all of them or none.
    Result<std::vector<AssetRecord>> changeMany(const Actor &actor,
                                                const std::vector<AssetSettingsService::AssetChange> &batch);

private:
    Database &m_database;
    const Clock &m_clock;
    AssetSettingsService m_settings;
    AuditLog m_audit;
};

} // namespace exchange::security
