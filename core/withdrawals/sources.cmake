target_sources(exchange_core PRIVATE
  withdrawals/withdrawalstate.h withdrawals/withdrawalstate.cpp
  withdrawals/withdrawalstatement.h withdrawals/withdrawalstatement.cpp
  withdrawals/withdrawallimits.h withdrawals/withdrawallimits.cpp
  withdrawals/withdrawalholds.h withdrawals/withdrawalholds.cpp
  withdrawals/signertrustcheck.h withdrawals/signertrustcheck.cpp
  withdrawals/payoutauthorization.h withdrawals/payoutauthorization.cpp
  withdrawals/withdrawalschema.h withdrawals/withdrawalschema.cpp
  withdrawals/withdrawalrecord.h
  withdrawals/withdrawaljson.h withdrawals/withdrawaljson.cpp
  withdrawals/withdrawalledger.h withdrawals/withdrawalledger.cpp
  withdrawals/withdrawalquery.h withdrawals/approvalsrequired.h
  withdrawals/withdrawalbrowser.h withdrawals/withdrawalbrowser.cpp
  withdrawals/withdrawalindexes.h withdrawals/withdrawalindexes.cpp
  withdrawals/integrityholdschema.h withdrawals/integrityholdschema.cpp
  withdrawals/internaltransferschema.h withdrawals/internaltransferschema.cpp
  withdrawals/internaldestination.h withdrawals/internaldestination.cpp
  withdrawals/internaltransfer.h withdrawals/internaltransfer.cpp
  withdrawals/signerjournalcheck.h withdrawals/signerjournalcheck.cpp
  withdrawals/payoutreplacement.h withdrawals/payoutreplacement.cpp
  withdrawals/payoutjson.h withdrawals/payoutjson.cpp
  withdrawals/withdrawalmoves.h withdrawals/withdrawalmoves.cpp
  withdrawals/withdrawalrepository.h withdrawals/withdrawalrepository.cpp
  withdrawals/withdrawaldecisionlog.h withdrawals/withdrawaldecisionlog.cpp
  withdrawals/withdrawalservice.h withdrawals/withdrawalservice.cpp
  withdrawals/withdrawalkey.h
  withdrawals/stellarchannels.h withdrawals/stellarchannels.cpp
  withdrawals/stellarchannelpool.h withdrawals/stellarchannelpool.cpp
  withdrawals/apiwithdrawalrequest.h
  withdrawals/apiwithdrawalrequestrepository.h withdrawals/apiwithdrawalrequestrepository.cpp
  withdrawals/withdrawalkeyschema.h withdrawals/withdrawalkeyschema.cpp
  withdrawals/withdrawalkeyrepository.h withdrawals/withdrawalkeyrepository.cpp
  withdrawals/withdrawalkeyservice.h withdrawals/withdrawalkeyservice.cpp
  withdrawals/signedwithdrawalservice.h withdrawals/signedwithdrawalservice.cpp
  withdrawals/requestsignature.h withdrawals/requestsignature.cpp
  withdrawals/requestsignatureschema.h withdrawals/requestsignatureschema.cpp
  withdrawals/requestsignaturerepository.h withdrawals/requestsignaturerepository.cpp
  withdrawals/customerkeysstatement.h withdrawals/customerkeysstatement.cpp
  withdrawals/signedcustomerkeys.h withdrawals/signedcustomerkeys.cpp
  withdrawals/fullapproval.h withdrawals/fullapproval.cpp
  withdrawals/manualpayoutservice.h withdrawals/manualpayoutservice.cpp)
# Replenishment: warm -> hot and cold -> warm by offline signing.
target_sources(exchange_core PRIVATE
  withdrawals/replenishmentplanner.h withdrawals/replenishmentplanner.cpp
  withdrawals/replenishmentrecord.h withdrawals/replenishmentrecord.cpp
  withdrawals/replenishmentschema.h withdrawals/replenishmentschema.cpp
  withdrawals/replenishmentrepository.h withdrawals/replenishmentrepository.cpp
  withdrawals/replenishmentchain.h
  withdrawals/ethereumreplenisher.h withdrawals/ethereumreplenisher.cpp
  withdrawals/stellarreplenisher.h withdrawals/stellarreplenisher.cpp
  withdrawals/algorandreplenisher.h withdrawals/algorandreplenisher.cpp
  withdrawals/replenishmentservice.h withdrawals/replenishmentservice.cpp
  withdrawals/feewalletrefill.h withdrawals/feewalletrefill.cpp)
# Automatic payouts from hot: signed and kept before they are sent.
target_sources(exchange_core PRIVATE
  withdrawals/payoutrecord.h withdrawals/payoutschema.h withdrawals/payoutschema.cpp
  withdrawals/payoutrepository.h withdrawals/payoutrepository.cpp
  withdrawals/chainpayer.h withdrawals/ethereumpayer.h withdrawals/ethereumpayer.cpp
  withdrawals/stellarpayer.h withdrawals/stellarpayer.cpp
  withdrawals/algorandpayer.h withdrawals/algorandpayer.cpp
  withdrawals/algorandoptins.h withdrawals/algorandoptins.cpp
  withdrawals/hotcoverage.h withdrawals/hotcoverage.cpp
  withdrawals/payoutservice.h withdrawals/payoutservice.cpp
  withdrawals/payoutsteps.h withdrawals/payoutsteps.cpp withdrawals/payoutrunreport.h
  withdrawals/payerset.h withdrawals/payerset.cpp
  withdrawals/payoutworker.h withdrawals/payoutworker.cpp)
