target_sources(exchange_core PRIVATE
  ledger/chartofaccounts.h ledger/chartofaccounts.cpp
  ledger/account.h ledger/account.cpp
  ledger/transfer.h ledger/transfer.cpp
  ledger/transferrequest.h ledger/transferrequest.cpp
  ledger/ledgerengine.h ledger/ledgerengine.cpp
  ledger/ledgerrepository.h ledger/ledgerrepository.cpp
  ledger/ledgerservice.h ledger/ledgerservice.cpp
  ledger/ledgerqueries.h ledger/ledgerqueries.cpp
  ledger/ledgerchecker.h ledger/ledgerchecker.cpp)
target_sources(exchange_core PRIVATE ledger/ledgerschema.h ledger/ledgerschema.cpp)
