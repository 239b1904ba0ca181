#pragma once
// BIP-39 mnemonics (English): entropy <-> words with the checksum checked,
// and the 64-byte seed (PBKDF2-HMAC-SHA512, 2048 rounds, NFKD-normalised
// phrase and "mnemonic"+passphrase as salt).

#include "core/base/result.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace exchange::crypto::bip39 {

// Entropy of 16, 20, 24, 28 or 32 bytes; throws std::invalid_argument
// otherwise (a bug in the caller).
std::string mnemonicFromEntropy(const QByteArray &entropy);
// Refuses unknown words, a word count other than 12/15/18/21/24 and a bad
// checksum. Words may be separated by any whitespace, in any letter case.
Result<QByteArray> entropyFromMnemonic(std::string_view mnemonic);
// The canonical spelling (lowercase, single spaces) of a valid mnemonic.
Result<std::string> normalisedMnemonic(std::string_view mnemonic);
// Validates the mnemonic, then derives the seed from its canonical spelling.
Result<QByteArray> seedFromMnemonic(std::string_view mnemonic, std::string_view passphrase = {});

} // namespace exchange::crypto::bip39
