#include "core/security/signedsettings.h"

#include "core/security/keyregistration.h"
#include "core/security/keyvault.h"
#include "core/security/trustanchor.h"
#include "core/security/trustchain.h"
#include "core/settings/withdrawalsettingsrepository.h"
#include "core/store/sql.h"

namespace exchange::security {

namespace {

std::string formatted(const std::optional<Amount> &amount, int decimals)
{
    return amount ? amount->format(decimals) : std::string("none");
}

} // namespace

SignedSettings::SignedSettings(const TrustChain &chain, const std::vector<SignedStatementRecord> &statements)
    : m_statements(chain, statements, kAssetSettingsKind, "asset",
                   [](const Statement &statement) { return moneySettingsFrom(statement).has_value(); })
{
    for (const AdminStatements::Problem &p : m_statements.problems())
        m_problems.push_back({p.statementId, p.objectId, p.reason});
}

Result<SignedSettings> SignedSettings::read(const QSqlDatabase &db, const QByteArray &pinnedAdminKey)
{
    const SignedStatements store(db);
    auto registrations = store.ofKind(KeyRegistration::kKind);
    if (!registrations)
        return registrations.error();
    auto statements = store.ofKind(kAssetSettingsKind);
    if (!statements)
        return statements.error();
    const TrustChain chain(pinnedAdminKey, std::move(registrations).value());
    return SignedSettings(chain, statements.value());
}

Result<std::map<std::string, SignedSettings::Comparison>>
SignedSettings::compareAll(const QSqlDatabase &db, const Dialect &dialect, const std::vector<AssetRecord> &rows)
{
    auto pin = listedPinnedAdminKey(db);
    if (!pin)
        return pin.error();
    auto signedSettings = read(db, pin.value());
    if (!signedSettings)
        return signedSettings.error();
    const WithdrawalSettingsRepository withdrawalSettings(db, dialect);
    std::map<std::string, Comparison> all;
    for (const AssetRecord &row : rows) {
        auto fourEyes = withdrawalSettings.twoApproversAbove(row.asset.code);
        if (!fourEyes)
            return fourEyes.error();
        auto review = withdrawalSettings.reviewNewDestinations(row.asset.code);
        if (!review)
            return review.error();
        all.emplace(row.asset.code, signedSettings.value().compare(row, fourEyes.value(), review.value()));
    }
    return all;
}

namespace {

std::optional<SignedSettings::InForce> inForceFrom(const std::optional<AdminStatements::Trusted> &trusted)
{
    if (!trusted)
        return std::nullopt;
    // Well formed, or AdminStatements would not have taken it.
    return SignedSettings::InForce{*moneySettingsFrom(trusted->statement), trusted->statementId, trusted->operatorId,
                                   trusted->signer, trusted->signedAtMs};
}

} // namespace

std::optional<SignedSettings::InForce> SignedSettings::inForce(std::string_view asset) const
{
    return inForceFrom(m_statements.newest(asset));
}

std::optional<SignedSettings::InForce> SignedSettings::inForceAt(std::string_view asset, std::int64_t atMs) const
{
    return inForceFrom(m_statements.inForceAt(asset, atMs));
}

std::optional<SignedSettings::InForce> SignedSettings::firstSigned(std::string_view asset) const
{
    return inForceFrom(m_statements.oldest(asset));
}

SignedSettings::Comparison SignedSettings::compare(const AssetRecord &rows,
                                                   const std::optional<Amount> &twoApproversAbove,
                                                   bool reviewNewDestinations) const
{
    Comparison c;
    c.signedSettings = inForce(rows.asset.code);
    if (!c.signedSettings)
        return c;
    const int decimals = rows.asset.decimals;
    const MoneySettings &signed_ = c.signedSettings->settings;
    for (AssetSetting setting : kAllAssetSettings) {
        const Amount row = rows.settings.get(setting);
        const Amount was = signed_.amounts.get(setting);
        if (row != was)
            c.differences.push_back(std::string(assetSettingKey(setting)) + " " + row.format(decimals) + " vs signed "
                                    + was.format(decimals));
    }
    if (twoApproversAbove != signed_.twoApproversAbove)
        c.differences.push_back(std::string(kTwoApproversAboveKey) + " " + formatted(twoApproversAbove, decimals)
                                + " vs signed " + formatted(signed_.twoApproversAbove, decimals));
    if (reviewNewDestinations != signed_.reviewNewDestinations)
        c.differences.push_back(std::string(kReviewNewDestinationsKey) + (reviewNewDestinations ? " on" : " off")
                                + " vs signed " + (signed_.reviewNewDestinations ? "on" : "off"));
    c.match = c.differences.empty() ? Match::Matches : Match::Differs;
    return c;
}

std::string SignedSettings::Comparison::describe() const
{
    switch (match) {
    case Match::Unsigned: return "never signed";
    case Match::Matches: return "signed by " + signedSettings->signer;
    case Match::Differs: {
        std::string text = "rows differ from the signed settings:";
        for (std::size_t i = 0; i < differences.size(); ++i)
            text += (i == 0 ? " " : ", ") + differences[i];
        return text;
    }
    }
    return {};
}

} // namespace exchange::security
