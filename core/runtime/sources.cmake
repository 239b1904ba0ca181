target_sources(exchange_core PRIVATE
  runtime/clock.h runtime/systemclock.h runtime/systemclock.cpp runtime/manualclock.h
  runtime/changenotifier.h
  runtime/coreruntime.h runtime/coreruntime.cpp
  runtime/coreservices.h runtime/coreservices.cpp)
