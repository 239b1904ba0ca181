#include "core/chains/stellar/stellarasset.h"

#include "core/chains/stellar/strkey.h"
#include "core/chains/stellar/xdrreader.h"
#include "core/chains/stellar/xdrwriter.h"

namespace exchange::stellar {

namespace {

// AssetType and PublicKeyType discriminants (Stellar-ledger-entries.x,
// Stellar-types.x).
constexpr std::int32_t AssetTypeNative = 0;
constexpr std::int32_t AssetTypeCreditAlphanum4 = 1;
constexpr std::int32_t AssetTypeCreditAlphanum12 = 2;
constexpr std::int32_t AssetTypePoolShare = 3;
constexpr std::uint32_t KeyTypeEd25519 = 0;
constexpr qsizetype Alphanum4 = 4;
constexpr qsizetype Alphanum12 = 12;

bool isAlphanumeric(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// stellar-core's isAssetValid for one code: letters and digits, then only
// NULs; at least `minimum` characters.
std::string readCode(XdrReader &in, qsizetype width, std::size_t minimum)
{
    const QByteArray bytes = in.fixedOpaque(static_cast<int>(width));
    if (!in.ok())
        return {};
    std::string code;
    bool padding = false;
    for (char c : bytes) {
        if (c == '\0') {
            padding = true;
        } else if (padding) {
            in.fail("a Stellar asset code has bytes after its NUL padding");
            return {};
        } else if (!isAlphanumeric(c)) {
            in.fail("a Stellar asset code has a byte that is not an ASCII letter or digit");
            return {};
        } else {
            code.push_back(c);
        }
    }
    if (code.size() < minimum) {
        in.fail(width == Alphanum4 ? "a Stellar ALPHANUM4 asset code is empty"
                                   : "a Stellar ALPHANUM12 asset code has fewer than 5 characters");
        return {};
    }
    return code;
}

Result<void> invalid(std::string message)
{
    return makeError(ErrorCode::InvalidInput, std::move(message));
}

} // namespace

bool isAssetCode(std::string_view code) noexcept
{
    if (code.empty() || code.size() > static_cast<std::size_t>(Alphanum12))
        return false;
    for (char c : code) {
        if (!isAlphanumeric(c))
            return false;
    }
    return true;
}

Result<StellarAsset> StellarAsset::credit(std::string_view code, std::string_view issuerAccountId)
{
    if (!isAssetCode(code))
        return makeError(ErrorCode::InvalidInput, "a Stellar asset code is 1 to 12 letters and digits, not '"
                                                      + std::string(code.substr(0, 40)) + "'");
    auto issuer = strkey::decodeAccountId(issuerAccountId);
    if (!issuer)
        return makeError(ErrorCode::InvalidInput,
                         "a Stellar asset's issuer is not a valid account id (G…): " + issuer.error().message);
    return StellarAsset{std::string(code), issuer.value()};
}

Result<StellarAsset> StellarAsset::fromIdentity(const AssetIdentity &identity)
{
    switch (identity.kind) {
    case AssetKind::Native:
        return native();
    case AssetKind::StellarCredit:
        return credit(identity.stellarCode, identity.issuer);
    case AssetKind::Erc20:
    case AssetKind::AlgorandAsa:
        break;
    }
    return makeError(ErrorCode::InvalidInput, "not a Stellar asset: " + identity.describe());
}

std::string StellarAsset::toString() const
{
    if (isNative())
        return "native";
    return code + ':' + strkey::encodeAccountId(issuer);
}

Result<void> StellarAsset::validate() const
{
    if (isNative())
        return {};
    if (!isAssetCode(code))
        return invalid("a Stellar asset code is 1 to 12 letters and digits");
    if (issuer.size() != 32)
        return invalid("a Stellar asset's issuer key must be 32 bytes");
    return {};
}

void StellarAsset::write(XdrWriter &out) const
{
    if (isNative()) {
        out.int32(AssetTypeNative);
        return;
    }
    const qsizetype width = code.size() <= static_cast<std::size_t>(Alphanum4) ? Alphanum4 : Alphanum12;
    out.int32(width == Alphanum4 ? AssetTypeCreditAlphanum4 : AssetTypeCreditAlphanum12);
    QByteArray padded = QByteArray::fromStdString(code);
    padded.append(QByteArray(width - padded.size(), '\0'));
    out.fixedOpaque(padded);
    out.uint32(KeyTypeEd25519);
    out.fixedOpaque(issuer);
}

StellarAsset StellarAsset::read(XdrReader &in)
{
    StellarAsset asset;
    const std::int32_t type = in.int32();
    if (!in.ok() || type == AssetTypeNative)
        return asset;
    if (type == AssetTypePoolShare) {
        in.fail("liquidity pool shares are not supported");
        return asset;
    }
    if (type != AssetTypeCreditAlphanum4 && type != AssetTypeCreditAlphanum12) {
        in.fail("unknown Stellar asset type");
        return asset;
    }
    asset.code = type == AssetTypeCreditAlphanum4 ? readCode(in, Alphanum4, 1) : readCode(in, Alphanum12, 5);
    if (in.uint32() != KeyTypeEd25519 && in.ok())
        in.fail("a Stellar asset's issuer is not an Ed25519 key");
    asset.issuer = in.fixedOpaque(32);
    return asset;
}

} // namespace exchange::stellar
