# Chain primitives: keys, addresses, message signatures and transactions of
# Stellar, Ethereum and Algorand, plus the chain-neutral checks exctl uses.
target_sources(exchange_core PRIVATE
  chains/chainchecks.h chains/chainchecks.cpp
  chains/messagescheme.h
  chains/algorand/address.h chains/algorand/address.cpp
  chains/algorand/assettransfertransaction.h chains/algorand/assettransfertransaction.cpp
  chains/algorand/keys.h chains/algorand/keys.cpp
  chains/algorand/messagesignature.h chains/algorand/messagesignature.cpp
  chains/algorand/msgpackreader.h chains/algorand/msgpackreader.cpp
  chains/algorand/msgpackwriter.h chains/algorand/msgpackwriter.cpp
  chains/algorand/paymenttransaction.h chains/algorand/paymenttransaction.cpp
  chains/algorand/transactionheader.h chains/algorand/transactionheader.cpp
  chains/algorand/txnmapreader.h chains/algorand/txnmapreader.cpp
  chains/algorand/txnmapwriter.h chains/algorand/txnmapwriter.cpp
  chains/algorand/typedtransaction.h
  chains/ethereum/address.h chains/ethereum/address.cpp
  chains/ethereum/erc20event.h chains/ethereum/erc20event.cpp
  chains/ethereum/tokentransfergas.h chains/ethereum/tokentransfergas.cpp
  chains/ethereum/storedsend.h chains/ethereum/storedsend.cpp
  chains/ethereum/feebump.h chains/ethereum/feebump.cpp
  chains/ethereum/receiptoutcome.h chains/ethereum/receiptoutcome.cpp
  chains/ethereum/jsonrpcclient.h chains/ethereum/jsonrpcclient.cpp
  chains/ethereum/keys.h chains/ethereum/keys.cpp
  chains/ethereum/personalsign.h chains/ethereum/personalsign.cpp
  chains/ethereum/quantity.h chains/ethereum/quantity.cpp
  chains/ethereum/rlp.h chains/ethereum/rlp.cpp
  chains/ethereum/rpcresponse.h chains/ethereum/rpcresponse.cpp
  chains/ethereum/transaction.h chains/ethereum/transaction.cpp
  chains/stellar/keys.h chains/stellar/keys.cpp
  chains/stellar/messagesignature.h chains/stellar/messagesignature.cpp
  chains/stellar/paymenttransaction.h chains/stellar/paymenttransaction.cpp
  chains/stellar/feebumptransaction.h chains/stellar/feebumptransaction.cpp
  chains/stellar/decoratedsignatures.h chains/stellar/decoratedsignatures.cpp
  chains/stellar/stellarasset.h chains/stellar/stellarasset.cpp
  chains/stellar/strkey.h chains/stellar/strkey.cpp
  chains/stellar/xdrreader.h chains/stellar/xdrreader.cpp
  chains/stellar/xdrwriter.h chains/stellar/xdrwriter.cpp)
target_sources(exchange_core PRIVATE chains/algorand/algodclient.h chains/algorand/algodclient.cpp
  chains/algorand/storedsend.h chains/algorand/storedsend.cpp)
# Horizon's REST API, waited for (payouts), its result codes in words, the
# assets its records name and the accounts (balances, trustlines) it shows.
target_sources(exchange_core PRIVATE
  chains/stellar/horizonaccount.h chains/stellar/horizonaccount.cpp
  chains/stellar/horizonledger.h chains/stellar/horizonledger.cpp
  chains/stellar/horizonasset.h chains/stellar/horizonasset.cpp
  chains/stellar/horizontrustline.h
  chains/stellar/horizonclient.h chains/stellar/horizonclient.cpp
  chains/stellar/horizonnumber.h chains/stellar/horizonnumber.cpp
  chains/stellar/horizonresult.h chains/stellar/horizonresult.cpp)
# The chain nodes asked what a payment did (funding of trade orders, manual
# payouts' TxIds) and the chain's keys whose secrets are published.
target_sources(exchange_core PRIVATE
  chains/publishedkeys.h chains/publishedkeys.cpp
  chains/paymentlookup.h chains/paymentlookup.cpp
  chains/fakepaymentlookup.h chains/fakepaymentlookup.cpp
  chains/ethereumpaymentlookup.h chains/ethereumpaymentlookup.cpp
  chains/algorandpaymentlookup.h chains/algorandpaymentlookup.cpp
  chains/horizonpaymentlookup.h chains/horizonpaymentlookup.cpp
  chains/routingpaymentlookup.h)
# A token's identity as typed (EIP-55, StrKey, ASA id) and what its node says of it.
target_sources(exchange_core PRIVATE
  chains/tokenidentity.h chains/tokenidentity.cpp
  chains/tokenprobe.h chains/tokenprobe.cpp)
