#include "core/chains/algorand/keys.h"

#include "core/chains/algorand/address.h"
#include "core/crypto/bip39wordlist.h"
#include "core/crypto/derivationpath.h"
#include "core/crypto/ed25519.h"
#include "core/crypto/hashes.h"
#include "core/crypto/slip10ed25519key.h"

#include <cctype>
#include <stdexcept>
#include <vector>

namespace exchange::algorand {

namespace {

// Bytes to 11-bit numbers, least significant bits first, as algosdk does.
std::vector<int> toUint11(const QByteArray &bytes)
{
    std::vector<int> out;
    std::uint32_t accumulator = 0;
    int bits = 0;
    for (char byte : bytes) {
        accumulator |= static_cast<std::uint32_t>(static_cast<unsigned char>(byte)) << bits;
        bits += 8;
        if (bits >= 11) {
            out.push_back(static_cast<int>(accumulator & 0x7ff));
            accumulator >>= 11;
            bits -= 11;
        }
    }
    if (bits > 0)
        out.push_back(static_cast<int>(accumulator));
    return out;
}

QByteArray toUint8(const std::vector<int> &groups)
{
    QByteArray out;
    std::uint32_t accumulator = 0;
    int bits = 0;
    for (int group : groups) {
        accumulator |= static_cast<std::uint32_t>(group) << bits;
        bits += 11;
        while (bits >= 8) {
            out.append(static_cast<char>(accumulator & 0xff));
            accumulator >>= 8;
            bits -= 8;
        }
    }
    if (bits > 0)
        out.append(static_cast<char>(accumulator));
    return out;
}

std::string_view checksumWord(const QByteArray &seed)
{
    const std::vector<int> groups = toUint11(crypto::sha512_256(seed));
    return crypto::bip39EnglishWords()[static_cast<size_t>(groups.front())];
}

} // namespace

std::string mnemonicFromSeed(const QByteArray &seed)
{
    if (seed.size() != 32)
        throw std::invalid_argument("an Algorand mnemonic encodes a 32-byte seed");
    std::string phrase;
    for (int group : toUint11(seed)) {
        phrase.append(crypto::bip39EnglishWords()[static_cast<size_t>(group)]);
        phrase.push_back(' ');
    }
    phrase.append(checksumWord(seed));
    return phrase;
}

Result<QByteArray> seedFromMnemonic(std::string_view mnemonic)
{
    std::vector<std::string> words;
    std::string current;
    for (char c : mnemonic) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!current.empty())
                words.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        }
    }
    if (!current.empty())
        words.push_back(std::move(current));
    if (words.size() != 25)
        return makeError(ErrorCode::InvalidInput, "an Algorand mnemonic has 25 words, not "
                             + std::to_string(words.size()));
    std::vector<int> groups;
    for (size_t i = 0; i < words.size(); ++i) {
        const int index = crypto::bip39WordIndex(words[i]);
        if (index < 0)
            return makeError(ErrorCode::InvalidInput,
                             "word " + std::to_string(i + 1) + " is not in the BIP-39 English list");
        if (i < 24)
            groups.push_back(index);
    }
    QByteArray bytes = toUint8(groups);
    // 24 words carry 264 bits: 32 bytes of seed and one byte that must be 0.
    if (bytes.size() != 33 || bytes[32] != 0) {
        crypto::wipe(bytes);
        return makeError(ErrorCode::InvalidInput, "the Algorand mnemonic does not encode a 32-byte key");
    }
    QByteArray seed = bytes.left(32);
    crypto::wipe(bytes);
    if (checksumWord(seed) != words[24]) {
        crypto::wipe(seed);
        return makeError(ErrorCode::InvalidInput, "the Algorand mnemonic's checksum word does not match");
    }
    return seed;
}

std::string addressFromSeed(const QByteArray &seed)
{
    return encodeAddress(crypto::ed25519::publicKeyFromSeed(seed));
}

Result<QByteArray> depositSeed(const QByteArray &masterSeed, std::uint32_t index)
{
    if (masterSeed.size() < 16 || masterSeed.size() > 64)
        return makeError(ErrorCode::InvalidInput, "a SLIP-0010 master seed has 16 to 64 bytes");
    if (index & crypto::HardenedBit)
        return makeError(ErrorCode::InvalidInput, "an Algorand deposit index is below 2^31");
    const auto key = crypto::Slip10Ed25519Key::fromSeed(masterSeed)
                         .hardenedChild(44)
                         .hardenedChild(283)
                         .hardenedChild(index);
    return key.secretKey();
}

} // namespace exchange::algorand
