#include "assetidentitytext.h"

#include "assetsettingsmodel.h"

namespace {

// The first and last characters of an address, as the tables shorten them.
QString shortened(const std::string &text)
{
    const QString s = QString::fromStdString(text);
    return s.size() <= 12 ? s : s.left(6) + QStringLiteral("…") + s.right(4);
}

} // namespace

QString AssetIdentityText::brief(const exchange::Asset &asset)
{
    const exchange::AssetIdentity &id = asset.identity;
    switch (id.kind) {
    case exchange::AssetKind::Native: return tr("Coin");
    //: %1 the contract's address, shortened
    case exchange::AssetKind::Erc20: return tr("ERC-20 %1").arg(shortened(id.contract));
    //: %1 the credit asset's code on Stellar, %2 the issuer's account, shortened
    case exchange::AssetKind::StellarCredit: return tr("Credit %1 by %2").arg(QString::fromStdString(id.stellarCode), shortened(id.issuer));
    //: %1 the asset id
    case exchange::AssetKind::AlgorandAsa: return tr("ASA %1").arg(id.asaId);
    }
    return {};
}

QString AssetIdentityText::sentence(const exchange::Asset &asset)
{
    const exchange::AssetIdentity &id = asset.identity;
    const QString code = QString::fromStdString(asset.code);
    const QString name = QString::fromStdString(asset.name);
    const QString who = name.isEmpty() || name == code ? code : tr("%1 (%2)").arg(code, name);
    switch (id.kind) {
    //: %1 the asset code (and its name), %2 the chain
    case exchange::AssetKind::Native: return tr("%1 is the own coin of %2.").arg(who, AssetSettingsModel::chainTitle(asset.chain));
    //: %1 the asset code (and its name), %2 the contract's address
    case exchange::AssetKind::Erc20: return tr("%1 is the ERC-20 token at %2 on Ethereum.").arg(who, QString::fromStdString(id.contract));
    //: %1 the asset code (and its name), %2 the credit asset's code on Stellar, %3 the issuer's account
    case exchange::AssetKind::StellarCredit:
        return tr("%1 is the Stellar credit asset %2 issued by %3.")
            .arg(who, QString::fromStdString(id.stellarCode), QString::fromStdString(id.issuer));
    //: %1 the asset code (and its name), %2 the asset id
    case exchange::AssetKind::AlgorandAsa: return tr("%1 is the Algorand Standard Asset %2.").arg(who).arg(id.asaId);
    }
    return {};
}
