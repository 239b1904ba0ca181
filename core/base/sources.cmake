# The primitives every layer uses: results and errors, the messages they
# say, the clock, change notices, a duty's status, the chains' names.
# Standard library and QtCore only (core/LAYERS.md).
target_sources(exchange_core PRIVATE
  base/result.h base/result.cpp
  base/message.h base/message.cpp
  base/clock.h base/systemclock.h base/systemclock.cpp base/manualclock.h
  base/changenotifier.h base/dutystatus.h
  base/chain.h)
