target_sources(exchange_core PRIVATE
  deposits/depositstate.h deposits/depositstate.cpp
  deposits/observedpayment.h
  deposits/depositrecord.h deposits/depositrecord.cpp
  deposits/depositrepository.h deposits/depositrepository.cpp
  deposits/depositservice.h deposits/depositservice.cpp
  deposits/collectionworker.h deposits/collectionworker.cpp)
target_sources(exchange_core PRIVATE
  deposits/ssedecoder.h deposits/ssedecoder.cpp
  deposits/horizonpayment.h deposits/horizonpayment.cpp
  deposits/stellarwatcher.h deposits/stellarwatcher.cpp)
target_sources(exchange_core PRIVATE deposits/watchersupervisor.h deposits/watchersupervisor.cpp)
target_sources(exchange_core PRIVATE deposits/ethereumwatcher.h deposits/ethereumwatcher.cpp
  deposits/erc20transferlog.h deposits/erc20transferlog.cpp)
target_sources(exchange_core PRIVATE
  deposits/indexertransaction.h deposits/indexertransaction.cpp
  deposits/algorandwatcher.h deposits/algorandwatcher.cpp)
target_sources(exchange_core PRIVATE
  deposits/collectionschema.h deposits/collectionschema.cpp
  deposits/collectionrecord.h
  deposits/collectionrepository.h deposits/collectionrepository.cpp
  deposits/ethereumcollector.h deposits/ethereumcollector.cpp)
target_sources(exchange_core PRIVATE deposits/chainbalancereader.h deposits/chainbalancereader.cpp)
target_sources(exchange_core PRIVATE deposits/algorandcollector.h deposits/algorandcollector.cpp
  deposits/algoranddepositkey.h deposits/algoranddepositkey.cpp
  deposits/algorandrefueler.h deposits/algorandrefueler.cpp
  deposits/algorandtokencollection.h deposits/algorandtokencollection.cpp)
target_sources(exchange_core PRIVATE
  deposits/sweepplan.h
  deposits/sweepsettlement.h deposits/sweepsettlement.cpp)
target_sources(exchange_core PRIVATE
  deposits/refuelschema.h deposits/refuelschema.cpp
  deposits/refuelrecord.h
  deposits/refuelrepository.h deposits/refuelrepository.cpp
  deposits/ethereumrefueler.h deposits/ethereumrefueler.cpp
  deposits/ethereumdepositkey.h deposits/ethereumdepositkey.cpp
  deposits/ethereumtokencollection.h deposits/ethereumtokencollection.cpp
  deposits/feewalletfunding.h deposits/feewalletfunding.cpp
  deposits/ethereumdepositkey.h deposits/ethereumdepositkey.cpp
  deposits/ethereumgasleftovers.h deposits/ethereumgasleftovers.cpp
  deposits/ethereumgasreturn.h deposits/ethereumgasreturn.cpp)
target_sources(exchange_core PRIVATE
  deposits/sweepattempt.h
  deposits/sweepattemptschema.h deposits/sweepattemptschema.cpp
  deposits/sweepattemptrepository.h deposits/sweepattemptrepository.cpp
  deposits/ethereumsweepreplacement.h deposits/ethereumsweepreplacement.cpp)
target_sources(exchange_core PRIVATE deposits/depositschema.h deposits/depositschema.cpp)
