#include "core/runtime/schema.h"

#include "core/api/apiclientschema.h"
#include "core/api/backofficewithdrawalschema.h"
#include "core/api/webhookschema.h"
#include "core/customers/depositaddressschema.h"
#include "core/customers/customeraddressschema.h"
#include "core/customers/customersearchschema.h"
#include "core/deposits/collectionschema.h"
#include "core/deposits/depositschema.h"
#include "core/deposits/refuelschema.h"
#include "core/deposits/sweepattemptschema.h"
#include "core/ledger/ledgerschema.h"
#include "core/runtime/appendonlyschema.h"
#include "core/runtime/changefeedschema.h"
#include "core/runtime/dutystatusschema.h"
#include "core/security/securityschema.h"
#include "core/store/customerschema.h"
#include "core/store/assetidentityschema.h"
#include "core/store/storeschema.h"
#include "core/trade/tradelogschema.h"
#include "core/trade/tradeschema.h"
#include "core/wallets/feewalletschema.h"
#include "core/wallets/tokenbalanceschema.h"
#include "core/withdrawals/integrityholdschema.h"
#include "core/withdrawals/payoutschema.h"
#include "core/withdrawals/replenishmentschema.h"
#include "core/withdrawals/requestsignatureschema.h"
#include "core/wallets/stellarchannelschema.h"
#include "core/withdrawals/withdrawalindexes.h"
#include "core/withdrawals/withdrawalkeyschema.h"
#include "core/withdrawals/withdrawalschema.h"

namespace exchange {

const MigrationList &allMigrations()
{
    // The numbers and descriptions are in every database's schema_version:
    // never renumber, reorder or edit one that has shipped.
    static const MigrationList migrations({
        {1, "assets, settings and customers", &storeSchema},
        {2, "double-entry ledger", &ledger::ledgerSchema},
        {3, "operators, audit log and key vault", &security::securitySchema},
        {4, "wallets, deposits and watcher cursors", &deposits::depositSchema},
        {5, "trade orders, fills, payouts (TX) and log", &trade::tradeSchema},
        {6, "collections: signed sweeps and the deposits they collect", &deposits::collectionSchema},
        {7, "withdrawals, their approvals and the four-eyes threshold", &withdrawals::withdrawalSchema},
        {8, "withdrawal indexes for the screen's pages and orders", &withdrawals::withdrawalIndexes},
        {9, "withdrawal payouts: signed transactions kept before they are sent, and hot wallets' next sequence", &withdrawals::payoutSchema},
        {10, "withdrawal keys of customers (M of N) and signed API request ids", &withdrawals::withdrawalKeySchema},
        {11, "withdrawal destinations index for the screen's search", &withdrawals::withdrawalSearchIndexes},
        {12, "replenishments: exported, signed and broadcast moves warm to hot and cold to warm", &withdrawals::replenishmentSchema},
        {13, "change feed: PostgreSQL announces committed changes to every attached process", &changeFeedSchema},
        {14, "audit log index by object, for who decided a withdrawal", &security::auditObjectIndex},
        {15, "duty_status: the background duties as the leader reports them, for every console", &dutyStatusSchema},
        {16, "trade_log keeps a payload's hash and first 1 KiB, its source, endpoint, status and repeats", &trade::tradeLogSchema},
        {17, "withdrawals may be held_for_integrity: the signer's journal and the database disagree", &withdrawals::integrityHoldSchema},
        {18, "operators' signing keys and the signed statements of their decisions", &security::signingSchema},
        {19, "the audit log, signed statements and ledger transfers refuse TRUNCATE too (PostgreSQL)", &appendOnlySchema},
        {20, "customers' withdrawal requests kept as signed: each signature with the payload it verified over", &withdrawals::requestSignatureSchema},
        {21, "customers: the exchange's own id for them (external_id), state (active, frozen, closed), updated time", &customerRecordSchema},
        {22, "back-office API: service clients by their Ed25519 public key, and their requests' nonces", &api::apiClientSchema},
        {23, "deposit addresses: the Ethereum xpub written once, one address per customer and chain, one key per index", &customers::depositAddressSchema},
        {24, "customers' own withdrawal addresses (StellarMap), withdrawals' new destination flag and its review setting", &customers::customerAddressSchema},
        {25, "the Customers screen's search: a trigram index over external ids, names and emails, and names sorted", &customers::customerSearchSchema},
        {26, "the audit log records back-office API clients as actors ('api')", &security::auditApiActorSchema},
        {27, "back-office API withdrawals: answers by Idempotency-Key, and each client's signed request kept for the payout signer (backoffice_withdrawal_requests)", &api::backOfficeWithdrawalSchema},
        {28, "webhooks: endpoints per back-office client, the outbox of events its triggers write, and their deliveries", &api::webhookSchema},
        {29, "assets are native coins or tokens of their chain: kind, and the ERC-20 contract, Stellar code and issuer or ASA id", &assetIdentitySchema},
        {30, "what each wallet holds of each token of its chain, as last read from the chain (wallet_token_balances)", &wallets::tokenBalanceSchema},
        {31, "a fee wallet tier per chain, and refuels: the coin it sends deposit addresses for their token sweeps' fees, stored signed before sent; sweeps may return gas to it", &deposits::refuelSchema},
        {32, "the fee wallet's max balance and low-balance alert per chain (chain_settings), and replenishments from warm to the fee wallet", &wallets::feeWalletSchema},
        {33, "internal transfers: a withdrawal to another customer's deposit address names that customer (internal_to) and is settled in the ledger", &api::internalTransferSchema},
        {34, "hot's Stellar channel accounts: each with its vault key's name, state and the create_account or account_merge stored signed before it is sent", &wallets::stellarChannelSchema},
        {35, "stuck Ethereum sweeps and refuels replaced on their nonce: the attempts a replacement took the place of (sweep_attempts)", &deposits::sweepAttemptSchema},
    });
    return migrations;
}

} // namespace exchange
