target_sources(exchange_core PRIVATE
  trade/tradeschema.h trade/tradeschema.cpp)
