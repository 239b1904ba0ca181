target_sources(exchange_core PRIVATE
  money/int128.h money/int128.cpp
  money/amount.h money/amount.cpp
  money/asset.h money/asset.cpp
  money/assetidentity.h money/assetidentity.cpp
  money/assetamount.h money/assetamount.cpp)
