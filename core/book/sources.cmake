target_sources(exchange_core PRIVATE
  book/ratemath.h
  book/bookorder.h
  book/fill.h
  book/idindex.h
  book/orderbook.h book/orderbook.cpp)
