#include "core/chains/stellar/strkey.h"

#include "core/crypto/base32.h"
#include "core/crypto/hashes.h"

#include <stdexcept>

namespace exchange::stellar::strkey {

namespace {

// Version bytes from SEP-0023: the type in the top five bits, so the first
// base32 character names the type.
constexpr char AccountIdVersion = static_cast<char>(6 << 3);    // 'G'
constexpr char SeedVersion = static_cast<char>(18 << 3);       // 'S'
constexpr char MuxedAccountVersion = static_cast<char>(12 << 3); // 'M'

std::string encode(char version, const QByteArray &payload)
{
    QByteArray data(1, version);
    data.append(payload);
    const std::uint16_t crc = crc16XModem(data);
    data.append(static_cast<char>(crc & 0xff));
    data.append(static_cast<char>(crc >> 8));
    std::string text = base32::encode(data);
    crypto::wipe(data);
    return text;
}

Result<QByteArray> decode(char version, char letter, const char *what, std::string_view text,
                          int payloadSize)
{
    const auto expectedLength = static_cast<size_t>(((1 + payloadSize + 2) * 8 + 4) / 5);
    if (text.empty() || text[0] != letter)
        return makeError(ErrorCode::InvalidInput, std::string("a Stellar ") + what + " starts with " + letter);
    if (text.size() != expectedLength)
        return makeError(ErrorCode::InvalidInput, std::string("a Stellar ") + what + " has "
                             + std::to_string(expectedLength) + " characters, not "
                             + std::to_string(text.size()));
    auto decoded = base32::decode(text);
    if (!decoded)
        return makeError(ErrorCode::InvalidInput,
                         std::string("this Stellar ") + what + " is not valid: " + decoded.error().message);
    QByteArray data = std::move(decoded).value();
    if (data.size() != 1 + payloadSize + 2 || data[0] != version) {
        crypto::wipe(data);
        return makeError(ErrorCode::InvalidInput, std::string("this Stellar ") + what + " has a wrong version byte");
    }
    const QByteArray body = data.left(data.size() - 2);
    const std::uint16_t crc = crc16XModem(body);
    const auto stored = static_cast<std::uint16_t>(static_cast<unsigned char>(data[data.size() - 2])
                                                   | (static_cast<unsigned char>(data[data.size() - 1]) << 8));
    if (crc != stored) {
        crypto::wipe(data);
        return makeError(ErrorCode::InvalidInput, std::string("this Stellar ") + what + " has a wrong checksum");
    }
    QByteArray payload = data.mid(1, payloadSize);
    crypto::wipe(data);
    return payload;
}

} // namespace

std::uint16_t crc16XModem(const QByteArray &data)
{
    std::uint16_t crc = 0;
    for (char byte : data) {
        crc ^= static_cast<std::uint16_t>(static_cast<unsigned char>(byte) << 8);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? static_cast<std::uint16_t>((crc << 1) ^ 0x1021) : static_cast<std::uint16_t>(crc << 1);
    }
    return crc;
}

std::string encodeAccountId(const QByteArray &publicKey)
{
    if (publicKey.size() != 32)
        throw std::invalid_argument("a Stellar account id encodes a 32-byte key");
    return encode(AccountIdVersion, publicKey);
}

std::string encodeSeed(const QByteArray &seed)
{
    if (seed.size() != 32)
        throw std::invalid_argument("a Stellar seed encodes 32 bytes");
    return encode(SeedVersion, seed);
}

std::string encodeMuxedAccount(const MuxedAccount &account)
{
    if (account.publicKey.size() != 32)
        throw std::invalid_argument("a Stellar muxed account encodes a 32-byte key");
    QByteArray payload = account.publicKey;
    // SEP-0023 puts the key first, then the id big-endian (unlike the XDR).
    for (int shift = 56; shift >= 0; shift -= 8)
        payload.append(static_cast<char>((account.id >> shift) & 0xff));
    return encode(MuxedAccountVersion, payload);
}

Result<QByteArray> decodeAccountId(std::string_view text)
{
    return decode(AccountIdVersion, 'G', "account id", text, 32);
}

Result<QByteArray> decodeSeed(std::string_view text)
{
    return decode(SeedVersion, 'S', "secret seed", text, 32);
}

Result<MuxedAccount> decodeMuxedAccount(std::string_view text)
{
    auto payload = decode(MuxedAccountVersion, 'M', "muxed account", text, 40);
    if (!payload)
        return payload.error();
    MuxedAccount account;
    account.publicKey = payload.value().left(32);
    for (int i = 32; i < 40; ++i)
        account.id = (account.id << 8) | static_cast<unsigned char>(payload.value()[i]);
    return account;
}

} // namespace exchange::stellar::strkey
