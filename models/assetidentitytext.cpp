#include "assetidentitytext.h"

#include "assetsettingsmodel.h"

QString AssetIdentityText::sentence(const exchange::Asset &asset)
{
    const exchange::AssetIdentity &id = asset.identity;
    const QString code = QString::fromStdString(asset.code);
    const QString name = QString::fromStdString(asset.name);
    const QString who = name.isEmpty() || name == code ? code : tr("%1 (%2)").arg(code, name);
    switch (id.kind) {
    //: %1 the asset code (and its name), %2 the chain
    case exchange::AssetKind::Native: return tr("%1 is the native coin of %2.").arg(who, AssetSettingsModel::chainTitle(asset.chain));
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
