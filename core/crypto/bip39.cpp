#include "core/crypto/bip39.h"

#include "core/crypto/bip39wordlist.h"
#include "core/crypto/hashes.h"

#include <QString>

#include <cctype>
#include <stdexcept>
#include <vector>

namespace exchange::crypto::bip39 {

namespace {

std::vector<std::string> splitWords(std::string_view text)
{
    std::vector<std::string> words;
    std::string current;
    for (char c : text) {
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
    return words;
}

bool bitAt(const QByteArray &bytes, int index)
{
    return (static_cast<unsigned char>(bytes[index / 8]) >> (7 - index % 8)) & 1;
}

} // namespace

std::string mnemonicFromEntropy(const QByteArray &entropy)
{
    const int size = static_cast<int>(entropy.size());
    if (size < 16 || size > 32 || size % 4 != 0)
        throw std::invalid_argument("BIP-39 entropy must be 16, 20, 24, 28 or 32 bytes");
    const QByteArray bits = entropy + sha256(entropy);
    const int wordCount = (size * 8 + size / 4) / 11;
    std::string phrase;
    for (int w = 0; w < wordCount; ++w) {
        int index = 0;
        for (int b = 0; b < 11; ++b)
            index = (index << 1) | (bitAt(bits, w * 11 + b) ? 1 : 0);
        if (w > 0)
            phrase.push_back(' ');
        phrase.append(bip39EnglishWords()[static_cast<size_t>(index)]);
    }
    return phrase;
}

Result<QByteArray> entropyFromMnemonic(std::string_view mnemonic)
{
    const std::vector<std::string> words = splitWords(mnemonic);
    const int count = static_cast<int>(words.size());
    if (count < 12 || count > 24 || count % 3 != 0)
        return makeError(ErrorCode::InvalidInput,
                         "a BIP-39 mnemonic has 12, 15, 18, 21 or 24 words, not " + std::to_string(count));
    const int totalBits = count * 11;
    const int checksumBits = totalBits / 33;
    const int entropyBytes = (totalBits - checksumBits) / 8;
    QByteArray bits((totalBits + 7) / 8, '\0');
    for (int w = 0; w < count; ++w) {
        const int index = bip39WordIndex(words[static_cast<size_t>(w)]);
        if (index < 0)
            return makeError(ErrorCode::InvalidInput,
                             "word " + std::to_string(w + 1) + " is not in the BIP-39 English list");
        for (int b = 0; b < 11; ++b) {
            if ((index >> (10 - b)) & 1) {
                const int bit = w * 11 + b;
                bits[bit / 8] = static_cast<char>(bits[bit / 8] | (0x80 >> (bit % 8)));
            }
        }
    }
    QByteArray entropy = bits.left(entropyBytes);
    const QByteArray hash = sha256(entropy);
    for (int b = 0; b < checksumBits; ++b) {
        if (bitAt(hash, b) != bitAt(bits, entropyBytes * 8 + b)) {
            wipe(entropy);
            wipe(bits);
            return makeError(ErrorCode::InvalidInput, "the BIP-39 mnemonic checksum does not match");
        }
    }
    wipe(bits);
    return entropy;
}

Result<std::string> normalisedMnemonic(std::string_view mnemonic)
{
    auto entropy = entropyFromMnemonic(mnemonic);
    if (!entropy)
        return entropy.error();
    QByteArray bytes = std::move(entropy).value();
    std::string phrase = mnemonicFromEntropy(bytes);
    wipe(bytes);
    return phrase;
}

Result<QByteArray> seedFromMnemonic(std::string_view mnemonic, std::string_view passphrase)
{
    auto phrase = normalisedMnemonic(mnemonic);
    if (!phrase)
        return phrase.error();
    QByteArray password = QString::fromStdString(phrase.value())
                              .normalized(QString::NormalizationForm_KD)
                              .toUtf8();
    const QByteArray salt = QByteArrayLiteral("mnemonic")
        + QString::fromUtf8(passphrase.data(), static_cast<qsizetype>(passphrase.size()))
              .normalized(QString::NormalizationForm_KD)
              .toUtf8();
    QByteArray seed = pbkdf2HmacSha512(password, salt, 2048, 64);
    wipe(password);
    return seed;
}

} // namespace exchange::crypto::bip39
