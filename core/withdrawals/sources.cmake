target_sources(exchange_core PRIVATE
  withdrawals/withdrawalstate.h withdrawals/withdrawalstate.cpp
  withdrawals/withdrawallimits.h withdrawals/withdrawallimits.cpp)
