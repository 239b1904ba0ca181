#pragma once
// Which money an asset is, in an operator's words, translated: a chain's
// own coin, or the token (its ERC-20 contract, Stellar credit asset and
// issuer, ASA id) that the screens name where an operator checks a token
// against a block explorer or a customer's wallet (Settings, Wallets).

#include "core/money/asset.h"

#include <QCoreApplication>
#include <QString>

class AssetIdentityText final
{
    Q_DECLARE_TR_FUNCTIONS(AssetIdentityText)
public:
    // For a tooltip or a details line, every character of the identity:
    // "USDC (USD Coin (Ethereum)) is the ERC-20 token at 0x… on Ethereum."
    static QString sentence(const exchange::Asset &asset);
};
