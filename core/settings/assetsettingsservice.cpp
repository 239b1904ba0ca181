#include "core/settings/assetsettingsservice.h"

#include "core/base/message.h"
#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerrepository.h"
#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/settings/withdrawalsettingsrepository.h"
#include "core/store/unitofwork.h"

#include <set>

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

Result<AssetSettings> AssetSettingsService::applyText(const AssetRecord &record, const std::vector<Change> &changes)
{
    AssetSettings settings = record.settings;
    for (const auto &[setting, text] : changes) {
        auto amount = record.asset.parse(text);
        if (!amount)
            return Error{ErrorCode::InvalidInput, std::string(assetSettingKey(setting)) + " for "
                                                      + record.asset.code + ": " + amount.error().message};
        settings.set(setting, amount.value());
    }
    return settings;
}

Result<SettingFacts> AssetSettingsService::readFacts(const QSqlDatabase &db, const Dialect &dialect,
                                                     std::string_view code)
{
    SettingFacts facts;
    auto fourEyes = WithdrawalSettingsRepository(db, dialect).twoApproversAbove(std::string(code));
    if (!fourEyes)
        return fourEyes.error();
    facts.twoApproversAbove = fourEyes.value();
    ledger::LedgerRepository ledger(db, dialect);
    for (auto [tier, into] : {std::pair{ledger::owner::HotWallet, &facts.hotBalance},
                              std::pair{ledger::owner::WarmWallet, &facts.warmBalance}}) {
        auto account = ledger.findAccount(ledger::walletAccount(tier, std::string(code)));
        if (!account)
            return account.error();
        *into = account.value() ? account.value()->balance() : Amount::zero();
    }
    return facts;
}

Result<SettingFacts> AssetSettingsService::facts(std::string_view code) const
{
    return readFacts(m_database.connection(), m_database.dialect(), code);
}

Result<AssetSettingsService::Check> AssetSettingsService::check(std::string_view code,
                                                                const std::vector<Change> &changes) const
{
    auto record = find(code);
    if (!record)
        return record.error();
    auto proposed = applyText(record.value(), changes);
    if (!proposed)
        return proposed.error();
    auto facts = this->facts(code);
    if (!facts)
        return facts.error();
    return Check{record.value(), proposed.value(),
                 AssetSettingsRules::check(record.value().settings, proposed.value(), facts.value())};
}

Result<std::vector<AssetRecord>> AssetSettingsService::changeMany(const std::vector<AssetChange> &batch,
                                                                  const AlsoInTransaction &also)
{
    std::set<std::string> codes;
    for (const AssetChange &one : batch) {
        if (one.changes.empty())
            return makeError(ErrorCode::InvalidInput, MessageId::NoSettingToChange);
        if (!codes.insert(one.code).second)
            return makeError(ErrorCode::InvalidInput, MessageId::AssetNamedTwice, {one.code});
    }
    if (batch.empty())
        return makeError(ErrorCode::InvalidInput, MessageId::NoSettingToChange);

    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    AssetRepository assets(work.db(), m_database.dialect());
    std::vector<AssetRecord> results;
    std::vector<Changed> changed;
    for (const AssetChange &one : batch) {
        auto current = assets.find(one.code);
        if (!current)
            return current.error();
        const AssetRecord &record = current.value();
        if (one.expectedVersion && *one.expectedVersion != record.version)
            return makeError(ErrorCode::Conflict, MessageId::AssetChangedMeanwhile, {record.asset.code});
        auto proposed = applyText(record, one.changes);
        if (!proposed)
            return proposed.error();
        const AssetSettings &settings = proposed.value();
        // The same rules the console and exctl checked, again where it
        // counts: whatever the path, no error is stored.
        auto facts = readFacts(work.db(), m_database.dialect(), one.code);
        if (!facts)
            return facts.error();
        for (const SettingProblem &problem : AssetSettingsRules::check(record.settings, settings, facts.value())) {
            if (problem.severity() == RuleSeverity::Error)
                return Error{ErrorCode::InvalidInput,
                             record.asset.code + ": " + AssetSettingsRules::describe(problem, record.asset)};
        }
        // The invariants of the type itself, last: the rules above say it
        // in an operator's words first.
        if (auto valid = settings.validate(); !valid)
            return valid.error();
        if (settings == record.settings) {
            results.push_back(record); // nothing to write; not an error
            continue;
        }
        auto updated = assets.updateSettings(one.code, settings, record.version, m_clock.nowMs());
        if (!updated)
            return updated.error();
        changed.push_back(Changed{record, updated.value()});
        results.push_back(updated.value());
    }
    if (also) {
        if (auto recorded = also(work, changed); !recorded)
            return recorded.error();
    }
    if (auto committed = work.commit(); !committed)
        return committed.error();
    if (m_notifier) {
        for (const Changed &one : changed)
            m_notifier->publish(ChangeNotifier::Topic::Asset, QString::fromStdString(one.before.asset.code));
    }
    return results;
}

} // namespace exchange
