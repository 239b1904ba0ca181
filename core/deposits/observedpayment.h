#pragma once
// A payment a watcher (or an operator, for recovery) saw on a chain: the
// raw facts, before any rule is applied. (chain, txid, index) identifies it.

#include "core/base/chain.h"
#include "core/money/amount.h"
#include "core/money/assetidentity.h"
#include "core/wallets/tokensinforce.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace exchange::deposits {

struct ObservedPayment {
    Chain chain = Chain::Stellar;
    std::string txid;
    int index = 0;        // operation (Stellar), 0 for ether or the log index of a token Transfer (Ethereum), inner index (Algorand)
    std::string asset;    // asset code ("XLM")
    std::string to;       // the receiving address
    std::string from;
    Amount amount;        // base units
    std::string memo;     // Stellar: the memo (text or id) naming the customer
    bool confirmed = true; // has the chain's confirmations
    std::int64_t height = 0; // ledger / block / round
    std::string muxedId{}; // Stellar: the id of the muxed (M…, SEP-23) destination, in decimal; naming the customer like a memo
    // What the chain says moved: its native coin, or the token (the ERC-20
    // contract that logged the Transfer, the credit asset's code and issuer,
    // the ASA id). A token payment is credited only when this is the
    // signed identity of `asset` (tokensinforce.h).
    AssetIdentity token{};
};

// Where a watcher got to, saved with the deposits it produced.
struct CursorUpdate {
    std::string name;  // e.g. "stellar:GABC…" or "ethereum"
    std::string value; // paging token, block height, round
    // The tokens of `tokensOf` the watcher read the payments with. The
    // cursor moves only while they are still the ones in force: a token
    // signed in the meantime would have been passed over, so the ingest
    // then fails (WrongState) and the watcher reads the range again.
    std::optional<Chain> tokensOf{};
    std::vector<wallets::WatchedToken> tokensRead{};
};

} // namespace exchange::deposits
