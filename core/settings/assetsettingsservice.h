#pragma once
// Reading and changing the per-asset settings. A change is given as decimal
// text in the asset's unit and parsed exactly; any refused value refuses the
// whole change and nothing is written. A successful change is announced on
// the change notifier after it is committed. A change needs an actor allowed
// to ChangeSettings (an operator with a confirmed two-factor code, or exctl)
// and commits with its audit record (before and after as exact decimals).

#include "core/security/actor.h"
#include "core/settings/assetsettings.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace exchange {

class ChangeNotifier;
class Clock;
class Database;

class AssetSettingsService final
{
public:
    using Change = std::pair<AssetSetting, std::string>;

    AssetSettingsService(Database &database, const Clock &clock, ChangeNotifier *notifier = nullptr);

    Result<std::vector<AssetRecord>> list() const;
    Result<AssetRecord> find(std::string_view code) const;

    // expectedVersion: the version the caller saw; nullopt takes the
    // current one (command line). A stale version is refused as Conflict.
    Result<AssetRecord> change(const security::Actor &actor, std::string_view code, const std::vector<Change> &changes,
                               std::optional<int> expectedVersion = std::nullopt);

private:
    Database &m_database;
    const Clock &m_clock;
    ChangeNotifier *m_notifier;
};

} // namespace exchange
