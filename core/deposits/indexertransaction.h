#pragma once
// One page of the Algorand indexer's GET /v2/transactions, read strictly
// and exactly: ALGO payments ("pay") and transfers of a watched ASA
// ("axfer") to watched addresses become ObservedPayments; every other
// transaction type, and an ASA not watched, is no deposit.
// Numbers are read from the JSON text itself (never through a double):
// amounts and rounds must be plain non-negative integers within uint64.
//
// A malformed page (not JSON, no "current-round" or "transactions") is an
// error; a malformed transaction record is refused on its own, with a
// reason, and the rest of the page still counts.
//
// Index scheme, stable because a confirmed transaction never changes:
//   0       the root payment or asset transfer to "receiver"
//   1       the root close: "close-amount" to "close-remainder-to" (pay)
//           or to "close-to" (axfer)
//   2 + 2k  the payment or asset transfer of inner transaction k
//   3 + 2k  the close of inner transaction k
// where k numbers the inner transactions of the whole tree depth-first, in
// the order they are listed (inner-txns of inner-txns included). Inner
// transactions have no id of their own: they carry the root's id. A
// transaction is either a pay or an axfer, so the two never share a slot.
//
// Asset transfers: an opt-in (0 units to oneself) and any transfer to
// oneself move nothing and are no deposit. A clawback (the transfer's own
// "sender", the account the units are taken from, is present) counts as
// what it is on the chain: the receiver got the amount, from that account;
// it is the exchange's own movement when either that account or the
// transaction's sender (the clawback address) is an ignored sender.

#include "core/base/result.h"
#include "core/deposits/observedpayment.h"
#include "core/wallets/tokensinforce.h"

#include <QByteArray>

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace exchange::deposits {

struct IndexerWatch {
    std::unordered_set<std::string> receivers;      // the exchange's addresses
    // Payments sent by these are the exchange's own movements (a
    // collection into the hot wallet, say), never deposits.
    std::unordered_set<std::string> ignoredSenders;
    // The ASAs whose transfers are deposits, by asset id (the signed
    // identities in force, tokensinforce.h); any other ASA is ignored.
    std::unordered_map<std::uint64_t, wallets::WatchedToken> assets;
    int confirmations = 1; // 1: final in its round (Algorand has instant finality)
};

struct IndexerPage {
    std::int64_t currentRound = 0;
    std::optional<std::string> nextToken;
    int records = 0;                        // transactions on the page, good or bad
    std::vector<ObservedPayment> payments;  // to watched addresses, in page order
    std::vector<Error> refused;             // one per malformed record
};

Result<IndexerPage> parseIndexerTransactions(const QByteArray &json, const IndexerWatch &watch);

} // namespace exchange::deposits
