#pragma once
// A token asset as a test adds it: the code as its name, 2 display decimals.

#include "core/money/asset.h"

#include <string>

inline exchange::Asset testToken(std::string code, exchange::Chain chain, exchange::AssetIdentity identity, int decimals)
{
    exchange::Asset a;
    a.code = std::move(code);
    a.name = a.code + " token";
    a.chain = chain;
    a.decimals = decimals;
    a.displayDecimals = 2;
    a.identity = std::move(identity);
    return a;
}
