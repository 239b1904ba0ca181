#pragma once
// Reading and changing the per-asset settings. A change is given as decimal
// text in the asset's unit and parsed exactly; any refused value, or any
// error of AssetSettingsRules, refuses the whole change (of every asset in a
// batch) and nothing is written. Warnings do not refuse: the caller asks
// about them first (check()). A successful change is announced on the change
// notifier after it is committed.
//
// A bookkeeper only: it takes a change already authorised. Who may change
// settings, and the audit record of each setting changed, are the business
// of AuditedSettings (a layer above), which writes its records in the
// transaction this service gives it.

#include "core/store/assetsettings.h"
#include "core/settings/assetsettingsrules.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace exchange {

class ChangeNotifier;
class Dialect;
class Clock;
class Database;
class UnitOfWork;

class AssetSettingsService final
{
public:
    using Change = std::pair<AssetSetting, std::string>;
    // The changes of one asset in a batch; expectedVersion as for changeMany().
    struct AssetChange {
        std::string code;
        std::vector<Change> changes;
        std::optional<int> expectedVersion;
    };
    // What a change would do: the settings before and after, and the
    // problems the rules find (errors and warnings).
    struct Check {
        AssetRecord record;
        AssetSettings proposed;
        std::vector<SettingProblem> problems;
    };

    AssetSettingsService(Database &database, const Clock &clock, ChangeNotifier *notifier = nullptr);

    Result<std::vector<AssetRecord>> list() const;
    Result<AssetRecord> find(std::string_view code) const;

    // One asset whose settings a change wrote: as they were and as they are
    // now (version included).
    struct Changed {
        AssetRecord before;
        AssetRecord after;
    };
    // What the caller writes in the same transaction (its audit records),
    // after every asset is written and before the commit: an error rolls
    // the whole change back. Given only the assets whose settings differ
    // (empty when every value was already the one asked for).
    using AlsoInTransaction = std::function<Result<void>(UnitOfWork &work, const std::vector<Changed> &changed)>;

    // Several assets' changes together: all of them or none. Each asset's
    // expectedVersion is the version the caller saw; nullopt takes the
    // current one (command line). A stale version is refused as Conflict.
    Result<std::vector<AssetRecord>> changeMany(const std::vector<AssetChange> &batch, const AlsoInTransaction &also);

    // The rules' verdict on a change without making it (exctl's warnings).
    // Text that is no amount is refused as in changeMany().
    Result<Check> check(std::string_view code, const std::vector<Change> &changes) const;
    // The four-eyes amount and the hot and warm balances the rules compare with.
    Result<SettingFacts> facts(std::string_view code) const;

private:
    static Result<AssetSettings> applyText(const AssetRecord &record, const std::vector<Change> &changes);
    static Result<SettingFacts> readFacts(const QSqlDatabase &db, const Dialect &dialect, std::string_view code);

    Database &m_database;
    const Clock &m_clock;
    ChangeNotifier *m_notifier;
};

} // namespace exchange
