#pragma once
// The keys anyone can derive, because they are published: the all-0x07 seed
// of the API's examples and BIP-39's test mnemonic ("abandon … about") the
// demo's wallets come from, with the demo's Algorand master. The demo may use
// their addresses; a real exchange never: whoever knows a key spends from
// its address.

#include "core/base/chain.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace exchange {

struct PublishedKeyAddress {
    Chain chain = Chain::Ethereum;
    std::string address; // canonical: EIP-55, G…, Algorand base32
    std::string origin;  // "the all-0x07 seed", "BIP-39's test mnemonic, account 2", …
};

// Every address of those keys on each chain: the seed itself, and accounts
// 0-9 and 100-109 of the mnemonic (the demo's hot, warm and cold, and its
// customers' deposit keys) on each chain's usual path. Derived once.
const std::vector<PublishedKeyAddress> &publishedKeyAddresses();

// Where ADDRESS (in any spelling its chain accepts) comes from, if it is one of them.
std::optional<std::string> publishedKeyOrigin(Chain chain, std::string_view address);

} // namespace exchange
