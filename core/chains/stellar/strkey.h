#pragma once
// Stellar StrKey (SEP-0023): G… account ids, S… secret seeds and M… muxed
// accounts. Decoding is strict: exact length, known version byte, valid
// CRC16-XModem checksum, unpadded canonical base32 with zero trailing bits.

#include "core/base/result.h"

#include <QByteArray>

#include <cstdint>
#include <string>
#include <string_view>

namespace exchange::stellar {

struct MuxedAccount {
    QByteArray publicKey; // 32-byte Ed25519 key of the underlying G account
    std::uint64_t id = 0;

    friend bool operator==(const MuxedAccount &, const MuxedAccount &) = default;
};

namespace strkey {

// CRC16-XModem (poly 0x1021, init 0), the StrKey checksum.
std::uint16_t crc16XModem(const QByteArray &data);

std::string encodeAccountId(const QByteArray &publicKey);
std::string encodeSeed(const QByteArray &seed);
std::string encodeMuxedAccount(const MuxedAccount &account);

Result<QByteArray> decodeAccountId(std::string_view text);
Result<QByteArray> decodeSeed(std::string_view text);
Result<MuxedAccount> decodeMuxedAccount(std::string_view text);

} // namespace strkey
} // namespace exchange::stellar
