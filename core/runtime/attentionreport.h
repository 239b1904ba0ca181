#pragma once
// AttentionReport: what needs an operator now, read in one go for the
// Dashboard (and anyone else who asks): withdrawals waiting for review and
// how long the oldest has waited, withdrawals in error, manual payouts
// waiting for their TxId, unattributed deposits, collections the signer
// refused for their destination, hot wallets that cannot
// cover the payouts queued on them, payouts that cannot start at all (no
// key vault, no admin key pinned in it, no hot key, no node for their
// chain), hot wallets above their
// max balance, a fee wallet short of the gas token sweeps wait for,
// webhook deliveries failing or failed, the last ledger check, and per asset
// the hot / warm / cold picture. Reads only the database (balances as the
// chains last reported them), never a node, so it is quick and safe to
// read often; the audit chain's verification is separate (it hashes every
// record). Nor is the database's physical check (it reads every page): a
// console runs it once at start and fills databaseDamage in.

#include "core/base/result.h"
#include "core/customers/depositkeys.h"
#include "core/ledger/ledgerchecker.h"
#include "core/money/amount.h"
#include "core/money/asset.h"
#include "core/wallets/walletoverview.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace exchange {

class CoreServices;

struct HotShortfall {
    std::string asset;
    Amount queued;     // approved, processing and error payouts with their fees
    int queuedCount = 0;
    Amount spendable;  // hot's chain balance as last read, else its ledger balance
    bool fromChain = false;
    Amount shortfall() const { return Amount::fromBaseUnits(queued.baseUnits() - spendable.baseUnits()); }
};

// An address of the exchange whose key is published (publishedkeys.h).
struct PublishedKeyInUse {
    std::string what;    // "trade.address.ethereum", "hot ETH wallet"
    std::string chain;
    std::string address;
};

// Payouts waiting on a chain that cannot start until an operator acts.
// Whether the vault is locked only the process that pays knows: on SQLite
// that is always this one (it leads), so it is told here; on PostgreSQL
// the leader's payouts line on the duty board says so.
struct PayoutBlock {
    enum class Reason {
        NoVault,     // no key vault exists on this database
        VaultLocked, // SQLite only: this process pays, and its vault is locked
        NoPin,       // the vault pins no admin's signing key: nothing is signed (fail closed)
        NoHotKey,    // the vault holds no "hot:<chain>" key
        NoNode,   // the chain has no node URL: nothing reaches it
    };
    Chain chain = Chain::Stellar;
    Reason reason = Reason::NoVault;
    // Approved and processing withdrawals of the chain's assets: for a node,
    // all of them; for the vault and its key, those not signed yet.
    int waiting = 0;
};

// A hot wallet holding more than its max balance: the surplus belongs in warm.
struct HotOverMax {
    std::string asset;
    Amount balance; // chain balance as last read, else the ledger's
    Amount maxBalance;
    Amount excess() const { return Amount::fromBaseUnits(balance.baseUnits() - maxBalance.baseUnits()); }
};

// Token sweeps on a chain wait for gas the fee wallet cannot send: none is
// registered, it holds nothing, or it holds less than an estimate of what
// they need (the refuels still open, plus one refuel per address waiting,
// sized as the largest of the recent refuels). Its balance is the lower of
// its chain balance as last read and its ledger balance: a refuel is
// signed only against both.
struct FeeWalletShort {
    Chain chain = Chain::Ethereum;
    int addressesWaiting = 0; // token deposits planned there, no refuel or sweep of the address open
    bool registered = false;
    Amount spendable;
    Amount needed;
};

// A fee wallet below the low-balance alert an admin set for its chain. Its
// balance is the lower of its chain balance as last read and its ledger
// balance, as for FeeWalletShort.
struct FeeWalletLow {
    Chain chain = Chain::Ethereum;
    Amount balance;
    Amount low;
    std::optional<Amount> max; // what a funding fills it to; nullopt: no max set
    // What a funding to the max moves; zero without a max.
    Amount toMax() const
    {
        return max && *max > balance ? Amount::fromBaseUnits(max->baseUnits() - balance.baseUnits()) : Amount::zero();
    }
};

struct AttentionReport {
    int underReview = 0;
    std::int64_t oldestReviewRequestedAtMs = 0; // 0: none waiting
    int inError = 0;       // error and failed
    int manualWaiting = 0; // manual_payout: paid outside, TxId not yet uploaded
    int heldForIntegrity = 0; // the payout signer could not verify them: never paid until an admin releases them
    int unattributedDeposits = 0;
    // Deposit addresses whose sweep the collection signer refused (a
    // destination it could not verify: a wallets row changed without an
    // admin's signature) and whose deposits still wait; the audit log's
    // collection.refused records say which check.
    int collectionsRefused = 0;
    std::vector<HotShortfall> hotShort; // only assets whose hot cannot cover its queue
    std::vector<PayoutBlock> payoutBlocks; // by chain, then reason
    std::vector<HotOverMax> hotOverMax;
    std::optional<FeeWalletShort> feeWalletShort;
    std::vector<FeeWalletLow> feeWalletLow; // by chain
    std::optional<ledger::CheckReport> lastLedgerCheck;
    std::vector<wallets::TierOverview> tiers;
    std::map<std::string, Asset> assets; // to print the amounts above
    // The demo data set's database: its keys are published, never for real money.
    bool demoDatabase = false;
    // Outside the demo, each of the exchange's addresses with a published key.
    std::vector<PublishedKeyInUse> publishedKeys;
    // The Algorand deposit address pool when fewer than 10% of its size are
    // left, once the vault has prepared deposit keys (an xpub is recorded);
    // an unlock of the vault tops it up.
    std::optional<customers::DepositPoolStatus> algorandPoolLow;
    // A vault unlock found the recorded Ethereum deposit xpub is not its
    // seed's: Ethereum deposit addresses are not issued.
    bool depositXpubMismatch = false;
    // Webhook deliveries to the exchange's web app that did not get through:
    // still being retried after a failed try, and given up (failed).
    std::int64_t webhooksFailing = 0;
    std::int64_t webhooksFailed = 0;
    std::int64_t oldestWebhookEventAtMs = 0; // of those; 0: none
    // What the quick check at start found wrong with the database's pages
    // (IntegrityCheck; not read by readAttentionReport).
    std::vector<std::string> databaseDamage;
};

// Runs on the thread that owns the database work (the core thread).
Result<AttentionReport> readAttentionReport(CoreServices &services);

} // namespace exchange
