target_sources(exchange_core PRIVATE
  trade/tradeschema.h trade/tradeschema.cpp
  trade/tradelogschema.h trade/tradelogschema.cpp
  trade/refusallog.h trade/refusallog.cpp
  trade/orderhistory.h trade/orderhistory.cpp
  trade/order.h trade/order.cpp
  trade/traderecords.h
  trade/marketdepth.h
  trade/traderepository.h trade/traderepository.cpp
  trade/settlement.h trade/settlement.cpp
  trade/tradeservice.h trade/tradeservice.cpp
  trade/exchangeaddresses.h trade/exchangeaddresses.cpp
  trade/tradekeys.h trade/tradekeys.cpp
  trade/statementcache.h trade/statementcache.cpp
  trade/demomarket.h trade/demomarket.cpp)
