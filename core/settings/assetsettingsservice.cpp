#include "core/settings/assetsettingsservice.h"

#include "core/ledger/chartofaccounts.h"
#include "core/ledger/ledgerrepository.h"
#include "core/runtime/changenotifier.h"
#include "core/runtime/clock.h"
#include "core/security/auditlog.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"
#include "core/withdrawals/withdrawalrepository.h"

#include <QJsonObject>

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
    auto fourEyes = withdrawals::WithdrawalRepository(db, dialect).twoApproversAbove(std::string(code));
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

Result<AssetRecord> AssetSettingsService::change(const security::Actor &actor, std::string_view code,
                                                 const std::vector<Change> &changes, std::optional<int> expectedVersion)
{
    auto changed = changeMany(actor, {AssetChange{std::string(code), changes, expectedVersion}});
    if (!changed)
        return changed.error();
    return changed.value().front();
}

Result<std::vector<AssetRecord>> AssetSettingsService::changeMany(const security::Actor &actor,
                                                                  const std::vector<AssetChange> &batch)
{
    if (auto allowed = security::authorize(actor, security::Action::ChangeSettings); !allowed)
        return allowed.error();
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
    security::AuditLog audit(m_database, m_clock, m_notifier);
    std::vector<AssetRecord> results;
    std::vector<std::string> announce;
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
        // One record per setting: each says one thing that changed.
        for (AssetSetting setting : kAllAssetSettings) {
            if (settings.get(setting) == record.settings.get(setting))
                continue;
            const QString key = QString::fromLatin1(assetSettingKey(setting).data());
            const QJsonObject before{
                {key, QString::fromStdString(record.settings.get(setting).format(record.asset.decimals))},
                {QStringLiteral("version"), record.version}};
            const QJsonObject after{{key, QString::fromStdString(settings.get(setting).format(record.asset.decimals))},
                                    {QStringLiteral("version"), updated.value().version}};
            // Announced with the asset below: the audit view refreshes on every topic.
            if (auto audited = audit.append(work.db(), actor, "settings.change", "asset", record.asset.code, before, after);
                !audited)
                return audited.error();
        }
        announce.push_back(record.asset.code);
        results.push_back(updated.value());
    }
    if (auto committed = work.commit(); !committed)
        return committed.error();
    if (m_notifier) {
        for (const std::string &code : announce)
            m_notifier->publish(ChangeNotifier::Topic::Asset, QString::fromStdString(code));
    }
    return results;
}

} // namespace exchange
