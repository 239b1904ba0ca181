target_sources(exchange_core PRIVATE
  customers/customerfile.h customers/customerfile.cpp
  customers/customerservice.h customers/customerservice.cpp
)
