#include "core/crypto/base58.h"

#include "core/crypto/hashes.h"

#include <vector>

namespace exchange::base58 {

namespace {

constexpr char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

int symbolValue(char c)
{
    for (int i = 0; i < 58; ++i) {
        if (alphabet[i] == c)
            return i;
    }
    return -1;
}

} // namespace

std::string encode(const QByteArray &bytes)
{
    qsizetype zeros = 0;
    while (zeros < bytes.size() && bytes[zeros] == 0)
        ++zeros;
    // Little-endian base-58 digits of the big-endian number.
    std::vector<int> digits;
    for (qsizetype i = zeros; i < bytes.size(); ++i) {
        int carry = static_cast<unsigned char>(bytes[i]);
        for (int &digit : digits) {
            carry += digit * 256;
            digit = carry % 58;
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(carry % 58);
            carry /= 58;
        }
    }
    std::string text(static_cast<size_t>(zeros), '1');
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        text.push_back(alphabet[*it]);
    return text;
}

Result<QByteArray> decode(std::string_view text)
{
    size_t ones = 0;
    while (ones < text.size() && text[ones] == '1')
        ++ones;
    std::vector<int> bytes; // little-endian base-256
    for (size_t i = ones; i < text.size(); ++i) {
        int carry = symbolValue(text[i]);
        if (carry < 0)
            return makeError(ErrorCode::InvalidInput, "base58 text has a character outside the alphabet");
        for (int &byte : bytes) {
            carry += byte * 58;
            byte = carry & 0xff;
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(carry & 0xff);
            carry >>= 8;
        }
    }
    QByteArray out(static_cast<qsizetype>(ones), '\0');
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out.append(static_cast<char>(*it));
    return out;
}

std::string encodeCheck(const QByteArray &payload)
{
    return encode(payload + crypto::sha256(crypto::sha256(payload)).left(4));
}

Result<QByteArray> decodeCheck(std::string_view text)
{
    auto decoded = decode(text);
    if (!decoded)
        return decoded.error();
    const QByteArray &bytes = decoded.value();
    if (bytes.size() < 4)
        return makeError(ErrorCode::InvalidInput, "base58check text is too short");
    const QByteArray payload = bytes.left(bytes.size() - 4);
    if (crypto::sha256(crypto::sha256(payload)).left(4) != bytes.right(4))
        return makeError(ErrorCode::InvalidInput, "base58check checksum does not match");
    return payload;
}

} // namespace exchange::base58
