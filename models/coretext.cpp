#include "coretext.h"

#include "displayformat.h"

#include <QStringList>

#include <optional>

using exchange::MessageId;

QString CoreText::pattern(MessageId id)
{
    switch (id) {
    case MessageId::None: return QString();
    // general
    case MessageId::NothingChanged: return tr("nothing was changed: %1");
    // security
    case MessageId::WrongCredentials: return tr("wrong username or password");
    case MessageId::WrongCredentialsWait: return tr("wrong username or password; wait %1 s before the next try");
    case MessageId::TooManyWrongPasswords: return tr("too many wrong passwords for %1; try again in %2 s");
    case MessageId::OperatorDisabled: return tr("%1 is disabled; ask an admin");
    case MessageId::OperatorMayNoLongerSignIn: return tr("%1 may no longer sign in");
    case MessageId::UsernameLength: return tr("a username has 1 to 64 characters");
    case MessageId::UsernameCharacters: return tr("a username has only lower-case letters, digits, '.', '_' and '-'");
    case MessageId::PasswordTooShort: return tr("a password needs at least %1 characters");
    case MessageId::OperatorsExistAlready: return tr("there are operators already; an admin adds further ones");
    case MessageId::OperatorExists: return tr("operator %1 exists already");
    case MessageId::NoSuchOperator: return tr("no operator named %1");
    case MessageId::NoAdminLeft: return tr("this would leave no admin who can sign in");
    case MessageId::CannotDisableSelf: return tr("you cannot disable yourself");
    case MessageId::NobodySignedIn: return tr("nobody is signed in");
    //: %1 the technical name of an action (change_settings, approve_withdrawal, …)
    case MessageId::SystemMayNot: return tr("the system may not %1 on its own");
    //: %1 a user name, %2 its role (viewer, operator, approver, admin), %3 the technical name of an action
    case MessageId::RoleMayNot: return tr("%1 (%2) may not %3");
    //: %1 a back-office API client's name, %2 the technical name of an action
    case MessageId::ApiClientMayNot: return tr("the API client %1 may not %2");
    //: %1 the technical name of an action (change_settings, approve_withdrawal, …)
    case MessageId::NeedsSecondFactor: return tr("%1 needs a current two-factor code");
    case MessageId::TotpCodeWrong: return tr("the two-factor code is wrong or too old");
    case MessageId::TotpCodeUsed: return tr("this two-factor code was used already; wait for the next one");
    case MessageId::TotpNoEnrolment: return tr("no two-factor enrolment is under way");
    case MessageId::TotpNotEnrolled: return tr("%1 has not enrolled a two-factor app yet");
    case MessageId::TotpEnrolmentDamaged: return tr("the two-factor enrolment of %1 is damaged");
    case MessageId::TotpEnrolmentUnreadable: return tr("the two-factor enrolment of %1 cannot be opened; an admin resets the password");
    case MessageId::TotpCodeAwaited: return tr("another action is waiting for its two-factor code");
    case MessageId::TotpCodeNotGiven: return tr("no two-factor code was given; nothing changed");
    case MessageId::VaultPassphraseTooShort: return tr("a vault passphrase needs at least %1 characters");
    case MessageId::VaultExists: return tr("the key vault exists already");
    case MessageId::VaultNotCreated: return tr("there is no key vault yet; an admin creates it first");
    case MessageId::WrongVaultPassphrase: return tr("wrong vault passphrase");
    case MessageId::VaultKeyAltered: return tr("vault key %1 cannot be opened: it was altered");
    case MessageId::VaultKeyNameLength: return tr("a key name has 1 to 64 characters");
    case MessageId::VaultKeyEmpty: return tr("an empty key cannot be stored");
    case MessageId::VaultLockedForKeys: return tr("the key vault is locked; an admin unlocks it first");
    case MessageId::VaultKeyNotStored: return tr("vault key %1 could not be stored (does it exist already?)");
    case MessageId::NoSuchVaultKey: return tr("no vault key named %1");
    case MessageId::VaultStateNone: return tr("no key vault yet: automatic payouts wait until an admin creates one");
    case MessageId::VaultStateLocked: return tr("key vault locked: automatic payouts wait until an admin unlocks it");
    case MessageId::VaultStateUnlocked: return tr("key vault unlocked: automatic payouts can be signed");
    // withdrawals
    case MessageId::LimitWindowExceeded: return tr("%1h: %2 of %3 %4");
    case MessageId::WithdrawalDecidedStateNow: return tr("%1; it is %2 now");
    case MessageId::WithdrawalDecidedReason: return tr("%1 (reason: %2)");
    case MessageId::WithdrawalWrongState: return tr("a withdrawal in state %1 cannot be %2");
    case MessageId::WithdrawalNewCannotBe: return tr("a new withdrawal cannot be %1");
    case MessageId::WithdrawalNoLonger: return tr("withdrawal %1 is no longer %2");
    case MessageId::WithdrawalUnknown: return tr("unknown withdrawal %1");
    case MessageId::WithdrawalTxIdUploadedWithTxId: return tr("withdrawal %1 already has a TxId uploaded by %2 at %3 (%4)");
    case MessageId::WithdrawalTxIdUploadedBy: return tr("withdrawal %1 already has a TxId uploaded by %2 at %3");
    case MessageId::WithdrawalAlreadyDecided: return tr("withdrawal %1 was already %2 by %3 at %4");
    case MessageId::WithdrawalOwnRequest: return tr("nobody approves their own withdrawal request");
    case MessageId::WithdrawalApprovedTwice: return tr("%1 has already approved withdrawal %2; a second approval must come from someone else");
    case MessageId::WithdrawalRejectionNeedsReason: return tr("a rejection needs a reason");
    case MessageId::WithdrawalAmountNotPositive: return tr("a withdrawal amount must be positive");
    case MessageId::WithdrawalCannotCover: return tr("customer %1's available %2 cannot cover %3 plus the fee of %4");
    case MessageId::WithdrawalCancelledBy: return tr("cancelled by %1");
    case MessageId::WithdrawalRetriedBy: return tr("retried by %1");
    case MessageId::TxIdInvalid: return tr("not a valid %1 TxId: %2");
    case MessageId::TxIdUploadedFor: return tr("TxId %1 is already uploaded for withdrawal %2");
    case MessageId::TxIdPaysAnother: return tr("TxId %1 already pays withdrawal %2; a TxId pays one withdrawal only");
    case MessageId::TxIdNotConfirmed: return tr("TxId %1 is not confirmed yet on %2; upload it again once the chain has confirmed it");
    case MessageId::TxIdNotFound: return tr("TxId %1 is not found on the %2 chain; nothing was changed");
    case MessageId::TxIdUncheckable: return tr("TxId %1 could not be checked: %2; nothing was changed, try again");
    case MessageId::TxIdRefused: return tr("TxId %1 %2; nothing was changed");
    case MessageId::TxIdFailedOnChain: return tr("failed on chain: it paid nothing");
    case MessageId::TxIdPaysToContract: return tr("pays nobody (it creates a contract), not %1");
    case MessageId::TxIdPaysNothingTo: return tr("pays nothing to %1");
    case MessageId::TxIdPaysTooLittle: return tr("pays %1 %2, the withdrawal is %3 %4");
    case MessageId::TxIdPaysOtherAsset: return tr("pays %1, not %2");
    case MessageId::TxIdPaysOtherAddress: return tr("pays %1 not %2");
    case MessageId::TxIdNotFromWarmWallet: return tr("was not sent from the warm wallet %1 but from %2");
    case MessageId::TxIdNotFromWarmWallets: return tr("was not sent from a warm wallet (%1) but from %2");
    case MessageId::NoWarmWallet: return tr("no warm %1 wallet is registered on %2 (exctl wallet add --tier warm)");
    case MessageId::WarmCannotCover: return tr("the chain shows the payment, but the ledger's warm %1 wallet does not hold %2 %3 plus the network fee of %4; book warm's funds first (collection or replenishment); nothing was changed");
    case MessageId::WithdrawalWordUnderReview: return tr("under_review");
    case MessageId::WithdrawalWordApproved: return tr("approved");
    case MessageId::WithdrawalWordProcessing: return tr("processing");
    case MessageId::WithdrawalWordBroadcast: return tr("broadcast");
    case MessageId::WithdrawalWordSucceeded: return tr("succeeded");
    case MessageId::WithdrawalWordFailed: return tr("failed");
    case MessageId::WithdrawalWordRejected: return tr("rejected");
    case MessageId::WithdrawalWordCancelled: return tr("cancelled");
    case MessageId::WithdrawalWordError: return tr("error");
    case MessageId::WithdrawalWordManualPayout: return tr("manual_payout");
    case MessageId::WithdrawalWordRequestedWithinLimits: return tr("requested within its limits");
    case MessageId::WithdrawalWordRequestedOverLimit: return tr("requested over a limit");
    case MessageId::WithdrawalWordPickedUp: return tr("picked up for payout");
    case MessageId::WithdrawalWordConfirmedOnChain: return tr("confirmed on chain");
    case MessageId::WithdrawalWordMarkedFailed: return tr("marked failed on chain");
    case MessageId::WithdrawalWordStoppedHotShort: return tr("stopped for a short hot wallet");
    case MessageId::WithdrawalWordStoppedNodeUnreachable: return tr("stopped for an unreachable node");
    case MessageId::WithdrawalWordRetried: return tr("retried");
    case MessageId::WithdrawalWordSentToManual: return tr("sent to manual payout");
    case MessageId::WithdrawalWordMarkedPaid: return tr("marked paid by a TxId");
    case MessageId::WithdrawalWordStoppedPayoutRefused: return tr("stopped for a payout the chain refused");
    case MessageId::PayoutStarted: return tr("payout started");
    case MessageId::PayoutNodeUnreachableBalance: return tr("the node cannot be reached to read hot's balance: %1");
    case MessageId::PayoutNodeUnreachableFees: return tr("the node cannot be reached for fees: %1");
    case MessageId::PayoutNodeUnreachable: return tr("the node cannot be reached: %1");
    case MessageId::PayoutHotShort: return tr("hot wallet short: it holds %1 %2, this payout needs %3 with its fee after %4 already on its way; replenish hot from warm, then retry");
    //: %1: the amount hot holds; %2: the asset code; %3: the payout's amount; %4: the amount of payouts already on their way
    case MessageId::PayoutHotShortOfToken: return tr("hot wallet short: it holds %1 %2, this payout needs %3 after %4 already on its way; replenish hot from warm, then retry");
    //: %1: a token's asset code; %2: the coin hot holds; %3: the chain's coin code (ETH); %4: the most this payout's fee can be; %5: fees already committed; %6: the coin code again
    case MessageId::PayoutHotShortOfFee:
        return tr("hot holds the %1 but not the network fee: it holds %2 %3, this payout's fee may be up to %4 after %5 already committed; send %6 to hot, then retry");
    //: %1: a chain (ethereum, stellar, algorand); %2: the reason
    case MessageId::PayoutTokensWait: return tr("%1 token payouts wait: %2");
    case MessageId::PayoutNotPayableFromHot: return tr("cannot be paid from hot: %1; send it to manual payout or reject it");
    case MessageId::PayoutNodeUnreachableToSend: return tr("the node could not be reached to send %1; the same signed transaction is sent again on retry");
    case MessageId::PayoutNodeRefused: return tr("the node refused it: %1");
    case MessageId::PayoutExpiredBecause: return tr("the payout %1 expired without being included: %2");
    case MessageId::PayoutExpired: return tr("the payout %1 expired without being included");
    case MessageId::PayoutFailedBecause: return tr("the payout %1 failed on chain: %2");
    case MessageId::PayoutFailed: return tr("the payout %1 failed on chain");
    case MessageId::PayoutSent: return tr("sent %1");
    // deposits
    case MessageId::DepositUnknown: return tr("unknown deposit %1");
    case MessageId::DepositWrongState: return tr("a deposit that is %1 cannot be %2");
    case MessageId::DepositWalletNotRegistered: return tr("the wallet the deposit was paid to is not registered");
    case MessageId::DepositBelowMinimum: return tr("below the minimum deposit");
    //: %1 a customer's number
    case MessageId::DepositAddressNotDerived:
        return tr("customer %1's deposit address here is not one the recorded xpub derives: an operator decides");
    //: %1 and %2: numbers naming customers (a Stellar muxed address's id, a memo)
    case MessageId::DepositMuxedIdAndMemoDisagree:
        return tr("paid to the muxed address with id %1 but with the memo %2: they name different customers; an operator decides");
    //: %1: the number a Stellar muxed (M…) address carries
    case MessageId::DepositToMuxedId: return tr("paid to the muxed address with id %1");
    //: %1: a chain (ethereum, stellar, algorand); %2: asset codes ("USDC, USDT")
    case MessageId::DepositTokensVaultLocked:
        return tr("the key vault is locked: the signed identities of the %1 tokens (%2) cannot be checked, so their deposits and payouts wait (unlock the vault)");
    //: %1: a chain (ethereum, stellar, algorand); %2: asset codes ("USDC, USDT")
    case MessageId::DepositTokensNoPin:
        return tr("no admin key is pinned in the key vault: the identities of the %1 tokens (%2) cannot be checked, so their deposits and payouts wait");
    //: %1: an asset code; %2: the reason
    case MessageId::DepositTokenNotInForce:
        return tr("the asset %1 is not the token an admin signed, so deposits and payouts of its chain's tokens wait for an admin: %2");
    //: %1: a token ("erc20 0x…"); %2: an asset code
    case MessageId::DepositNotTheAssetsToken:
        return tr("the payment moves %1, which is not the token of the asset %2: nothing was recorded");
    //: %1: a chain (ethereum, stellar, algorand)
    case MessageId::DepositTokensChanged:
        return tr("the %1 tokens in force changed while their payments were read: they are read again");
    case MessageId::DepositAssignedBy: return tr("assigned by %1");
    case MessageId::DepositWordPending: return tr("pending");
    case MessageId::DepositWordIgnored: return tr("ignored");
    case MessageId::DepositWordUnattributed: return tr("unattributed");
    case MessageId::DepositWordCredited: return tr("credited");
    case MessageId::DepositWordCollectionPlanned: return tr("collection_planned");
    case MessageId::DepositWordCollecting: return tr("collecting");
    case MessageId::DepositWordCollected: return tr("collected");
    case MessageId::DepositWordAssigned: return tr("assigned to a customer");
    case MessageId::DepositWordConfirmedBelowMinimum: return tr("confirmed below the minimum deposit");
    // settings
    case MessageId::NoSettingToChange: return tr("no setting to change");
    case MessageId::AssetNamedTwice: return tr("asset %1 named twice in one change");
    case MessageId::AssetChangedMeanwhile: return tr("asset %1 was changed by someone else meanwhile; reload and try again");
    case MessageId::ChainConfirmationsRange: return tr("confirmations must be between 0 and 1000");
    //: %1 a chain's name (stellar)
    case MessageId::ChainHasNoFeeWallet: return tr("%1 has no fee wallet: its deposits need no coin to be collected");
    case MessageId::FeeWalletLimitNegative: return tr("the fee wallet's max balance and low-balance alert cannot be negative");
    case MessageId::FeeWalletLowAboveMax: return tr("the fee wallet's low-balance alert cannot be above its max balance");
    // ledger
    case MessageId::AdjustmentNeedsReason: return tr("an adjustment needs a reason");
    case MessageId::AdjustmentNeedsAmount: return tr("an adjustment needs a non-zero amount");
    //: %1 a ledger account, %2 a column (debits_posted, …), %3 and %4 amounts in base units
    case MessageId::LedgerAccountDiffers: return tr("account %1: %2 is %3 in the table but %4 by the journal");
    case MessageId::LedgerPostedUnequal: return tr("asset %1: posted debits %2 differ from posted credits %3");
    case MessageId::LedgerPendingUnequal: return tr("asset %1: pending debits %2 differ from pending credits %3");
    case MessageId::LedgerDatabaseDamaged: return tr("database damaged: %1");
    case MessageId::LedgerJournalUnreadable: return tr("the journal cannot be read: %1");
    case MessageId::LedgerJournalRefused: return tr("journal: %1");
    case MessageId::LedgerMoreDiscrepancies: return tr("… and %1 more");
    // trade
    case MessageId::TradeRequestTooLarge: return tr("the request is larger than %1 bytes");
    case MessageId::TradeInvalidJson: return tr("invalid JSON: %1 at byte %2");
    case MessageId::TradeNumberOutOfRange: return tr("a number is out of range");
    case MessageId::TradeNotJsonObject: return tr("the request must be a JSON object");
    case MessageId::TradeUnknownField: return tr("unknown field %1");
    case MessageId::TradeUnknownPayloadField: return tr("unknown payload field %1");
    case MessageId::TradeUnknownSignatureField: return tr("unknown signature field %1");
    case MessageId::TradeMissingField: return tr("missing field %1");
    case MessageId::TradeFieldMustBeString: return tr("field %1 must be a string");
    case MessageId::TradeFieldMustBeNumber: return tr("field %1 must be a number");
    case MessageId::TradeFieldMustBeObject: return tr("field %1 must be an object");
    case MessageId::TradeFieldMustBePositive: return tr("field %1 must be more than zero");
    case MessageId::TradeFieldMustBeSignatures: return tr("field %1 must be a non-empty array");
    case MessageId::TradeFieldMustBeDecimal: return tr("field %1 must be a decimal string, e.g. \"12.5\"");
    case MessageId::TradeFieldAmount: return tr("field %1: %2");
    case MessageId::TradeUnknownBuyCurrency: return tr("unknown buy_currency (use Ethereum, Algorand, Stellar or a listed token's asset code)");
    case MessageId::TradeUnknownSellCurrency: return tr("unknown sell_currency (use Ethereum, Algorand, Stellar or a listed token's asset code)");
    case MessageId::TradeUnknownPlatform: return tr("unknown platform (use Ethereum, Algorand or Stellar)");
    case MessageId::TradeCurrenciesMustDiffer: return tr("buy_currency and sell_currency must differ");
    case MessageId::TradeInvalidAddress: return tr("%1 is not a valid %2 address");
    case MessageId::TradeInvalidTxId: return tr("tx_id is not a valid %1 transaction id");
    case MessageId::TradeMalformedSig: return tr("sig is not a well-formed %1 signature");
    case MessageId::TradeMalformedSigOf: return tr("the sig of %1 is not a well-formed %2 signature");
    case MessageId::TradeOrderIdPositive: return tr("order_id must be a positive integer");
    case MessageId::TradeCustomerIdPositive: return tr("customer_id must be a positive integer");
    case MessageId::TradeRequestIdForm: return tr("request_id must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'");
    case MessageId::TradeTooManySignatures: return tr("at most %1 signatures");
    case MessageId::TradeSignatureEntryForm: return tr("each signature must be an object {\"signer\", \"sig\"}");
    case MessageId::TradeUnknownSigner: return tr("signer %1 is not an Ethereum address, a Stellar G… account id or an Algorand address");
    case MessageId::TradeSignatureMismatch: return tr("the signature does not match sender_pk and the payload");
    case MessageId::TradeSignatureOfMismatch: return tr("the signature of %1 does not match the payload");
    case MessageId::TradeTxIdAlreadyFunds: return tr("tx_id already funds an order");
    case MessageId::TradeTransactionAlreadyFunds: return tr("that transaction already funds an order");
    case MessageId::TradeNoExchangeAddress: return tr("no exchange address configured for %1");
    case MessageId::TradeWithdrawalsNotServed: return tr("withdrawals are not served here");
    case MessageId::TradeSameCurrency: return tr("buy and sell currency are the same");
    case MessageId::TradeAmountsPositive: return tr("amounts must be positive");
    case MessageId::TradeNoSuchOrder: return tr("no such order");
    case MessageId::TradeOnlySenderCancels: return tr("only the order's sender can cancel it");
    case MessageId::TradeOnlyOpenCancels: return tr("only an open order can be cancelled");
    case MessageId::TradeFundingUnconfirmed: return tr("the funding transaction is not confirmed yet");
    case MessageId::TradeFundingNotFromSender: return tr("the funding transaction was not sent by sender_pk");
    case MessageId::TradeFundingNotToExchange: return tr("the funding transaction did not pay the exchange's address");
    case MessageId::TradeFundingTooLittle: return tr("the funding transaction paid less than sell_amount");
    //: %1 what it moved instead (a token, the chain's coin)
    case MessageId::TradeFundingOtherAsset: return tr("the funding transaction moved %1, not the sell_currency");
    //: %1 the payload field (buy_currency or sell_currency)
    case MessageId::TradeTokensUnavailable: return tr("%1 names no coin, and the exchange's tokens cannot be checked now; try again later");
    case MessageId::TradeNoSuchTransaction: return tr("no such transaction on the chain");
    case MessageId::TradeSeveralPayers: return tr("the transaction pays the exchange from several accounts");
    case MessageId::TradeNodeUnreachable: return tr("the chain node could not be reached");
    case MessageId::TradeEthereumUnreachable: return tr("the Ethereum node could not be reached");
    case MessageId::TradeEthereumError: return tr("the Ethereum node answered with an error");
    case MessageId::TradeEthereumNonsense: return tr("the Ethereum node answered nonsense");
    case MessageId::TradeAlgorandUnreachable: return tr("the Algorand indexer could not be reached");
    case MessageId::TradeAlgorandNonsense: return tr("the Algorand indexer answered nonsense");
    case MessageId::TradeHorizonUnreachable: return tr("Horizon could not be reached");
    case MessageId::TradeHorizonNonsense: return tr("Horizon answered nonsense");

    // duties
    case MessageId::DutyCollectionLine: return tr("collection %1");
    case MessageId::DutyStoppedNotLeading: return tr("stopped: this process no longer leads the background duties");
    case MessageId::DutyStoppedEnded: return tr("stopped: %1 ended");
    case MessageId::DutyStopped: return tr("stopped");
    case MessageId::DutyIdle: return tr("idle");
    case MessageId::DutyIdleVaultLocked: return tr("idle (signing waits for the key vault)");
    case MessageId::DutyWaitingVaultLocked: return tr("waiting: the key vault is locked");
    case MessageId::DutySweepsWaitForVault: return tr("new sweeps wait for the key vault");
    case MessageId::DutyNothingToCollect: return tr("nothing to collect");
    case MessageId::DutySigned: return tr("signed: %1");
    case MessageId::DutySent: return tr("sent: %1");
    case MessageId::DutyConfirmed: return tr("confirmed: %1");
    case MessageId::DutyAwaitingConfirmations: return tr("awaiting confirmations: %1");
    case MessageId::DutyFailed: return tr("failed: %1");
    case MessageId::DutyPaid: return tr("paid: %1");
    case MessageId::DutyAwaitingChain: return tr("awaiting the chain: %1");
    case MessageId::DutyFailedOnChain: return tr("failed on chain: %1");
    case MessageId::DutyToError: return tr("to error: %1");
    case MessageId::DutyHotShort: return tr("hot is short by %1 %2: replenish hot from warm");
    case MessageId::DutyBalancesNoNode: return tr("not reading now: no wallet is on a chain with a node URL");
    case MessageId::DutyBalancesRead: return tr("wallet balances read from the chains: %1");
    case MessageId::DutyBalancesPartly: return tr("%1 read, %2 not: %3");
    case MessageId::DutySettingsUnreadable: return tr("settings unreadable: %1");
    case MessageId::DutyWalletsUnreadable: return tr("wallets unreadable: %1");
    case MessageId::DutyNoHorizonUrl: return tr("not watching: no Horizon URL set (Settings, or exctl chain set stellar --node URL)");
    case MessageId::DutyNoHotAccount: return tr("not watching: no hot (base) account registered");
    case MessageId::DutyNoJsonRpcUrl: return tr("not watching: no JSON-RPC URL set (Settings, or exctl chain set ethereum --node URL)");
    case MessageId::DutyNoIndexerUrl: return tr("not watching: no indexer URL set (Settings, or exctl chain set algorand --indexer URL)");
    case MessageId::DutyNoDepositAddress: return tr("not watching: no deposit address registered");
    case MessageId::DutyConnecting: return tr("connecting to %1");
    case MessageId::DutyStreaming: return tr("streaming");
    case MessageId::DutyWaiting: return tr("waiting: %1");
    case MessageId::DutyReadingBlocks: return tr("reading blocks: %1");
    case MessageId::DutyReadingIndexer: return tr("reading the indexer: %1");
    case MessageId::DutyUpToDate: return tr("up to date");
    case MessageId::DutyUpToDateAt: return tr("up to date: %1");
    case MessageId::DutyHalted: return tr("HALTED: %1");
    case MessageId::DutyRetrying: return tr("%1; trying again in %2 s");
    case MessageId::DutyStreamEnded: return tr("the stream ended");
    case MessageId::DutyNoAlgorandAddresses: return tr("no Algorand addresses to watch");
    case MessageId::DutyIndexerHttp: return tr("the indexer answered HTTP %1");
    case MessageId::DutyIndexerMalformedPage: return tr("the indexer sent a malformed page");
    case MessageId::DutyIndexerRepeatedPage: return tr("the indexer repeated a page");
    case MessageId::DutyCursorNotBlock: return tr("the saved Ethereum cursor \"%1\" is not a block number");
    case MessageId::DutyHeadNotQuantity: return tr("the node's block number is not a quantity");
    case MessageId::DutyBlockRead: return tr("block %1 read; the node is at %2");
    case MessageId::DutyReadingFromBlock: return tr("reading from block %1; %2 confirmed blocks to go");
    case MessageId::DutyMalformedBlock: return tr("the node sent a malformed block %1");
    case MessageId::DutyReorganisation: return tr("block %1 no longer follows block %2 as read before: a reorganisation deeper than %3 confirmations. Check the node, then rescan with exctl watch ethereum --from N.");
    case MessageId::DutyMalformedTransaction: return tr("the node sent a malformed transaction in block %1");
    case MessageId::DutyNoReceiptStatus: return tr("the node has no receipt status for a transaction in block %1");
    // four eyes
    case MessageId::ApprovalMissingForManual:
        return tr("withdrawal %1 needs an approval by someone other than the requester before it is paid outside the "
                  "system; it has none");
    case MessageId::ApprovalsMissingForManual:
        return tr("withdrawal %1 needs %2 approvals by different approvers, none of them the requester, before it is "
                  "paid outside the system; it has %3");
    case MessageId::OperatorNoLongerActive: return tr("%1 is disabled or removed and may no longer act");
    case MessageId::OperatorRoleNowForbids: return tr("%1 is now %2 and may not %3");
    case MessageId::DecisionNeedsSignature:
        return tr("%1 cannot sign this decision: it needs an operator who signed in and confirmed a two-factor code");
    case MessageId::KeyRegistrationNeedsAdmin: return tr("only an admin's signature registers a signing key; %1 cannot");
    case MessageId::OperatorHasNoSigningKey: return tr("%1 has no signing key yet: it is made when they next sign in");
    case MessageId::VaultTrustAnchorSet: return tr("the vault already pins an admin's signing key");
    // signer journal
    case MessageId::WithdrawalWordHeldForIntegrity: return tr("held_for_integrity");
    case MessageId::WithdrawalWordHeldIntegrityCheck: return tr("held for an integrity check");
    case MessageId::SignerJournalNoPayout:
        return tr("the signer's journal says this withdrawal was signed as txid %1 on %2; the database has no payout for "
                  "it: restored from an older backup or rolled back? Held, nothing signed");
    case MessageId::SignerJournalOtherPayout:
        return tr("the signer's journal says this withdrawal was signed as txid %1 on %2; the database knows no such "
                  "payout of it: restored from an older backup or rolled back? Held, nothing signed");
    case MessageId::SignerJournalSequenceTaken:
        return tr("the signer's journal says sequence %1 of the hot wallet was signed for withdrawal %2 on %3 (txid %4); "
                  "the database does not show it: restored from an older backup or rolled back? Held, nothing signed");
    case MessageId::SignerJournalUnusable: return tr("the signer's journal cannot be used, nothing is signed: %1");
    case MessageId::AuditChainCutBack: return tr("the audit chain was cut back: the signer saw record %1 (hash %2) on %3");
    case MessageId::DutyHeldForIntegrity: return tr("held for integrity: %1 (the signer could not verify them)");
    // the signer's checks
    case MessageId::SignerCheckHoldMissing:
        return tr("the ledger has no hold %1 for this withdrawal: no request made this row. Held, nothing signed");
    case MessageId::SignerCheckHoldResolved:
        return tr("the ledger's hold %1 was already paid or released. Held, nothing signed");
    case MessageId::SignerCheckHoldOtherAccount:
        return tr("the ledger's hold %1 is not on this customer's account of this asset (%2). Held, nothing signed");
    case MessageId::SignerCheckHoldAmount:
        return tr("the ledger's hold %1 is for %2 %3, the withdrawal says %4 %5. Held, nothing signed");
    case MessageId::SignerCheckBadSignature:
        return tr("the %1 statement by %2 for this withdrawal has a bad signature. Held, nothing signed");
    case MessageId::SignerCheckStatementDiffers: return tr("%1 differs from the %2 statement %3 signed. Held, nothing signed");
    case MessageId::SignerCheckSignedRejected:
        return tr("%1 signed this withdrawal's rejection or cancellation, yet it is to be paid. Held, nothing signed");
    case MessageId::SignerCheckOverLimits:
        return tr("the ledger's history puts this withdrawal over its limits (%1), yet it is marked as within them. "
                  "Held, nothing signed");
    case MessageId::SignerCheckApprovalsShort:
        return tr("it needs %1 approvals by different approvers, none of them the requester, that the signer can "
                  "verify; it has %2 (%3). Held, nothing signed");
    case MessageId::SignerSettingsUnsigned:
        return tr("no admin has signed %1's settings: its payouts are not signed until an admin saves them on the "
                  "Settings screen (or with exctl asset set), which signs them");
    case MessageId::SignerPinRemoved:
        return tr("the key vault pins no admin key, but the signer's journal says admin key %1 was pinned: the pin was "
                  "removed from the database. Nothing is signed");
    case MessageId::SignerPinSwapped:
        return tr("the key vault pins admin key %1, but the signer's journal says %2 was pinned: the vault was replaced "
                  "in the database. Nothing is signed");
    case MessageId::SignerExchangeMismatch:
        return tr("the database names exchange %1, but the key vault was sealed for exchange %2: the id was changed, or "
                  "the vault comes from another exchange's database. Nothing is signed");
    case MessageId::CliMayNotDecide:
        return tr("deciding where money goes needs an operator: exctl --operator NAME COMMAND (%1 may read and run"
                  " maintenance, not %2)");
    // held for integrity: released
    case MessageId::WithdrawalWordReleasedAsPaid: return tr("released from an integrity hold as paid");
    case MessageId::WithdrawalWordReleasedAsRejected: return tr("released from an integrity hold as not paid");
    case MessageId::TxIdNotFromHotWallet: return tr("was not sent from the hot wallet %1 but from %2");
    case MessageId::TxIdNotFromHotWallets: return tr("was not sent from a hot wallet (%1) but from %2");
    case MessageId::NoHotWalletRegistered: return tr("no hot %1 wallet is registered on %2 (exctl wallet add --tier hot)");
    case MessageId::HeldReleasedAsPaidBy: return tr("released from the integrity hold as paid by TxId %1, by %2");
    case MessageId::HeldReleaseNeedsReason: return tr("releasing a held withdrawal as not paid needs a reason");
    case MessageId::HeldHotCannotCover:
        return tr("the chain shows the payment, but the ledger's hot %1 wallet does not hold %2 %3 plus the network fee "
                  "of %4; book hot's funds first; nothing was changed");
    case MessageId::SignerDestinationNoStatement:
        return tr("no admin has signed a %1 %2 wallet address on %3; nothing signed (an admin registers it: exctl "
                  "--operator ADMIN wallet add)");
    case MessageId::SignerDestinationDiffers:
        return tr("the %1 wallet's address in the database, %2, is not the one an admin signed on %3 (%4); nothing signed");
    case MessageId::SignerDestinationNotHot:
        return tr("the hot wallet's address in the database, %1, is not the one the vault's hot key derives on %2 (%3); "
                  "nothing signed");
    case MessageId::SignerDestinationNotFee:
        return tr("the fee wallet's address in the database, %1, is not the one the vault's fee key derives on %2 (%3); "
                  "nothing signed");
    case MessageId::SignerDestinationNoHotKey:
        return tr("the key vault holds no hot key for %1 to check hot's address by; nothing signed");
    case MessageId::SignerNodeDiffers:
        return tr("node URL in the database differs from the signed one; using the signed one (%1)");
    case MessageId::SignerNodeUnsigned:
        return tr("no admin has signed %1's node URL: the signer uses the database's (an admin saving the chain's "
                  "settings signs it)");
    case MessageId::DutyCollectionRefused:
        return tr("sweeps refused: %1 (their destination is not one the signer can verify)");
    // the signer's checks: a genuine request
    case MessageId::SignerCheckRequestNotGenuine:
        return tr("the signer cannot verify that this withdrawal was requested: %1. Held, nothing signed");
    case MessageId::SignerCheckRequestReplayed:
        return tr("the signer's journal says the customer's signed %1 was already paid as withdrawal %2 (txid %3, %4): "
                  "the same request stored again. Held, nothing signed");
    case MessageId::WithdrawRequestNeedsOperator:
        return tr("the key vault pins an admin's signing key, so a withdrawal request must be signed: exctl --operator "
                  "NAME withdraw request");
    // customers
    case MessageId::CustomerFrozenNoRequest:
        return tr("customer %1 is frozen: no withdrawal is requested for them until they are unfrozen");
    case MessageId::CustomerClosedNoRequest: return tr("customer %1 is closed: no withdrawal is requested for them");
    case MessageId::CustomerFrozenNoApproval: return tr("withdrawal %1 cannot be approved while customer %2 is frozen");
    case MessageId::CustomerFrozenPayoutWaits: return tr("withdrawal %1 waits: customer %2 is frozen (unfreezing resumes it)");
    case MessageId::CustomerFrozenAlready: return tr("customer %1 is frozen already");
    case MessageId::CustomerNotFrozen: return tr("customer %1 is not frozen");
    case MessageId::CustomerClosedAlready: return tr("customer %1 is closed; a closed customer does not change");
    case MessageId::CustomerHasFunds:
        return tr("customer %1 cannot be closed: %2 %3 is on their account or held; nothing was changed");
    case MessageId::CustomerExternalIdTaken: return tr("another customer has the external id %1");
    case MessageId::CustomerExternalIdReserved:
        return tr("%1 is an id the exchange gives customers added without one (c- and a number); choose another");
    case MessageId::CustomerUnknown: return tr("no customer has the external id %1");
    case MessageId::CustomerImportRefused: return tr("line %1: %2; the file was not imported, nothing was changed");
    // fail closed: no pinned admin key
    case MessageId::SignerNoPinnedAdminKey:
        return tr("the key vault pins no admin's signing key: nothing is signed until an admin pins theirs (an admin "
                  "unlocking the vault in the console, or exctl --operator ADMIN vault pin)");
    // back-office API: service clients
    case MessageId::ApiClientUnknownScope:
        return tr("unknown scope '%1': the scopes are read, customers and withdrawals");
    case MessageId::ApiClientBadName:
        return tr("'%1' is not a service client name: 1 to 64 letters, digits, '.', '_' or '-'");
    case MessageId::ApiClientBadKey:
        return tr("a service client's public key is an Ed25519 key of 32 bytes, as 64 hex digits or in base64");
    case MessageId::ApiClientNameTaken: return tr("a service client named %1 exists already");
    case MessageId::ApiClientKeyTaken:
        return tr("another service client has this public key: each client has a key of its own");
    case MessageId::ApiClientUnknown: return tr("no service client is named %1");
    case MessageId::ApiClientDisabledAlready: return tr("service client %1 is disabled already");
    // deposit addresses issued to customers
    case MessageId::DepositAddressClosedCustomer: return tr("customer %1 is closed: no deposit address is issued to them");
    case MessageId::DepositAddressNoHotWallet:
        return tr("%1 has no hot wallet or no asset configured: no deposit instructions can be given on it "
                  "(exctl wallet add --tier hot)");
    case MessageId::DepositAddressNoXpub:
        return tr("no Ethereum deposit key is set up yet: an admin unlocks the key vault once (with its seed imported) "
                  "and Ethereum addresses are issued from then on");
    case MessageId::DepositAddressPoolEmpty:
        return tr("the Algorand deposit address pool is empty: an admin unlocks the key vault to refill it");
    case MessageId::DepositXpubMismatch:
        return tr("the stored Ethereum deposit xpub is not the vault seed's: no Ethereum deposit address is issued until "
                  "this is investigated");
    case MessageId::DepositPoolLow:
        return tr("the Algorand deposit address pool is low: %1 of %2 left; an admin unlocks the key vault to refill it");
    // customers: their own addresses (StellarMap) and new destinations
    case MessageId::CustomerAddressInvalid: return tr("%1 is not a valid %2 address: %3");
    case MessageId::CustomerAddressIsExchangeWallet: return tr("%1 is the exchange's own %2 wallet, never a customer's address");
    case MessageId::CustomerAddressIsOthersDeposit: return tr("%1 is another customer's deposit address");
    case MessageId::CustomerAddressListedAlready: return tr("customer %1 has %2 on their address list already");
    case MessageId::CustomerAddressNotListed: return tr("customer %1 has no address %2 on their address list");
    case MessageId::CustomerAddressLabelTooLong: return tr("an address label has at most %1 characters");
    case MessageId::WithdrawalNewDestination:
        return tr("new destination: the address is not on the customer's address list");
    // withdrawals: internal transfers (to another customer's deposit address)
    case MessageId::WithdrawalToOwnDepositAddress:
        return tr("%1 is this customer's own deposit address: a withdrawal to it would only come back");
    case MessageId::WithdrawalToExchangeWallet:
        return tr("%1 is the exchange's own %2 wallet: a withdrawal to it would land unattributed; give a customer's address");
    case MessageId::WithdrawalToBaseAccountWithoutId:
        return tr("%1 is the exchange's Stellar deposit account: give the receiving customer's M-address, which names them, or the money lands unattributed");
    case MessageId::WithdrawalToUnknownCustomerId:
        return tr("%1 names the id %2, which is no customer of this exchange: the money would land unattributed");
    case MessageId::WithdrawalToUnissuedDepositAddress:
        return tr("%1 is an exchange deposit address issued to no customer: the money would land unattributed");
    case MessageId::InternalTransferNotTrusted:
        return tr("the signer does not find %1 among the deposit addresses it trusts: %2; nothing settled");
    case MessageId::InternalTransferReceiverDiffers:
        return tr("%1 belongs to customer %2 as the signer reads it, not to customer %3 as the withdrawal says; nothing settled");
    case MessageId::WithdrawalInternalTo:
        return tr("internal transfer to customer %1: settled in the ledger, nothing sent on chain");
    // back-office API: webhooks (the duty's line)
    case MessageId::DutyWebhooksLine: return tr("webhooks");
    case MessageId::WebhooksDelivering: return tr("delivering events as they come");
    case MessageId::WebhooksFailing:
        return tr("deliveries failing: %1 being retried, %2 failed; the oldest event from %3 (the Webhooks screen; exctl webhook deliveries --failed)");
    case MessageId::WebhooksWaitForVault: return tr("deliveries wait: the key vault, which keeps the webhook signing key, is locked");
    case MessageId::WebhooksNoKey:
        return tr("deliveries wait: no webhook signing key yet; it is made when the key vault is unlocked here");
    case MessageId::WebhooksStopped: return tr("deliveries stopped: %1");
    }
    return QString();
}

