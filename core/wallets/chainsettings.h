#pragma once
// How the exchange reaches a chain: node (and indexer) URL, and how many
// confirmations make a payment final.

#include "core/base/chain.h"

#include <string>

namespace exchange::wallets {

struct ChainSettings {
    Chain chain = Chain::Stellar;
    std::string nodeUrl;    // Horizon, Ethereum JSON-RPC, algod
    std::string indexerUrl; // Algorand indexer
    int confirmations = 1;
    std::string network;    // Stellar network passphrase; Ethereum chain id
};

} // namespace exchange::wallets
