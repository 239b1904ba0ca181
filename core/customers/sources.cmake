target_sources(exchange_core PRIVATE
  customers/customeraddressbook.h customers/customeraddressbook.cpp
  customers/customeraddressschema.h customers/customeraddressschema.cpp
  customers/customerdirectory.h customers/customerdirectory.cpp
  customers/customerfile.h customers/customerfile.cpp
  customers/customersearchschema.h customers/customersearchschema.cpp
  customers/customerservice.h customers/customerservice.cpp
  customers/depositaddressschema.h customers/depositaddressschema.cpp
  customers/depositaddressservice.h customers/depositaddressservice.cpp
  customers/depositkeys.h customers/depositkeys.cpp
)
