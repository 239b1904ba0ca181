#pragma once
// How the exchange reaches a chain: node (and indexer) URL, and how many
// confirmations make a payment final. On the chains whose deposit
// addresses need the coin for their token sweeps (Ethereum, Algorand), also
// the limits of the fee wallet that sends it: the most it should hold (what
// a funding from warm fills it to) and the balance under which the
// Dashboard asks for funding. Both in the chain's coin; unset: no limit.

#include "core/base/chain.h"
#include "core/money/amount.h"

#include <optional>
#include <string>

namespace exchange::wallets {

struct ChainSettings {
    Chain chain = Chain::Stellar;
    std::string nodeUrl;    // Horizon, Ethereum JSON-RPC, algod
    std::string indexerUrl; // Algorand indexer
    int confirmations = 1;
    std::string network;    // Stellar network passphrase; Ethereum chain id
    std::optional<Amount> feeWalletMax = std::nullopt; // in the chain's coin
    std::optional<Amount> feeWalletLow = std::nullopt; // in the chain's coin, at most feeWalletMax

    friend bool operator==(const ChainSettings &, const ChainSettings &) = default;
};

// Whether the chain has a fee wallet at all: its deposit addresses are
// accounts of their own that need the coin to send tokens on.
inline bool hasFeeWallet(Chain chain) { return chain == Chain::Ethereum || chain == Chain::Algorand; }

} // namespace exchange::wallets
