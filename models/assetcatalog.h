#pragma once
// The assets by code, as the models need them to format amounts. Call on
// the core thread (inside a job).

#include "core/base/result.h"
#include "core/money/asset.h"

#include <map>
#include <string>

namespace exchange {
class CoreServices;
}

exchange::Result<std::map<std::string, exchange::Asset>> assetsByCode(exchange::CoreServices &services);
