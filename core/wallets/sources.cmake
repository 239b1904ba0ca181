target_sources(exchange_core PRIVATE
  wallets/collectionplanner.h wallets/collectionplanner.cpp
  wallets/wallet.h wallets/wallet.cpp
  wallets/walletrepository.h wallets/walletrepository.cpp)
target_sources(exchange_core PRIVATE
  wallets/chainsettings.h wallets/walletoverview.h
  wallets/walletservice.h wallets/walletservice.cpp)
