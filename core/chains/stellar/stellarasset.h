#pragma once
// A Stellar asset as the XDR Asset union has it (Stellar-ledger-entries.x):
// the native lumen, or a credit asset an issuer keeps - a code of 1 to 12
// ASCII letters and digits and the issuer's account. On the wire a code of
// 1 to 4 characters is a CREDIT_ALPHANUM4 and one of 5 to 12 a
// CREDIT_ALPHANUM12, each padded with NUL bytes, exactly as stellar-core and
// the Stellar SDKs choose; decoding is as strict as stellar-core's
// isAssetValid (NULs only trailing, an ALPHANUM12 code of at least 5
// characters) so a decoded asset re-encodes to the same bytes.

#include "core/base/result.h"
#include "core/money/assetidentity.h"

#include <QByteArray>

#include <string>
#include <string_view>

namespace exchange::stellar {

class XdrReader;
class XdrWriter;

// 1 to 12 ASCII letters and digits: a credit asset's code.
bool isAssetCode(std::string_view code) noexcept;

struct StellarAsset {
    std::string code;  // empty for the native asset
    QByteArray issuer; // the issuer's 32-byte Ed25519 key; empty for the native asset

    bool isNative() const { return code.empty() && issuer.isEmpty(); }
    static StellarAsset native() { return {}; }
    // A credit asset from its code and the issuer's G… account id.
    static Result<StellarAsset> credit(std::string_view code, std::string_view issuerAccountId);
    // The asset an AssetIdentity names on Stellar: native, or a
    // stellar_credit (other kinds are refused).
    static Result<StellarAsset> fromIdentity(const AssetIdentity &identity);

    // "native" or "CODE:G…" (Horizon's and the SDK's spelling).
    std::string toString() const;
    Result<void> validate() const;

    // XDR Asset (the same bytes as a ChangeTrustAsset of this asset).
    void write(XdrWriter &out) const;
    // Reads an Asset or ChangeTrustAsset; a liquidity pool share or a code
    // stellar-core would call invalid fails the reader.
    static StellarAsset read(XdrReader &in);

    friend bool operator==(const StellarAsset &, const StellarAsset &) = default;
};

} // namespace exchange::stellar
