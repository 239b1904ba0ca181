target_sources(exchange_core PRIVATE
  demo/demodata.h demo/demodata.cpp
  demo/demotokens.h demo/demotokens.cpp
  demo/demotrust.h demo/demotrust.cpp
  demo/demowallets.h demo/demowallets.cpp
  demo/demowithdrawals.h demo/demowithdrawals.cpp)
