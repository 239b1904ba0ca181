target_sources(exchange_core PRIVATE
  settings/assetsettings.h settings/assetsettings.cpp
  settings/assetsettingsrules.h settings/assetsettingsrules.cpp
  settings/assetsettingsservice.h settings/assetsettingsservice.cpp)
