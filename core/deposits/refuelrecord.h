#pragma once
// One refuel as stored: the coin a chain's fee wallet sends to a deposit
// address so that the address can pay the fees of its token sweeps. Signed
// and stored before it is broadcast, then followed to confirmation; the
// states are a sweep's (CollectionState).
//
//   signed ──sent──▶ broadcast ──receipt, status 1, confirmed──▶ confirmed
//                         └──────receipt, status 0─────────────▶ failed

#include "core/base/chain.h"
#include "core/deposits/collectionrecord.h"
#include "core/money/amount.h"

#include <cstdint>
#include <optional>
#include <string>

namespace exchange::deposits {

// The key vault entry of a chain's fee wallet key ("fee:ethereum").
inline std::string feeKeyName(Chain chain)
{
    return "fee:" + std::string(chainName(chain));
}

struct RefuelRecord {
    std::int64_t id = 0;
    Chain chain = Chain::Ethereum;
    std::string asset;        // the chain's coin
    std::string fromAddress;  // the fee wallet
    std::string toAddress;    // the deposit address
    std::string forAssets;    // the tokens whose sweeps it pays for ("TUSD,USDT")
    Amount amount;            // what arrives at the deposit address
    Amount maxFee;            // the most the network can charge
    std::optional<Amount> fee; // what it charged, once known
    std::int64_t sequence = 0; // the fee wallet's nonce
    std::string rawTx;
    std::string txid;
    CollectionState state = CollectionState::Signed;
    std::int64_t createdAtMs = 0;
    std::int64_t updatedAtMs = 0;
    std::string note;
};

} // namespace exchange::deposits
