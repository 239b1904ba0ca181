target_sources(exchange_core PRIVATE demo/demodata.h demo/demodata.cpp)
