#include "assetcatalog.h"

#include "core/runtime/coreservices.h"

exchange::Result<std::map<std::string, exchange::Asset>> assetsByCode(exchange::CoreServices &services)
{
    auto records = services.assetSettings().list();
    if (!records)
        return records.error();
    std::map<std::string, exchange::Asset> assets;
    for (const auto &r : records.value())
        assets.emplace(r.asset.code, r.asset);
    return assets;
}
