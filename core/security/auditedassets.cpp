#include "core/security/auditedassets.h"

#include "core/base/changenotifier.h"
#include "core/base/clock.h"
#include "core/chains/tokenidentity.h"
#include "core/security/assetidentitystatement.h"
#include "core/security/currentauthority.h"
#include "core/security/permissions.h"
#include "core/store/assetrepository.h"
#include "core/store/database.h"
#include "core/store/unitofwork.h"

#include <QJsonObject>

namespace exchange::security {

namespace {

Error invalid(std::string message)
{
    return Error{ErrorCode::InvalidInput, std::move(message) + "; nothing changed"};
}

bool isAssetCode(const std::string &code)
{
    if (code.empty() || code.size() > 12)
        return false;
    for (char c : code) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
            return false;
    }
    return true;
}

QJsonObject describe(const AssetRecord &record)
{
    const Asset &a = record.asset;
    return QJsonObject{
        {QStringLiteral("name"), QString::fromStdString(a.name)},
        {QStringLiteral("chain"), QString::fromLatin1(chainName(a.chain))},
        {QStringLiteral("kind"), QString::fromLatin1(assetKindName(a.identity.kind))},
        {QStringLiteral("identity"), QString::fromStdString(a.identity.describe())},
        {QStringLiteral("decimals"), a.decimals},
        {QStringLiteral("display_decimals"), a.displayDecimals},
        {QStringLiteral("version"), record.version},
    };
}

} // namespace

AuditedAssets::AuditedAssets(Database &database, const Clock &clock, ChangeNotifier *notifier)
    : m_database(database), m_clock(clock), m_notifier(notifier), m_audit(database, clock, notifier)
{
}

Result<Asset> AuditedAssets::check(const Asset &typed)
{
    if (!isAssetCode(typed.code))
        return invalid("an asset code is 1 to 12 capital letters and digits, not '" + typed.code.substr(0, 40) + "'");
    if (typed.name.empty() || typed.name.size() > 64)
        return invalid("an asset's name is 1 to 64 characters");
    auto identity = chains::canonicalTokenIdentity(typed.chain, typed.identity);
    if (!identity)
        return invalid(identity.error().message);
    if (typed.decimals < 0 || typed.decimals > 38)
        return invalid("decimals are 0 to 38");
    if (const auto fixed = chains::fixedTokenDecimals(identity.value().kind); fixed && typed.decimals != *fixed)
        return invalid("a " + std::string(chainName(typed.chain)) + " token counts in " + std::to_string(*fixed)
                       + " decimals, not " + std::to_string(typed.decimals));
    if (identity.value().kind == AssetKind::AlgorandAsa && typed.decimals > 19)
        return invalid("an ASA has at most 19 decimals");
    if (typed.displayDecimals < 0 || typed.displayDecimals > typed.decimals)
        return invalid("display decimals are 0 to the asset's decimals (" + std::to_string(typed.decimals) + ")");
    Asset asset = typed;
    asset.identity = identity.value();
    return asset;
}

Result<AssetRecord> AuditedAssets::add(const Actor &actor, const Asset &typed, std::optional<int> nodeDecimals)
{
    if (auto allowed = authorize(actor, Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    auto checked = check(typed);
    if (!checked)
        return checked.error();
    const Asset &asset = checked.value();
    if (!chains::fixedTokenDecimals(asset.identity.kind)) {
        if (!nodeDecimals)
            return invalid("the chain's node was not asked for the token's decimals");
        if (*nodeDecimals != asset.decimals)
            return invalid("the token has " + std::to_string(*nodeDecimals) + " decimals, not "
                           + std::to_string(asset.decimals) + " as typed");
    }

    UnitOfWork work(m_database);
    if (auto began = work.began(); !began)
        return began.error();
    if (auto allowed = authorizeNow(work.db(), actor, Action::ChangeMoneySettings); !allowed)
        return allowed.error();
    AssetRepository assets(work.db(), m_database.dialect());
    auto added = assets.add(asset, m_clock.nowMs());
    if (!added)
        return added.error();
    if (auto audited = m_audit.append(work.db(), actor, "asset.add", "asset", asset.code, {}, describe(added.value()));
        !audited)
        return audited.error();
    if (auto signed_ = signAssetIdentity(work.db(), actor, added.value().asset, m_clock.nowMs()); !signed_)
        return signed_.error();
    if (auto committed = work.commit(); !committed)
        return committed.error();
    m_audit.announce();
    if (m_notifier)
        m_notifier->publish(ChangeNotifier::Topic::Asset, QString::fromStdString(asset.code));
    return added;
}

} // namespace exchange::security
