#pragma once
// Message: a sentence an operator may read, kept as an id and its arguments,
// so that the core says it in English (logs, exctl, the trade API) and the
// console says it in the operator's language (models/coretext) without the
// core depending on translations.
//
// Each message is one line of EXCHANGE_MESSAGES: its id, the kinds of its
// arguments (one letter per %1, %2, …) and its English text:
//   t  text, shown as it is (a name, an address, a code; never "; ");
//   n  an integer ("7", "-3"), grouped in the reader's language;
//   a  an amount as a plain exact decimal ("10500.00": '.' point, no
//      grouping), grouped and pointed in the reader's language;
//   m  the English text of another message, translated in turn when it is
//      one (an inner error: "Nothing was saved: %1").
//
// Text the core stored in English (a withdrawal's review reason, a refused
// trade's reason, a duty's state line) is read back into a Message by
// Message::parse, so rows written by any process, in any language setting,
// are shown in the reader's language. Keep each English text distinctive:
// the first message whose pattern matches wins, and tst_coretext checks that
// every message reads back as itself.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace exchange {

// Sections by the folder that says them; append within yours.
#define EXCHANGE_MESSAGES(X)                                                                                      \
    /* general */                                                                                                 \
    X(NothingChanged, "m", "nothing was changed: %1")                                                              \
    /* security */                                                                                                \
    X(WrongCredentials, "", "wrong username or password")                                                          \
    X(WrongCredentialsWait, "n", "wrong username or password; wait %1 s before the next try")                     \
    X(TooManyWrongPasswords, "tn", "too many wrong passwords for %1; try again in %2 s")                          \
    X(OperatorDisabled, "t", "%1 is disabled; ask an admin")                                                      \
    X(OperatorMayNoLongerSignIn, "t", "%1 may no longer sign in")                                                 \
    X(UsernameLength, "", "a username has 1 to 64 characters")                                                    \
    X(UsernameCharacters, "", "a username has only lower-case letters, digits, '.', '_' and '-'")                 \
    X(PasswordTooShort, "n", "a password needs at least %1 characters")                                           \
    X(OperatorsExistAlready, "", "there are operators already; an admin adds further ones")                       \
    X(OperatorExists, "t", "operator %1 exists already")                                                          \
    X(NoSuchOperator, "t", "no operator named %1")                                                                \
    X(NoAdminLeft, "", "this would leave no admin who can sign in")                                               \
    X(CannotDisableSelf, "", "you cannot disable yourself")                                                       \
    X(NobodySignedIn, "", "nobody is signed in")                                                                  \
    X(SystemMayNot, "t", "the system may not %1 on its own")                                                      \
    X(RoleMayNot, "ttt", "%1 (%2) may not %3")                                                                    \
    X(ApiClientMayNot, "tt", "the API client %1 may not %2")                                                       \
    X(NeedsSecondFactor, "t", "%1 needs a current two-factor code")                                               \
    X(TotpCodeWrong, "", "the two-factor code is wrong or too old")                                               \
    X(TotpCodeUsed, "", "this two-factor code was used already; wait for the next one")                           \
    X(TotpNoEnrolment, "", "no two-factor enrolment is under way")                                                \
    X(TotpNotEnrolled, "t", "%1 has not enrolled a two-factor app yet")                                           \
    X(TotpEnrolmentDamaged, "t", "the two-factor enrolment of %1 is damaged")                                     \
    X(TotpEnrolmentUnreadable, "t", "the two-factor enrolment of %1 cannot be opened; an admin resets the password") \
    X(TotpCodeAwaited, "", "another action is waiting for its two-factor code")                                   \
    X(TotpCodeNotGiven, "", "no two-factor code was given; nothing changed")                                      \
    X(VaultPassphraseTooShort, "n", "a vault passphrase needs at least %1 characters")                            \
    X(VaultExists, "", "the key vault exists already")                                                            \
    X(VaultNotCreated, "", "there is no key vault yet; an admin creates it first")                                \
    X(WrongVaultPassphrase, "", "wrong vault passphrase")                                                         \
    X(VaultKeyAltered, "t", "vault key %1 cannot be opened: it was altered")                                      \
    X(VaultKeyNameLength, "", "a key name has 1 to 64 characters")                                                \
    X(VaultKeyEmpty, "", "an empty key cannot be stored")                                                         \
    X(VaultLockedForKeys, "", "the key vault is locked; an admin unlocks it first")                               \
    X(VaultKeyNotStored, "t", "vault key %1 could not be stored (does it exist already?)")                        \
    X(NoSuchVaultKey, "t", "no vault key named %1")                                                               \
    X(VaultStateNone, "", "no key vault yet: automatic payouts wait until an admin creates one")                  \
    X(VaultStateLocked, "", "key vault locked: automatic payouts wait until an admin unlocks it")                 \
    X(VaultStateUnlocked, "", "key vault unlocked: automatic payouts can be signed")                              \
    /* withdrawals */                                                                                             \
    X(LimitWindowExceeded, "naat", "%1h: %2 of %3 %4")                                                            \
    X(WithdrawalDecidedStateNow, "mm", "%1; it is %2 now")                                                        \
    X(WithdrawalDecidedReason, "mt", "%1 (reason: %2)")                                                           \
    X(WithdrawalWrongState, "mm", "a withdrawal in state %1 cannot be %2")                                        \
    X(WithdrawalNewCannotBe, "m", "a new withdrawal cannot be %1")                                                \
    X(WithdrawalNoLonger, "tm", "withdrawal %1 is no longer %2")                                                  \
    X(WithdrawalUnknown, "t", "unknown withdrawal %1")                                                            \
    X(WithdrawalTxIdUploadedWithTxId, "tttt", "withdrawal %1 already has a TxId uploaded by %2 at %3 (%4)")       \
    X(WithdrawalTxIdUploadedBy, "ttt", "withdrawal %1 already has a TxId uploaded by %2 at %3")                   \
    X(WithdrawalAlreadyDecided, "tmtt", "withdrawal %1 was already %2 by %3 at %4")                               \
    X(WithdrawalOwnRequest, "", "nobody approves their own withdrawal request")                                   \
    X(WithdrawalApprovedTwice, "tt", "%1 has already approved withdrawal %2; a second approval must come from someone else") \
    X(WithdrawalRejectionNeedsReason, "", "a rejection needs a reason")                                           \
    X(WithdrawalAmountNotPositive, "", "a withdrawal amount must be positive")                                    \
    X(WithdrawalCannotCover, "ttaa", "customer %1's available %2 cannot cover %3 plus the fee of %4")             \
    X(WithdrawalCancelledBy, "t", "cancelled by %1")                                                              \
    X(WithdrawalRetriedBy, "t", "retried by %1")                                                                  \
    X(TxIdInvalid, "tm", "not a valid %1 TxId: %2")                                                               \
    X(TxIdUploadedFor, "tt", "TxId %1 is already uploaded for withdrawal %2")                                     \
    X(TxIdPaysAnother, "tt", "TxId %1 already pays withdrawal %2; a TxId pays one withdrawal only")               \
    X(TxIdNotConfirmed, "tt", "TxId %1 is not confirmed yet on %2; upload it again once the chain has confirmed it") \
    X(TxIdNotFound, "tt", "TxId %1 is not found on the %2 chain; nothing was changed")                            \
    X(TxIdUncheckable, "tm", "TxId %1 could not be checked: %2; nothing was changed, try again")                  \
    X(TxIdRefused, "tm", "TxId %1 %2; nothing was changed")                                                       \
    X(TxIdFailedOnChain, "", "failed on chain: it paid nothing")                                                  \
    X(TxIdPaysToContract, "t", "pays nobody (it creates a contract), not %1")                                     \
    X(TxIdPaysNothingTo, "t", "pays nothing to %1")                                                               \
    X(TxIdPaysTooLittle, "atat", "pays %1 %2, the withdrawal is %3 %4")                                           \
    X(TxIdPaysOtherAsset, "tt", "pays %1, not %2")                                                                \
    X(TxIdPaysOtherAddress, "tt", "pays %1 not %2")                                                               \
    X(TxIdNotFromWarmWallet, "tt", "was not sent from the warm wallet %1 but from %2")                            \
    X(TxIdNotFromWarmWallets, "tt", "was not sent from a warm wallet (%1) but from %2")                           \
    X(NoWarmWallet, "tt", "no warm %1 wallet is registered on %2 (exctl wallet add --tier warm)")                 \
    X(WarmCannotCover, "tata", "the chain shows the payment, but the ledger's warm %1 wallet does not hold %2 %3 plus the network fee of %4; book warm's funds first (collection or replenishment); nothing was changed") \
    X(WithdrawalWordUnderReview, "", "under_review")                                                              \
    X(WithdrawalWordApproved, "", "approved")                                                                     \
    X(WithdrawalWordProcessing, "", "processing")                                                                 \
    X(WithdrawalWordBroadcast, "", "broadcast")                                                                   \
    X(WithdrawalWordSucceeded, "", "succeeded")                                                                   \
    X(WithdrawalWordFailed, "", "failed")                                                                         \
    X(WithdrawalWordRejected, "", "rejected")                                                                     \
    X(WithdrawalWordCancelled, "", "cancelled")                                                                   \
    X(WithdrawalWordError, "", "error")                                                                           \
    X(WithdrawalWordManualPayout, "", "manual_payout")                                                            \
    X(WithdrawalWordRequestedWithinLimits, "", "requested within its limits")                                     \
    X(WithdrawalWordRequestedOverLimit, "", "requested over a limit")                                             \
    X(WithdrawalWordPickedUp, "", "picked up for payout")                                                         \
    X(WithdrawalWordConfirmedOnChain, "", "confirmed on chain")                                                   \
    X(WithdrawalWordMarkedFailed, "", "marked failed on chain")                                                   \
    X(WithdrawalWordStoppedHotShort, "", "stopped for a short hot wallet")                                        \
    X(WithdrawalWordStoppedNodeUnreachable, "", "stopped for an unreachable node")                                \
    X(WithdrawalWordRetried, "", "retried")                                                                       \
    X(WithdrawalWordSentToManual, "", "sent to manual payout")                                                    \
    X(WithdrawalWordMarkedPaid, "", "marked paid by a TxId")                                                      \
    X(WithdrawalWordStoppedPayoutRefused, "", "stopped for a payout the chain refused")                           \
    X(PayoutStarted, "", "payout started")                                                                        \
    X(PayoutNodeUnreachableBalance, "m", "the node cannot be reached to read hot's balance: %1")                  \
    X(PayoutNodeUnreachableFees, "m", "the node cannot be reached for fees: %1")                                  \
    X(PayoutNodeUnreachable, "m", "the node cannot be reached: %1")                                               \
    X(PayoutHotShort, "ataa", "hot wallet short: it holds %1 %2, this payout needs %3 with its fee after %4 already on its way; replenish hot from warm, then retry") \
    X(PayoutHotShortOfToken, "ataa", "hot wallet short: it holds %1 %2, this payout needs %3 after %4 already on its way; replenish hot from warm, then retry") \
    X(PayoutHotShortOfFee, "tatata", "hot holds the %1 but not the network fee: it holds %2 %3, this payout's fee may be up to %4 after %5 already committed; send %6 to hot, then retry") \
    X(PayoutTokensWait, "tm", "%1 token payouts wait: %2")                                                       \
    X(PayoutNotPayableFromHot, "m", "cannot be paid from hot: %1; send it to manual payout or reject it")         \
    X(PayoutNodeUnreachableToSend, "t", "the node could not be reached to send %1; the same signed transaction is sent again on retry") \
    X(PayoutNodeRefused, "m", "the node refused it: %1")                                                          \
    X(PayoutExpiredBecause, "tm", "the payout %1 expired without being included: %2")                             \
    X(PayoutExpired, "t", "the payout %1 expired without being included")                                         \
    X(PayoutFailedBecause, "tm", "the payout %1 failed on chain: %2")                                             \
    X(PayoutFailed, "t", "the payout %1 failed on chain")                                                         \
    X(PayoutSent, "t", "sent %1")                                                                                 \
    /* deposits */                                                                                                \
    X(DepositUnknown, "t", "unknown deposit %1")                                                                  \
    X(DepositWrongState, "mm", "a deposit that is %1 cannot be %2")                                               \
    X(DepositWalletNotRegistered, "", "the wallet the deposit was paid to is not registered")                     \
    X(DepositBelowMinimum, "", "below the minimum deposit")                                                       \
    X(DepositAddressNotDerived, "t", "customer %1's deposit address here is not one the recorded xpub derives: an operator decides") \
    X(DepositMuxedIdAndMemoDisagree, "tt", "paid to the muxed address with id %1 but with the memo %2: they name different customers; an operator decides") \
    X(DepositToMuxedId, "t", "paid to the muxed address with id %1")                                              \
    X(DepositTokensVaultLocked, "tt", "the key vault is locked: the signed identities of the %1 tokens (%2) cannot be checked, so their deposits and payouts wait (unlock the vault)") \
    X(DepositTokensNoPin, "tt", "no admin key is pinned in the key vault: the identities of the %1 tokens (%2) cannot be checked, so their deposits and payouts wait") \
    X(DepositTokenNotInForce, "tm", "the asset %1 is not the token an admin signed, so deposits and payouts of its chain's tokens wait for an admin: %2") \
    X(DepositNotTheAssetsToken, "tt", "the payment moves %1, which is not the token of the asset %2: nothing was recorded") \
    X(DepositTokensChanged, "t", "the %1 tokens in force changed while their payments were read: they are read again") \
    X(DepositAssignedBy, "t", "assigned by %1")                                                                   \
    X(DepositWordPending, "", "pending")                                                                          \
    X(DepositWordIgnored, "", "ignored")                                                                          \
    X(DepositWordUnattributed, "", "unattributed")                                                                \
    X(DepositWordCredited, "", "credited")                                                                        \
    X(DepositWordCollectionPlanned, "", "collection_planned")                                                     \
    X(DepositWordCollecting, "", "collecting")                                                                    \
    X(DepositWordCollected, "", "collected")                                                                      \
    X(DepositWordAssigned, "", "assigned to a customer")                                                          \
    X(DepositWordConfirmedBelowMinimum, "", "confirmed below the minimum deposit")                                \
    /* settings */                                                                                                \
    X(NoSettingToChange, "", "no setting to change")                                                              \
    X(AssetNamedTwice, "t", "asset %1 named twice in one change")                                                 \
    X(AssetChangedMeanwhile, "t", "asset %1 was changed by someone else meanwhile; reload and try again")         \
    X(ChainConfirmationsRange, "", "confirmations must be between 0 and 1000")                                    \
    X(ChainHasNoFeeWallet, "t", "%1 has no fee wallet: its deposits need no coin to be collected")                \
    X(FeeWalletLimitNegative, "", "the fee wallet's max balance and low-balance alert cannot be negative")         \
    X(FeeWalletLowAboveMax, "", "the fee wallet's low-balance alert cannot be above its max balance")              \
    /* ledger */                                                                                                  \
    X(AdjustmentNeedsReason, "", "an adjustment needs a reason")                                                  \
    X(AdjustmentNeedsAmount, "", "an adjustment needs a non-zero amount")                                         \
    X(LedgerAccountDiffers, "tttt", "account %1: %2 is %3 in the table but %4 by the journal")                    \
    X(LedgerPostedUnequal, "ttt", "asset %1: posted debits %2 differ from posted credits %3")                     \
    X(LedgerPendingUnequal, "ttt", "asset %1: pending debits %2 differ from pending credits %3")                  \
    X(LedgerDatabaseDamaged, "t", "database damaged: %1")                                                         \
    X(LedgerJournalUnreadable, "m", "the journal cannot be read: %1")                                             \
    X(LedgerJournalRefused, "m", "journal: %1")                                                                   \
    X(LedgerMoreDiscrepancies, "n", "… and %1 more")                                                              \
    /* trade */                                                                                                   \
    X(TradeRequestTooLarge, "t", "the request is larger than %1 bytes")                                           \
    X(TradeInvalidJson, "tt", "invalid JSON: %1 at byte %2")                                                      \
    X(TradeNumberOutOfRange, "", "a number is out of range")                                                      \
    X(TradeNotJsonObject, "", "the request must be a JSON object")                                                \
    X(TradeUnknownField, "t", "unknown field %1")                                                                 \
    X(TradeUnknownPayloadField, "t", "unknown payload field %1")                                                  \
    X(TradeUnknownSignatureField, "t", "unknown signature field %1")                                              \
    X(TradeMissingField, "t", "missing field %1")                                                                 \
    X(TradeFieldMustBeString, "t", "field %1 must be a string")                                                   \
    X(TradeFieldMustBeNumber, "t", "field %1 must be a number")                                                   \
    X(TradeFieldMustBeObject, "t", "field %1 must be an object")                                                  \
    X(TradeFieldMustBePositive, "t", "field %1 must be more than zero")                                           \
    X(TradeFieldMustBeSignatures, "t", "field %1 must be a non-empty array")                                      \
    X(TradeFieldMustBeDecimal, "t", "field %1 must be a decimal string, e.g. \"12.5\"")                           \
    X(TradeFieldAmount, "tm", "field %1: %2")                                                                     \
    X(TradeUnknownBuyCurrency, "", "unknown buy_currency (use Ethereum, Algorand, Stellar or a listed token's asset code)") \
    X(TradeUnknownSellCurrency, "", "unknown sell_currency (use Ethereum, Algorand, Stellar or a listed token's asset code)") \
    X(TradeUnknownPlatform, "", "unknown platform (use Ethereum, Algorand or Stellar)")                           \
    X(TradeCurrenciesMustDiffer, "", "buy_currency and sell_currency must differ")                                \
    X(TradeInvalidAddress, "tt", "%1 is not a valid %2 address")                                                  \
    X(TradeInvalidTxId, "t", "tx_id is not a valid %1 transaction id")                                            \
    X(TradeMalformedSig, "t", "sig is not a well-formed %1 signature")                                            \
    X(TradeMalformedSigOf, "tt", "the sig of %1 is not a well-formed %2 signature")                               \
    X(TradeOrderIdPositive, "", "order_id must be a positive integer")                                            \
    X(TradeCustomerIdPositive, "", "customer_id must be a positive integer")                                      \
    X(TradeRequestIdForm, "", "request_id must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'")    \
    X(TradeTooManySignatures, "t", "at most %1 signatures")                                                       \
    X(TradeSignatureEntryForm, "", "each signature must be an object {\"signer\", \"sig\"}")                      \
    X(TradeUnknownSigner, "t", "signer %1 is not an Ethereum address, a Stellar G… account id or an Algorand address")\
    X(TradeSignatureMismatch, "", "the signature does not match sender_pk and the payload")                       \
    X(TradeSignatureOfMismatch, "t", "the signature of %1 does not match the payload")                            \
    X(TradeTxIdAlreadyFunds, "", "tx_id already funds an order")                                                  \
    X(TradeTransactionAlreadyFunds, "", "that transaction already funds an order")                                \
    X(TradeNoExchangeAddress, "t", "no exchange address configured for %1")                                       \
    X(TradeWithdrawalsNotServed, "", "withdrawals are not served here")                                           \
    X(TradeSameCurrency, "", "buy and sell currency are the same")                                                \
    X(TradeAmountsPositive, "", "amounts must be positive")                                                       \
    X(TradeNoSuchOrder, "", "no such order")                                                                      \
    X(TradeOnlySenderCancels, "", "only the order's sender can cancel it")                                        \
    X(TradeOnlyOpenCancels, "", "only an open order can be cancelled")                                            \
    X(TradeFundingUnconfirmed, "", "the funding transaction is not confirmed yet")                                \
    X(TradeFundingNotFromSender, "", "the funding transaction was not sent by sender_pk")                         \
    X(TradeFundingNotToExchange, "", "the funding transaction did not pay the exchange's address")                \
    X(TradeFundingTooLittle, "", "the funding transaction paid less than sell_amount")                            \
    X(TradeFundingOtherAsset, "t", "the funding transaction moved %1, not the sell_currency")                     \
    X(TradeTokensUnavailable, "t", "%1 names no coin, and the exchange's tokens cannot be checked now; try again later") \
    X(TradeNoSuchTransaction, "", "no such transaction on the chain")                                             \
    X(TradeSeveralPayers, "", "the transaction pays the exchange from several accounts")                          \
    X(TradeNodeUnreachable, "", "the chain node could not be reached")                                            \
    X(TradeEthereumUnreachable, "", "the Ethereum node could not be reached")                                     \
    X(TradeEthereumError, "", "the Ethereum node answered with an error")                                         \
    X(TradeEthereumNonsense, "", "the Ethereum node answered nonsense")                                           \
    X(TradeAlgorandUnreachable, "", "the Algorand indexer could not be reached")                                  \
    X(TradeAlgorandNonsense, "", "the Algorand indexer answered nonsense")                                        \
    X(TradeHorizonUnreachable, "", "Horizon could not be reached")                                                \
    X(TradeHorizonNonsense, "", "Horizon answered nonsense")                                                      \
    /* duties */                                                                                                 \
    X(DutyCollectionLine, "t", "collection %1")                                                                   \
    X(DutyStoppedNotLeading, "", "stopped: this process no longer leads the background duties")                  \
    X(DutyStoppedEnded, "t", "stopped: %1 ended")                                                                 \
    X(DutyStopped, "", "stopped")                                                                                 \
    X(DutyIdle, "", "idle")                                                                                       \
    X(DutyIdleVaultLocked, "", "idle (signing waits for the key vault)")                                          \
    X(DutyWaitingVaultLocked, "", "waiting: the key vault is locked")                                             \
    X(DutySweepsWaitForVault, "", "new sweeps wait for the key vault")                                            \
    X(DutyNothingToCollect, "", "nothing to collect")                                                             \
    X(DutySigned, "n", "signed: %1")                                                                              \
    X(DutySent, "n", "sent: %1")                                                                                  \
    X(DutyConfirmed, "n", "confirmed: %1")                                                                        \
    X(DutyAwaitingConfirmations, "n", "awaiting confirmations: %1")                                               \
    X(DutyFailed, "n", "failed: %1")                                                                              \
    X(DutyPaid, "n", "paid: %1")                                                                                  \
    X(DutyAwaitingChain, "n", "awaiting the chain: %1")                                                           \
    X(DutyFailedOnChain, "n", "failed on chain: %1")                                                              \
    X(DutyToError, "n", "to error: %1")                                                                           \
    X(DutyHotShort, "at", "hot is short by %1 %2: replenish hot from warm")                                       \
    X(DutyBalancesNoNode, "", "not reading now: no wallet is on a chain with a node URL")                         \
    X(DutyBalancesRead, "n", "wallet balances read from the chains: %1")                                          \
    X(DutyBalancesPartly, "nnm", "%1 read, %2 not: %3")                                                           \
    X(DutySettingsUnreadable, "m", "settings unreadable: %1")                                                     \
    X(DutyWalletsUnreadable, "m", "wallets unreadable: %1")                                                       \
    X(DutyNoHorizonUrl, "", "not watching: no Horizon URL set (Settings, or exctl chain set stellar --node URL)") \
    X(DutyNoHotAccount, "", "not watching: no hot (base) account registered")                                     \
    X(DutyNoJsonRpcUrl, "", "not watching: no JSON-RPC URL set (Settings, or exctl chain set ethereum --node URL)") \
    X(DutyNoIndexerUrl, "", "not watching: no indexer URL set (Settings, or exctl chain set algorand --indexer URL)") \
    X(DutyNoDepositAddress, "", "not watching: no deposit address registered")                                    \
    X(DutyConnecting, "t", "connecting to %1")                                                                    \
    X(DutyStreaming, "", "streaming")                                                                             \
    X(DutyWaiting, "m", "waiting: %1")                                                                            \
    X(DutyReadingBlocks, "m", "reading blocks: %1")                                                               \
    X(DutyReadingIndexer, "m", "reading the indexer: %1")                                                         \
    X(DutyUpToDate, "", "up to date")                                                                             \
    X(DutyUpToDateAt, "m", "up to date: %1")                                                                      \
    X(DutyHalted, "m", "HALTED: %1")                                                                              \
    X(DutyRetrying, "mn", "%1; trying again in %2 s")                                                             \
    X(DutyStreamEnded, "", "the stream ended")                                                                    \
    X(DutyNoAlgorandAddresses, "", "no Algorand addresses to watch")                                              \
    X(DutyIndexerHttp, "t", "the indexer answered HTTP %1")                                                       \
    X(DutyIndexerMalformedPage, "", "the indexer sent a malformed page")                                          \
    X(DutyIndexerRepeatedPage, "", "the indexer repeated a page")                                                 \
    X(DutyCursorNotBlock, "t", "the saved Ethereum cursor \"%1\" is not a block number")                          \
    X(DutyHeadNotQuantity, "", "the node's block number is not a quantity")                                       \
    X(DutyBlockRead, "tt", "block %1 read; the node is at %2")                                                    \
    X(DutyReadingFromBlock, "tn", "reading from block %1; %2 confirmed blocks to go")                             \
    X(DutyMalformedBlock, "t", "the node sent a malformed block %1")                                              \
    X(DutyReorganisation, "ttn", "block %1 no longer follows block %2 as read before: a reorganisation deeper than %3 confirmations. Check the node, then rescan with exctl watch ethereum --from N.") \
    X(DutyMalformedTransaction, "t", "the node sent a malformed transaction in block %1")                         \
    X(DutyNoReceiptStatus, "t", "the node has no receipt status for a transaction in block %1") \
    /* duties */                                                                                                  \
    /* four eyes */                                                                                               \
    X(ApprovalMissingForManual, "t",                                                                              \
      "withdrawal %1 needs an approval by someone other than the requester before it is paid outside the system;" \
      " it has none")                                                                                             \
    X(ApprovalsMissingForManual, "tnn",                                                                           \
      "withdrawal %1 needs %2 approvals by different approvers, none of them the requester, before it is paid"    \
      " outside the system; it has %3")                                                                           \
    X(OperatorNoLongerActive, "t", "%1 is disabled or removed and may no longer act")                             \
    X(OperatorRoleNowForbids, "ttt", "%1 is now %2 and may not %3")                                               \
    /* signer journal */                                                                                          \
    X(WithdrawalWordHeldForIntegrity, "", "held_for_integrity")                                                   \
    X(WithdrawalWordHeldIntegrityCheck, "", "held for an integrity check")                                        \
    X(SignerJournalNoPayout, "tt",                                                                                \
      "the signer's journal says this withdrawal was signed as txid %1 on %2; the database has no payout for it:" \
      " restored from an older backup or rolled back? Held, nothing signed")                                      \
    X(SignerJournalOtherPayout, "tt",                                                                             \
      "the signer's journal says this withdrawal was signed as txid %1 on %2; the database knows no such payout"  \
      " of it: restored from an older backup or rolled back? Held, nothing signed")                               \
    X(SignerJournalSequenceTaken, "tttt",                                                                         \
      "the signer's journal says sequence %1 of the hot wallet was signed for withdrawal %2 on %3 (txid %4); the" \
      " database does not show it: restored from an older backup or rolled back? Held, nothing signed")          \
    X(SignerJournalUnusable, "m", "the signer's journal cannot be used, nothing is signed: %1")                   \
    X(AuditChainCutBack, "ttt", "the audit chain was cut back: the signer saw record %1 (hash %2) on %3")         \
    X(DutyHeldForIntegrity, "n", "held for integrity: %1 (the signer could not verify them)")                   \
    /* the signer's checks */                                                                                     \
    X(SignerCheckHoldMissing, "t",                                                                                \
      "the ledger has no hold %1 for this withdrawal: no request made this row. Held, nothing signed")           \
    X(SignerCheckHoldResolved, "t",                                                                               \
      "the ledger's hold %1 was already paid or released. Held, nothing signed")                                 \
    X(SignerCheckHoldOtherAccount, "tt",                                                                          \
      "the ledger's hold %1 is not on this customer's account of this asset (%2). Held, nothing signed")          \
    X(SignerCheckHoldAmount, "tatat",                                                                             \
      "the ledger's hold %1 is for %2 %3, the withdrawal says %4 %5. Held, nothing signed")                       \
    X(SignerCheckBadSignature, "tt",                                                                              \
      "the %1 statement by %2 for this withdrawal has a bad signature. Held, nothing signed")                     \
    X(SignerCheckStatementDiffers, "ttt",                                                                         \
      "%1 differs from the %2 statement %3 signed. Held, nothing signed")                                        \
    X(SignerCheckSignedRejected, "t",                                                                             \
      "%1 signed this withdrawal's rejection or cancellation, yet it is to be paid. Held, nothing signed")        \
    X(SignerCheckOverLimits, "m",                                                                                 \
      "the ledger's history puts this withdrawal over its limits (%1), yet it is marked as within them."         \
      " Held, nothing signed")                                                                                    \
    X(SignerCheckApprovalsShort, "nnt",                                                                           \
      "it needs %1 approvals by different approvers, none of them the requester, that the signer can verify;"    \
      " it has %2 (%3). Held, nothing signed")                                                                    \
    X(SignerSettingsUnsigned, "t",                                                                                \
      "no admin has signed %1's settings: its payouts are not signed until an admin saves them on the Settings"  \
      " screen (or with exctl asset set), which signs them")                                                      \
    X(SignerPinRemoved, "t",                                                                                      \
      "the key vault pins no admin key, but the signer's journal says admin key %1 was pinned: the pin was"       \
      " removed from the database. Nothing is signed")                                                            \
    X(SignerPinSwapped, "tt",                                                                                     \
      "the key vault pins admin key %1, but the signer's journal says %2 was pinned: the vault was replaced in"   \
      " the database. Nothing is signed")                                                                         \
    X(SignerExchangeMismatch, "tt",                                                                               \
      "the database names exchange %1, but the key vault was sealed for exchange %2: the id was changed, or the"  \
      " vault comes from another exchange's database. Nothing is signed")                                         \
    /* signatures */                                                                                              \
    X(DecisionNeedsSignature, "t",                                                                                \
      "%1 cannot sign this decision: it needs an operator who signed in and confirmed a two-factor code")        \
    X(KeyRegistrationNeedsAdmin, "t", "only an admin's signature registers a signing key; %1 cannot")            \
    X(OperatorHasNoSigningKey, "t", "%1 has no signing key yet: it is made when they next sign in")               \
    X(VaultTrustAnchorSet, "", "the vault already pins an admin's signing key")                                   \
    /* operator on the command line */                                                                            \
    X(CliMayNotDecide, "tt",                                                                                      \
      "deciding where money goes needs an operator: exctl --operator NAME COMMAND (%1 may read and run"           \
      " maintenance, not %2)")                                                                                    \
    /* held for integrity: released */                                                                            \
    X(WithdrawalWordReleasedAsPaid, "", "released from an integrity hold as paid")                                \
    X(WithdrawalWordReleasedAsRejected, "", "released from an integrity hold as not paid")                        \
    X(TxIdNotFromHotWallet, "tt", "was not sent from the hot wallet %1 but from %2")                              \
    X(TxIdNotFromHotWallets, "tt", "was not sent from a hot wallet (%1) but from %2")                             \
    X(NoHotWalletRegistered, "tt", "no hot %1 wallet is registered on %2 (exctl wallet add --tier hot)")          \
    X(HeldReleasedAsPaidBy, "tt", "released from the integrity hold as paid by TxId %1, by %2")                  \
    X(HeldReleaseNeedsReason, "", "releasing a held withdrawal as not paid needs a reason")                       \
    X(HeldHotCannotCover, "tata",                                                                                 \
      "the chain shows the payment, but the ledger's hot %1 wallet does not hold %2 %3 plus the network fee of"  \
      " %4; book hot's funds first; nothing was changed")                                                        \
    /* wallets: destinations and nodes the signers trust */                                                     \
    X(SignerDestinationNoStatement, "ttt",                                                                        \
      "no admin has signed a %1 %2 wallet address on %3; nothing signed (an admin registers it: exctl"            \
      " --operator ADMIN wallet add)")                                                                            \
    X(SignerDestinationDiffers, "tttt",                                                                           \
      "the %1 wallet's address in the database, %2, is not the one an admin signed on %3 (%4); nothing signed")  \
    X(SignerDestinationNotHot, "ttt",                                                                             \
      "the hot wallet's address in the database, %1, is not the one the vault's hot key derives on %2 (%3);"     \
      " nothing signed")                                                                                          \
    X(SignerDestinationNotFee, "ttt",                                                                             \
      "the fee wallet's address in the database, %1, is not the one the vault's fee key derives on %2 (%3);"     \
      " nothing signed")                                                                                          \
    X(SignerDestinationNoHotKey, "t", "the key vault holds no hot key for %1 to check hot's address by; nothing signed") \
    X(SignerNodeDiffers, "t", "node URL in the database differs from the signed one; using the signed one (%1)")  \
    X(SignerNodeUnsigned, "t",                                                                                    \
      "no admin has signed %1's node URL: the signer uses the database's (an admin saving the chain's settings"   \
      " signs it)")                                                                                               \
    X(DutyCollectionRefused, "n", "sweeps refused: %1 (their destination is not one the signer can verify)")        \
    /* the signer's checks: a genuine request */                                                                  \
    X(SignerCheckRequestNotGenuine, "t",                                                                          \
      "the signer cannot verify that this withdrawal was requested: %1. Held, nothing signed")                    \
    X(SignerCheckRequestReplayed, "tttt",                                                                         \
      "the signer's journal says the customer's signed %1 was already paid as withdrawal %2 (txid %3, %4): the"   \
      " same request stored again. Held, nothing signed")                                                         \
    X(WithdrawRequestNeedsOperator, "",                                                                           \
      "the key vault pins an admin's signing key, so a withdrawal request must be signed: exctl --operator NAME"  \
      " withdraw request")                                                                                        \
    /* customers */                                                                                               \
    X(CustomerFrozenNoRequest, "t",                                                                               \
      "customer %1 is frozen: no withdrawal is requested for them until they are unfrozen")                       \
    X(CustomerClosedNoRequest, "t", "customer %1 is closed: no withdrawal is requested for them")                 \
    X(CustomerFrozenNoApproval, "nt", "withdrawal %1 cannot be approved while customer %2 is frozen")             \
    X(CustomerFrozenPayoutWaits, "nt", "withdrawal %1 waits: customer %2 is frozen (unfreezing resumes it)")      \
    X(CustomerFrozenAlready, "t", "customer %1 is frozen already")                                                \
    X(CustomerNotFrozen, "t", "customer %1 is not frozen")                                                        \
    X(CustomerClosedAlready, "t", "customer %1 is closed; a closed customer does not change")                     \
    X(CustomerHasFunds, "tat",                                                                                    \
      "customer %1 cannot be closed: %2 %3 is on their account or held; nothing was changed")                     \
    X(CustomerExternalIdTaken, "t", "another customer has the external id %1")                                    \
    X(CustomerExternalIdReserved, "t",                                                                            \
      "%1 is an id the exchange gives customers added without one (c- and a number); choose another")             \
    X(CustomerUnknown, "t", "no customer has the external id %1")                                                 \
    X(CustomerImportRefused, "nm", "line %1: %2; the file was not imported, nothing was changed")              \
    /* fail closed: no pinned admin key, nothing signed */                                                        \
    X(SignerNoPinnedAdminKey, "",                                                                                 \
      "the key vault pins no admin's signing key: nothing is signed until an admin pins theirs (an admin"         \
      " unlocking the vault in the console, or exctl --operator ADMIN vault pin)")                                  \
    /* back-office API: service clients */                                                                        \
    X(ApiClientUnknownScope, "t", "unknown scope '%1': the scopes are read, customers and withdrawals")          \
    X(ApiClientBadName, "t",                                                                                      \
      "'%1' is not a service client name: 1 to 64 letters, digits, '.', '_' or '-'")                             \
    X(ApiClientBadKey, "",                                                                                        \
      "a service client's public key is an Ed25519 key of 32 bytes, as 64 hex digits or in base64")              \
    X(ApiClientNameTaken, "t", "a service client named %1 exists already")                                        \
    X(ApiClientKeyTaken, "", "another service client has this public key: each client has a key of its own")     \
    X(ApiClientUnknown, "t", "no service client is named %1")                                                     \
    X(ApiClientDisabledAlready, "t", "service client %1 is disabled already")                                    \
    /* deposit addresses issued to customers */                                                                   \
    X(DepositAddressClosedCustomer, "t", "customer %1 is closed: no deposit address is issued to them")            \
    X(DepositAddressNoHotWallet, "t",                                                                             \
      "%1 has no hot wallet or no asset configured: no deposit instructions can be given on it"                    \
      " (exctl wallet add --tier hot)")                                                                         \
    X(DepositAddressNoXpub, "",                                                                                   \
      "no Ethereum deposit key is set up yet: an admin unlocks the key vault once (with its seed imported)"       \
      " and Ethereum addresses are issued from then on")                                                          \
    X(DepositAddressPoolEmpty, "",                                                                                \
      "the Algorand deposit address pool is empty: an admin unlocks the key vault to refill it")                  \
    X(DepositXpubMismatch, "",                                                                                    \
      "the stored Ethereum deposit xpub is not the vault seed's: no Ethereum deposit address is issued until"     \
      " this is investigated")                                                                                    \
    X(DepositPoolLow, "nn",                                                                                       \
      "the Algorand deposit address pool is low: %1 of %2 left; an admin unlocks the key vault to refill it")          \
    /* customers: their own addresses (StellarMap) and new destinations */                                       \
    X(CustomerAddressInvalid, "ttt", "%1 is not a valid %2 address: %3")                                          \
    X(CustomerAddressIsExchangeWallet, "tt", "%1 is the exchange's own %2 wallet, never a customer's address")    \
    X(CustomerAddressIsOthersDeposit, "t", "%1 is another customer's deposit address")                            \
    X(CustomerAddressListedAlready, "tt", "customer %1 has %2 on their address list already")                     \
    X(CustomerAddressNotListed, "tt", "customer %1 has no address %2 on their address list")                      \
    X(CustomerAddressLabelTooLong, "n", "an address label has at most %1 characters")                             \
    X(WithdrawalNewDestination, "", "new destination: the address is not on the customer's address list")        \
    /* withdrawals: internal transfers (to another customer's deposit address) */ \
    X(WithdrawalToOwnDepositAddress, "t", "%1 is this customer's own deposit address: a withdrawal to it would only come back") \
    X(WithdrawalToExchangeWallet, "tt", "%1 is the exchange's own %2 wallet: a withdrawal to it would land unattributed; give a customer's address") \
    X(WithdrawalToBaseAccountWithoutId, "t", "%1 is the exchange's Stellar deposit account: give the receiving customer's M-address, which names them, or the money lands unattributed") \
    X(WithdrawalToUnknownCustomerId, "tt", "%1 names the id %2, which is no customer of this exchange: the money would land unattributed") \
    X(WithdrawalToUnissuedDepositAddress, "t", "%1 is an exchange deposit address issued to no customer: the money would land unattributed") \
    X(InternalTransferNotTrusted, "tm", "the signer does not find %1 among the deposit addresses it trusts: %2; nothing settled") \
    X(InternalTransferReceiverDiffers, "ttt", "%1 belongs to customer %2 as the signer reads it, not to customer %3 as the withdrawal says; nothing settled") \
    X(WithdrawalInternalTo, "t", "internal transfer to customer %1: settled in the ledger, nothing sent on chain") \
    /* back-office API: webhooks (the duty's line) */                                                            \
    X(DutyWebhooksLine, "", "webhooks")                                                                           \
    X(WebhooksDelivering, "", "delivering events as they come")                                                   \
    X(WebhooksFailing, "nnt",                                                                                     \
      "deliveries failing: %1 being retried, %2 failed; the oldest event from %3 (the Webhooks screen; exctl webhook deliveries --failed)") \
    X(WebhooksWaitForVault, "", "deliveries wait: the key vault, which keeps the webhook signing key, is locked")  \
    X(WebhooksNoKey, "", "deliveries wait: no webhook signing key yet; it is made when the key vault is unlocked here") \
    X(WebhooksStopped, "m", "deliveries stopped: %1")

enum class MessageId : int {
    None, // no id: the Error's English text is all there is
#define EXCHANGE_MESSAGE_ENUM(id, kinds, english) id,
    EXCHANGE_MESSAGES(EXCHANGE_MESSAGE_ENUM)
#undef EXCHANGE_MESSAGE_ENUM
};

struct Message {
    MessageId id = MessageId::None;
    std::vector<std::string> args; // one per placeholder, as the kinds say

    // The English sentence, amounts grouped ("10,500.00").
    std::string english() const;

    // The message whose English text this is, or nothing; thread-safe, indexed.
    static std::optional<Message> parse(std::string_view english);

    friend bool operator==(const Message &, const Message &) = default;
};

// Every id but None, in the order of EXCHANGE_MESSAGES.
std::span<const MessageId> allMessageIds();
// "WrongCredentials": for tests and logs.
const char *messageName(MessageId id);
// The English text with its placeholders, "%1h: %2 of %3 %4".
const char *messageEnglish(MessageId id);
// The argument kinds, "naat".
std::string_view messageKinds(MessageId id);

// "10500.25" -> "10,500.25"; anything that is not a plain decimal is
// returned as it is.
std::string groupedDecimal(std::string_view plain);

} // namespace exchange
