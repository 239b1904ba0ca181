#pragma once
// How a back-office request is signed (docs/backoffice-api.md says the same
// for integrators). The client signs, with Ed25519, the canonical string
//   METHOD "\n" TARGET "\n" TIMESTAMP "\n" NONCE "\n" hex(SHA-256(body))
// where METHOD is as sent ("GET"), TARGET the path with its query exactly
// as on the request line ("/v1/customers/c-1?x=1"), TIMESTAMP the
// X-Timestamp header (unix seconds, decimal) and NONCE the X-Nonce header,
// and hex lowercase (the hash of an empty body for a GET). The headers:
//   X-Client     the client's name as registered (exctl api-client add)
//   X-Timestamp  unix seconds, at most kMaxSkewSeconds off the server's clock
//   X-Nonce      16 to 64 of A-Z a-z 0-9 - _, never used twice by a client
//   X-Signature  the 64-byte signature in standard base64 (with padding)

#include <QByteArray>

namespace exchange::api::backoffice {

inline constexpr char kClientHeader[] = "x-client";
inline constexpr char kTimestampHeader[] = "x-timestamp";
inline constexpr char kNonceHeader[] = "x-nonce";
inline constexpr char kSignatureHeader[] = "x-signature";
inline constexpr qint64 kMaxSkewSeconds = 60;
inline constexpr int kMinNonceLength = 16;
inline constexpr int kMaxNonceLength = 64;
// Bodies beyond this are refused (413) before they are read.
inline constexpr qsizetype kMaxBodyBytes = 64 * 1024;

QByteArray canonicalString(const QByteArray &method, const QByteArray &target, const QByteArray &timestamp,
                           const QByteArray &nonce, const QByteArray &body);

// Unix seconds as X-Timestamp has them: 1 to 12 decimal digits, nothing else.
bool isTimestamp(const QByteArray &text, qint64 *seconds);
bool isNonce(const QByteArray &text);

} // namespace exchange::api::backoffice
