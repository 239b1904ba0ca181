target_sources(exchange_core PRIVATE
  base/message.h base/message.cpp)
