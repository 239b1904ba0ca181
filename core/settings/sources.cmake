target_sources(exchange_core PRIVATE
  settings/assetsettingsrules.h settings/assetsettingsrules.cpp
  settings/assetsettingsservice.h settings/assetsettingsservice.cpp
  settings/withdrawalsettingsrepository.h settings/withdrawalsettingsrepository.cpp)