QString CoreText::text(MessageId id, const std::vector<std::string> &args, const QLocale &locale)
{
    QString text = pattern(id);
    if (text.isEmpty())
        return QString::fromStdString(exchange::Message{id, args}.english());
    const std::string_view kinds = exchange::messageKinds(id);
    // One pass, so that an argument containing "%2" is never substituted.
    QString out;
    out.reserve(text.size() + 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'%' && i + 1 < text.size() && text[i + 1].isDigit()) {
            const auto index = static_cast<std::size_t>(text[i + 1].digitValue() - 1);
            if (index < args.size()) {
                const QString arg = QString::fromStdString(args[index]);
                switch (index < kinds.size() ? kinds[index] : 't') {
                case 'a':
                case 'n': out += displayformat::decimalText(arg, locale); break;
                case 'm': out += stored(arg, locale); break;
                default: out += arg; break;
                }
            }
            ++i;
            continue;
        }
        out += text[i];
    }
    return out;
}

QString CoreText::text(const exchange::Message &message, const QLocale &locale)
{
    return text(message.id, message.args, locale);
}

QString CoreText::error(const exchange::Error &error, const QLocale &locale)
{
    if (error.id == MessageId::None)
        return stored(error.message, locale);
    return text(error.id, error.args, locale);
}

