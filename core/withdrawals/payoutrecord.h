#pragma once
// One on-chain payout attempt of a withdrawal from the hot wallet, as
// stored: signed and persisted before it is sent, then followed until the
// chain decides it. A withdrawal has at most one open attempt (signed or
// broadcast); a new one is signed only after the chain said the last one
// failed or can never be included (then the withdrawal was retried).
//
//   signed ──sent (or found on chain)──▶ broadcast ──succeeded──▶ confirmed
//     │                                      ├──────failed─────────▶ failed
//     │                                      └──can never be included▶ dropped
//     └──the node refused it (never on chain)────────────────────────▶ dropped
//
// A dropped payout signed again with the very same fields (same bytes, same
// txid: a retry after a refusal) goes back to signed rather than being
// stored twice.
//
// The one exception to "at most one open attempt": a replacement
// (PayoutReplacement) of a broadcast Ethereum payout that no block takes,
// with the same nonce and a higher fee. The original and its replacements
// share the nonce and all stay open until one is mined: that one settles
// the withdrawal, the others become dropped ("replaced by …" /
// "replacement not mined").

#include "core/base/chain.h"
#include "core/money/amount.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace exchange::withdrawals {

enum class PayoutState { Signed, Broadcast, Confirmed, Failed, Dropped };

std::string_view payoutStateName(PayoutState state);
std::optional<PayoutState> payoutStateFromName(std::string_view name);
inline bool isOpenPayout(PayoutState s) { return s == PayoutState::Signed || s == PayoutState::Broadcast; }

struct PayoutRecord {
    std::int64_t id = 0;
    std::int64_t withdrawalId = 0;
    Chain chain = Chain::Ethereum;
    std::string asset;
    std::string source;      // the hot wallet's address
    std::string destination; // the withdrawal's, canonical
    Amount amount;           // what the destination receives
    Amount maxFee;           // the most the network can charge
    std::optional<Amount> fee; // what it charged, once decided
    std::int64_t sequence = 0; // nonce (Ethereum), sequence number (Stellar), first valid round (Algorand)
    std::optional<std::int64_t> lastValid; // Algorand's last valid round; Stellar's max time (s)
    std::string rawTx;       // what is sent: 0x-hex (Ethereum), base64 (Stellar, Algorand)
    std::string txid;        // the chain's spelling
    PayoutState state = PayoutState::Signed;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::string note;
};

} // namespace exchange::withdrawals
