#include "assetadder.h"

#include "coretext.h"
#include "operatorsession.h"
#include "core/chains/tokenprobe.h"
#include "core/runtime/coreservices.h"
#include "core/security/auditedassets.h"
#include "core/store/assetsettings.h"
#include "core/wallets/walletservice.h"

namespace {

// The node URL of the asset's chain, as the settings hold it.
exchange::Result<std::string> nodeUrlOf(exchange::CoreServices &services, exchange::Chain chain)
{
    auto settings = services.wallets().chainSettings(chain);
    if (!settings)
        return settings.error();
    return settings.value().nodeUrl;
}

} // namespace

AssetAdder::AssetAdder(exchange::CoreServices &services, OperatorSession &session, QObject *parent)
    : QObject(parent), m_services(services), m_session(session)
{
}

QString AssetAdder::problem(const exchange::Asset &typed)
{
    auto checked = exchange::security::AuditedAssets::check(typed);
    return checked ? QString() : CoreText::error(checked.error());
}

void AssetAdder::readNode(const exchange::Asset &typed, int tag)
{
    auto checked = exchange::security::AuditedAssets::check(typed);
    if (!checked) {
        emit nodeReadFailed(tag, CoreText::error(checked.error()));
        return;
    }
    auto *services = &m_services;
    const exchange::Asset asset = checked.value();
    m_session.runAside<int>(
        [services, asset](const exchange::security::Actor &) -> exchange::Result<int> {
            auto url = nodeUrlOf(*services, asset.chain);
            if (!url)
                return url.error();
            return exchange::chains::tokenDecimalsFromNode(asset.identity, url.value());
        },
        this, [this, tag](exchange::Result<int> result) {
            if (result)
                emit nodeRead(tag, result.value());
            else
                emit nodeReadFailed(tag, CoreText::error(result.error()));
        });
}

void AssetAdder::add(const exchange::Asset &typed)
{
    auto checked = exchange::security::AuditedAssets::check(typed);
    if (!checked) {
        emit failed(CoreText::error(checked.error()));
        return;
    }
    auto *services = &m_services;
    const exchange::Asset asset = checked.value();
    const QString code = QString::fromStdString(asset.code);
    const QString identity = QString::fromStdString(asset.identity.describe());
    //: %1 the asset code, %2 its token (kind and contract, issuer or id), %3 the chain
    const QString purpose = tr("Add the asset %1: %2 on %3, %n decimal(s). Transfers of this token will count as "
                               "%1 money.",
                               "", asset.decimals)
                                .arg(code, identity, QString::fromLatin1(exchange::chainName(asset.chain)));
    m_session.runConfirmed<exchange::AssetRecord>(
        purpose,
        [services, asset](const exchange::security::Actor &actor) -> exchange::Result<exchange::AssetRecord> {
            // The node again, now: what the admin confirms is what it says.
            auto url = nodeUrlOf(*services, asset.chain);
            if (!url)
                return url.error();
            auto decimals = exchange::chains::confirmTokenDecimals(asset.identity, asset.decimals, url.value());
            if (!decimals)
                return decimals.error();
            return exchange::security::AuditedAssets(services->database(), services->clock(), &services->notifier())
                .add(actor, asset, decimals.value());
        },
        this, [this, code](exchange::Result<exchange::AssetRecord> result) {
            if (!result) {
                //: %1 the asset code, %2 why not
                emit failed(tr("The asset %1 was not added: %2").arg(code, CoreText::error(result.error())));
                return;
            }
            //: %1 the asset code
            emit added(code, tr("Asset %1 added. Every setting is 0 until you set it above.").arg(code));
        });
}