QString CoreText::stored(const std::string &english, const QLocale &locale)
{
    if (english.empty())
        return QString();
    // Several reasons in one line ("24h: …; 72h: …"), each a message: one by
    // one, before the whole line is tried, since a text argument of the
    // first would take in the rest.
    std::vector<std::string> parts;
    for (std::size_t start = 0;;) {
        const std::size_t end = english.find("; ", start);
        parts.push_back(english.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 2;
    }
    std::vector<std::optional<exchange::Message>> messages;
    bool all = true;
    bool any = false;
    for (const std::string &part : parts) {
        messages.push_back(exchange::Message::parse(part));
        all = all && messages.back().has_value();
        any = any || messages.back().has_value();
    }
    if (parts.size() == 1 || !all) {
        // One message with "; " in its own text ("…; wait for the next one").
        if (const auto message = exchange::Message::parse(english))
            return text(*message, locale);
    }
    if (!any)
        return QString::fromStdString(english);
    QStringList said;
    for (std::size_t i = 0; i < parts.size(); ++i)
        said << (messages[i] ? text(*messages[i], locale) : QString::fromStdString(parts[i]));
    return said.join(QStringLiteral("; "));
}

QString CoreText::stored(const QString &english, const QLocale &locale)
{
    return stored(english.toStdString(), locale);
}
