target_sources(exchange_core PRIVATE
  customers/customeraddress.h
  customers/customeraddressbook.h customers/customeraddressbook.cpp
  customers/customeraddressrepository.h customers/customeraddressrepository.cpp
  customers/customeraddressschema.h customers/customeraddressschema.cpp
  customers/customerfile.h customers/customerfile.cpp
  customers/customerservice.h customers/customerservice.cpp
  customers/depositaddressschema.h customers/depositaddressschema.cpp
  customers/depositaddressservice.h customers/depositaddressservice.cpp
  customers/depositkeys.h customers/depositkeys.cpp
)
