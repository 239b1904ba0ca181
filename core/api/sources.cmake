target_sources(exchange_core PRIVATE
  api/rawjson.h api/rawjson.cpp
  api/pythonjson.h api/pythonjson.cpp
  api/traderequest.h api/traderequest.cpp
  api/withdrawrequest.h api/withdrawrequest.cpp
  api/tradeapiserver.h api/tradeapiserver.cpp
  api/tradeapihost.h api/tradeapihost.cpp
  api/chainpaymentlookups.h api/chainpaymentlookups.cpp)
