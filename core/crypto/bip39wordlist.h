#pragma once
// The BIP-39 English wordlist, which Algorand's 25-word mnemonic also uses.
// Embedded in the binary: nothing is read from disk at run time.

#include <algorithm>
#include <array>
#include <string_view>

namespace exchange::crypto {

const std::array<std::string_view, 2048> &bip39EnglishWords();
// The word's index in the list, or -1 when it is not in the list.
int bip39WordIndex(std::string_view word);

} // namespace exchange::crypto
